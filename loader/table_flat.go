package loader

import (
	"strconv"
	"strings"

	"gazette/data"
)

// flatTable rebuilds a table that a web page flattened to one cell per
// line after a 专栏 caption: short lines separated by blank lines. The
// column count is the number of cells before the first 1 (序号); the
// table is accepted only when the cells fill whole rows numbered 1, 2, 3…,
// otherwise the cells are kept as a raw block. It returns the block, the
// index after the consumed lines and whether it consumed anything.
func flatTable(ls []line, i int) (*data.Block, int, bool) {
	caption := trim(ls[i].text)
	if !strings.HasPrefix(caption, "专栏") || runeLen(caption) > 30 {
		return nil, 0, false
	}
	var cells []string
	var lines []int // source line of each cell
	var idx []int   // index into ls of each cell
	var first int
	k := i + 1
	last := k
	for ; k < len(ls); k++ {
		t := trim(ls[k].text)
		if t == "" {
			continue
		}
		if runeLen(t) > 25 || strings.HasPrefix(t, "专栏") || strings.ContainsRune(t, '\t') {
			break
		}
		if kind, _, _ := numbering(t); kind == kindCN || kind == kindParenCN {
			break
		}
		if first == 0 {
			first = ls[k].n
		}
		if t == "%" && len(cells) > 0 {
			cells[len(cells)-1] += t
		} else {
			cells = append(cells, t)
			lines = append(lines, ls[k].n)
			idx = append(idx, k)
		}
		last = k + 1
	}
	if len(cells) < 4 {
		return nil, 0, false
	}
	cols := 0
	for cols < len(cells) && cells[cols] != "1" {
		cols++
	}
	// The cells must fill whole rows numbered 1, 2, 3…; a few short
	// lines after the table (a heading such as 分项目标) are not cells.
	n := 0
	if cols >= 2 && cols < len(cells) {
		for m := len(cells); m > len(cells)-cols && m > cols; m-- {
			if m%cols == 0 && numberedRows(cells[:m], cols) {
				n = m
				break
			}
		}
	}
	if n == 0 {
		return &data.Block{Kind: data.Raw, Line: first, Text: strings.Join(cells, "\n")}, last, true
	}
	cells = cells[:n]
	last = idx[n-1] + 1
	if n < len(idx) {
		last = idx[n]
	}
	t := &data.Table{Line: first, Caption: joinCJK(caption), Columns: append([]string(nil), cells[:cols]...)}
	for r := 1; r < len(cells)/cols; r++ {
		rec := data.Record{Line: lines[r*cols], Group: -1, Cells: make([]data.Cell, cols)}
		for c := 0; c < cols; c++ {
			rec.Cells[c].Text = cells[r*cols+c]
		}
		t.Records = append(t.Records, rec)
	}
	return &data.Block{Kind: data.TableBlock, Line: first, Table: t}, last, true
}

// numberedRows reports whether the rows of a flattened table (after its
// header row) start with 序号 1, 2, 3….
func numberedRows(cells []string, cols int) bool {
	for r := 1; r < len(cells)/cols; r++ {
		if cells[r*cols] != strconv.Itoa(r) {
			return false
		}
	}
	return true
}
