package loader

import (
	"fmt"
	"slices"
	"strings"
)

// The header of a table laid out in columns: the block of lines of short
// labels above its rows, and the labels read from it.

// headerBlock finds the lines of the header that holds ls[h]: the lines
// next to it, with no blank line between, of short labels only (a long
// label wraps in its cell, a narrow one is set upright one character a
// line). A header set apart by blank lines (or a page's top) is all of
// its block, figures included: a label such as 2016年 set upright puts
// its year on lines of its own. Otherwise a line of figures is a row.
// Its labels are the runs of text that overlap across those lines, each
// read top to bottom. whole asks for the block between blank lines (nil
// labels when there is none): a table whose rows have no blank line
// between them may be such a block itself, so both ways are tried.
func headerBlock(ls []line, h int, m measure, whole bool) (top, bottom int, labels []textRun) {
	top, bottom = h, h
	if whole {
		t, b, ok := blankBounded(ls, h, m)
		if !ok {
			return h, h, nil
		}
		top, bottom = t, b
	} else {
		for top > 0 && h-top < 6 && shortLine(ls[top-1], m, false) {
			top--
		}
		for bottom+1 < len(ls) && bottom-h < 6 && shortLine(ls[bottom+1], m, false) {
			bottom++
		}
		bottom = openedRow(ls, h, bottom, m)
	}
	var all []textRun
	for i := top; i <= bottom; i++ {
		all = append(all, textRuns(ls[i].text, m)...)
	}
	return top, bottom, mergeLabels(all)
}

// openedRow returns where the header of ls[h], taken down to ls[bottom],
// ends: above the last of its lines below h with text in the first
// column, when that line opens a record (see rowOpens). The first record
// of a table whose cells are as short as labels is no header.
func openedRow(ls []line, h, bottom int, m measure) int {
	labels := textRuns(ls[h].text, m)
	if len(labels) < 2 {
		return bottom
	}
	for j := bottom; j > h; j-- {
		if sp := textRuns(ls[j].text, m); len(sp) > 0 && sp[0].start < labels[1].start {
			if rowOpens(ls, j, labels[1].start, m) {
				return j - 1
			}
			break
		}
	}
	return bottom
}

// rowOpens reports whether ls[i], a line with text in its first column
// (left of edge), opens a record: the lines after it, down to the first
// that is no line of short labels, have text right of edge only, with no
// blank line between. A header's label wraps onto lines of labels, and a
// record's first line follows it in the first column; a record's cells go
// on into sentences and long cells while its first column holds still.
func rowOpens(ls []line, i, edge int, m measure) bool {
	if sp := textRuns(ls[i].text, m); len(sp) == 0 || sp[0].start >= edge {
		return false
	}
	for k := i + 1; k < len(ls) && !ls[k].ff(); k++ {
		sp := textRuns(ls[k].text, m)
		if len(sp) == 0 || sp[0].start < edge {
			return false
		}
		if !shortLine(ls[k], m, false) {
			return true
		}
	}
	return false
}

// recordNotes are the warnings for the lines of short cells, such as a
// header's labels, that the table under the header ending at ls[bottom]
// read as records (see openedRow, rowOpens): the line right under the
// header and those among its rows that look like another header.
func recordNotes(ls []line, bottom int, header []textRun, blocks []rowBlock, m measure) []warning {
	var notes []warning
	first := -1
	if k := bottom + 1; k < len(ls) && len(blocks) > 0 && blocks[0].ns[0] == int(ls[k].n) && shortLine(ls[k], m, false) &&
		rowOpens(ls, k, header[1].start, m) {
		first = int(ls[k].n)
	}
	for _, b := range blocks {
		for k, l := range b.lines {
			if n := b.ns[k]; n == first || isOtherHeader(l, header) || acrossLabels(l, header) {
				notes = append(notes, warning{n, fmt.Sprintf("line %d, of short cells as a header's labels are, opens a record (its cells go on below it) and was read as a row", n)})
			}
		}
	}
	return notes
}

// acrossLabels reports whether sp is a line of three labels or more of
// which one reaches over two of the header's labels: it keeps to other
// columns than the table's (a row's cells keep to theirs), the header of
// the next table.
func acrossLabels(sp, header []textRun) bool {
	if len(sp) < 3 || !isLayoutHeader(sp) {
		return false
	}
	return slices.ContainsFunc(sp, func(r textRun) bool {
		n := 0
		for _, h := range header {
			if overlaps(r, h) {
				n++
			}
		}
		return n > 1
	})
}

