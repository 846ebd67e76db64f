package loader

import (
	"strings"

	"gazette/data"
)

// shapedFlat reads a table that pdftotext flattened one cell per line
// under a 表N caption without a 序号 column and whose header names carry
// none of the usual header words (预警级别 / 标识 / 启动条件 / 预警措施):
// short, distinct names, then rows whose cells repeat one shape, column
// by column a short cell or a long one (一级 / 红色 / a sentence / a
// sentence). The column count is the one number of leading names for
// which every row has the shape of the first, the rows run to the end
// of the table's lines (the document's end, the next table) or to a
// numbered heading, two rows at least, and a row holds a long cell (with
// short cells only, any count fits). It reports false when no count, or
// more than one, reads so. Rows followed by fewer short lines than a
// row's cells before the lines end are kept raw, those lines with them:
// a last row whose empty cells are not printed reads the same as a line
// after the table.
func shapedFlat(ls []line, i int, caption string) (*data.Block, int, bool) {
	if !tableNumber(caption) {
		return nil, 0, false
	}
	names := headerRun(ls, flatLines(ls, i+1, 14))
	if names < 2 {
		return nil, 0, false
	}
	fl := flatLines(ls, i+1, 2000)
	cols, rows, part := 0, 0, 0
	for k := 2; k <= names; k++ {
		if r, pr := shapedRows(ls, fl, k); r > 0 {
			if cols > 0 {
				return nil, 0, false // two counts fit: ambiguous
			}
			cols, rows, part = k, r, pr
		}
	}
	if cols == 0 {
		return nil, 0, false
	}
	if end := (rows+1)*cols + part; part > 0 {
		return &data.Block{Kind: data.Raw, Line: int(ls[fl[0]].n), Text: flatText(ls, fl[:end])}, fl[end-1] + 1, true
	}
	return flatGrid(ls, fl, cols, rows, caption)
}

// headerRun counts the lines of fl that could name columns: short,
// distinct, neither numbers, numbered nor sentences.
func headerRun(ls []line, fl []int) int {
	seen := map[string]bool{}
	n := 0
	for _, k := range fl {
		t := trim(ls[k].text)
		if runesOver(t, 12) || seen[t] || digitPrefix(t) > 0 || startsItem(t) ||
			strings.ContainsAny(t, "，。；：,;:") || n == 12 {
			break
		}
		seen[t] = true
		n++
	}
	return n
}

// shapedRows returns how many rows of cols cells follow the first cols
// lines of fl when there are two at least (a shape repeats), every row
// has the shape of the first, which holds a long cell, and the rows end
// where the lines do or at a numbered line; 0 otherwise. When a row's
// worth of short cells or less is left before the lines end, the rows
// end in a row whose count of cells is unknown: it returns how many.
func shapedRows(ls []line, fl []int, cols int) (rows, part int) {
	long := func(p int) bool {
		t := trim(ls[fl[p]].text)
		return runesOver(t, 25) && !nameList(t) || endsSentence(t)
	}
	anyLong := false
	for c := range cols {
		anyLong = anyLong || cols+c < len(fl) && long(cols+c)
	}
	if !anyLong {
		return 0, 0
	}
	for p := cols; p+cols <= len(fl); p += cols {
		same := true
		for c := 0; c < cols && same; c++ {
			same = long(p+c) == long(cols+c)
		}
		if !same {
			break
		}
		rows++
	}
	end := (rows + 1) * cols
	switch {
	case rows < 2:
		return 0, 0
	case end == len(fl) || startsItem(trim(ls[fl[end]].text)):
		return rows, 0
	}
	if part := partialRow(ls, fl[end:]); part > 0 && part < cols {
		return rows, part
	}
	return 0, 0
}

// nameList reports whether a line lists short names separated by spaces
// (中国移动晋城分公司 中国联通晋城分公司 中国电信晋城分公司): a cell naming
// several units or posts, one per line in the table, that the converter
// joined. However long, it is a short cell in a row's shape.
func nameList(t string) bool {
	fs := strings.Fields(t)
	if len(fs) < 2 || strings.ContainsAny(t, "，。；：,;:") {
		return false
	}
	for _, f := range fs {
		if runesOver(f, 15) || digitPrefix(f) > 0 {
			return false
		}
	}
	return true
}

// partialRow returns how many of the lines rest, which run to the end of
// a flattened table's lines, could be the cells of a last row whose
// empty cells were not printed (成员单位 alone under 指挥机构 / 职责): all
// of them but the title (and attachment label) of what follows, when
// they are short cells; 0 otherwise.
func partialRow(ls []line, rest []int) int {
	for len(rest) > 0 {
		t := trim(ls[rest[len(rest)-1]].text)
		if _, label := isAttachmentLabel(t); !label && !captionLike(t) {
			break
		}
		rest = rest[:len(rest)-1]
	}
	for _, k := range rest {
		if !cellLike(trim(ls[k].text)) {
			return 0
		}
	}
	return len(rest)
}

// groupedRaw keeps as one raw block the lines under a 表N caption that
// open with a group row carrying its count (（二）……（共7项）, its words
// garbled by OCR or not): a counted group row is a table's, so the short
// lines after it are cells even where no header tells their columns, and
// neither it nor they may become headings. It reports false when the
// first line is no such row or few cells follow.
func groupedRaw(ls []line, i int, caption string) (*data.Block, int, bool) {
	if !tableNumber(caption) {
		return nil, 0, false
	}
	k := i + 1
	for k < len(ls) && ls[k].block == nil && trim(ls[k].text) == "" {
		k++
	}
	if k == len(ls) || ls[k].block != nil {
		return nil, 0, false
	}
	g := trim(ls[k].text)
	if !groupLabel(g) || !hasCount(g) {
		return nil, 0, false
	}
	fc := flatCells(ls, k+1)
	if len(fc.cells) < 4 {
		return nil, 0, false
	}
	return rawRun(ls, k)
}

// flatGrid is the table of lines fl flattened one cell per line: the
// first cols lines name the columns, the next rows×cols are its records
// row by row. It returns the table and the index of the line after it.
func flatGrid(ls []line, fl []int, cols, rows int, caption string) (*data.Block, int, bool) {
	t := &data.Table{Line: int(ls[fl[0]].n), Caption: captionText(caption)}
	for _, k := range fl[:cols] {
		t.Columns = append(t.Columns, trim(ls[k].text))
	}
	for r := 1; r <= rows; r++ {
		rec := data.Record{Line: int(ls[fl[r*cols]].n), Group: -1, Cells: make([]data.Cell, cols)}
		for c := range cols {
			rec.Cells[c].Text = trim(ls[fl[r*cols+c]].text)
		}
		t.Records = append(t.Records, rec)
	}
	return &data.Block{Kind: data.TableBlock, Line: t.Line, Table: t}, fl[(rows+1)*cols-1] + 1, true
}
