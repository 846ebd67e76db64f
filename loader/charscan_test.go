package loader

import (
	"strings"
	"testing"
)

func TestHoldsHan(t *testing.T) {
	for _, s := range []string{"", "签", "发签", "签发人", "xx签", "筌", "答签名", "一二三", "签"[1:], "签"[:2] + "签", "abc"} {
		for _, c := range []string{"签", "令", "期", "报"} {
			if got, want := holdsHan(s, c), strings.Contains(s, c); got != want {
				t.Errorf("holdsHan(%q, %q) = %v, want %v", s, c, got, want)
			}
		}
	}
}

func TestWrapLen(t *testing.T) {
	for _, s := range []string{"", "a", "一", "abcdefgh", "一二三四五六七八九十", "第1条 一二", "ab cd", "x一y二z三w四v", "𠀀一é", "全角１２３４５６７８"} {
		// A line as decoding makes it, marked when it holds no space, and
		// one made by a later stage, unmarked.
		ls, _ := splitLines(s, func(int, string) {})
		l := decoded(1, s)
		if got, want := ls[0].wrapLen(), joinedLen(s); got != want || l.wrapLen() != want {
			t.Errorf("wrapLen(%q) = %d and %d unmarked, want %d", s, got, l.wrapLen(), want)
		}
	}
}
