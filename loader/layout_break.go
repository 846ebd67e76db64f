package loader

import (
	"fmt"
	"slices"
	"strings"
)

// The rows a page break carries to the next page of a laid-out table,
// below the page's furniture (its footer, a form feed, its running header)
// and no header repeated over them: blocks that keep to the table's
// columns, group rows among them, and the rest of a row the break cut.

// pageCarry is what continued read after a page break: where its rows start
// (k) and the index after them (e), its rows, and the table's last row
// read whole with the rest the break cut off (redo, to stand for the last
// drop rows read before the break).
type pageCarry struct {
	k, e, drop int
	redo, rows []line
}

// continued reads the rows of the table t, which ended at ls[end], that
// a page break carried over: below the break (blank lines and the
// pages' furniture, a form feed) the blocks of lines that keep to the
// table's columns, measured from where each column's text starts, with
// two runs of text or more starting where their columns' text started,
// and the group rows (see groups) before or among them; at the top, the
// rest of the table's last row (see cutLines). A block that repeats the
// table's header is a new page's table (read from that header). No rows
// when there are none. t's tail becomes the last block read, and t is
// top-aligned when these rows show it (see topAligned).
func continued(ls []line, end int, t *laid) (c pageCarry) {
	c.k, c.e = end, end
	if len(t.cols) < 2 {
		return c
	}
	k, ok := pageTop(ls, end, t.m)
	if !ok {
		return c
	}
	edges := slices.Clone(t.cols)
	for i := 1; i < len(edges); i++ {
		edges[i] = max(edges[i], t.starts[i]-jitter)
	}
	c.k, c.e = k, k
	var pending []line // group rows not yet followed by a row
	for i, b := range pageBlocks(ls, k, t.m) {
		if !t.spaced && !t.top { // rows below a break may show it first
			t.top = topAligned([]rowBlock{b.block}, edges)
		}
		if carried(b.block, edges, t) {
			t.widest = runWidths([]rowBlock{b.block}, edges, t.widest)
		}
		block := b.block
		if i == 0 {
			block = c.cut(t, block, edges)
			if len(block.lines) == 0 {
				c.e = b.end
				continue
			}
		}
		if groups(block, edges, t) {
			pending = append(pending, block.rows(edges, t.m, t.rowSet())...)
			continue
		}
		if !carried(block, edges, t) {
			break
		}
		rows := pageRows(block, edges, t)
		c.rows = append(append(c.rows, pending...), rows...)
		pending, c.e, t.tail, t.tailRows = nil, b.end, block, len(rows)
	}
	return c
}

// cut reads the rest of the table's last row at the top of b, the first
// block after the break (see cutLines), into c, and returns what is left
// of b. The row read whole becomes t's tail.
func (c *pageCarry) cut(t *laid, b rowBlock, edges []int) rowBlock {
	n := cutLines(t.tail, b, edges, t)
	if n == 0 {
		return b
	}
	whole := rowBlock{lines: slices.Concat(t.tail.lines, b.lines[:n]), ns: slices.Concat(t.tail.ns, b.ns[:n])}
	c.drop, c.redo = t.tailRows, pageRows(whole, edges, t)
	t.tail, t.tailRows = whole, len(c.redo)
	return rowBlock{lines: b.lines[n:], ns: b.ns[n:]}
}

// pageRows reads the rows of b, a block at a page's top or below: in a
// table whose rows are not set apart by blank lines, a first line with no
// first cell starts a record of its own under merged cells (a row the
// break cut is read by cutLines before), up to the next line that starts
// one; its row is marked so (markOwn), as rows marks such a record
// inside a block.
func pageRows(b rowBlock, edges []int, t *laid) []line {
	if t.spaced || column(edges, b.lines[0][0].start) == 0 {
		return b.rows(edges, t.m, t.rowSet())
	}
	var firsts []int
	for i, l := range b.lines {
		if column(edges, l[0].start) == 0 {
			firsts = append(firsts, i)
		}
	}
	j := len(b.lines)
	if s := slices.Concat(firsts, b.resumed(edges, firsts)); len(s) > 0 {
		j = slices.Min(s)
	}
	head := rowBlock{lines: b.lines[:j], ns: b.ns[:j]}.rows(edges, t.m, t.rowSet())
	head[0].marks |= markOwn
	if j == len(b.lines) {
		return head
	}
	return append(head, rowBlock{lines: b.lines[j:], ns: b.ns[j:]}.rows(edges, t.m, t.rowSet())...)
}

// pageTop returns the first line of text below a page break that starts
// at ls[from]: blank lines and the pages' furniture, with a form feed
// among them. ok is false when there is no such break.
func pageTop(ls []line, from int, m measure) (k int, ok bool) {
	k, feeds := from, 0
	for ; k < len(ls) && k-from < maxBreakLines; k++ {
		if ls[k].ff() {
			feeds++
		}
		if tx := trim(ls[k].text); tx != "" && !laidFurniture(ls[k].text, m) {
			break
		}
	}
	return k, feeds > 0 && k < len(ls)
}

// laidFurniture reports whether a line is a page's furniture, its runs
// of text taken one by one: a running header spaced out across the page
// (the issue at the left, the gazette's name at the right).
func laidFurniture(s string, m measure) bool {
	runs := textRuns(s, m)
	for _, r := range runs {
		if !pageFurniture(r.text) {
			return false
		}
	}
	return len(runs) > 0
}

