package loader

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The columns of a laid-out table as its rows draw them. A ruled table's
// cells keep inside their columns, so between two columns there is a
// gutter: an x-range that no run of text in any row reaches across. A
// table with no header row (a list of names, a form), a column whose
// header cell is empty (序号 left unnamed), both have such gutters and no
// label to find them by. The header-row rules (whether the first row
// names the columns, a second header row) are then the tab-table rules',
// as for any converter's tables.

// gutters returns where a new column starts in [lo, hi): the middle of
// each stretch of two positions or more that no run crosses, with text of
// at least minSide runs lying wholly inside [lo, hi) on each side of it.
func gutters(runs []textRun, lo, hi, minSide int) []int {
	if hi-lo < 2 {
		return nil
	}
	covered := make([]bool, hi-lo)
	for _, r := range runs {
		for x := max(r.start, lo); x < r.end && x < hi; x++ {
			covered[x-lo] = true
		}
	}
	var out []int
	for i := 0; i < len(covered); {
		if covered[i] {
			i++
			continue
		}
		j := i
		for j < len(covered) && !covered[j] {
			j++
		}
		if j-i >= 2 && i > 0 && j < len(covered) {
			at := lo + (i+j)/2
			if sideCount(runs, lo, lo+i, true) >= minSide && sideCount(runs, lo+j, hi, false) >= minSide {
				out = append(out, at)
			}
		}
		i = j
	}
	return out
}

// sideCount counts the runs wholly inside [lo, hi): those ending there
// (left) or starting there (right).
func sideCount(runs []textRun, lo, hi int, left bool) int {
	n := 0
	for _, r := range runs {
		if r.start >= lo-jitter && r.end <= hi+jitter && r.start < hi && r.end > lo {
			if left || r.start >= lo {
				n++
			}
		}
	}
	return n
}

// unnamedColumns adds to the columns found from the header's labels those
// that the rows' gutters show inside a labelled column: a column whose
// header cell is empty. Every line counts here, a cell's wrapped lines as
// its first (a line of one run across the gutter, a group row, closes it).
func unnamedColumns(cols []int, blocks []rowBlock) []int {
	var runs []textRun
	for _, b := range blocks {
		for _, l := range b.lines {
			runs = append(runs, l...)
		}
	}
	end := 0
	for _, r := range runs {
		end = max(end, r.end)
	}
	out := make([]int, 0, len(cols))
	for k, c := range cols {
		out = append(out, c)
		hi := end
		if k+1 < len(cols) {
			hi = cols[k+1]
		}
		out = append(out, gutters(runs, c+jitter, hi, 2)...)
	}
	return out
}

// rowRuns are the runs of text of the lines of blocks that hold two runs
// or more (a line of one run may be a group row across the table).
func rowRuns(blocks []rowBlock) []textRun {
	var runs []textRun
	for _, b := range blocks {
		for _, l := range b.lines {
			if len(l) > 1 {
				runs = append(runs, l...)
			}
		}
	}
	return runs
}

// minGridColumns and minGridRows are what a table found by its gutters
// alone needs: with no header to say it is a table, three columns and
// three rows (a signature and its date, a line of text set in two parts,
// are two).
const (
	minGridColumns = 3
	minGridRows    = 3
)

// blockTop is the first line of the block of lines (between blank
// lines, or from a page's top) that holds ls[i].
func blockTop(ls []line, i int) int {
	for i > 0 && !ls[i].ff() && !blank(ls[i-1].text) {
		i--
	}
	return i
}

