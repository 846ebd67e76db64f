package loader

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestHoldsHan: holdsHan is strings.Contains, and containsEither two of
// them, on characters that share their last byte or their last two with
// those looked for (筌, \u5b7e), cut ones and others.
func TestHoldsHan(t *testing.T) {
	for _, s := range []string{"", "签", "发签", "签发人", "xx签", "筌", "答签名", "一二三", "签"[1:], "签"[:2] + "签", "abc",
		"\u5b7e", "第2期", "公报", "日报期"} {
		for _, c := range []string{"签", "令", "期", "报"} {
			if got, want := holdsHan(s, c), strings.Contains(s, c); got != want {
				t.Errorf("holdsHan(%q, %q) = %v, want %v", s, c, got, want)
			}
		}
		if got, want := containsEither(s, "期", "报"), strings.Contains(s, "期") || strings.Contains(s, "报"); got != want {
			t.Errorf("containsEither(%q, 期, 报) = %v, want %v", s, got, want)
		}
	}
}

func TestWrapLen(t *testing.T) {
	for _, s := range []string{"", "a", "一", "abcdefgh", "一二三四五六七八九十", "第1条 一二", "ab cd", "x一y二z三w四v", "𠀀一é", "全角１２３４５６７８",
		" a  b ", "一 二", "a 一", "  ", "a   b", "ab cd  ef 一 x", "1 号", "é ü", "《通知》 2 日"} {
		// A line as decoding makes it, marked when it holds no space, and
		// one made by a later stage, unmarked.
		ls, _ := splitLines(s, func(int, string) {})
		l := decoded(1, s)
		if got, want := ls[0].wrapLen(ls[0].runes()), joinedLen(s); got != want || l.wrapLen(l.runes()) != want {
			t.Errorf("wrapLen(%q) = %d and %d unmarked, want %d", s, got, l.wrapLen(l.runes()), want)
		}
	}
}

// TestLineMarks checks what decoding records of each line against its
// text: a line marked as holding no space or no tab holds none, whichever
// way it was decoded (clean, with trailing spaces cut, CRLF, or sanitised
// as a whole), and a clean line or a blank one that holds none is marked.
func TestLineMarks(t *testing.T) {
	text := "一二\t三\n a b\n\n一二三四五六七八九十  \r\nx\u3000y\tz\n\t\n中\x01文 \r老\n123 mm\n\r\n甲乙\r\n"
	ls, _ := splitLines(text, func(int, string) {})
	for _, l := range ls {
		space, tab := strings.Contains(l.text, " "), strings.Contains(l.text, "\t")
		if l.spaceless() && space || l.tabbed() != tab {
			t.Errorf("line %d %q: spaceless %v, tabbed %v", l.n, l.text, l.spaceless(), l.tabbed())
		}
		if lead, tail := textEdges(l.text); l.lead != lead || l.tail != tail {
			t.Errorf("line %d %q: edges %q %q recorded, %q %q in its text", l.n, l.text, l.lead, l.tail, lead, tail)
		}
	}
	if len(ls) < 9 || !ls[0].spaceless() || !ls[2].spaceless() || ls[2].marks&markTabless == 0 {
		t.Errorf("a clean line without a space, or a blank one, not marked: %+v", ls[:min(3, len(ls))])
	}
}

// TestGarbageIn checks the count of garbage runes taken by first bytes
// and Han pairs against decoding every rune, on cells of Han characters,
// punctuation, Hangul, Cyrillic and U+FFFD in every position.
func TestGarbageIn(t *testing.T) {
	parts := []string{"一", "规划", "、", "，", "가", "ᄀ", "ㄱ", "Ж", "α", "\\", "\uFFFD", "a", "1", "é", "😀", "龥"}
	for _, a := range parts {
		for _, b := range parts {
			for _, s := range []string{a + b, "经济" + a + "发展" + b, a + "社会" + b + "x", a + b + a + b} {
				want := 0
				for _, r := range s {
					if garbage(r) {
						want++
					}
				}
				if got := garbageIn(s); got != want {
					t.Errorf("garbageIn(%q) = %d, want %d", s, got, want)
				}
			}
		}
	}
}

// TestRuneLen counts valid UTF-8 of every length up to a few steps
// of sixteen bytes, each byte of a step in every kind of character.
func TestRuneLen(t *testing.T) {
	s := strings.Repeat("a一é𠀀二b", 8)
	for i := 0; i <= len(s); i++ {
		for j := i; j <= len(s); j++ {
			if p := s[i:j]; utf8.ValidString(p) && runeLen(p) != utf8.RuneCountInString(p) {
				t.Fatalf("runeLen(%q) = %d, want %d", p, runeLen(p), utf8.RuneCountInString(p))
			}
		}
	}
}

// TestHanSet: a set holds its characters and no other rune, at the
// edges of the main block and past them.
func TestHanSet(t *testing.T) {
	chars := "一年月日号鿿"
	s := newHanSet(chars)
	for r := rune(-1); r < 0x10000; r++ {
		if got, want := s.has(r), strings.ContainsRune(chars, r); got != want {
			t.Fatalf("has(%U) = %v, want %v", r, got, want)
		}
	}
}
