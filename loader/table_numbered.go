package loader

import (
	"strconv"
	"strings"

	"gazette/data"
)

// numberedFlat reads a table flattened one cell per line whose first
// column is 序号 (pdftotext's raw mode under 表N, a web page under 专栏N):
// the column names up to the cell 1, then rows numbered 1, 2, 3…, group
// rows (一、…) between them. The numbers say where each row starts, so a
// cell may be a long line; a cell printed over lines of "label：value"
// (牵头单位：… / 配合单位：…) is one cell. The table is rebuilt when every
// row has a cell for every column and every group row carries its count
// (一、……（共3项）: a bare 一、… between rows could be a heading); otherwise
// its lines are kept as one raw block, so that no cell or group row
// becomes a heading. It reports false when the lines after the caption
// do not start like that.
func numberedFlat(ls []line, i int, caption string, warn warnFunc) (*data.Block, int, bool) {
	fl := flatLines(ls, i+1, 14) // the header row and the 1 after it
	cols := 0
	for cols < len(fl) && trim(ls[fl[cols]].text) != "1" {
		t := trim(ls[fl[cols]].text)
		if cols+1 < len(fl) && trim(ls[fl[cols+1]].text) == "1" && groupLabel(t) {
			break // the group row over row 1
		}
		if runesOver(t, 15) || cols > 12 {
			return nil, 0, false
		}
		cols++
	}
	if cols < 2 || cols > 12 || cols+1 >= len(fl) || trim(ls[fl[0]].text) != "序号" {
		return nil, 0, false
	}
	boxed := boxedCells(fl[:cols+1])
	fl = flatLines(ls, i+1, len(ls))
	nf := numberedFlatTable{ls: ls, fl: fl, cols: cols, regular: true, column: strings.HasPrefix(caption, "专栏"), boxed: boxed}
	nf.t = &data.Table{Line: int(ls[fl[0]].n), Caption: captionText(caption)}
	for _, k := range fl[:cols] {
		nf.t.Columns = append(nf.t.Columns, trim(ls[k].text))
	}
	end := nf.rows(cols)
	last := fl[end-1] + 1
	if !nf.regular {
		var b strings.Builder
		for k := i + 1; k < last; k++ {
			if t := trim(ls[k].text); t != "" {
				if b.Len() > 0 {
					b.WriteByte('\n')
				}
				b.WriteString(t)
			}
		}
		return &data.Block{Kind: data.Raw, Line: int(ls[fl[0]].n), Text: b.String()}, last, true
	}
	for _, n := range nf.cut {
		warn(n, "a table's cell cut by a page break (two text boxes, the row one cell too many) joined across it")
	}
	return &data.Block{Kind: data.TableBlock, Line: int(ls[fl[0]].n), Table: nf.t}, last, true
}

// numberedFlatTable is the state of numberedFlat's reading of the rows.
type numberedFlatTable struct {
	ls      []line
	fl      []int // indexes of the non-blank lines after the caption
	cols    int
	t       *data.Table
	regular bool // every row and group row fits the table
	column  bool // under a 专栏 caption
	// boxed: a blank line stands between every two cells of the header
	// and the first number, as pdfminer sets each cell apart as a text
	// box of its own; lines with no blank line between them are then one
	// cell that its column's width cut.
	boxed bool
	cut   []int // the source lines of the cells joined across a page break
}

// boxedCells reports whether a blank line stands between every two of
// the lines fl (indexes into the lines), which are at least three.
func boxedCells(fl []int) bool {
	for k := 1; k < len(fl); k++ {
		if fl[k] == fl[k-1]+1 {
			return false
		}
	}
	return len(fl) >= 3
}

// rows reads the rows from fl[p] on and returns the position after them.
func (nf *numberedFlatTable) rows(p int) int {
	for r := 1; p < len(nf.fl); r++ {
		num := strconv.Itoa(r)
		if nf.text(p) != num && p+1 < len(nf.fl) && nf.text(p+1) == num && groupLabel(nf.text(p)) {
			if !hasCount(nf.text(p)) {
				nf.regular = false
			}
			nf.t.Groups = append(nf.t.Groups, nf.text(p))
			p++
		}
		if nf.text(p) != num {
			return nf.total(p)
		}
		next := nf.find(p+1, strconv.Itoa(r+1))
		if next < 0 {
			if again := nf.repeated(p, num); again > 0 {
				nf.record(p, again)
				p, r = again, r-1 // the next row bears this row's number again
				continue
			}
			return nf.total(nf.lastRow(p, num))
		}
		nf.record(p, next)
		p = next
	}
	return p
}

