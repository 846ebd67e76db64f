package loader

import "testing"

// A backslash before punctuation is markdown's escape; any other is text.
func TestUnescapeMD(t *testing.T) {
	for in, want := range map[string]string{`1\. 完成`: "1. 完成", `\- 破折`: "- 破折", `a\\b`: `a\b`, `路径\文件`: `路径\文件`, `末尾\`: `末尾\`, `$\geq 95\%$`: `$\geq 95\%$`} {
		if got := unescapeMD(in); got != want {
			t.Errorf("unescapeMD(%q) = %q, want %q", in, got, want)
		}
	}
}

// Decoding reads the escapes html2text writes, so that 1\. 总体要求 is a
// heading numbered 1., and leaves \| to the table readers.
func TestDecodeUnescapes(t *testing.T) {
	ls, err := decode([]byte("### 1\\. 总体要求\n\\- 其他\n序号 | 说明\\|备注\n\x01\\+ 加\n"), func(int, string) {})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"### 1. 总体要求", "- 其他", `序号 | 说明\|备注`, "+ 加"} {
		if ls[i].text != want {
			t.Errorf("line %d: %q, want %q", i+1, ls[i].text, want)
		}
	}
}
