package loader

import (
	"strings"
	"testing"
)

// TestDisplayCells checks the byte-read display width against byWidth's
// lookup for the characters gazettes print.
func TestDisplayCells(t *testing.T) {
	for _, s := range []string{"关于印发《办法》的通知", "2024年12月31日", "（一）加强领导，", "“一网通办”", "ＡＢＣ１２３", "－3－", "⼀般", "한국어", "𠀀", "café"} {
		if got, want := displayCells(s), textWidth(s, byWidth); got != want {
			t.Errorf("displayCells(%q) = %d, byWidth gives %d", s, got, want)
		}
	}
}

// TestCloseLineSpacing reads text that sets a blank line after every
// line (pdfminer's boxes, wide line spacing): the blank lines inside a
// paragraph go, those between paragraphs stay; text set with blank lines
// between paragraphs only is left as it is.
func TestCloseLineSpacing(t *testing.T) {
	full := strings.Repeat("各成员单位要扎实做好工作", 2)[:3*20] // 20 Han characters
	para := []string{full[:3*18], full, "推动高质量发展。"}  // an indented first line, a full one, the last
	var spaced, tight []string
	for range 5 {
		for _, l := range para {
			spaced = append(spaced, l, "")
		}
		tight = append(tight, append(para[:3:3], "")...)
	}
	var warned []string
	warn := func(_ int, m string) { warned = append(warned, m) }
	ls, err := decode([]byte(strings.Join(spaced, "\n")), warn)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range closeLineSpacing(ls, warn) {
		got = append(got, l.text)
	}
	if want := strings.Join(tight, "\n"); strings.TrimSpace(strings.Join(got, "\n")) != strings.TrimSpace(want) {
		t.Errorf("spaced text read as\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
	if len(warned) != 1 || !strings.Contains(warned[0], "10 blank lines") {
		t.Errorf("warnings %q, want one telling 10 blank lines", warned)
	}
	ls, _ = decode([]byte(strings.Join(tight, "\n")), warn)
	if out := closeLineSpacing(ls, warn); len(out) != len(ls) || len(warned) != 1 {
		t.Errorf("text spaced between paragraphs only changed: %d lines of %d, warnings %q", len(out), len(ls), warned)
	}
}
