package loader

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The columns of a laid-out table, and its rows' cells read by them.

// columns finds where each column starts: between two header labels,
// the position that the fewest runs of text in the rows (lines of two or
// more cells) reach across, the middle of the widest such stretch. A wide
// text column pushed against the next one leaves no gutter common to all
// rows, but each row's own gap still falls at the column's edge. A line of
// one run in the stretch's column (a cell's wrapped line, which may run
// further right than the row's first line) narrows the stretch from the
// left. It returns the edges (the first column starts at 0) and how many
// runs of text cross them, or nil when the header's labels overlap.
func columns(header []textRun, blocks []rowBlock) ([]int, int) {
	runs := rowRuns(blocks)
	if len(runs) == 0 {
		runs = header // a header alone: its labels keep inside their columns
	}
	var singles []textRun
	for _, b := range blocks {
		for _, l := range b.lines {
			if len(l) == 1 {
				singles = append(singles, l[0])
			}
		}
	}
	edges := make([]int, len(header))
	crossed := 0
	for m := 1; m < len(header); m++ {
		lo, hi := header[m-1].start+1, header[m].end-1
		if hi < lo || header[m].start < header[m-1].end {
			return nil, 0
		}
		a, b, least := bestEdge(runs, lo, hi, header[m].start+jitter)
		for _, r := range singles {
			if r.start < a && a < r.end && r.end <= b {
				a = r.end
			}
		}
		edges[m], crossed = (a+b)/2, crossed+least
		if edges[m] <= edges[m-1] {
			return nil, 0
		}
	}
	return edges, crossed
}

// bestEdge finds the positions in [lo, hi] that the fewest runs cross:
// the widest stretch [a, b] of them up to label, the next label's start (a
// label starts inside its own column), or else of any; and how many runs
// cross there.
func bestEdge(runs []textRun, lo, hi, label int) (a, b, least int) {
	counts := make([]int, hi-lo+1)
	for _, r := range runs {
		for x := max(r.start+1, lo); x < r.end && x <= hi; x++ {
			counts[x-lo]++
		}
	}
	least = slices.Min(counts)
	if label >= lo && slices.Contains(counts[:min(label-lo+1, len(counts))], least) {
		counts = counts[:min(label-lo+1, len(counts))]
	}
	width := 0
	for i := 0; i < len(counts); {
		if counts[i] != least {
			i++
			continue
		}
		j := i
		for j < len(counts) && counts[j] == least {
			j++
		}
		if j-i > width {
			a, b, width = lo+i, lo+j-1, j-i
		}
		i = j
	}
	return a, b, least
}

// column returns the column a textRun starting at x belongs to.
func column(cols []int, x int) int {
	c := 0
	for m, l := range cols {
		if x >= l {
			c = m
		}
	}
	return c
}

// cellTexts joins the spans of lines into one text per column, top to
// bottom, as the loader joins text wrapped by a page: a column's lines
// are where the typesetter wrapped the cell, not the cell's own lines.
func cellTexts(lines [][]textRun, cols []int, m measure) []string {
	cells := make([]string, len(cols))
	for _, l := range lines {
		for _, s := range splitAtEdges(l, cols, m) {
			c := column(cols, s.start)
			if cells[c] == "" {
				cells[c] = s.text
				continue
			}
			cells[c] = joinWrapped(cells[c], s.text)
		}
	}
	return cells
}

// joinWrapped joins a cell's text with its next line: a figure that its
// narrow column cut (-4 / 0. / 54 / %) is one figure again, words are
// joined as the loader joins text wrapped by a page.
func joinWrapped(a, b string) string {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if strings.ContainsRune(figureRunes, last) && strings.ContainsRune(figureRunes+"%", first) {
		return a + b
	}
	return joinCJK(a + " " + b)
}

// figureRunes are the characters of a figure: digits, sign and point.
const figureRunes = "0123456789.-+"

// splitAtEdges splits a run of text that reaches across a column's edge
// at its space nearest the edge: two cells that a converter set one space
// apart (a long cell running up to the next column).
func splitAtEdges(l []textRun, cols []int, m measure) []textRun {
	var out []textRun
	for _, s := range l {
		for _, e := range cols[1:] {
			if s.start >= e-jitter || s.end <= e {
				continue
			}
			if cut, at := spaceNear(s, e, m); cut > 0 {
				out = append(out, textRun{start: s.start, end: at, text: strings.TrimSpace(s.text[:cut])})
				s = textRun{start: at + 1, end: s.end, text: strings.TrimSpace(s.text[cut:])}
			}
		}
		out = append(out, s)
	}
	return out
}

// spaceNear returns the byte offset and x-position of the space in s
// nearest x = e (within a few cells), or 0 when there is none.
func spaceNear(s textRun, e int, m measure) (cut, at int) {
	x, best := s.start, jitter+2
	for i, r := range s.text {
		if r == ' ' && abs(x-e) <= best {
			cut, at, best = i, x, abs(x-e)
		}
		x += m(r)
	}
	return cut, at
}

