package loader

import (
	"strings"

	"gazette/data"
)

// zooAntiword prints plain text as antiword prints a Word document at a
// width that wraps no paragraph (wrapped text is wrap35's), tables as
// rows between bars with no
// rules, each cell padded to its column's width and a long cell (or a
// cell's own lines) going on in the lines below with the other cells
// blank; a name over several columns, or a group label across the
// table, one cell merged across them; a record under a merged cell with
// that cell blank.
func zooAntiword() *zooPrinter {
	p := zooBase("antiword")
	p.table = func(p *zooPrinter, t *data.Table) { zooBarTable(p, t, 12+4*p.rnd.IntN(4)) }
	return p
}

// zooBarTable prints a table as bar rows, its cells wrapped at limit
// display cells (a column is as wide as its name).
func zooBarTable(p *zooPrinter, t *data.Table, limit int) {
	cols := len(t.Columns)
	widths := make([]int, cols)
	hs := zooHeaderRows(t.Columns)
	grow := func(c int, x string) {
		for _, l := range strings.Split(x, "\n") {
			widths[c] = max(widths[c], min(zooWidth(l), limit), 2)
		}
	}
	for _, h := range hs {
		for c, x := range h {
			grow(c, x)
		}
	}
	zooRows(t, func(string, int) {}, func(cells []string) {
		for c, x := range cells {
			grow(c, x)
		}
	})
	field := func(c, n int) int { // the room of a cell over n columns from c
		w := n - 1
		for k := c; k < c+n; k++ {
			w += widths[k]
		}
		return w
	}
	row := func(cells []string, span []int) {
		lines := make([][]string, cols)
		h := 1
		for c, x := range cells {
			if span[c] == 0 {
				continue
			}
			for _, l := range strings.Split(x, "\n") {
				lines[c] = append(lines[c], zooCut(l, field(c, span[c]))...)
			}
			h = max(h, len(lines[c]))
		}
		for k := range h {
			var b strings.Builder
			b.WriteString("|")
			for c := range cols {
				if span[c] == 0 {
					continue
				}
				x := ""
				if k < len(lines[c]) {
					x = lines[c][k]
				}
				b.WriteString(x + strings.Repeat(" ", field(c, span[c])-zooWidth(x)) + "|")
			}
			p.emit(b.String())
		}
	}
	ones := make([]int, cols)
	for c := range ones {
		ones[c] = 1
	}
	for i, h := range hs {
		row(h, zooHeaderSpans(t.Columns, i, len(hs)))
	}
	zooRows(t, func(label string, n int) {
		span := make([]int, cols)
		span[0] = cols
		row(append([]string{zooCounted(label, n)}, make([]string, cols-1)...), span)
	}, func(cells []string) { row(cells, ones) })
	p.emit("")
}