// unnamedCells reports whether sp, a line under a header, is a row of it
// with more cells than the header has labels: a run starts where each
// label starts, and the line is no line of labels itself (a wider table's
// header, a lower header row). The cells between fall in columns the
// header leaves unnamed.
func unnamedCells(sp, header []textRun) bool {
	if isLayoutHeader(sp) {
		return false
	}
	for _, h := range header {
		if !slices.ContainsFunc(sp, func(r textRun) bool { return abs(r.start-h.start) <= jitter }) {
			return false
		}
	}
	return true
}

// headerAgain reports whether l, a block's first line, is the header of
// a table again, header being its labels tab-separated: the same labels
// set at other x-positions (another table of the same columns, or one
// with a column less), or a line of labels opening with the same first
// label. It opens a table of its own, not a row of this one.
func headerAgain(l []textRun, header string) bool {
	var labels []textRun
	for _, c := range strings.Split(header, "\t") {
		if c != "" {
			labels = append(labels, textRun{text: c})
		}
	}
	return len(labels) > 1 && (sameHeader(l, labels) || isLayoutHeader(l) && removeSpaces(l[0].text) == removeSpaces(labels[0].text))
}

// maxHeaderLines is how many lines a header may take: a label of a
// dozen characters set upright one a line.
const maxHeaderLines = 16

// blankBounded returns the block of lines around h between blank lines
// (or a page's top) when every line of it is short labels or figures, and
// none below h is a numbered row.
func blankBounded(ls []line, h int, m measure) (top, bottom int, ok bool) {
	top, bottom = h, h
	for top > 0 && !ls[top].ff() && h-top < maxHeaderLines && shortLine(ls[top-1], m, true) {
		top--
	}
	width := len(textRuns(ls[h].text, m))
	for bottom+1 < len(ls) && bottom-top < maxHeaderLines && shortLine(ls[bottom+1], m, true) &&
		!numberedRow(ls[bottom+1], m, width) {
		bottom++
	}
	above := top == 0 || ls[top].ff() || blank(ls[top-1].text)
	below := bottom+1 < len(ls) && blank(ls[bottom+1].text)
	return top, bottom, above && below && bottom > top
}

// numberedRow reports whether a line below a header is a row of its
// table: as many runs of text as the header's line has labels, and a
// number (its 序号) first or figures of two digits or more after the
// first (a row of figures under labels; a year set upright puts one digit
// a line). A label set upright fills fewer columns.
func numberedRow(l line, m measure, width int) bool {
	sp := textRuns(l.text, m)
	if len(sp) < width || width < 2 {
		return false
	}
	if isDigits(sp[0].text) {
		return true
	}
	for _, s := range sp[1:] {
		if !isDigits(s.text) || len(s.text) < 2 {
			return false
		}
	}
	return true
}

// shortLine reports whether l holds only short labels (and figures, when
// figures is set); a page's footer (— 1 —) is none, nor is a group label
// alone on its line (一、产业发展, (二)生态保护), which opens the rows, nor
// a piece of a sentence (a wrapped cell's line ending in 。 or holding a
// ，), which no label is, nor a line with a value (see valueFigure).
func shortLine(l line, m measure, figures bool) bool {
	sp := textRuns(l.text, m)
	if len(sp) == 0 || l.ff() || len(sp) == 1 && groupLabel(sp[0].text) {
		return false
	}
	if _, footer, _ := pageNumber(l.text); footer {
		return false
	}
	for _, s := range sp {
		if labelLen(s.text) > maxHeaderCell || (!figures && isDigits(s.text)) || strings.ContainsAny(s.text, sentenceMarks) ||
			valueFigure(s.text) {
			return false
		}
	}
	return true
}

// valueFigure reports whether s is a value written as groups of digits
// joined by separators: a telephone number (0356-2061323), a date
// (2020.1.2, 2020-01-02), a time (8:30). It is a cell's value, never a
// column's name nor a piece of one: a label set upright one character a
// line puts a year's digits on lines of their own, with no separator.
func valueFigure(s string) bool {
	groups, sep := 0, true
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			if sep {
				groups++
			}
			sep = false
		case strings.ContainsRune("-.:/－：", r) && !sep:
			sep = true
		default:
			return false
		}
	}
	return groups > 1 && !sep
}

// mergeLabels joins runs of text that overlap (within a cell) into one
// label each, in the order they were given (top to bottom), sorted by x.
func mergeLabels(all []textRun) []textRun {
	var out []textRun
	for _, s := range all {
		k := slices.IndexFunc(out, func(o textRun) bool { return s.start <= o.end && o.start <= s.end })
		if k < 0 {
			out = append(out, s)
			continue
		}
		out[k] = textRun{start: min(out[k].start, s.start), end: max(out[k].end, s.end), text: out[k].text + s.text}
	}
	slices.SortFunc(out, func(a, b textRun) int { return a.start - b.start })
	return out
}