// atStarts reports whether every run of l starts where its column's text
// starts: a cell's wrapped lines do, a caption centred over the next
// table does not.
func atStarts(l []textRun, edges []int, t *laid) bool {
	for _, r := range l {
		if abs(r.start-t.starts[column(edges, r.start)]) > jitter {
			return false
		}
	}
	return true
}

// cutLines counts the lines at the top of b, the first block after a
// page break, that are the rest of the row the break cut (the last of
// tail, the table's last block before the break): lines that keep to the
// table's columns inside its width, each run where its column's text
// starts, with no first cell (no record's
// start, nor a group row) and that start no record of their own under
// merged cells (see resumed: a cell cut by the break goes on from the
// line before it). In a table whose rows are set apart by blank lines
// the block is one row: all of it or none.
func cutLines(tail, b rowBlock, edges []int, t *laid) int {
	if len(tail.lines) == 0 {
		return 0
	}
	n := 0
	for n < len(b.lines) && !crosses(rowBlock{lines: b.lines[n : n+1]}, edges) &&
		column(edges, b.lines[n][0].start) > 0 && b.lines[n][len(b.lines[n])-1].end <= t.right && atStarts(b.lines[n], edges, t) {
		n++
	}
	if n == 0 || (t.spaced && n < len(b.lines)) {
		return 0
	}
	whole := slices.Concat(tail.lines, b.lines[:n])
	var firsts []int
	for i, l := range whole {
		if column(edges, l[0].start) == 0 {
			firsts = append(firsts, i)
		}
	}
	start := rowBlock{lines: whole}.resumed(edges, firsts)
	if i := slices.IndexFunc(start, func(i int) bool { return i >= len(tail.lines) }); i >= 0 {
		n = start[i] - len(tail.lines)
	}
	return n
}

// groups reports whether b is group rows of the table t only: lines of
// one run of text from the table's left edge across its first column and
// inside its width, that are no sentence. They belong to the table when
// rows follow them.
func groups(b rowBlock, edges []int, t *laid) bool {
	for _, l := range b.lines {
		if !isLabel(l, edges) || abs(l[0].start-t.starts[0]) > jitter || l[0].end > t.right || endsSentence(l[0].text) {
			return false
		}
	}
	return true
}

// pageBlock is a block of lines and the index of the line after it.
type pageBlock struct {
	block rowBlock
	end   int
}

// pageBlocks collects the blocks of lines between blank lines from
// ls[from] to the next page break or tab-separated line.
func pageBlocks(ls []line, from int, m measure) []pageBlock {
	var out []pageBlock
	var cur rowBlock
	i := from
	flush := func() {
		if len(cur.lines) > 0 {
			out = append(out, pageBlock{cur, i})
		}
		cur = rowBlock{}
	}
	for ; i < len(ls) && (i == from || !ls[i].ff()) && !ls[i].tabbed(); i++ {
		sp := textRuns(ls[i].text, m)
		if len(sp) == 0 {
			flush()
			continue
		}
		cur.lines = append(cur.lines, sp)
		cur.ns = append(cur.ns, int(ls[i].n))
	}
	flush()
	return out
}

// carried reports whether b is a row of the table t cut by edges: it
// keeps to them (but for its group rows), does not repeat the header
// (see headerAgain), and has a line of two runs or more, two of them
// starting where their columns' text starts.
func carried(b rowBlock, edges []int, t *laid) bool {
	if t.header != "" && (strings.Join(cellTexts(b.lines, edges, t.m), "\t") == t.header || headerAgain(b.lines[0], t.header)) {
		return false
	}
	row := false
	for _, l := range b.lines {
		if groups(rowBlock{lines: [][]textRun{l}}, edges, t) {
			continue
		}
		if crosses(rowBlock{lines: [][]textRun{l}}, edges) {
			return false
		}
		at := 0
		for _, r := range l {
			if abs(r.start-t.starts[column(edges, r.start)]) <= jitter {
				at++
			}
		}
		row = row || len(l) > 1 && at >= 2
	}
	return row
}

// carriedRows counts the rows of two cells or more that a page break at
// ls[end] carries over for the table t: a table too short to be one by
// the rows above the break may go on below it.
func carriedRows(ls []line, end int, t laid) int {
	n := 0
	for _, r := range continued(ls, end, &t).rows {
		if strings.Contains(strings.Trim(r.text, "\t"), "\t") {
			n++
		}
	}
	return n
}

// warning is a warning held until the reading it tells of is kept.
type warning struct {
	n   int
	msg string
}

// carryOver appends to rows, the rows of the table t read up to ls[end],
// those that page breaks carried over (see continued), each break's
// warned of, and returns them and the index after the last.
func carryOver(ls []line, rows []line, end int, t *laid, warn warnFunc) ([]line, int) {
	for {
		c := continued(ls, end, t)
		if c.e == c.k {
			return rows, end
		}
		if c.redo != nil {
			warn(int(ls[c.k].n), fmt.Sprintf("a row cut by a page break (lines %d and %d) was read whole", c.redo[len(c.redo)-1].n, ls[c.k].n))
			rows = append(rows[:len(rows)-c.drop], c.redo...)
		}
		if c.rows != nil {
			warn(int(ls[c.k].n), fmt.Sprintf("the rows after a page break (lines %d–%d) keep to the columns of the table before it and were read as its rows", ls[c.k].n, ls[c.e-1].n))
		}
		rows, end = append(append(rows, ls[end:c.k]...), c.rows...), c.e
	}
}