// rows turns a block into table rows: one row, or several when the block
// holds several first-column values in a table whose rows are not spaced
// (rows with no blank line between them: each line goes with the nearest
// line that has a first cell, or with the one above it when cells start
// on their row's first line). In a table whose rows are set apart by
// blank lines a block is one row, and a first cell wrapped over its lines
// is one cell. A group row becomes a line of its label alone.
func (b rowBlock) rows(cols []int, m measure, set rowSet) []line {
	spaced := set.spaced
	if b.single() && isLabel(b.lines[0], cols) {
		return []line{{n: int32(b.ns[0]), text: b.lines[0][0].text + strings.Repeat("\t", len(cols)-1)}}
	}
	if !spaced && len(b.lines) > 1 && slices.ContainsFunc(b.lines, func(l []textRun) bool { return isLabel(l, cols) }) {
		return b.splitAtLabels(cols, m, set)
	}
	var firsts []int
	for i, l := range b.lines {
		if column(cols, l[0].start) == 0 {
			firsts = append(firsts, i)
		}
	}
	if spaced {
		return []line{{n: int32(b.ns[0]), text: strings.Join(cellTexts(b.lines, cols, m), "\t")}}
	}
	if set.top {
		firsts = b.cutFirsts(cols, firsts, m)
	}
	starts := slices.Concat(firsts, b.resumed(cols, firsts))
	if set.top {
		// cells start on their row's first line: so does the block's
		// first row, first cell or none (a record under merged cells),
		// and a line whose cells start where those above ended uncut
		starts = append(append(starts, 0), b.freshLines(cols, m, set.widest)...)
	}
	slices.Sort(starts)
	starts = slices.Compact(starts)
	if len(starts) <= 1 {
		return []line{{n: int32(b.ns[0]), text: strings.Join(cellTexts(b.lines, cols, m), "\t")}}
	}
	groups := make([][][]textRun, len(starts))
	for i, l := range b.lines {
		k := nearestAbove(starts, firsts, i, set.top)
		groups[k] = append(groups[k], l)
	}
	out := make([]line, len(groups))
	for k, g := range groups {
		own := !slices.Contains(firsts, starts[k])
		out[k] = line{n: int32(b.ns[starts[k]]), text: strings.Join(cellTexts(g, cols, m), "\t")}
		if own {
			out[k].marks = markOwn
		}
	}
	return out
}

// isLabel reports whether a line is a group row's label: one run of text
// from the first column across the second's start.
func isLabel(l []textRun, cols []int) bool {
	return len(l) == 1 && len(cols) > 1 && column(cols, l[0].start) == 0 && l[0].end > cols[1]
}

// splitAtLabels reads a block whose rows have no blank line between them
// and which holds group labels: each label is a row of its own, and the
// lines between labels make rows by themselves (a row's wrapped line
// never goes with a label, nor across one).
func (b rowBlock) splitAtLabels(cols []int, m measure, set rowSet) []line {
	var out []line
	var seg rowBlock
	flush := func() {
		if len(seg.lines) > 0 {
			out = append(out, seg.rows(cols, m, set)...)
		}
		seg = rowBlock{}
	}
	for i, l := range b.lines {
		if !isLabel(l, cols) {
			seg.lines, seg.ns = append(seg.lines, l), append(seg.ns, b.ns[i])
			continue
		}
		flush()
		seg = rowBlock{lines: [][]textRun{l}, ns: []int{b.ns[i]}}
		flush()
	}
	flush()
	return out
}

// resumed returns the lines of a block without a first cell that start a
// record of their own under merged cells: a line with text in a column
// whose cell above it had ended (the line before it has none there, an
// earlier line since the last row's start has some). A wrapped cell goes
// on line after line; a cell never starts again in its own row.
func (b rowBlock) resumed(cols []int, firsts []int) []int {
	var out []int
	filled := make([]bool, len(cols)) // the columns with text since the row's start
	var before []bool                 // the columns with text on the line before
	for i, l := range b.lines {
		now := make([]bool, len(cols))
		for _, s := range l {
			now[column(cols, s.start)] = true
		}
		again := false
		for c := 1; c < len(cols) && i > 0; c++ {
			again = again || now[c] && filled[c] && !before[c]
		}
		if slices.Contains(firsts, i) || again {
			if again && !now[0] {
				out = append(out, i)
			}
			filled = make([]bool, len(cols))
		}
		for c := range now {
			filled[c] = filled[c] || now[c]
		}
		before = now
	}
	return out
}

// nearestAbove returns the index into starts of the row start closest to
// line i, the earlier one on a tie. A first cell may be centred beside
// its row's wrapped cells, so a row takes lines above its first cell's
// line too, unless top is set (cells start on their row's first line); a
// row started by a line without a first cell takes none above it, and a
// row takes no line above another row's start (its lines are one
// stretch: a record under merged cells between a row and the next first
// cell ends the row above it).
func nearestAbove(starts, firsts []int, i int, top bool) int {
	best := -1
	for k, f := range starts {
		if f > i && (top && f != starts[0] || !slices.Contains(firsts, f) || slices.ContainsFunc(starts, func(s int) bool { return i < s && s < f })) {
			continue
		}
		if best < 0 || abs(f-i) < abs(starts[best]-i) {
			best = k
		}
	}
	return max(best, 0)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