// repeated returns the position of the row after the one starting at p
// when, right after this row's cells, a line bears this row's number
// num again (345, 346, 346: a misnumbered row, as a typesetter's slip
// prints one), or -1. A number cell says where a row starts wherever it
// stands in the sequence; only a number found where the next row must
// start is taken, not one among the cells (a count of 346 in a cell).
func (nf *numberedFlatTable) repeated(p int, num string) int {
	q := p + 1
	for q < len(nf.fl) && (len(nf.cells(p, q)) < nf.cols || nf.joins(q)) {
		q++
	}
	if q < len(nf.fl) && nf.text(q) == num {
		return q
	}
	return -1
}

// total reads a 合计 row at p after the numbered rows: its empty cells are
// not printed, so the table is kept raw with it. It returns the position
// after it, or p when there is none.
func (nf *numberedFlatTable) total(p int) int {
	if p < len(nf.fl) && hasPrefixAny(nf.text(p), "合计", "总计", "小计") {
		nf.regular = false
		return nf.lastRow(p, "")
	}
	return p
}

// find returns the position of the row numbered num (or of the group
// row before it) within the lines a row may take, or -1. A heading no
// cell starts with (see endsFlatRun) ends the search, but as the group
// row right before the number; so does a 序号 line, the header of the
// next table.
func (nf *numberedFlatTable) find(p int, num string) int {
	for q := p; q < len(nf.fl) && q < p+8*nf.cols; q++ {
		if endsFlatRun(nf.text(q)) && (q+1 == len(nf.fl) || nf.text(q+1) != num) || nf.text(q) == "序号" {
			return -1 // a heading, or the next table's header (see lastRow)
		}
		if nf.text(q) == num {
			if q > p && groupLabel(nf.text(q-1)) {
				return q - 1
			}
			return q
		}
	}
	return -1
}

// lastRow reads the row starting at p that no numbered row follows: as
// many cells as the columns ask for, short ones only for a 合计 row
// (whose empty cells are not printed). Short lines after it that could be
// more cells (污水处理厂 / 二期工程 / 市水务局) make its end ambiguous: the
// table is kept raw, those lines with it. One such line is no cell where
// a blank line ends cells printed line after line, or after a web page's
// 专栏, whose cells all stand between blank lines (a heading such as
// 分项目标); two or more (a record under merged cells: 市住建局 / 长期坚持)
// are. A heading no cell starts with (（一）…, see endsFlatRun) is no cell
// of the row nor after it. It returns the position after the row.
func (nf *numberedFlatTable) lastRow(p int, num string) int {
	q := p + 1
	for q < len(nf.fl) && (len(nf.cells(p, q)) < nf.cols || nf.joins(q)) {
		if t := nf.text(q); endsFlatRun(t) || num == "" && (runesOver(t, 25) || startsItem(t) || endsSentence(t)) {
			break
		}
		q++
	}
	// A cell the page cut in two boxes leaves the row's last cell after
	// a full count: the line after it joins the row when, the cut cell
	// joined, the count stays full.
	if nf.boxed && q < len(nf.fl) && cellLike(nf.text(q)) && !endsFlatRun(nf.text(q)) &&
		len(nf.cells(p, q)) == nf.cols && len(nf.cells(p, q+1)) == nf.cols {
		q++
	}
	more := 0
	for q+more < len(nf.fl) && cellLike(nf.text(q+more)) && !endsFlatRun(nf.text(q+more)) && nf.text(q+more) != "序号" {
		more++
	}
	// The last line titles the table that follows (主要指标 / 表2), or
	// that a 序号 line opens: the first column's name heads a table, it
	// is no cell of one.
	if more > 0 && (q+more == len(nf.fl) && nf.tableFollows() || q+more < len(nf.fl) && nf.text(q+more) == "序号") {
		more--
	}
	if more >= 2 || more == 1 && !nf.column && !nf.gapBefore(q) {
		nf.regular = false
		q += more
	}
	nf.record(p, q)
	return q
}

// tableFollows reports whether the table's lines end at another table:
// its caption (表N, 专栏N), its tab rows or a finished block.
func (nf *numberedFlatTable) tableFollows() bool {
	k := nf.fl[len(nf.fl)-1] + 1
	for k < len(nf.ls) && nf.ls[k].block == nil && trim(nf.ls[k].text) == "" {
		k++
	}
	return k < len(nf.ls)
}

// gapBefore reports whether a blank line stands before line q while none
// stands between the table's lines before it.
func (nf *numberedFlatTable) gapBefore(q int) bool {
	if q >= len(nf.fl) || nf.fl[q] == nf.fl[q-1]+1 {
		return false
	}
	return nf.fl[q-1]-nf.fl[0] == q-1
}

