package loader

import (
	"strconv"
	"strings"

	"gazette/data"
)

// maxFlatCaption is the longest caption line of a flattened table, in
// bytes: 50 characters of three bytes, and some markup.
const maxFlatCaption = 3*50 + 8

// flatTable rebuilds a table that a converter flattened to one cell per
// line under its caption: a web page after 专栏N, pdftotext after 表N or
// another table title (see captionLike).
// Cells are short lines (blank lines between them do not matter). The
// column count is the number of cells before the first 1 (序号) after a
// 专栏 caption; after a table title it is the number of header names (序号, 项目,
// 责任单位 …) the cells start with, and a 序号 1 must agree with it. The
// table is rebuilt only when the cells fill whole rows (numbered 1, 2, 3…
// when the first column is a 序号); otherwise the cells, with the lines
// after them up to the table's end (see rawRun), are kept as a raw block,
// so that none of them becomes a heading or a paragraph. It returns the
// block, the index after the consumed lines and whether it consumed
// anything.
func flatTable(ls []line, i int, warn warnFunc) (*data.Block, int, bool) {
	if t := ls[i].text; len(t) > maxFlatCaption || !ls[i].mayStartIn(captionStarts) && !ls[i].mayEndIn(captionEnds) {
		return nil, 0, false // longer than any caption, or no caption's ends: most body lines
	}
	caption, _ := ls[i].plain() // read again only when decoding found markup bytes
	if caption = trim(caption); caption == "" {
		return nil, 0, false
	}
	column := strings.HasPrefix(caption, "专栏")
	if !column && !captionLike(caption) || runesOver(caption, 50) {
		return nil, 0, false
	}
	if b, next, ok := labelledFlat(ls, i, caption, warn); ok {
		return b, next, true
	}
	if b, next, ok := numberedFlat(ls, i, caption, warn); ok {
		return b, next, true
	}
	if b, next, ok := shapedFlat(ls, i, caption); ok {
		return b, next, true
	}
	if b, next, ok := groupedRaw(ls, i, caption); ok {
		return b, next, true
	}
	fc := flatCells(ls, i+1)
	cells := fc.cells
	if len(cells) < 4 {
		return nil, 0, false
	}
	cols := 0
	for cols < len(cells) && cells[cols] != "1" {
		cols++
	}
	if !column {
		h := headerNames(cells)
		if h < 2 {
			return unheadedFlat(ls, i, caption, fc)
		}
		if cols < len(cells) && cols != h {
			cols = 0 // the 序号 and the header disagree: ambiguous
		} else {
			cols = h
		}
	}
	n := flatRows(cells, cols)
	switch {
	case n == 0 && fc.captioned && len(cells) > 2*cols && flatRows(cells[:len(cells)-1], cols) == len(cells)-1:
		n = len(cells) - 1 // the last line titles the next table
	case !column && n < len(cells) && !fc.gap(n):
		n = 0 // under 表N, only a blank line tells the table's end from a cut cell
	case !column && longCellNext(ls, fc.last):
		n = 0 // the rows go on past a long cell: their count is unknown
	case !column && headerGoesOn(cells[cols:n]):
		return namesAlone(ls, i, caption) // more names than the header words told: no column count
	}
	if n == 0 {
		return rawRun(ls, fc.idx[0])
	}
	last := fc.idx[n-1] + 1
	if n < len(fc.idx) {
		last = fc.idx[n]
	}
	t := &data.Table{Line: fc.first, Caption: captionText(caption), Columns: append([]string(nil), cells[:cols]...)}
	for r := 1; r < n/cols; r++ {
		rec := data.Record{Line: fc.lines[r*cols], Group: -1, Cells: make([]data.Cell, cols)}
		for c := 0; c < cols; c++ {
			rec.Cells[c].Text = cells[r*cols+c]
		}
		t.Records = append(t.Records, rec)
	}
	return &data.Block{Kind: data.TableBlock, Line: fc.first, Table: t}, last, true
}

// labelledFlat rebuilds the table under a caption printed over its
// number on a line of its own (重点工作任务分解表 / 表1, a converter's
// split of 表1 重点工作任务分解表): the caption is both. It reports false
// when the next line is no bare number or no table comes of it, and the
// number's line is then read on its own.
func labelledFlat(ls []line, i int, caption string, warn warnFunc) (*data.Block, int, bool) {
	j := i + 1
	for j < len(ls) && ls[j].block == nil && trim(ls[j].text) == "" {
		j++
	}
	if tableNumber(caption) || j >= len(ls) || ls[j].block != nil {
		return nil, 0, false
	}
	label := trim(ls[j].text)
	if !tableNumber(label) || runesOver(label, 5) {
		return nil, 0, false
	}
	b, next, ok := flatTable(ls, j, warn)
	if !ok || b.Kind != data.TableBlock {
		return nil, 0, false
	}
	b.Table.Caption = captionText(label) + " " + captionText(caption)
	return b, next, true
}