// gridTable reads a table with no header row whose first row is the
// block of lines at ls[top], with text in three columns or more: its rows
// are the blocks between blank lines from there, its columns the gutters
// of the rows after the first, which must keep to them too. A block is one
// row, and two rows at least fill every column. A table whose rows are
// not set apart by blank lines (fewer than three blocks of rows) is read
// line by line instead (see gridLines). t is what the table says of
// itself (see laid).
func gridTable(ls []line, top int) (rows []line, end int, t laid, ok bool) {
	m := byWidth
	var first, all []textRun
	for i := top; i < len(ls) && !blank(ls[i].text) && (i == top || !ls[i].ff()); i++ {
		sp := textRuns(ls[i].text, m)
		if len(sp) > len(first) {
			first = sp
		}
		all = append(all, sp...)
	}
	if len(first) < 2 || len(mergeLabels(all)) < minGridColumns {
		return nil, top + 1, laid{}, false
	}
	blocks, ends := gridBlocks(ls, top, first, m)
	if solid(blocks) < minGridRows {
		return gridLines(ls, blocks, ends, m)
	}
	var cols []int
	for {
		if solid(blocks) < minGridRows {
			return nil, top + 1, laid{}, false
		}
		cols = gridColumns(blocks, first)
		k := slices.IndexFunc(blocks[1:], func(b rowBlock) bool {
			return crosses(b, cols) && !(b.single() && column(cols, b.lines[0][0].start) == 0)
		})
		if k < 0 {
			break
		}
		blocks, ends = blocks[:k+1], ends[:k+1] // a caption, a paragraph: the table ends
		for len(blocks) > 0 && blocks[len(blocks)-1].loose() {
			blocks, ends = blocks[:len(blocks)-1], ends[:len(ends)-1]
		}
	}
	if len(cols) < minGridColumns || filled(blocks, cols) < 2 || crosses(blocks[0], cols) {
		return nil, top + 1, laid{}, false
	}
	var lines [][]textRun
	for _, b := range blocks {
		rows = append(rows, b.rows(cols, m, rowSet{spaced: true})...)
		lines = append(lines, b.lines...)
	}
	starts, right := colExtent(lines, cols)
	return rows, ends[len(ends)-1], laid{spaced: true, cols: cols, starts: starts, right: right, m: m}, true
}

// gridLines reads a table with no header row whose rows have no blank
// line between them: the first of blocks (a list of names and phone
// numbers, a name list of several columns), each line of two runs or
// more a row's first line, a line of one run a wrapped cell's. Its
// columns are the gutters of all its rows (no first row stands apart as
// a header might), which every line keeps to; three rows at least, those
// a page break carries over counted (the rest of the table is read as
// any table's, see carryOver), and two of them fill every column.
func gridLines(ls []line, blocks []rowBlock, ends []int, m measure) (rows []line, end int, t laid, ok bool) {
	if len(blocks) == 0 {
		return nil, 0, laid{}, false
	}
	b, e := blocks[0], ends[0]
	top := e - len(b.lines)
	var each []rowBlock // the lines of b, a block each
	for k, l := range b.lines {
		each = append(each, rowBlock{lines: [][]textRun{l}, ns: b.ns[k : k+1]})
	}
	lo, hi := b.lines[0][0].start, 0
	for _, l := range b.lines {
		lo, hi = min(lo, l[0].start), max(hi, l[len(l)-1].end)
	}
	cols := append([]int{lo}, gutters(rowRuns(each), lo, hi, 2)...)
	if len(cols) < minGridColumns || countRows(each) < 2 || filled(each, cols) < 2 || crosses(b, cols) || pagesLast(b, cols) {
		return nil, top + 1, laid{}, false
	}
	starts, right := colExtent(b.lines, cols)
	t = laid{cols: cols, starts: starts, right: right, m: m, tail: b, widest: runWidths(blocks[:1], cols, nil)}
	t.top = topAligned(blocks[:1], cols)
	rows = b.rows(cols, m, t.rowSet())
	t.tailRows = len(rows)
	if countRows(each) < minGridRows && countRows(each)+carriedRows(ls, e, t) < minGridRows {
		return nil, top + 1, laid{}, false
	}
	return rows, e, t, true
}

// gridColumns returns the columns that the gutters of the rows after the
// first show, the first column starting at the table's left edge.
func gridColumns(blocks []rowBlock, first []textRun) []int {
	body := rowRuns(blocks[1:])
	lo, hi := first[0].start, 0
	for _, r := range append(body, first...) {
		lo, hi = min(lo, r.start), max(hi, r.end)
	}
	return append([]int{lo}, gutters(body, lo, hi, 2)...)
}

// gridBlocks collects the blocks of a headerless table from line from:
// as rowBlocks, but any row may look like a header's labels. It returns
// them and, for each, the index of the line after it.
func gridBlocks(ls []line, from int, first []textRun, m measure) ([]rowBlock, []int) {
	var blocks []rowBlock
	var ends []int
	var cur rowBlock
	flush := func(i int) {
		if len(cur.lines) > 0 {
			blocks, ends = append(blocks, cur), append(ends, i)
		}
		cur = rowBlock{}
	}
	i := from
	for ; i < len(ls); i++ {
		if i > from && ls[i].ff() {
			break
		}
		sp := textRuns(ls[i].text, m)
		if len(sp) == 0 {
			flush(i)
			continue
		}
		if (i > from && isProse(sp, first)) || ls[i].tabbed() {
			break
		}
		cur.lines = append(cur.lines, sp)
		cur.ns = append(cur.ns, int(ls[i].n))
	}
	flush(i)
	for len(blocks) > 0 && blocks[len(blocks)-1].loose() {
		blocks, ends = blocks[:len(blocks)-1], ends[:len(ends)-1]
	}
	return blocks, ends
}

