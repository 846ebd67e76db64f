package loader

import (
	"slices"
	"strings"
)

// The edges of a laid-out table: a group row printed above its first row
// (a table with no header row whose records start with a group); the rows
// a page break carries to the next page are in layout_break.go.

// colExtent returns where the text of lines in each of cols starts (the
// leftmost start of a run in it, the column's edge when none is), and
// where the rightmost run ends.
func colExtent(lines [][]textRun, cols []int) (starts []int, right int) {
	starts = slices.Clone(cols)
	seen := make([]bool, len(cols))
	for _, l := range lines {
		for _, r := range l {
			c := column(cols, r.start)
			if !seen[c] || r.start < starts[c] {
				starts[c], seen[c] = r.start, true
			}
			right = max(right, r.end)
		}
	}
	return starts, right
}

// rowsAbove reads the lines above a table found at ls[top] (no higher
// than floor, the end of the table before): one-line rows that keep to
// its columns, their first cell at the table's left edge, and above them
// a group row (see groupLine). Only a group row says that the rows below
// it are the table's (a line above a table that keeps to its columns may
// be anything); without one nothing is read. A group row is no table's
// first line when it has a header row: it would come under the header,
// so a table found by its header needs a row above the header too (the
// "header" is then a row like any). The rows and the group row are set
// apart by blank lines as the table's rows are, or not at all; with none
// between them, the group row must be numbered as one (一、, (一)): a
// line of one run printed on the rows of a table with no blank line may
// else be its caption. It returns the new top and the rows, the group
// row's label alone in its first cell.
func rowsAbove(ls []line, top, floor int, t laid) (int, []line) {
	if len(t.cols) < 2 {
		return top, nil
	}
	step := 1 // the lines from one row to the next
	if t.spaced {
		step = 2
	}
	apart := func(k int) bool { // a row at ls[k] is set apart from the row above as rows are
		return !ls[k].ff() && !ls[k-1].ff() && blank(ls[k-1].text) == t.spaced
	}
	var upper []line
	k := top
	for ; k-step >= floor && apart(k); k -= step {
		sp := textRuns(ls[k-step].text, t.m)
		if len(sp) < 2 || abs(sp[0].start-t.starts[0]) > jitter || strings.ContainsRune(ls[k-step].text, '\t') ||
			crosses(rowBlock{lines: [][]textRun{sp}}, t.cols) {
			break
		}
		b := rowBlock{lines: [][]textRun{sp}, ns: []int{int(ls[k-step].n)}}
		upper = append(b.rows(t.cols, t.m, rowSet{spaced: true}), upper...)
	}
	g := k - step
	if g < floor || !apart(k) || (len(upper) == 0 && t.header != "") || !groupLine(ls, g, t) {
		return top, nil
	}
	if k, _, _ := numbering(trim(ls[g].text)); !t.spaced && k != kindCN && k != kindParenCN {
		return top, nil
	}
	group := line{n: ls[g].n, text: trim(ls[g].text) + strings.Repeat("\t", len(t.cols)-1)}
	return g, append([]line{group}, upper...)
}

// groupLine reports whether ls[g] can be a group row of the table t: a
// block of one line (a blank line or a page's top above it) of one run
// of text from the table's left edge across its first column and inside
// its width, that is no sentence.
func groupLine(ls []line, g int, t laid) bool {
	if g > 0 && !ls[g].ff() && !blank(ls[g-1].text) {
		return false
	}
	sp := textRuns(ls[g].text, t.m)
	return len(sp) == 1 && abs(sp[0].start-t.starts[0]) <= jitter && sp[0].end > t.cols[1] && sp[0].end <= t.right &&
		!strings.ContainsRune(ls[g].text, '\t') && !endsSentence(sp[0].text)
}
