package loader

import (
	"slices"
	"strings"
)

// A header of two levels prints as two rows: each upper name centred in a
// cell that spans its columns, their own names in the row below, and a
// column of one level spanning both rows, its name centred between them.
// Under -layout the upper names are a line of their own at the header's
// top (or above it, past a rule's blank line), and a one-level name sits
// higher than the names of the lower row. The header's columns are read
// from the lower names and the one-level names as from any header; each
// upper name then takes the run of lower columns it is centred over, and
// the header becomes the two rows the tab-table rules read as one of two
// rows (names upper/lower).

// upperRow is the upper row of a two-level header: its names, the line it
// is on, and which of the header's labels have one level; or, for a
// stacked header (see stackedHeader), its lines' runs, the lower row's
// from split.
type upperRow struct {
	names  []textRun
	top    int
	single []bool
	rows   [][]textRun
	split  int
}

// twoLevelHeader finds a two-level header whose lower part is the block
// ls[top:bottom+1]: the upper row is the block's first line (its names
// not the top of a label below) or the line above a blank line above the
// block. It returns the upper row and the labels the header's columns are
// read from, or ok false.
func twoLevelHeader(ls []line, top, bottom int, m measure) (up upperRow, labels []textRun, ok bool) {
	if top < bottom {
		first, below := textRuns(ls[top].text, m), textRuns(ls[top+1].text, m)
		var names, rest []textRun
		for _, r := range first {
			if slices.ContainsFunc(below, func(b textRun) bool { return overlaps(r, b) }) {
				rest = append(rest, r)
			} else {
				names = append(names, r)
			}
		}
		if len(names) > 0 {
			if labels, single, ok := levels(ls, top+1, bottom, rest, m); ok {
				return upperRow{names: names, top: top, single: single}, labels, true
			}
		}
	}
	if top >= 2 && blank(ls[top-1].text) && !ls[top].ff() && !ls[top-1].ff() && upperLine(ls[top-2], m) {
		if labels, single, ok := levels(ls, top, bottom, nil, m); ok {
			return upperRow{names: textRuns(ls[top-2].text, m), top: top - 2, single: single}, labels, true
		}
	}
	return upperRow{}, nil, false
}

// upperLine reports whether l can be the upper row of a two-level header:
// names, each at most twice as long as a header's label (it spans
// columns), none a sentence or a figure.
func upperLine(l line, m measure) bool {
	sp := textRuns(l.text, m)
	if len(sp) == 0 || l.ff() {
		return false
	}
	for _, s := range sp {
		if labelLen(s.text) > 2*maxHeaderCell || isDigits(s.text) || strings.ContainsAny(s.text, "。；") {
			return false
		}
	}
	return true
}

func overlaps(a, b textRun) bool { return a.start < b.end && b.start < a.end }

// levels merges the runs of ls[from:to+1] (and extra, the tops of labels
// on the line above) into labels, and tells the one-level ones: those
// whose middle line is above the middle of the lowest. ok is false unless
// there are one-level labels and two lower ones at least.
func levels(ls []line, from, to int, extra []textRun, m measure) (labels []textRun, single []bool, ok bool) {
	type span struct{ first, last int }
	var lines []span
	add := func(r textRun, i int) {
		k := slices.IndexFunc(labels, func(o textRun) bool { return r.start <= o.end && o.start <= r.end })
		if k < 0 {
			labels, lines = append(labels, r), append(lines, span{i, i})
			return
		}
		o := labels[k]
		labels[k] = textRun{start: min(o.start, r.start), end: max(o.end, r.end), text: o.text + r.text}
		lines[k].last = i
	}
	for _, r := range extra {
		add(r, from-1)
	}
	for i := from; i <= to; i++ {
		for _, r := range textRuns(ls[i].text, m) {
			add(r, i)
		}
	}
	low := 0
	for _, s := range lines {
		low = max(low, s.first+s.last)
	}
	ones := 0
	for _, s := range lines {
		single = append(single, s.first+s.last < low)
		if s.first+s.last < low {
			ones++
		}
	}
	order := make([]int, len(labels))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return labels[a].start - labels[b].start })
	sorted, flags := make([]textRun, len(labels)), make([]bool, len(labels))
	for i, k := range order {
		sorted[i], flags[i] = labels[k], single[k]
	}
	return sorted, flags, ones > 0 && len(labels)-ones >= 2
}

// upperTolerance is how far, in display cells, an upper name's centre may
// lie from the middle of the names it spans (each centred in its column,
// as the upper name is over them): the grid rounds both.
const upperTolerance = 2

// heads writes the two header rows of a two-level header read into cols:
// each run of lower columns is shared out, left to right, among the upper
// names centred over it, each taking the fewest columns whose names'
// middle is its centre (the last the rest). ok is false when a name finds no such
// columns, or a lower column no name.
func (up upperRow) heads(labels []textRun, cols []int, m measure) (top, low string, ok bool) {
	if len(cols) != len(labels) {
		return "", "", false
	}
	if up.rows != nil {
		top, low = up.stackedHeads(cols, m)
		return top, low, true
	}
	names := cellTexts([][]textRun{labels}, cols, m)
	end := func(c int) int {
		if c+1 < len(cols) {
			return cols[c+1]
		}
		e := labels[c].end
		for _, u := range up.names {
			e = max(e, u.end)
		}
		return e
	}
	row1, row2 := make([]string, len(cols)), make([]string, len(cols))
	used := 0
	for c := 0; c < len(cols); {
		if up.single[c] {
			row1[c] = names[c]
			c++
			continue
		}
		j := c
		for j+1 < len(cols) && !up.single[j+1] {
			j++
		}
		var over []textRun
		for _, u := range up.names {
			if mid := u.start + u.end; mid >= 2*cols[c] && mid <= 2*end(j) {
				over = append(over, u)
			}
		}
		if len(over) == 0 {
			return "", "", false
		}
		for k, u := range over {
			last := c + 1
			for ; last <= j; last++ {
				if k == len(over)-1 {
					last = j
				}
				if abs(u.start+u.end-labels[c].start-labels[last].end) <= 2*upperTolerance {
					break
				}
			}
			if last > j {
				return "", "", false
			}
			row1[c] = u.text
			for ; c <= last; c++ {
				row2[c] = names[c]
			}
		}
		used += len(over)
		c = j + 1
	}
	return strings.Join(row1, "\t"), strings.Join(row2, "\t"), used == len(up.names)
}
