package loader

import (
	"slices"
	"strings"
)

// A header of two rows set left-aligned in its cells, as a converter that
// pads cells with spaces prints it, does not centre an upper name over
// the columns it spans: the name starts where the first of them starts,
// and the lower names of the others have nothing above them. A column of
// one level has its name in either row alone. Each row may take more than
// one line, its long names wrapped inside their columns; the lower row
// starts at the first line with a name under none of the lines above.
// Such a header is read as two header rows, cell for cell (the tab-table
// rules then read them as one header of two rows, or as rows, as they
// would the same cells separated by tabs).

// minSpanning is how many upper names must span two columns or more for
// two lines to be such a header: one alone may be a label wrapped over
// two lines beside a column of one line.
const minSpanning = 2

// maxRowLines is how many lines one row of such a header may take (its
// names may be twice a label's length and no figure, see upperLine).
const maxRowLines = 3

// stackedHeader reports whether the lines from ls[top] are such a header,
// and returns it (its rows' lines) with the labels its columns are read
// from and the index of its last line.
func stackedHeader(ls []line, top int, m measure) (up upperRow, labels []textRun, bottom int, ok bool) {
	if top >= len(ls) || !upperLine(ls[top], m) {
		return upperRow{}, nil, 0, false
	}
	rows := [][]textRun{textRuns(ls[top].text, m)}
	split := 0
	for i := top + 1; i < len(ls) && upperLine(ls[i], m) && i-top < 2*maxRowLines; i++ {
		sp := textRuns(ls[i].text, m)
		above := mergeLabels(slices.Concat(rows[split:]...))
		fresh := slices.ContainsFunc(sp, func(r textRun) bool {
			return !slices.ContainsFunc(above, func(a textRun) bool { return overlaps(a, r) })
		})
		if fresh && split > 0 {
			break // a third row: no header of two rows
		}
		if fresh {
			split = len(rows)
		}
		rows = append(rows, sp)
	}
	if split == 0 || split > maxRowLines || len(rows)-split > maxRowLines {
		return upperRow{}, nil, 0, false
	}
	upper, lower := mergeLabels(slices.Concat(rows[:split]...)), mergeLabels(slices.Concat(rows[split:]...))
	if len(upper) < 2 || !spansEnough(upper, lower) {
		return upperRow{}, nil, 0, false
	}
	return upperRow{top: top, rows: rows, split: split}, mergeLabels(append(upper, lower...)), top + len(rows) - 1, true
}

// startsStacked reports whether a stacked header starts at ls[i], its
// upper names measured either way (one may be longer than a label).
func startsStacked(ls []line, i int) bool {
	for _, m := range []measure{byWidth, byRune} {
		if _, _, _, ok := stackedHeader(ls, i, m); ok {
			return true
		}
	}
	return false
}

// alone reports whether the stacked header on ls[top:bottom+1] stands
// between blank lines, as a header printed alone does.
func (up upperRow) alone(ls []line, bottom int) bool {
	return up.top > 0 && blank(ls[up.top-1].text) && bottom+1 < len(ls) && blank(ls[bottom+1].text)
}

// spansEnough reports whether the upper names span enough lower ones to
// be a header's upper row: two of them span two lower names or more each;
// or one does beside an upper name with no lower name under it (a column
// of one level named in the upper row). A one-line label centred beside a
// label wrapped over two lines sits where the other one-line labels sit,
// so a lower name with nothing above it is then no label of one line but
// a column the spanning name spans.
func spansEnough(upper, lower []textRun) bool {
	n := spanning(upper, lower)
	if n >= minSpanning {
		return len(lower) >= 2*minSpanning
	}
	return n == 1 && slices.ContainsFunc(upper, func(u textRun) bool {
		return !slices.ContainsFunc(lower, func(l textRun) bool { return overlaps(u, l) })
	})
}

// spanning counts the upper names that span two lower names or more: a
// name over the first of them, starting where it starts, and the next
// lower names with nothing above them. It is 0 when an upper name lies
// over two lower names (centred over its columns) or starts elsewhere.
func spanning(upper, lower []textRun) int {
	over := make([]int, len(lower)) // the upper name over each, -1 for none
	for i := range over {
		over[i] = -1
	}
	for k, u := range upper {
		var under []int
		for i, l := range lower {
			if overlaps(u, l) {
				under = append(under, i)
			}
		}
		if len(under) > 1 || (len(under) == 1 && abs(lower[under[0]].start-u.start) > jitter) {
			return 0
		}
		for _, i := range under {
			over[i] = k
		}
	}
	spans, name := map[int]bool{}, -1
	for i := range lower {
		switch {
		case over[i] >= 0:
			name = over[i]
		case name >= 0:
			spans[name] = true
		}
	}
	return len(spans)
}

// stackedHeads writes the two rows of a stacked header read into cols.
func (up upperRow) stackedHeads(cols []int, m measure) (top, low string) {
	return strings.Join(cellTexts(up.rows[:up.split], cols, m), "\t"), strings.Join(cellTexts(up.rows[up.split:], cols, m), "\t")
}
