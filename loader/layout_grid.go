package loader

import (
	"slices"
	"strings"
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
	for i > 0 && !ls[i].ff && !blank(ls[i-1].text) {
		i--
	}
	return i
}

// gridTable reads a table with no header row whose first row is the
// block of lines at ls[top], with text in three columns or more: its rows are the blocks between blank lines
// from there, its columns the gutters of the rows after the first, which
// must keep to them too. A block is one row, and two rows at least fill
// every column. t is what the table says of itself (see laid).
func gridTable(ls []line, top int) (rows []line, end int, t laid, ok bool) {
	m := byWidth
	var first, all []textRun
	for i := top; i < len(ls) && !blank(ls[i].text) && (i == top || !ls[i].ff); i++ {
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
		if i > from && ls[i].ff {
			break
		}
		sp := textRuns(ls[i].text, m)
		if len(sp) == 0 {
			flush(i)
			continue
		}
		if (i > from && isProse(sp, first)) || strings.ContainsRune(ls[i].text, '\t') {
			break
		}
		cur.lines = append(cur.lines, sp)
		cur.ns = append(cur.ns, ls[i].n)
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
