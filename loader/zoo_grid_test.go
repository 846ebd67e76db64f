package loader

import (
	"math/rand/v2"
	"strings"

	eaw "golang.org/x/text/width"

	"gazette/data"
)

// zooGrid prints plain text whose tables are pandoc grid tables (docx to
// markdown or plain): +------+ rules between every row, +======+ under
// the header (or - when pandoc saw no header row), a cell's text wrapped
// at its column's width, a group row one cell across the table, and a
// record under merged cells either with its own empty cells or, as
// pandoc 3 prints row spans, under a rule that leaves them open.
func zooGrid() *zooPrinter {
	p := zooBase("grid")
	p.table = func(p *zooPrinter, t *data.Table) {
		hd := "="
		if p.rnd.IntN(3) == 0 {
			hd = "-"
		}
		zb := &zooBorder{set: "", hor: "-", head: hd, pad: 1, amb: 1, ruled: true}
		zb.print(p, t)
	}
	return p
}

// zooBox prints plain text whose tables are drawn with box characters as
// WPS and Word text dumps and many Chinese text files do: light ┌─┬─┐,
// heavy ┏━┳━┓, double ╔═╦═╗ or mixed ╒═╤═╕ with ╞═╪═╡ under the header;
// the box characters one cell wide, or two as a Chinese locale prints
// them; rules between every row (a merged cell's rule left open), or
// under the header only with a long cell going on in the lines below.
// Half the issues are cut into pages as plain PDF text is (see
// zooPaged), a table's rows and rules going on after a page's footer
// and the next one's header. A body that starts one row only (a record and the sub-records under
// its merged cells) is ruled: printed without rules it is the text of a
// ruled record with cells of several lines, which the loader reads it
// as.
func zooBox() *zooPrinter {
	p := zooBase("box")
	p.table = func(p *zooPrinter, t *data.Table) {
		sets := []string{zooLight, zooHeavy, zooDouble, zooMixed}
		set := sets[p.rnd.IntN(len(sets))]
		zb := &zooBorder{set: set, hor: string([]rune(set)[0]), head: string([]rune(set)[0]), amb: 1 + p.rnd.IntN(2), ruled: p.rnd.IntN(2) == 0 || zooStarts(t) < 2}
		if set == zooMixed {
			zb.hor = "─"
			zb.body = zooLight
		}
		zb.print(p, t)
	}
	paged := zooPaged().finish
	p.finish = func(p *zooPrinter, is *data.Issue) string {
		if p.rnd.IntN(2) == 0 {
			return paged(p, is)
		}
		return strings.Join(p.lines, "\n") + "\n"
	}
	return p
}

// zooStarts counts the rows of a table's body that fill its first
// column: group rows and records not under a merged cell.
func zooStarts(t *data.Table) int {
	n := len(t.Groups)
	for _, r := range t.Records {
		if !r.Continuation {
			n++
		}
	}
	return n
}

// The box sets, each in the order of zooJunction's keys: ─ │ ┌ ┐ └ ┘ ├ ┤ ┬ ┴ ┼.
const (
	zooLight  = "─│┌┐└┘├┤┬┴┼"
	zooHeavy  = "━┃┏┓┗┛┣┫┳┻╋"
	zooDouble = "═║╔╗╚╝╠╣╦╩╬"
	zooMixed  = "═│╒╕╘╛╞╡╤╧╪"
)

// zooJunctionKeys lists the lines meeting at a junction (up, down, left,
// right) for each character of a set.
var zooJunctionKeys = []int{3, 12, 5, 6, 9, 10, 13, 14, 7, 11, 15}

// zooBorder prints one table with borders.
type zooBorder struct {
	set       string // the box set; "" for a grid table's + - |
	body      string // the set of the rules between body rows, when not set's
	hor, head string // the horizontal of the body's rules and of the header's
	pad       int    // spaces on each side of a cell's text
	amb       int    // the width the printer gives a box character
	ruled     bool   // rules between body rows
	widths    []int  // the columns' text widths
}