// cellLike reports whether a line after a flattened table's last row
// could be one more cell of it: short, and neither a sentence, a
// numbered item, the start of a title nor the caption of the next table
// (重点工作任务分解表).
func cellLike(t string) bool {
	return !runesOver(t, 15) && !endsSentence(t) && !startsItem(t) && !startsTitle(t) && !captionLike(t)
}

// record adds the row of fl[p:end] to the table, or marks the table
// irregular when its cells do not fill the columns.
func (nf *numberedFlatTable) record(p, end int) {
	cells, cut := nf.cutCells(p, end)
	if cut > 0 {
		nf.cut = append(nf.cut, cut)
	}
	if len(cells) != nf.cols {
		nf.regular = false
	}
	if !nf.regular {
		return
	}
	rec := data.Record{Line: int(nf.ls[nf.fl[p]].n), Group: len(nf.t.Groups) - 1, Cells: make([]data.Cell, len(cells))}
	for c, t := range cells {
		rec.Cells[c].Text = t
	}
	nf.t.Records = append(nf.t.Records, rec)
}

// cells returns the cells of the row in fl[p:end]: a lone % belongs to
// the number before it (-56.1 / %), and lines of "label：value" after one
// another are one cell, as are the lines of one text box in a boxed
// table. A boxed row of one cell too many is a cell that a page cut in
// two boxes: the two either side of the page break are one.
func (nf *numberedFlatTable) cells(p, end int) []string {
	cells, _ := nf.cutCells(p, end)
	return cells
}

// cutCells is cells, with the source line of the cell it joined to the
// one before it across a page break (0 when it joined none).
func (nf *numberedFlatTable) cutCells(p, end int) ([]string, int) {
	cells := []string{nf.text(p)}
	var starts []int // the source line each cell starts on
	cut := -1        // the cell that starts after a page break
	for q := p + 1; q < end; q++ {
		t := nf.text(q)
		switch {
		case q > p+1 && t == "%":
			cells[len(cells)-1] += t
		case q > p+1 && nf.wrapped(q):
			cells[len(cells)-1] = joinWrapped(cells[len(cells)-1], t)
		case q > p+1 && nf.joins(q):
			cells[len(cells)-1] += "\n" + t
		default:
			if q > p+1 && nf.boxed && nf.pageBreak(q) {
				cut = len(cells)
			}
			cells = append(cells, t)
			starts = append(starts, int(nf.ls[nf.fl[q]].n))
		}
	}
	if len(cells) == nf.cols+1 && cut > 0 {
		cells[cut-1] = joinWrapped(cells[cut-1], cells[cut])
		return append(cells[:cut], cells[cut+1:]...), starts[cut-1]
	}
	return cells, 0
}

// pageBreak reports whether a page break stands between line q and the
// one before it.
func (nf *numberedFlatTable) pageBreak(q int) bool {
	for k := nf.fl[q-1] + 1; k < nf.fl[q]; k++ {
		if nf.ls[k].ff() {
			return true
		}
	}
	return false
}

// joins reports whether line q continues the cell of line q-1: a lone %,
// a "label：value" line under another, or a line of the same text box.
func (nf *numberedFlatTable) joins(q int) bool {
	t := nf.text(q)
	return t == "%" || labelled(t) && labelled(nf.text(q-1)) || nf.wrapped(q)
}

// wrapped reports whether line q goes on with the text of line q-1 in a
// boxed table: no blank line stands between them.
func (nf *numberedFlatTable) wrapped(q int) bool {
	return nf.boxed && q > 0 && q < len(nf.fl) && nf.fl[q] == nf.fl[q-1]+1
}

func (nf *numberedFlatTable) text(p int) string {
	if p >= len(nf.fl) {
		return ""
	}
	return trim(nf.ls[nf.fl[p]].text)
}

// flatLines returns the indexes of the non-blank lines from ls[k] on, up
// to a finished block, a tab line or the next caption, at most limit.
func flatLines(ls []line, k, limit int) []int {
	var out []int
	for ; k < len(ls) && ls[k].block == nil && len(out) < limit; k++ {
		t := trim(ls[k].text)
		if t == "" {
			continue
		}
		if strings.ContainsRune(t, '\t') || strings.HasPrefix(t, "专栏") || tableNumber(t) {
			break
		}
		out = append(out, k)
	}
	return out
}

// labelled reports whether a line is "label：value" with a short label
// (牵头单位：市财政局).
func labelled(t string) bool {
	i := strings.IndexAny(t, ":：")
	return i > 0 && !runesOver(t[:i], 6)
}
