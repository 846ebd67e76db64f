package loader

import (
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
	}
	var all []textRun
	for i := top; i <= bottom; i++ {
		all = append(all, textRuns(ls[i].text, m)...)
	}
	return top, bottom, mergeLabels(all)
}

// maxHeaderLines is how many lines a header may take: a label of a
// dozen characters set upright one a line.
const maxHeaderLines = 16

// blankBounded returns the block of lines around h between blank lines
// (or a page's top) when every line of it is short labels or figures, and
// none below h is a numbered row.
func blankBounded(ls []line, h int, m measure) (top, bottom int, ok bool) {
	top, bottom = h, h
	for top > 0 && !ls[top].ff && h-top < maxHeaderLines && shortLine(ls[top-1], m, true) {
		top--
	}
	width := len(textRuns(ls[h].text, m))
	for bottom+1 < len(ls) && bottom-top < maxHeaderLines && shortLine(ls[bottom+1], m, true) &&
		!numberedRow(ls[bottom+1], m, width) {
		bottom++
	}
	above := top == 0 || ls[top].ff || blank(ls[top-1].text)
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
// ，), which no label is.
func shortLine(l line, m measure, figures bool) bool {
	sp := textRuns(l.text, m)
	if len(sp) == 0 || l.ff || len(sp) == 1 && groupLabel(sp[0].text) {
		return false
	}
	if _, footer, _ := pageNumber(l.text); footer {
		return false
	}
	for _, s := range sp {
		if labelLen(s.text) > maxHeaderCell || (!figures && isDigits(s.text)) || strings.ContainsAny(s.text, sentenceMarks) {
			return false
		}
	}
	return true
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