// zooBRow is a printed row: each cell's lines from the column it starts
// in, span[c] the columns it covers (0 for a covered column); open[c]
// marks a column whose cell runs on from the row above (no rule above).
type zooBRow struct {
	lines [][]string
	span  []int
	open  []bool
	head  bool
}

// junction returns the character where lines meet (u, d, l, r).
func (zb *zooBorder) junction(set string, u, d, l, r bool) string {
	if set == "" {
		if !l && !r {
			return "|"
		}
		return "+"
	}
	key := 0
	for i, b := range []bool{u, d, l, r} {
		if b {
			key |= 8 >> i
		}
	}
	for i, k := range zooJunctionKeys {
		if k == key {
			return string([]rune(set)[i])
		}
	}
	return " "
}

// print prints the table: header rows, group rows across the table, and
// records.
func (zb *zooBorder) print(p *zooPrinter, t *data.Table) {
	cols := len(t.Columns)
	var rows []*zooBRow
	hs := zooHeaderRows(t.Columns)
	for i, h := range hs {
		r := zb.row(h, zooHeaderSpans(t.Columns, i, len(hs)))
		r.head = true
		if i > 0 {
			for c, x := range t.Columns {
				r.open[c] = !strings.Contains(x, "/")
			}
		}
		rows = append(rows, r)
	}
	zooRows(t, func(l string, n int) {
		span := make([]int, cols)
		span[0] = cols
		rows = append(rows, zb.row(append([]string{zooCounted(l, n)}, make([]string, cols-1)...), span))
	}, func(cells []string) {
		r := zb.row(cells, nil)
		if zb.ruled && cells[0] == "" && len(rows) > 0 && p.rnd.IntN(2) == 0 {
			for c := 0; c < cols && cells[c] == ""; c++ {
				r.open[c] = true // a row span: the rule above stays open
			}
		}
		rows = append(rows, r)
	})
	zb.size(rows, cols, p.rnd)
	for i, r := range rows {
		var above *zooBRow
		if i > 0 {
			above = rows[i-1]
		}
		if i == 0 || r.head || zb.ruled || above.head {
			zb.rule(p, above, r, above != nil && above.head && !r.head)
		}
		zb.text(p, r)
	}
	zb.rule(p, rows[len(rows)-1], nil, false)
}

// zooHeaderSpans gives header row i of n its spans: a top name over the
// columns that share it once, a name without a lower one over both rows.
func zooHeaderSpans(cols []string, i, n int) []int {
	span := make([]int, len(cols))
	for c := 0; c < len(cols); c++ {
		span[c] = 1
		top, _, two := strings.Cut(cols[c], "/")
		if i > 0 || n == 1 || !two {
			continue
		}
		for c+span[c] < len(cols) && strings.HasPrefix(cols[c+span[c]], top+"/") {
			span[c+span[c]] = 0
			span[c]++
		}
		c += span[c] - 1
	}
	return span
}

// row makes a printed row of cells; a cell's lines are its own, wrapped
// later (see size).
func (zb *zooBorder) row(cells []string, span []int) *zooBRow {
	r := &zooBRow{lines: make([][]string, len(cells)), span: span, open: make([]bool, len(cells))}
	if span == nil {
		r.span = make([]int, len(cells))
		for c := range r.span {
			r.span[c] = 1
		}
	}
	for c, x := range cells {
		if r.span[c] > 0 {
			r.lines[c] = strings.Split(x, "\n")
		}
	}
	return r
}

