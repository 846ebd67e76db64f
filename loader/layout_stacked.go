package loader

import "strings"

// A header of two rows set left-aligned in its cells, as a converter that
// pads cells with spaces prints it, does not centre an upper name over
// the columns it spans: the name starts where the first of them starts,
// and the lower names of the others have nothing above them. A column of
// one level has its name on either line alone. Such a header is two
// lines that keep to the columns, cell for cell, and is read as two
// header rows (the tab-table rules then read them as one header of two
// rows, or as rows, as they would the same cells separated by tabs).

// minSpanning is how many upper names must span two columns or more for
// two lines to be such a header: one alone may be a label wrapped over
// two lines beside a column of one line.
const minSpanning = 2

// stackedHeader reports whether ls[top] and ls[top+1] are such a header,
// and returns it (its rows the two lines) with the labels its columns are
// read from.
func stackedHeader(ls []line, top int, m measure) (up upperRow, labels []textRun, ok bool) {
	if top+1 >= len(ls) || ls[top+1].ff || !shortLine(ls[top], m, true) || !shortLine(ls[top+1], m, false) {
		return upperRow{}, nil, false
	}
	upper, lower := textRuns(ls[top].text, m), textRuns(ls[top+1].text, m)
	if len(upper) < 2 || len(lower) < 2*minSpanning {
		return upperRow{}, nil, false
	}
	// over[i] is the upper name over lower[i], -1 for none.
	over := make([]int, len(lower))
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
			return upperRow{}, nil, false // centred over its columns, or no cell of theirs
		}
		for _, i := range under {
			over[i] = k
		}
	}
	spanning, name := map[int]bool{}, -1
	for i := range lower {
		switch {
		case over[i] >= 0:
			name = over[i]
		case name >= 0:
			spanning[name] = true
		}
	}
	if len(spanning) < minSpanning {
		return upperRow{}, nil, false
	}
	all := append(append([]textRun(nil), upper...), lower...)
	return upperRow{top: top, rows: [][]textRun{upper, lower}}, mergeLabels(all), true
}

// stackedHeads writes the two rows of a stacked header read into cols.
func (up upperRow) stackedHeads(cols []int, m measure) (top, low string) {
	return strings.Join(cellTexts(up.rows[:1], cols, m), "\t"), strings.Join(cellTexts(up.rows[1:], cols, m), "\t")
}
