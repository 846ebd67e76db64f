package loader

import (
	"strings"
	"unicode/utf8"
)

// captionText is a table's caption as printed on its line. Unlike a
// paragraph, a caption is one line that no wrap cut, so its spaces are
// the typesetter's: they part a number from the title (专栏10 回收…,
// 表1 2024年…) or a word from a word, and each run of them is kept as one
// space. Two kinds of space are no parting: a title spaced out letter by
// letter (名 单, 附 表: no two Han characters side by side) is read
// joined, as OCR's spaced lines are; and the space between a table label
// and its number (表 1, 专栏 3, which pdftotext prints for 表1) is taken
// out, so that a label reads the same from every converter.
func captionText(s string) string {
	s = trim(s)
	if spacedOut(s) {
		return joinCJK(s)
	}
	f := strings.Fields(s)
	if len(f) > 1 && labelWord(f[0]) && startsWithDigit(f[1]) {
		f[1] = f[0] + f[1]
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// spacedOut reports whether s is spaced out letter by letter: every
// field between its spaces holds at most one Han character, and two or
// more fields hold one.
func spacedOut(s string) bool {
	spaced := 0
	for _, f := range strings.Fields(s) {
		han := 0
		for _, r := range f {
			if isHan(r) {
				han++
			}
		}
		if han > 1 {
			return false
		}
		spaced += han
	}
	return spaced > 1
}

// labelWord reports whether w is the word of a table label that a number
// follows: 表, 附表, 专栏.
func labelWord(w string) bool {
	return w == "表" || w == "附表" || w == "专栏"
}

// startsWithDigit reports whether s starts with an Arabic digit or a
// Chinese numeral (表 1, 表 一).
func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '0' && r <= '9' || cnDigit(r) > 0
}

// splitColumnCaption rejoins a 专栏 caption that an OCR engine split into
// cells (专栏9<TAB>消费品以<TAB>旧换新计划): a first cell that is the label
// alone (专栏9) is parted from the title by a space, as the label is when
// printed on one line; the title's own cells are rejoined without one,
// since the engine cut it wherever it saw a gap.
func splitColumnCaption(t string) string {
	label, rest, _ := strings.Cut(t, "\t")
	rest = strings.ReplaceAll(rest, "\t", "")
	if n, ok := strings.CutPrefix(trim(label), "专栏"); ok && n != "" && strings.Trim(n, "0123456789") == "" {
		return trim(label) + " " + trim(rest)
	}
	return label + rest
}

// cjkBeside reports whether the text before a gap ends, or the text
// after it starts, with a CJK character: a wrap there is joined without
// a space, as joinCJK joins one.
func cjkBeside(before, after string) bool {
	p, _ := utf8.DecodeLastRuneInString(before)
	n, _ := utf8.DecodeRuneInString(after)
	return isCJK(p) || isCJK(n)
}
