package loader

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// A blank form printed as a ruled table (a report to fill in: 报告单位：,
// 签发人：, 报告时间：) has cells that are fields left blank, a short
// label and its colon, and most of its rows hold one field alone, the
// other cells empty: their lines are lines of one run, which say nothing
// of the columns. What says it is a table is the layout: its rows are set
// apart by blank lines (the cells' padding), each starts with a field at
// the same x, and the fields right of the first keep to the x-positions
// of the first row's.

// minFormRows is how many rows a form needs below its first: as many as a
// table found by its gutters alone (lines of label and value, spaced out
// and set apart, are two).
const minFormRows = minGridRows

// formTable reads the form whose first row is ls[h], a line of two fields
// or more after a blank line: its rows are the blocks between blank lines
// below, each starting under the first row's first field, its further
// runs starting where the first row's fields start, every cell a field,
// up to a block that is not such a row or a page break. One row at least
// besides the first must have a field in a column right of the first.
func formTable(ls []line, h int) (rows []line, end int, notes []warning, ok bool) {
	head := textRuns(ls[h].text, byWidth)
	if len(head) < 2 || (h > 0 && !ls[h].ff() && !blank(ls[h-1].text)) {
		return nil, h + 1, nil, false
	}
	cols := make([]int, len(head))
	for k, r := range head[1:] {
		cols[k+1] = r.start - jitter
	}
	first := cellTexts([][]textRun{head}, cols, byWidth)
	if slices.Contains(first, "") || !allFields(first) {
		return nil, h + 1, nil, false
	}
	rows = []line{{n: ls[h].n, text: strings.Join(first, "\t")}}
	if h+1 < len(ls) && !blank(ls[h+1].text) && !ls[h+1].ff() {
		return formLines(ls, h, head, cols, rows)
	}
	right, end := 0, h+1
	for i := h + 1; i < len(ls) && blank(ls[i].text) && !ls[i].ff(); {
		b, next := formRow(ls, i, head)
		if b == nil {
			break
		}
		cells := cellTexts(b.lines, cols, byWidth)
		if !allFields(cells) {
			break
		}
		if slices.ContainsFunc(cells[1:], func(c string) bool { return c != "" }) {
			right++
		}
		rows = append(rows, line{n: int32(b.ns[0]), text: strings.Join(cells, "\t")})
		i, end = next, next
	}
	if len(rows)-1 < minFormRows || right == 0 {
		return nil, h + 1, nil, false
	}
	return rows, end, nil, true
}

// formLines reads the rows of a form whose first row, ls[h] (its fields
// head, the columns cols), has the next line right below it: the rows are
// not set apart, each is a line of its own. A line goes on with the row
// above when that row's first cell is no whole field yet (a bracket left
// open, a label cut before its colon): a field wrapped in its cell. Every
// line keeps to the fields of the first row (see formRow), and every row
// read whole is fields; the joins are reported as notes.
func formLines(ls []line, h int, head []textRun, cols []int, rows []line) ([]line, int, []warning, bool) {
	var cur *rowBlock
	var notes []warning
	right, i := 0, h+1
	flush := func() {
		cells := cellTexts(cur.lines, cols, byWidth)
		if slices.ContainsFunc(cells[1:], func(c string) bool { return c != "" }) {
			right++
		}
		if len(cur.ns) > 1 {
			notes = append(notes, warning{cur.ns[0], fmt.Sprintf("a form's field wrapped over lines %d–%d was read as one cell", cur.ns[0], cur.ns[len(cur.ns)-1])})
		}
		rows = append(rows, line{n: int32(cur.ns[0]), text: strings.Join(cells, "\t")})
	}
	for ; i < len(ls) && !blank(ls[i].text) && !ls[i].ff(); i++ {
		b, _ := formRow(ls[i:i+1], 0, head)
		if b == nil {
			return nil, h + 1, nil, false
		}
		if cur != nil && !allFields(cellTexts(cur.lines, cols, byWidth)) {
			if len(b.lines[0]) > 1 {
				return nil, h + 1, nil, false // a field cut, and another beside its rest
			}
			cur.lines, cur.ns = append(cur.lines, b.lines[0]), append(cur.ns, int(ls[i].n))
			continue
		}
		if cur != nil {
			flush()
		}
		cur = b
	}
	if cur == nil || !allFields(cellTexts(cur.lines, cols, byWidth)) {
		return nil, h + 1, nil, false
	}
	flush()
	if len(rows)-1 < minFormRows || right == 0 {
		return nil, h + 1, nil, false
	}
	return rows, i, notes, true
}