// flatCellRun is the run of short lines below a caption.
type flatCellRun struct {
	cells []string
	lines []int  // source line of each cell
	idx   []int  // index into ls of each cell
	blank []bool // a blank line stands before the cell
	first int    // source line of the first cell
	last  int    // index after the last cell
	// captioned is set when the run ends at the caption of another table.
	captioned bool
}

// flatCells reads the short lines from ls[k] up to a long line, a tab
// line, a numbered heading or the next caption. A lone % is glued to the
// cell before it (-56.1 / %).
func flatCells(ls []line, k int) flatCellRun {
	fc := flatCellRun{last: k}
	for ; k < len(ls) && ls[k].block == nil; k++ {
		t := trim(ls[k].text)
		if t == "" {
			continue
		}
		if runesOver(t, 25) || strings.HasPrefix(t, "专栏") || tableNumber(t) || strings.ContainsRune(t, '\t') {
			fc.captioned = strings.HasPrefix(t, "专栏") || tableNumber(t)
			break
		}
		if kind, _, _ := numbering(t); kind == kindCN || kind == kindParenCN {
			break
		}
		if fc.first == 0 {
			fc.first = int(ls[k].n)
		}
		if t == "%" && len(fc.cells) > 0 {
			fc.cells[len(fc.cells)-1] += t
		} else {
			fc.cells = append(fc.cells, t)
			fc.lines = append(fc.lines, int(ls[k].n))
			fc.idx = append(fc.idx, k)
			fc.blank = append(fc.blank, k > 0 && trim(ls[k-1].text) == "")
		}
		fc.last = k + 1
	}
	return fc
}

// gap reports whether cell n is the first after a blank line while no
// blank line stands between the cells before it: the end of a table whose
// cells are printed line after line.
func (fc flatCellRun) gap(n int) bool {
	if n < 1 || n >= len(fc.blank) || !fc.blank[n] {
		return false
	}
	for _, b := range fc.blank[1:n] {
		if b {
			return false
		}
	}
	return true
}

// flatRows returns how many of the cells fill whole rows of cols cells:
// rows numbered 1, 2, 3… when the first data cell is 1 (a few short lines
// after the table, such as a heading 分项目标, are not cells), all of them
// otherwise. 0 means the shape is ambiguous.
func flatRows(cells []string, cols int) int {
	if cols < 2 || cols >= len(cells) {
		return 0
	}
	if cells[cols] != "1" {
		if len(cells)%cols == 0 {
			return len(cells)
		}
		return 0
	}
	for m := len(cells); m > len(cells)-cols && m > cols; m-- {
		if m%cols == 0 && numberedRows(cells[:m], cols) {
			return m
		}
	}
	return 0
}

// headerNames counts the cells at the start that read as column names:
// short, with one of the usual header words.
func headerNames(cells []string) int {
	n := 0
	for _, c := range cells {
		if runesOver(c, 10) || !hasHeaderWord(c) {
			break
		}
		n++
	}
	return n
}

func hasHeaderWord(s string) bool {
	return holdsHeaderWord(s) || hasSuffixAny(s, "金额", "投资", "年度", "地址", "联系人")
}

// tableNumber recognises a caption that numbers a table: 表1 …, 表 2, 表一.
func tableNumber(t string) bool {
	rest, ok := strings.CutPrefix(t, "表")
	if !ok {
		return false
	}
	r, _ := firstRune(skipSpaces(rest))
	return r >= '0' && r <= '9' || cnDigit(r) > 0
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

// headerGoesOn reports whether the cells read as rows after a header are
// names alone (no number, label:value or sentence among them) of which
// one names a unit in brackets (堆料场(m ²), 投入资金合计(元)): a
// column's name, so they are more of the header, as in a blank form
// printed as its header alone, and the header words only counted the
// first columns.
func headerGoesOn(rows []string) bool {
	unit := false
	for _, c := range rows {
		if cellKind(c) != 't' {
			return false
		}
		unit = unit || namesUnit(c)
	}
	return unit
}

// namesAlone keeps as one raw block the lines under a 表N caption that
// are names alone, one of them naming a unit in brackets (面积(亩)): a
// table's header printed with no rows, as blank forms are, or over rows
// no shape tells, whose names may not become text or headings. The
// names run to the first line that is none (填表人:, a note, a sentence,
// a title, a number). It reports false for fewer than two names or none
// naming a unit.
func namesAlone(ls []line, i int, caption string) (*data.Block, int, bool) {
	if !tableNumber(caption) {
		return nil, 0, false
	}
	fl := flatLines(ls, i+1, 2000)
	n, unit := 0, false
	for ; n < len(fl); n++ {
		t := trim(ls[fl[n]].text)
		if cellKind(t) != 't' || startsTitle(t) || startsItem(t) {
			break
		}
		unit = unit || namesUnit(t)
	}
	if n < 2 || !unit {
		return nil, 0, false
	}
	return &data.Block{Kind: data.Raw, Line: int(ls[fl[0]].n), Text: flatText(ls, fl[:n])}, fl[n-1] + 1, true
}
