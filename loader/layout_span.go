package loader

import (
	"slices"
	"strings"
)

// The edges of a laid-out table: a group row printed above its first row
// (a table with no header row whose records start with a group), and the
// rows a page break carries to the next page, below the page's furniture
// and no header repeated over them.

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
// "header" is then a row like any). It returns the new top and the
// rows, the group row's label alone in its first cell.
func rowsAbove(ls []line, top, floor int, t laid) (int, []line) {
	if len(t.cols) < 2 {
		return top, nil
	}
	var upper []line
	k := top
	for ; k-2 >= floor && blank(ls[k-1].text) && !ls[k].ff && !ls[k-1].ff; k -= 2 {
		sp := textRuns(ls[k-2].text, t.m)
		if len(sp) < 2 || abs(sp[0].start-t.starts[0]) > jitter || strings.ContainsRune(ls[k-2].text, '\t') ||
			crosses(rowBlock{lines: [][]textRun{sp}}, t.cols) {
			break
		}
		b := rowBlock{lines: [][]textRun{sp}, ns: []int{ls[k-2].n}}
		upper = append(b.rows(t.cols, t.m, true), upper...)
	}
	g := k - 2
	if g < floor || !blank(ls[k-1].text) || ls[k].ff || ls[k-1].ff || (len(upper) == 0 && t.header != "") ||
		!groupLine(ls, g, t) {
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
	if g > 0 && !ls[g].ff && !blank(ls[g-1].text) {
		return false
	}
	sp := textRuns(ls[g].text, t.m)
	return len(sp) == 1 && abs(sp[0].start-t.starts[0]) <= jitter && sp[0].end > t.cols[1] && sp[0].end <= t.right &&
		!strings.ContainsRune(ls[g].text, '\t') && !endsSentence(sp[0].text)
}

// continued reads the rows of the table t, which ended at ls[end], that
// a page break carried over: below the break (blank lines and the
// pages' furniture, a form feed) the blocks of lines that keep to the
// table's columns, measured from where each column's text starts, with
// two runs of text or more starting where their columns' text started.
// A block that repeats the table's header is a new page's table (read
// from that header). It returns where the rows start, the rows and the
// index after them; no rows when there are none.
func continued(ls []line, end int, t laid) (k int, rows []line, e int) {
	if len(t.cols) < 2 {
		return end, nil, end
	}
	k, feeds := end, 0
	for ; k < len(ls) && k-end < maxBreakLines; k++ {
		if ls[k].ff {
			feeds++
		}
		if tx := trim(ls[k].text); tx != "" && !pageFurniture(tx) {
			break
		}
	}
	if feeds == 0 || k >= len(ls) {
		return end, nil, end
	}
	edges := slices.Clone(t.cols)
	for c := 1; c < len(edges); c++ {
		edges[c] = max(edges[c], t.starts[c]-jitter)
	}
	e = k
	for _, b := range pageBlocks(ls, k, t.m) {
		if !carried(b.block, edges, t) {
			break
		}
		rows = append(rows, b.block.rows(edges, t.m, t.spaced)...)
		e = b.end
	}
	return k, rows, e
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
	for ; i < len(ls) && (i == from || !ls[i].ff) && !strings.ContainsRune(ls[i].text, '\t'); i++ {
		sp := textRuns(ls[i].text, m)
		if len(sp) == 0 {
			flush()
			continue
		}
		cur.lines = append(cur.lines, sp)
		cur.ns = append(cur.ns, ls[i].n)
	}
	flush()
	return out
}

// carried reports whether b is a row of the table t cut by edges: it
// keeps to them, does not repeat the header, and has a line of two runs
// or more, two of them starting where their columns' text starts.
func carried(b rowBlock, edges []int, t laid) bool {
	if crosses(b, edges) || (t.header != "" && strings.Join(cellTexts(b.lines, edges, t.m), "\t") == t.header) {
		return false
	}
	for _, l := range b.lines {
		at := 0
		for _, r := range l {
			if abs(r.start-t.starts[column(edges, r.start)]) <= jitter {
				at++
			}
		}
		if len(l) > 1 && at >= 2 {
			return true
		}
	}
	return false
}
