package loader

import (
	"slices"
	"testing"
)

// TestRunesInto: runesInto decodes as a conversion to []rune does, for
// names of Han characters, ASCII, two- and four-byte characters, the
// edges of three-byte forms and invalid bytes, and says when a name has
// more runes than it holds.
func TestRunesInto(t *testing.T) {
	names := []string{"", "序号", "牵头责任单位", "No.", "12", "完成时间（月）", "é名", "🙂名称", "\uE000\uFFFF\u1000",
		"\xed\x9f\xbf\xed\xa0\x80", "\xe0\xa0\x80\xe0\x80\x80", "\xe1\x80", "名\xff称", "\xef\xbf\xbd", "一二三四五六七八九十一二",
		"一二三四五六七八九十一二三"}
	for _, s := range names {
		var dst [12]rune
		n, ok := runesInto(&dst, s)
		want := []rune(s)
		if ok != (len(want) <= len(dst)) || !slices.Equal(dst[:n], want[:min(len(want), len(dst))]) {
			t.Errorf("%q: %q %v, want %q", s, dst[:n], ok, want)
		}
	}
}

// TestHeaderRepeatSameCells: headerRepeat counts a cell printed as its
// header cell is without making their keys, as headerCell counts them
// from their keys, for cells empty, plain, spaced and in markup.
func TestHeaderRepeatSameCells(t *testing.T) {
	cells := []string{"", " ", "序号", "牵头 单位", "<b>完成时限</b>", "&nbsp;备注", "$x$", "12", "\t"}
	for _, c := range cells {
		if got := headerCell(cellKey(c), cellKey(c)); got != cellSame {
			t.Errorf("%q: headerCell %d, want cellSame", c, got)
		}
	}
	if !headerRepeat(cells, cells) {
		t.Errorf("a header does not repeat itself")
	}
}
