package loader

import (
	"slices"
	"strings"
)

// The rows of a laid-out table: blocks of lines between blank lines below
// its header, and where they end (running text, another table's header,
// text after the table).

// countRows counts the lines of blocks that hold two or more cells.
func countRows(blocks []rowBlock) int {
	n := 0
	for _, b := range blocks {
		for _, l := range b.lines {
			if len(l) > 1 {
				n++
			}
		}
	}
	return n
}

// rowBlock is one row of a laid-out table: its lines, each as spans.
type rowBlock struct {
	lines [][]textRun
	ns    []int  // source line numbers
	pass  []line // lines of a page break above it, passed through as they are
}

// single reports whether the block is one line of one run of text: a group
// row (一、……（共6项）) inside a table, or a line of text after it.
func (b rowBlock) single() bool { return len(b.lines) == 1 && len(b.lines[0]) == 1 }

// loose reports whether every line of the block is one run of text: it
// may be a row whose cells are all on separate lines, but also a page's
// footer and running header, so it does not say where the columns are.
func (b rowBlock) loose() bool {
	for _, l := range b.lines {
		if len(l) > 1 {
			return false
		}
	}
	return true
}

// rowBlocks collects the rows below a header from line from: blocks of
// lines between blank lines, up to the first block of running text, a
// page break after the first row (the rows of a header at a page's foot
// are on the next page) or a repeated header (a new page: its rows are a table of
// their own, merged with this one by the tab-table rules), another table's
// header (see isOtherHeader, acrossLabels; but for a line of short cells
// that opens a record, see rowOpens), a line of more than two runs (but
// for a row with cells in columns the header leaves unnamed, see
// unnamedCells) or a block of more than two labels under a header of two
// (a wider table's header), or the end. It returns the blocks and, for each, the index of the line after
// it; blocks of one run a line at the end may be text after the table
// (see tableEnd).
func rowBlocks(ls []line, from int, header []textRun, m measure) ([]rowBlock, []int) {
	var blocks []rowBlock
	var cur rowBlock
	ends := []int{}
	i := from
	var pass []line // the lines of a page break before cur
	flush := func() {
		if len(cur.lines) > 0 {
			cur.pass, pass = pass, nil
			blocks = append(blocks, cur)
			ends = append(ends, i)
		}
		cur = rowBlock{}
	}
	for top := from; i < len(ls); i++ {
		if (i == from || blank(ls[i].text)) && !slices.ContainsFunc(append(blocks, cur), rowsIn) {
			// no row yet: the rows of a header (and group rows, a line
			// each) at a page's foot are on the next page
			if k, ok := pageTop(ls, i, m); ok && k > i {
				flush()
				pass, i, top = ls[i:k], k, k
			}
		}
		if ls[i].ff() && i > top {
			break // a new page: its rows come under its own header
		}
		sp := textRuns(ls[i].text, m)
		if len(sp) == 0 {
			flush()
			continue
		}
		if isProse(sp, header) || sameHeader(sp, header) || (isOtherHeader(sp, header) || acrossLabels(sp, header)) && !rowOpens(ls, i, header[1].start, m) ||
			(len(header) == 2 && (len(sp) > 2 && !unnamedCells(sp, header) || len(cur.lines) == 0 && widerBlock(ls, i, m))) ||
			ls[i].tabbed() {
			break
		}
		cur.lines = append(cur.lines, sp)
		cur.ns = append(cur.ns, int(ls[i].n))
	}
	flush()
	return blocks, ends
}

// rowsIn reports whether b holds more than a line of one run of text (a
// group row).
func rowsIn(b rowBlock) bool { return len(b.lines) > 0 && !b.single() }

// widerBlock reports whether the block of lines from ls[i] to a blank
// line is a wider table's header: short labels only, more than two when
// the runs of its lines that overlap are taken as one (a header of two
// rows or of wrapped labels, none of whose lines need have three runs).
func widerBlock(ls []line, i int, m measure) bool {
	var all []textRun
	for ; i < len(ls) && !blank(ls[i].text) && !ls[i].ff(); i++ {
		if !shortLine(ls[i], m, false) {
			return false
		}
		all = append(all, textRuns(ls[i].text, m)...)
	}
	return len(mergeLabels(all)) > 2
}

// solidRows is how many of blocks are rows before the blocks of one run a
// line at their end.
func solidRows(blocks []rowBlock) int {
	n := len(blocks)
	for n > 0 && blocks[n-1].loose() {
		n--
	}
	return n
}

// tableEnd is how many of blocks are the table's rows, the first n being
// so: in a table whose rows are set apart by blank lines, a block of one
// run a line after them is a row still when it keeps inside the columns
// and is laid out as a row (text in two columns, a short first cell
// centred beside a wrapped one; or a first cell wrapped over its lines);
// else it is text after the table.
func tableEnd(blocks []rowBlock, n int, cols []int, spaced bool) int {
	for spaced && n < len(blocks) && !crosses(blocks[n], cols) {
		inCols := map[int]bool{}
		for _, l := range blocks[n].lines {
			inCols[column(cols, l[0].start)] = true
		}
		if len(inCols) < 2 && (len(blocks[n].lines) < 2 || !inCols[0]) {
			break
		}
		n++
	}
	return n
}

