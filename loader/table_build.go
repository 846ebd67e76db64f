package loader

import (
	"sort"
	"strconv"
	"strings"

	"gazette/data"
)

// buildTable turns a region into a table block, or a raw block when the
// region is too garbled to structure. sc lends it the map of the rows
// seen.
func buildTable(rg *region, caption string, atEOF bool, warn warnFunc, sc *tableScratch) *data.Block {
	warn, flush := inLineOrder(warn)
	defer flush()
	for _, l := range rg.furniture {
		warn(int(l.n), "page furniture between table rows dropped: "+trim(l.text))
	}
	for k := range rg.rows {
		r := &rg.rows[k]
		if r.wrapped {
			warn(int(r.line.n), "table row hard-wrapped over "+strconv.Itoa(len(r.more)+1)+" lines; joined")
		}
	}
	rows := skipEmpty(rg.rows)
	hasHeader := rows[0].line.head() || looksHeader(rows[0].cells, rows)
	cols := width(rows[0].cells)
	two := hasHeader && len(rows) > 1 && secondHeader(rows[0].cells, rows[1].cells)
	if two {
		cols = max(cols, width(rows[1].cells)) // spans end in empty cells
	}
	for k := range rows {
		r := &rows[k]
		if !hasHeader && width(r.cells) > cols {
			cols = width(r.cells)
		}
	}
	if cols < 2 || !quality(rg, cols) {
		return rawTable(rg)
	}
	t := &data.Table{Line: int(rows[0].line.n), Caption: caption, Columns: make([]string, cols)}
	tb := &tableBuilder{t: t, cols: cols, group: -1, warn: warn}
	body := rows
	if hasHeader {
		body = tb.columns(rows, two)
	}
	// Two copies of a narrow table printed side by side (序号 单位 电话 |
	// 序号 单位 电话) are one table: the right half's rows follow the left's.
	if k := sideBySide(t.Columns); k > 0 && tb.header2 == nil {
		t.Columns, tb.header, tb.cols = t.Columns[:k], tb.header[:k], k
		tb.keys = headerKeys(tb.header)
		body = unfold(body, k)
	}
	tb.serial = t.Columns[0] == "序号"
	tb.body = body
	// A record a row, nearly: sized once rather than grown row by row.
	t.Records = make([]data.Record, 0, len(body))
	tb.seen = sc.seenFor(len(body))
	for i := range body {
		r := &body[i]
		tb.left = len(body) - i
		tb.add(r, atEOF && r.line.n == rows[len(rows)-1].line.n)
	}
	checkCounts(t, tb.groupLines, warn)
	return &data.Block{Kind: data.TableBlock, Line: t.Line, Table: t}
}

// cellRows is the number of rows a table's cells are allocated for at a
// time: few allocations, and few cells left unused by the rows that make
// no record.
const cellRows = 64

// inLineOrder buffers the warnings given to the returned warnFunc and
// passes them on to warn in source-line order when flush is called: the
// table's stages report in their own order.
func inLineOrder(warn warnFunc) (warnFunc, func()) {
	type w struct {
		n   int
		msg string
	}
	var buf []w
	return func(n int, msg string) { buf = append(buf, w{n, msg}) }, func() {
		sort.SliceStable(buf, func(i, j int) bool { return buf[i].n < buf[j].n })
		for _, x := range buf {
			warn(x.n, x.msg)
		}
	}
}

// tableBuilder collects the records of one table.
type tableBuilder struct {
	t               *data.Table
	cols            int
	header, header2 []string // the header rows, nil when none
	keys, keys2     []string // their cellKeys (see headerKeys)
	serial          bool     // the first column is 序号
	group           int      // index of the current group, -1 before any
	groupLines      []int    // the source line of each group label
	body            []row    // the rows below the header
	sentence        []bool   // the columns whose cells are sentences, once needed
	widths          []int    // the length each column's cells were wrapped at, -1 until needed
	two             []bool   // the columns whose width two different cells reach, once known
	above           []string // the cells of the last row that made or joined a record
	brk             bool     // a page break since the last record
	seen            map[string]int
	warn            warnFunc
	// cells are the cells of the records to come, cols for each of up to
	// cellRows body rows: a table's cells are allocated a run of rows at
	// a time, not record by record. A row joined to the record above
	// gives its cells back.
	cells []data.Cell
	left  int // the body rows not added yet, the one being added included
}

