package loader

import (
	"fmt"
	"strings"

	"gazette/data"
)

// zooMinerU prints as the layout-model PDF converters (MinerU, marker,
// docling): markdown "#" headings and paragraphs, and every table as HTML
// on one line — merged cells as rowspan, the header in <th> or <td>
// cells, <br> in long cells, entities for & < >, a long table at times
// split in two <table> elements at a page break, its header repeated.
func zooMinerU() *zooPrinter {
	p := zooMarkdown()
	p.name = "mineru"
	p.table = func(p *zooPrinter, t *data.Table) {
		th := p.rnd.IntN(2) == 0
		head := zooHTMLHeader(t.Columns, th, th && p.rnd.IntN(2) == 0)
		recs := t.Records
		if head != "" && len(recs) >= 6 && p.rnd.IntN(2) == 0 {
			// The page breaks before a record that continues no merged cell.
			k := 2 + p.rnd.IntN(len(recs)-3)
			for k < len(recs) && zooInherits(recs[k]) {
				k++
			}
			if k < len(recs) {
				p.emit(zooHTMLTable(p, t, head, 0, k), "")
				p.emit(zooHTMLTable(p, t, head, k, len(recs)))
				return
			}
		}
		p.emit(zooHTMLTable(p, t, head, 0, len(recs)))
	}
	return p
}

// zooInherits reports whether a record has a cell merged with the one
// above.
func zooInherits(r data.Record) bool {
	for _, c := range r.Cells {
		if c.Inherited {
			return true
		}
	}
	return false
}

// zooHTMLHeader prints the header rows of a table, in <th> or <td>
// cells, maybe in <thead>: a name over several columns ("top/sub") once
// with colspan, a name of one row of a two-row header with rowspan.
func zooHTMLHeader(cols []string, th, thead bool) string {
	rows := zooHeaderRows(cols)
	if len(rows) == 0 {
		return ""
	}
	tag := "td"
	if th {
		tag = "th"
	}
	var top, sub strings.Builder
	for i := 0; i < len(cols); i++ {
		t, s, two := strings.Cut(cols[i], "/")
		if len(rows) == 1 || !two {
			span := ""
			if len(rows) == 2 {
				span = ` rowspan="2"`
			}
			fmt.Fprintf(&top, "<%s%s>%s</%s>", tag, span, zooEscape(cols[i]), tag)
			continue
		}
		n := 1
		for i+n < len(cols) && strings.HasPrefix(cols[i+n], t+"/") {
			n++
		}
		span := ""
		if n > 1 {
			span = fmt.Sprintf(` colspan="%d"`, n)
		}
		fmt.Fprintf(&top, "<%s%s>%s</%s>", tag, span, zooEscape(t), tag)
		for k := i; k < i+n; k++ {
			_, s, _ = strings.Cut(cols[k], "/")
			fmt.Fprintf(&sub, "<%s>%s</%s>", tag, zooEscape(s), tag)
		}
		i += n - 1
	}
	out := "<tr>" + top.String() + "</tr>"
	if sub.Len() > 0 {
		out += "<tr>" + sub.String() + "</tr>"
	}
	if thead {
		out = "<thead>" + out + "</thead>"
	}
	return out
}

// zooHTMLTable prints records from to to of a table as one <table> line:
// the header, a group row (a cell across the table) before a group's
// first record, rowspan over the records below a cell that inherit it.
func zooHTMLTable(p *zooPrinter, t *data.Table, head string, from, to int) string {
	var b strings.Builder
	b.WriteString("<table>" + head)
	recs := t.Records[from:to]
	g := -1
	if from > 0 {
		g = t.Records[from-1].Group
	}
	for i, r := range recs {
		for r.Group > g {
			g++
			if g < len(t.Groups) {
				fmt.Fprintf(&b, `<tr><td colspan="%d">%s</td></tr>`, len(t.Columns), zooEscape(zooCounted(t.Groups[g], zooGroupSize(t, g))))
			}
		}
		b.WriteString("<tr>")
		for c, cell := range r.Cells {
			if cell.Inherited && i > 0 && recs[i-1].Group == r.Group {
				continue // under the rowspan of the cell above
			}
			n := 1
			for i+n < len(recs) && recs[i+n].Group == r.Group && recs[i+n].Cells[c].Inherited {
				n++
			}
			span := ""
			if n > 1 {
				span = fmt.Sprintf(` rowspan="%d"`, n)
			}
			fmt.Fprintf(&b, "<td%s>%s</td>", span, zooHTMLCell(p, cell.Text))
		}
		b.WriteString("</tr>")
	}
	return b.String() + "</table>"
}

// zooGroupSize counts the records of group g, continuations not counted.
func zooGroupSize(t *data.Table, g int) int {
	n := 0
	for _, r := range t.Records {
		if r.Group == g && !r.Continuation {
			n++
		}
	}
	return n
}

// zooHTMLCell prints a cell: its line breaks and, at times, one more in
// a long line as <br>, & < > as entities.
func zooHTMLCell(p *zooPrinter, c string) string {
	ls := strings.Split(c, "\n")
	for i, l := range ls {
		if r := []rune(l); len(r) > 24 && p.rnd.IntN(3) == 0 {
			k := 8 + p.rnd.IntN(len(r)-16)
			l = string(r[:k]) + "\n" + string(r[k:])
		}
		ls[i] = zooEscape(l)
	}
	return strings.Join(ls, "<br>")
}

// zooEscape writes & < > as the entities an HTML writer uses.
func zooEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "\n", "<br>").Replace(s)
}