// formRow reads the block of lines after the blank lines at ls[i] as a
// row of the form whose first row is head: nil when its lines do not
// start under head's first field, or have runs that start elsewhere than
// head's fields. It returns the row and the index of the line after it.
func formRow(ls []line, i int, head []textRun) (*rowBlock, int) {
	for i < len(ls) && blank(ls[i].text) && !ls[i].ff() {
		i++
	}
	b := &rowBlock{}
	for ; i < len(ls) && !blank(ls[i].text) && !ls[i].ff(); i++ {
		sp := textRuns(ls[i].text, byWidth)
		if ls[i].tabbed() || abs(sp[0].start-head[0].start) > jitter {
			return nil, i
		}
		for _, r := range sp[1:] {
			if !startsAt(r.start, head[1:]) {
				return nil, i
			}
		}
		b.lines, b.ns = append(b.lines, sp), append(b.ns, int(ls[i].n))
	}
	if len(b.lines) == 0 {
		return nil, i
	}
	return b, i
}

// startsAt reports whether x is where one of runs starts.
func startsAt(x int, runs []textRun) bool {
	for _, r := range runs {
		if abs(x-r.start) <= jitter {
			return true
		}
	}
	return false
}

// allFields reports whether the first of cells and every other one that
// is not empty are fields.
func allFields(cells []string) bool {
	for k, c := range cells {
		if (k == 0 || c != "") && !isField(c) {
			return false
		}
	}
	return true
}

// isField reports whether s is a form's field left blank: a label of at
// most a header cell's length, no sentence in it, its colon, and after
// it nothing, a note in brackets (（盖章）) or a line to write on (_____).
// Fields filled in (报告人：张三  日期：3月1日) are lines of text set in
// two parts as much as a form's.
func isField(s string) bool {
	for i, r := range s {
		switch {
		case r == '：' || r == ':':
			if i == 0 || utf8.RuneCountInString(s[:i]) > maxHeaderCell {
				return false
			}
			rest := strings.TrimSpace(s[i+utf8.RuneLen(r):])
			return rest == "" || strings.Contains(rest, "___") ||
				(hasPrefixAny(rest, "（", "(") && hasSuffixAny(rest, "）", ")"))
		case strings.ContainsRune("。；，;,", r):
			return false
		}
	}
	return false
}

// headerAlone reports whether header, the labels of a block of lines
// between blank lines that starts at ls[top] and has no rows below, is a
// table printed as its header alone (a form to fill in, a template): its
// labels are three or more, and a table's caption (表1 …, … 申报表) is
// printed just above it, or above a short line of its own (a unit, a
// field to fill in: _____乡镇(盖章)).
func headerAlone(ls []line, top int, header []textRun) bool {
	if len(header) < minGridColumns {
		return false
	}
	for range 2 {
		j := top - 1
		for j >= 0 && top-j <= 3 && blank(ls[j].text) && !ls[j+1].ff() {
			j--
		}
		if j < 0 || ls[j+1].ff() || blank(ls[j].text) {
			return false
		}
		t := trim(ls[j].text)
		if titleLike(t) && !runesOver(t, 50) && captionLike(t) {
			return true
		}
		if runeLen(t) > maxCaptionGap || strings.ContainsAny(t, "。；，,") {
			return false
		}
		top = j
	}
	return false
}

// maxCaptionGap is how long a line between a table's caption and its
// header may be: a unit or a field to fill in, no sentence.
const maxCaptionGap = 20