// size sets the columns' widths and wraps the cells to them: at a width
// of 12 to 20 cells when rules part the rows, else at 32, a cell's own
// lines run together (a line of its own would read as a row); a group
// label is never wrapped, the last column widened to hold it.
func (zb *zooBorder) size(rows []*zooBRow, cols int, rnd *rand.Rand) {
	limit := 12 + 4*rnd.IntN(3)
	if !zb.ruled {
		limit = 32
	}
	zb.widths = make([]int, cols)
	for _, r := range rows {
		for c := range cols {
			if r.span[c] != 1 {
				continue
			}
			if !zb.ruled && !r.head {
				r.lines[c] = []string{strings.Join(r.lines[c], "")}
			}
			for _, x := range r.lines[c] {
				zb.widths[c] = max(zb.widths[c], min(zb.width(x), limit), 2)
			}
		}
	}
	for _, r := range rows {
		if r.span[0] == cols && cols > 1 {
			zb.widths[cols-1] += max(0, zb.width(r.lines[0][0])-zb.field(0, cols)+2*zb.pad)
		}
	}
	for c := range zb.widths {
		zb.widths[c] += (zb.widths[c] + 2*zb.pad) % zb.amb
	}
	for _, r := range rows {
		for c := range cols {
			if r.span[c] == 0 {
				continue
			}
			var cut []string
			for _, x := range r.lines[c] {
				cut = append(cut, zb.cut(x, zb.field(c, r.span[c])-2*zb.pad)...)
			}
			r.lines[c] = cut
		}
	}
}

// field is the width of a cell over n columns from c, its padding and
// the borders it covers included.
func (zb *zooBorder) field(c, n int) int {
	w := zb.amb * (n - 1)
	for k := c; k < c+n; k++ {
		w += zb.widths[k] + 2*zb.pad
	}
	return w
}

// rule prints the rule between two rows (nil above the first, below the
// last); a column open in the row below is left blank.
func (zb *zooBorder) rule(p *zooPrinter, above, below *zooBRow, header bool) {
	cols := len(zb.widths)
	set, hor := zb.set, zb.hor
	switch {
	case header:
		hor = zb.head
	case above == nil || below == nil || zb.body == "":
		if set != "" {
			hor = string([]rune(set)[0])
		}
	default:
		set = zb.body
	}
	edge := func(r *zooBRow, e int) bool { return r != nil && (e == 0 || e == cols || r.span[e] > 0) }
	open := func(c int) bool { return c >= 0 && c < cols && below != nil && below.open[c] }
	var b strings.Builder
	for e := 0; e <= cols; e++ {
		b.WriteString(zb.junction(set, edge(above, e), edge(below, e), e > 0 && !open(e-1), e < cols && !open(e)))
		if e == cols {
			break
		}
		if open(e) {
			b.WriteString(strings.Repeat(" ", zb.field(e, 1)))
		} else {
			b.WriteString(strings.Repeat(hor, zb.field(e, 1)/zb.amb))
		}
	}
	p.emit(b.String())
}

// text prints a row's lines, each cell padded to its field.
func (zb *zooBorder) text(p *zooPrinter, r *zooBRow) {
	h := 1
	for _, ls := range r.lines {
		h = max(h, len(ls))
	}
	v := zb.junction(zb.set, true, true, false, false)
	for k := range h {
		var b strings.Builder
		b.WriteString(v)
		for c, ls := range r.lines {
			if r.span[c] == 0 {
				continue
			}
			x := ""
			if k < len(ls) {
				x = ls[k]
			}
			pad := strings.Repeat(" ", zb.pad)
			b.WriteString(pad + x + strings.Repeat(" ", zb.field(c, r.span[c])-2*zb.pad-zb.width(x)) + pad + v)
		}
		p.emit(b.String())
	}
}

// width is a string's display width as the printer measures it: the East
// Asian Ambiguous characters (“ ” and the box characters) two cells wide
// when it gives box characters two.
func (zb *zooBorder) width(s string) int {
	w := zooWidth(s)
	if zb.amb > 1 {
		for _, r := range s {
			if eaw.LookupRune(r).Kind() == eaw.EastAsianAmbiguous {
				w++
			}
		}
	}
	return w
}

// cut cuts s into pieces of at most w cells as the printer measures them.
func (zb *zooBorder) cut(s string, w int) []string {
	return zooCutBy(s, w, zb.width)
}
