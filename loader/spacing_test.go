package loader

import "testing"

// TestDisplayCells checks the byte-read display width against byWidth's
// lookup for the characters gazettes print.
func TestDisplayCells(t *testing.T) {
	for _, s := range []string{"关于印发《办法》的通知", "2024年12月31日", "（一）加强领导，", "“一网通办”", "ＡＢＣ１２３", "－3－", "⼀般", "한국어", "𠀀", "café"} {
		if got, want := displayCells(s), textWidth(s, byWidth); got != want {
			t.Errorf("displayCells(%q) = %d, byWidth gives %d", s, got, want)
		}
	}
}