// crosses reports whether a run of text of b reaches across an edge of
// cols: b is not a row of the table they are the columns of.
func crosses(b rowBlock, cols []int) bool {
	for _, l := range b.lines {
		for _, r := range l {
			for _, e := range cols[1:] {
				if r.start < e && e < r.end {
					return true
				}
			}
		}
	}
	return false
}

// solid counts the blocks with a line of two runs or more.
func solid(blocks []rowBlock) int {
	n := 0
	for _, b := range blocks {
		if !b.loose() {
			n++
		}
	}
	return n
}

// filled counts the blocks with text in every column.
func filled(blocks []rowBlock, cols []int) int {
	n := 0
	for _, b := range blocks {
		seen := make([]bool, len(cols))
		for _, l := range b.lines {
			for _, r := range l {
				seen[column(cols, r.start)] = true
			}
		}
		if !slices.Contains(seen, false) {
			n++
		}
	}
	return n
}

// pagesLast reports whether every line of b of two runs or more ends in
// its last column with a number of at most four digits, and these never
// fall: the entries of a contents list with their pages, no table.
func pagesLast(b rowBlock, cols []int) bool {
	page := 0
	for _, l := range b.lines {
		if len(l) < 2 {
			continue
		}
		r := l[len(l)-1]
		if column(cols, r.start) != len(cols)-1 || !isDigits(r.text) || len(r.text) > 4 || atoi(r.text) < page {
			return false
		}
		page = atoi(r.text)
	}
	return true
}

// headerOfRows reports whether a header read at ls[top], over rows, is
// rows itself that the grid reading g (from ls[t] to ls[e]) reads as such:
// the header takes every line of g's block (no row of its own below it
// there: a header alone, or at a page's foot with its rows carried over),
// g reads the block line by line, and a line of it starts cells where the
// line above ended with room to spare (see freshLines). A header's lines
// are labels wrapped in their cells, each line going on where the one
// above was cut.
func headerOfRows(ls []line, t, e, top int, rows []line, g laid) bool {
	if g.spaced || t != top || len(rows) == 0 {
		return false
	}
	last := ls[e-1].n
	if slices.ContainsFunc(rows[1:], func(r line) bool { return r.n <= last && strings.ContainsRune(r.text, '\t') }) {
		return false
	}
	b := rowBlock{}
	for _, l := range ls[t:e] {
		if sp := textRuns(l.text, g.m); len(sp) > 0 {
			b.lines = append(b.lines, sp)
		}
	}
	return len(b.freshLines(g.cols, g.m, nil)) > 0
}

// freshLines returns the lines of b, of two runs or more, with text in a
// column where the line above has a run that ended with room for the
// first word of it (a Chinese text breaks after any character) before
// the column's widest run on the table's lines of two runs or more: that cell was
// not cut, so the line starts cells of its own, a row. widest holds the
// widest runs of the table's other rows (see runWidths).
func (b rowBlock) freshLines(cols []int, m measure, widest []int) []int {
	widest = runWidths([]rowBlock{b}, cols, widest)
	var out []int
	for i := 1; i < len(b.lines); i++ {
		if len(b.lines[i]) < 2 {
			continue
		}
		if slices.ContainsFunc(b.lines[i], func(r textRun) bool {
			c := column(cols, r.start)
			return slices.ContainsFunc(b.lines[i-1], func(a textRun) bool {
				return column(cols, a.start) == c && a.end+1+textWidth(firstWord(r.text), m) <= widest[c]
			})
		}) {
			out = append(out, i)
		}
	}
	return out
}

// firstWord is what of s must go on a line whole: up to its first space,
// or its first character when that is a Chinese one (wide).
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	if r, size := utf8.DecodeRuneInString(w); size > 0 && byWidth(r) == 2 {
		return string(r)
	}
	return w
}