// isProse reports whether a line is running text rather than a row: one
// run of text that reaches over the starts of three or more of the
// header's columns; or that starts right of the first column and reaches
// over two (a caption, centred, of the next table); or that starts in the
// first column, runs into the second and ends a sentence. A wrapped cell's
// line stays inside its column; a group label (一、……) starts in the
// first column and does not end a sentence.
func isProse(sp []textRun, header []textRun) bool {
	if len(sp) != 1 {
		return false
	}
	covered := 0
	for _, h := range header {
		if sp[0].start <= h.start && h.start < sp[0].end {
			covered++
		}
	}
	first := sp[0].start < header[1].start-jitter
	switch {
	case covered >= 3, covered >= 2 && !first:
		return true
	}
	t := sp[0].text
	sentence := strings.HasSuffix(t, "。") || strings.HasSuffix(t, "：") || strings.HasSuffix(t, "；")
	return sentence && first && sp[0].end > header[1].start+4
}

// jitter is how far a cell's text may start left of its header label.
const jitter = 2

// isOtherHeader reports whether sp is the header of another table: labels
// like a header's, other words, and the same number of them (three or
// more: a row of two short cells looks like two labels) or the same first
// label (序号) over other columns.
func isOtherHeader(sp, header []textRun) bool {
	if len(sp) < 2 || !isLayoutHeader(sp) || sameHeader(sp, header) {
		return false
	}
	return len(sp) == len(header) && len(sp) > 2 || removeSpaces(sp[0].text) == removeSpaces(header[0].text)
}

// sameHeader reports whether sp repeats the header's labels.
func sameHeader(sp, header []textRun) bool {
	if len(sp) != len(header) {
		return false
	}
	for i := range sp {
		if removeSpaces(sp[i].text) != removeSpaces(header[i].text) {
			return false
		}
	}
	return true
}

// rowSet is how a laid-out table sets its rows: apart by blank lines (a
// block is one row) or not, and then whether every cell starts on its
// row's first line (top) or may be centred beside taller cells.
type rowSet struct {
	spaced, top bool
	widest      []int // each column's widest run on the table's rows (see runWidths)
}

// runWidths is where each column's widest run ends on the lines of two
// runs or more of blocks, and of the lines widest holds already: a lower
// bound of the column's width (a cell wraps at it or further right).
func runWidths(blocks []rowBlock, cols []int, widest []int) []int {
	out := make([]int, len(cols))
	copy(out, widest)
	for _, r := range rowRuns(blocks) {
		c := column(cols, r.start)
		out[c] = max(out[c], r.end)
	}
	return out
}

// topAligned reports whether the rows of blocks (with no blank line
// between them) show their cells starting on the row's first line: two
// lines or more follow a row's first line before the next row, each with
// text only in columns the first line fills, and of the first line's
// cells one ends there (no text below it) while another goes on below.
// That one starts as wide as its column's widest line among rows' lines of
// two cells or more (it wrapped; a stray line of one run, such as a page's
// footer, may be wider), and it is its cell's first line: the row is its
// block's first or comes just under a group row's label (no row takes
// lines across one), or the line above has no text in that column or a
// shorter one (the cell above it ended). Cells centred in their row put a
// cell of one line in the middle of a taller row, never on its first line.
func topAligned(blocks []rowBlock, cols []int) bool {
	widest := runWidths(blocks, cols, nil)
	for _, b := range blocks {
		for i, l := range b.lines {
			var above []textRun
			if i > 0 && !isLabel(b.lines[i-1], cols) {
				above = b.lines[i-1]
			}
			if !isLabel(l, cols) && startsAtTop(b.lines[i:], above, cols, widest) {
				return true
			}
		}
	}
	return false
}

// startsAtTop reports whether the row starting at ls[0], under the line
// above (nil for none of another row), shows its cells starting on its
// first line (see topAligned).
func startsAtTop(ls [][]textRun, above []textRun, cols, widest []int) bool {
	if len(ls) < 3 || column(cols, ls[0][0].start) != 0 {
		return false
	}
	ends, goes := map[int]int{}, map[int]bool{}
	for _, r := range ls[0] {
		ends[column(cols, r.start)] = r.end
	}
	k := 1
	for ; k < len(ls) && column(cols, ls[k][0].start) != 0; k++ {
		for _, r := range ls[k] {
			c := column(cols, r.start)
			if _, ok := ends[c]; !ok {
				return false
			}
			goes[c] = true
		}
	}
	if k < 3 {
		return false
	}
	ended, wrapped := false, false
	for c, e := range ends {
		ended = ended || !goes[c]
		wrapped = wrapped || goes[c] && e >= widest[c]-1 && !slices.ContainsFunc(above, func(r textRun) bool {
			return column(cols, r.start) == c && r.end >= widest[c]-1
		})
	}
	return ended && wrapped
}

// cutFirsts returns firsts, the lines of a block with a first cell, less
// those that go on with the cells of the line above in a table whose cells
// start on their row's first line: every cell such a line fills continues
// one the line above cut, its first word (up to a space) too wide for
// what the line above left of the column (as wide as its widest on the
// block's lines of two cells or more). A first cell wraps as any other; a
// new row fills some column (its 序号, a unit) whose cell above ended with
// room for it.
func (b rowBlock) cutFirsts(cols []int, firsts []int, m measure) []int {
	widest := runWidths([]rowBlock{b}, cols, nil)
	return slices.DeleteFunc(slices.Clone(firsts), func(i int) bool {
		if i == 0 {
			return false
		}
		for _, r := range b.lines[i] {
			c := column(cols, r.start)
			word, _, _ := strings.Cut(r.text, " ")
			if !slices.ContainsFunc(b.lines[i-1], func(a textRun) bool {
				return column(cols, a.start) == c && a.end+1+textWidth(word, m) > widest[c]
			}) {
				return false
			}
		}
		return true
	})
}

// textWidth is how far s moves the pen.
func textWidth(s string, m measure) int {
	n := 0
	for _, r := range s {
		n += m(r)
	}
	return n
}
