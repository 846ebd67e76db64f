package loader

import (
	"strings"

	"gazette/data"
)

// A table printed one cell per line whose rows no reader can rebuild is
// kept as one raw block, so that none of its cells becomes a heading or
// a paragraph. Its lines run on past the cells a reader gave up at (a
// long cell, a last row of unknown length) to where the table ends, and
// only evidence of an end stops them: see flatRunEnd.

// flatRunEnd returns the index after the last line of such a table,
// reading from its first cell ls[k]. The table ends before:
//   - a finished block, a tab row, the next caption (表N, 专栏N), or a
//     line that starts something of the document's own (see endsFlatRun);
//   - a line indented as a paragraph's first line: no converter indents
//     a cell printed on a line of its own;
//   - while its cells are short, a long line that no short cell follows
//     (right after it or after one more long line): the first line of
//     text after the table. A long line that short cells follow is a
//     cell, and the table's cells may then be long.
//
// The width of a hard wrap is no evidence: a converter that prints a
// cell on one line prints a long one as long as it is, and one at the
// width of the text reads as a wrapped line of it.
//
// The last line before the next caption, when it names a table
// (重点任务分解表 / 表2), titles that table and is left out.
func flatRunEnd(ls []line, k int) int {
	start, end, long := k, k, false
	for ; k < len(ls) && ls[k].block == nil; k++ {
		raw := ls[k].text
		t := trim(raw)
		if t == "" {
			continue
		}
		if endsFlatRun(t) || indent(raw) >= 2 {
			if (tableNumber(t) || strings.HasPrefix(t, "专栏")) && end > start && captionLike(trim(ls[end-1].text)) {
				end--
			}
			break
		}
		if runesOver(t, 25) && !long {
			if !cellsAfter(ls, k+1) {
				break
			}
			long = true
		}
		end = k + 1
	}
	return end
}

// endsFlatRun reports whether a line cannot be a cell of a table printed
// one cell per line: a tab row, a caption (表N, 专栏N), a heading of a
// kind no cell starts with (第一章, 第一条, 一、, （一）) unless it is a group
// row carrying its count (一、……（共3项）), an attachment label, a note
// under the table (注：…) or a list item.
func endsFlatRun(t string) bool {
	if strings.ContainsRune(t, '\t') || strings.HasPrefix(t, "专栏") || tableNumber(t) ||
		hasPrefixAny(t, "注：", "注:", "备注：", "备注:", "- ", "• ") {
		return true
	}
	if _, label := isAttachmentLabel(t); label {
		return true
	}
	switch k, _, _ := numbering(t); k {
	case kindChapter, kindPart, kindArticle:
		return true
	case kindCN, kindParenCN:
		return !hasCount(t)
	}
	return false
}

// cellsAfter reports whether a long line that ends a run of short cells
// is a cell itself: a short cell follows it, right after it or after one
// more long line. A short cell is one that could be a table's (see
// cellLike), or a form's field label (报告人：, 联系方式：).
func cellsAfter(ls []line, k int) bool {
	long := 0
	for ; k < len(ls) && ls[k].block == nil && long <= 1; k++ {
		t := trim(ls[k].text)
		switch {
		case t == "":
		case endsFlatRun(t):
			return false
		case runesOver(t, 25):
			long++
		default:
			return cellLike(t) || fieldLabel(t)
		}
	}
	return false
}

// fieldLabel reports whether a line is a form's field label: a few
// characters ending in a colon, with nothing filled in.
func fieldLabel(t string) bool {
	return !runesOver(t, 12) && hasSuffixAny(t, "：", ":") && !strings.ContainsAny(t, "，。；,;")
}

// rawRun is the raw block of a table printed one cell per line whose
// rows could not be told, from its first cell ls[from] to the table's
// end (see flatRunEnd): the lines as found, past where its reader gave
// up, and short of lines the reader took for cells that end it (an
// indented paragraph, the next table's title). It returns the block and
// the index after it, or false when its first line already ends it.
func rawRun(ls []line, from int) (*data.Block, int, bool) {
	end := flatRunEnd(ls, from)
	if end == from {
		return nil, 0, false
	}
	var b strings.Builder
	for k := from; k < end; k++ {
		if t := trim(ls[k].text); t != "" {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(t)
		}
	}
	return &data.Block{Kind: data.Raw, Line: int(ls[from].n), Text: b.String()}, end, true
}

// unheadedFlat reads the cells under a caption whose first cells carry
// no header words: their kinds may tell the columns (see periodFlat), or
// they are a header of names alone (see namesAlone). Under 表N, short
// lines whose shape nothing tells are still a table's cells, kept as one
// raw block to the table's end; under another title they are text.
func unheadedFlat(ls []line, i int, caption string, fc flatCellRun) (*data.Block, int, bool) {
	if b, next, ok := periodFlat(ls, i, caption); ok {
		return b, next, true
	}
	if b, next, ok := namesAlone(ls, i, caption); ok || !tableNumber(caption) {
		return b, next, ok
	}
	return rawRun(ls, fc.idx[0])
}
