package loader

import "testing"

// A backslash before punctuation is markdown's escape; any other is text.
func TestUnescapeMD(t *testing.T) {
	for in, want := range map[string]string{`1\. 完成`: "1. 完成", `\- 破折`: "- 破折", `a\\b`: `a\b`, `路径\文件`: `路径\文件`, `末尾\`: `末尾\`} {
		if got := unescapeMD(in); got != want {
			t.Errorf("unescapeMD(%q) = %q, want %q", in, got, want)
		}
	}
}
