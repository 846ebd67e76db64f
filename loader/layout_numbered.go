package loader

import "strings"

// Articles, chapters and headings are printed with a gap after their
// numbering (第一章  总则, 第一条  为了……, 一、  总体要求): pdftotext and
// Word set the token and the text apart by two spaces or more, which
// reads as two columns. A "table" whose first column holds nothing but
// numbering tokens, in sequence, and whose rows hold one text each after
// the token, is numbered headings and paragraphs: a real table's first
// column is a 序号 of bare numbers (1, 2, 3), and its rows have more than
// one cell after it.

// numberedText reports whether rows, the tab-separated rows of a table
// found by its columns, are numbered lines: every row a heading-numbering
// token and one text, each token following the one of its kind before it
// (a token of a higher level lets the lower ones start again: 第一节 under
// a new 第二章, 一、 under a new 第二条).
func numberedText(rows []line) bool {
	prev := map[int]string{} // the last token of each kind
	n := 0
	for _, r := range rows {
		if trim(r.text) == "" {
			continue
		}
		cells := strings.Split(r.text, "\t")
		if len(cells) != 2 || trim(cells[1]) == "" {
			return false
		}
		tok := trim(cells[0])
		if !wholeToken(tok) {
			return false
		}
		k, _, _ := numbering(tok)
		if p, ok := prev[k]; ok && !follows(p, tok) {
			return false
		}
		prev[k] = tok
		for lower := k + 1; lower <= kindTitled; lower++ {
			delete(prev, lower)
		}
		n++
	}
	return n >= 2
}

// wholeToken reports whether s is a numbering token and nothing more:
// 第一章, 第十二条, 一、, (一).
func wholeToken(s string) bool {
	k, _, rest := numbering(s)
	return k != kindNone && rest == ""
}