// columns names the columns from the header row (and a second header row
// when two is set) and returns the rows below the header.
func (tb *tableBuilder) columns(rows []row, two bool) []row {
	t, cols := tb.t, tb.cols
	header := rows[0].cells
	tb.header, tb.keys = header, headerKeys(header)
	body := rows[1:]
	for c := 0; c < cols && c < len(header); c++ {
		t.Columns[c] = joinCJK(trim(stripTags(header[c])))
	}
	// A second header row: empty first cell, short non-numeric cells,
	// under a first row with spanned (empty) cells.
	if !two {
		return body
	}
	header2 := body[0].cells
	tb.header2, tb.keys2 = header2, headerKeys(header2)
	top := ""
	for c := 0; c < cols; c++ {
		if c < len(header) && trim(header[c]) != "" {
			top = t.Columns[c]
		}
		sub := ""
		if c < len(header2) {
			sub = joinCJK(trim(stripTags(header2[c])))
		}
		switch {
		case sub == "":
			t.Columns[c] = top
		case top == "":
			t.Columns[c] = sub
		default:
			t.Columns[c] = top + "/" + sub
		}
	}
	return body[1:]
}

// add turns one body row into a record, a group label, or nothing (a
// repeated header, an empty row). last is set for the region's last row
// when the file ends there.
func (tb *tableBuilder) add(r *row, last bool) {
	t, cols := tb.t, tb.cols
	tb.brk = tb.brk || r.brk
	// The row's width and whether it sums the table are asked by the
	// rules below in turn: found once.
	w := width(r.cells)
	if tb.header != nil && repeatsKeys(tb.keys, r.cells, w, r.plain) {
		return
	}
	if tb.header2 != nil && repeatsKeys(tb.keys2, r.cells, w, r.plain) {
		return
	}
	if w == 0 {
		return
	}
	total := totalRow(r.cells)
	if label, ok := groupCells(r.cells, cols, w, total); ok {
		t.Groups = append(t.Groups, label)
		tb.groupLines = append(tb.groupLines, int(r.line.n))
		tb.group = len(t.Groups) - 1
		tb.above = nil
		return
	}
	if len(tb.cells) < cols {
		tb.cells = make([]data.Cell, min(tb.left, cellRows)*cols)
	}
	rec := data.Record{Line: int(r.line.n), Group: tb.group, Cells: recordCells(r, w, tb.cells[:cols:cols])}
	if last && len(r.cells) < cols {
		tb.warn(int(r.line.n), "file ends inside a table row (truncated?)")
	}
	if len(t.Records) > 0 && !total && tb.join(r, rec) {
		tb.brk, tb.above = false, r.cells
		clear(rec.Cells)
		return
	}
	if rec.Cells[0].Text == "" && len(t.Records) > 0 && !total {
		prev := t.Records[len(t.Records)-1]
		rec.Continuation = true
		for c := 0; c < cols && rec.Cells[c].Text == ""; c++ {
			rec.Cells[c] = data.Cell{Text: prev.Cells[c].Text, Inherited: true}
		}
	} else if !total {
		tb.duplicate(r, &rec)
	}
	if r.line.spans() && len(t.Records) > 0 {
		inheritMerged(r.cells, rec.Cells, t.Records[len(t.Records)-1].Cells)
	}
	t.Records = append(t.Records, rec)
	tb.cells = tb.cells[cols:]
	tb.brk, tb.above = false, r.cells
}

// inheritMerged gives the cells of a row that a bordered table's borders
// show merged with the record above (a cell of one space: see
// markSpans) that record's text, marked inherited; the bordered reader
// reported them.
func inheritMerged(cells []string, rec, above []data.Cell) {
	for c := range rec {
		if c < len(cells) && cells[c] == " " && rec[c].Text == "" && above[c].Text != "" {
			rec[c] = data.Cell{Text: above[c].Text, Inherited: true}
		}
	}
}

// recordCells cleans the cells of a row of width w into out, cols empty
// cells; text of extra cells is kept in the last column.
func recordCells(r *row, w int, out []data.Cell) []data.Cell {
	cells, text, cols := r.cells, cellText, len(out)
	if r.plain {
		text = trim // all cellText does to a cell without markup or break
		for c := 0; c < cols && c < len(cells); c++ {
			out[c].Text = trim(cells[c]) // called, not through text: inlined
		}
	} else {
		for c := 0; c < cols && c < len(cells); c++ {
			out[c].Text = cellText(cells[c])
		}
	}
	if w <= cols {
		return out
	}
	extra := make([]string, 0, w-cols)
	for c := cols; c < w; c++ {
		if x := text(cells[c]); x != "" {
			extra = append(extra, x)
		}
	}
	if len(extra) > 0 {
		last := &out[cols-1]
		last.Text = strings.TrimSpace(last.Text + "\n" + strings.Join(extra, "\n"))
	}
	return out
}

