package loader

import "testing"

// TestHardBreakMark checks that decoding keeps markdown's hard break (two
// spaces or more after a line's text) as a mark, on clean and dirty lines.
func TestHardBreakMark(t *testing.T) {
	ls, err := decode([]byte("推进  \n推进 \n   \n第二行\u3000  \n\x01x   \n"), func(int, string) {})
	if err != nil {
		t.Fatal(err)
	}
	want := []bool{true, false, false, true, true}
	for i, w := range want {
		if ls[i].hard() != w || ls[i].text != trim(ls[i].text) {
			t.Errorf("line %d %q: hard %v, want %v", i+1, ls[i].text, ls[i].hard(), w)
		}
	}
}
