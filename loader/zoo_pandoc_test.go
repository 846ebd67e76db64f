package loader

import (
	"strings"

	"gazette/data"
)

// zooPandoc prints plain text as pandoc -t plain (or -t markdown) prints
// a .docx: tables indented by two spaces, a simple table (a header over
// a rule of dash runs, a record a line, a blank line after) when every
// cell fits its column, else a multiline table (full dash rules above
// the header and below the last record, records apart by blank lines, a
// long cell wrapped within its column), a headerless table between two
// rules of runs; a table pandoc cannot print so — a merged cell, a
// group row across the table, a cell of several paragraphs, a header
// over two rows — as a grid table.
func zooPandoc() *zooPrinter {
	p := zooBase("pandoc")
	p.table = func(p *zooPrinter, t *data.Table) {
		if !zooPandocPlain(t) {
			zb := &zooBorder{set: "", hor: "-", head: "=", pad: 1, amb: 1, ruled: true}
			zb.print(p, t)
			return
		}
		zooDashTable(p, t, 12+4*p.rnd.IntN(4))
	}
	return p
}

// zooPandocPlain reports whether pandoc prints a table with dash runs:
// no group row, merged cell, cell of several lines or header of two rows.
func zooPandocPlain(t *data.Table) bool {
	if len(t.Groups) > 0 || len(t.Columns) < 2 {
		return false
	}
	for _, c := range t.Columns {
		if strings.Contains(c, "/") {
			return false
		}
	}
	for _, r := range t.Records {
		if r.Continuation {
			return false
		}
		for _, c := range r.Cells {
			if c.Inherited || strings.Contains(c.Text, "\n") {
				return false
			}
		}
	}
	return len(t.Records) > 0
}

// zooDashTable prints a table of simple or multiline shape, its cells
// wrapped at limit display cells (a column is as wide as its name).
func zooDashTable(p *zooPrinter, t *data.Table, limit int) {
	cols := len(t.Columns)
	named := zooHeaderRows(t.Columns) != nil
	widths := make([]int, cols)
	wraps := false
	for c, name := range t.Columns {
		widths[c] = max(2, zooWidth(name))
		for _, r := range t.Records {
			w := zooWidth(r.Cells[c].Text)
			wraps = wraps || w > max(limit, widths[c])
			widths[c] = max(widths[c], min(w, limit))
		}
	}
	runs := make([]string, cols)
	total := -1
	for c, w := range widths {
		runs[c] = strings.Repeat("-", w)
		total += w + 1
	}
	rule := "  " + strings.Join(runs, " ")
	full := "  " + strings.Repeat("-", total)
	row := func(cells []string) {
		lines := make([][]string, cols)
		h := 1
		for c, x := range cells {
			lines[c] = zooCut(x, widths[c])
			h = max(h, len(lines[c]))
		}
		for k := range h {
			var b strings.Builder
			b.WriteString("  ")
			for c := range cols {
				x := ""
				if k < len(lines[c]) {
					x = lines[c][k]
				}
				b.WriteString(x + strings.Repeat(" ", widths[c]-zooWidth(x)+1))
			}
			p.emit(strings.TrimRight(b.String(), " "))
		}
	}
	switch {
	case !named:
		p.emit(rule)
	case wraps:
		p.emit(full)
		row(t.Columns)
		p.emit(rule)
	default:
		row(t.Columns)
		p.emit(rule)
	}
	for i, r := range t.Records {
		if i > 0 && wraps {
			p.emit("")
		}
		cells := make([]string, cols)
		for c := range cols {
			cells[c] = r.Cells[c].Text
		}
		row(cells)
	}
	switch {
	case !named:
		p.emit(rule)
	case wraps:
		p.emit(full)
	}
	p.emit("")
}