// duplicate flags rec when it repeats an earlier row, or an earlier 序号.
func (tb *tableBuilder) duplicate(r *row, rec *data.Record) {
	key := rec.Cells[0].Text
	switch {
	case tb.serial:
	case joinedIs(r.cells, r.line.text):
		key = r.line.text // the row is its line: no copy to make
	default:
		key = strings.Join(r.cells, "\t")
	}
	first, dup := tb.seen[key]
	if !dup {
		tb.seen[key] = int(r.line.n)
		return
	}
	rec.Duplicate = true
	what := "line " + strconv.Itoa(first)
	if tb.serial {
		what = "序号 " + key + " of line " + strconv.Itoa(first)
	}
	tb.warn(int(r.line.n), "table row repeats "+what+"; kept and flagged as a duplicate")
}

// joinedIs reports whether the cells joined by tabs are s, without
// joining them.
func joinedIs(cells []string, s string) bool {
	for i, c := range cells {
		if i > 0 {
			if s == "" || s[0] != '\t' {
				return false
			}
			s = s[1:]
		}
		if !strings.HasPrefix(s, c) {
			return false
		}
		s = s[len(c):]
	}
	return s == ""
}

// groupRow recognises a row that labels a group of the rows below it:
// <b>一、加快构建现代产业体系</b> with every other cell empty. A converter
// that lost the span may put the label in the second cell; there it must
// be numbered 一、 or (一).
func groupRow(cells []string, cols int) (string, bool) {
	if cols < 3 {
		return "", false
	}
	return groupCells(cells, cols, width(cells), totalRow(cells))
}

// groupCells is groupRow for cells of width w, total set when they sum
// the table (see totalRow).
func groupCells(cells []string, cols, w int, total bool) (string, bool) {
	if cols < 3 || total {
		return "", false
	}
	at := 0
	if trim(cells[0]) == "" && len(cells) > 1 {
		at = 1
	}
	if w != at+1 {
		return "", false
	}
	c := trim(cells[at])
	if at > 0 || !strings.Contains(strings.ToLower(c), "<b>") {
		if k, _, _ := numbering(trim(stripTags(c))); k != kindCN && k != kindParenCN {
			return "", false
		}
	}
	return joinCJK(stripTags(c)), true
}

// totalWords label the rows that sum a table or a part of it.
var totalWords = []string{"合计", "总计", "小计", "共计", "总合计"}

// totalRow reports whether a row is a 合计/总计/小计 row: one of its first
// two cells is such a label (合计, 小 计, 合计：). It is a record of its
// own, never a continuation, a group or a duplicate.
func totalRow(cells []string) bool {
	for c := 0; c < 2 && c < len(cells); c++ {
		if len(cells[c]) > 40 || !strings.Contains(cells[c], "计") {
			continue
		}
		k := strings.TrimRight(cellKey(cells[c]), ":：")
		for _, w := range totalWords {
			if k == w {
				return true
			}
		}
	}
	return false
}

// cellText cleans one cell: tags become line breaks, spaces at the ends
// of its lines and empty lines go.
func cellText(s string) string {
	s = trim(stripTags(trim(s)))
	if !strings.Contains(s, "\n") {
		return s
	}
	parts := strings.Split(s, "\n")
	keep := parts[:0]
	for _, p := range parts {
		if p = trim(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "\n")
}

// sideBySide returns k when the columns are two copies of the same k
// names, 0 otherwise.
func sideBySide(cols []string) int {
	n := len(cols)
	if n < 4 || n%2 != 0 {
		return 0
	}
	k := n / 2
	for i := 0; i < k; i++ {
		if cols[i] == "" || cellKey(cols[i]) != cellKey(cols[i+k]) {
			return 0
		}
	}
	return k
}

// unfold splits rows of two side-by-side halves of k cells into the left
// halves, then the right halves that hold anything.
func unfold(rows []row, k int) []row {
	n := len(rows) // the left halves, and the right halves that hold anything
	for _, r := range rows {
		if len(r.cells) > k && width(r.cells[k:min(2*k, len(r.cells))]) > 0 {
			n++
		}
	}
	out := make([]row, len(rows), n)
	for i, r := range rows {
		out[i] = row{line: r.line, cells: r.cells[:min(k, len(r.cells))], plain: r.plain}
		if len(r.cells) > k {
			if rc := r.cells[k:min(2*k, len(r.cells))]; width(rc) > 0 {
				out = append(out, row{line: r.line, cells: rc, plain: r.plain})
			}
		}
	}
	return out
}
