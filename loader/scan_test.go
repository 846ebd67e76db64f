package loader

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// TestLineRunes: a line's rune count from the slack decoding recorded is
// the count of its text's runes, and decoding records it for most lines
// of the real issues (Han characters and a few ASCII ones).
func TestLineRunes(t *testing.T) {
	for _, name := range realFiles {
		ls, err := decode(bytes.Clone(readReal(t, name)), func(int, string) {})
		if err != nil {
			t.Fatal(err)
		}
		texts, recorded := 0, 0
		for i := range ls {
			l := &ls[i]
			if got, want := l.runes(), utf8.RuneCountInString(l.text); got != want {
				t.Fatalf("%s line %d: runes() = %d, want %d (%q)", name, l.n, got, want, l.text)
			}
			if l.text != "" {
				texts++
				if l.marks&slackMarks != 0 {
					recorded++
				}
			}
		}
		if recorded*2 < texts {
			t.Errorf("%s: the slack is recorded on %d lines of %d with text", name, recorded, texts)
		}
	}
}

// FuzzScanLine checks scanLine on any text: the slack of a clean line is
// 3×runes − bytes, and every line decoded has as many runes() as its
// text.
func FuzzScanLine(f *testing.F) {
	for _, s := range []string{"", "一二三四五六七八九十", "推进线下办事。2020年,", "中\xe4\xb8", "\xed\xa0\x80中",
		"😀a é", "全市 共计 38 项 \t", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十 1234567890123456789012345678901234567890"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if end, fl, slack := scanLine(s, 0); end == len(s) && fl&scanClean != 0 {
			if want := 3*utf8.RuneCountInString(s) - len(s); slack != want {
				t.Fatalf("scanLine(%q) slack = %d, want %d", s, slack, want)
			}
		}
		ls, err := decode([]byte(s), func(int, string) {})
		if err != nil {
			return
		}
		for i := range ls {
			if got, want := ls[i].runes(), utf8.RuneCountInString(ls[i].text); got != want {
				t.Fatalf("decode(%q) line %d: runes() = %d, want %d", s, ls[i].n, got, want)
			}
		}
	})
}
