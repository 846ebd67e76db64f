package loader

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Converters that read a PDF's layout (MinerU, marker, docling) write
// markdown whose tables are HTML: <table><tr><td>…</td><td rowspan="2">…
// </td></tr>…</table>, often on one line, with text before or after it.
// Each such element becomes a table as a web page's does (htmltable.go):
// spans filled in, <th>/<thead> rows or a header-like first row naming
// the columns, entities decoded, <br> a line break in the cell.

// htmlTablesInText replaces every HTML <table> element in the lines of a
// text file, over one line or many, with the lines it stands for (a
// table block, or metadata lines; a table of one column or holding
// tables as the lines of its text). A table the file leaves unclosed
// ends where its markup ends, and is warned. A table whose next page the
// converter wrote as a table of its own is joined to it (see continues).
func htmlTablesInText(ls []line, warn warnFunc) []line {
	if !holdsTable(ls) {
		return ls
	}
	tt := &textTables{warn: warn, out: make([]line, 0, len(ls))}
	for i := 0; i < len(ls); {
		p := tableStart(ls[i].text)
		if p < 0 {
			tt.text(ls[i])
			i++
			continue
		}
		if before := ls[i].text[:p]; trim(before) != "" {
			tt.text(line{n: ls[i].n, text: before, marks: ffMark(ls[i].ff())})
		}
		end, q, closed := htmlTableEnd(ls, i, p)
		var src strings.Builder
		for k := i; k <= end; k++ {
			t := ls[k].text
			switch {
			case k == i && k == end:
				t = t[p:q]
			case k == i:
				t = t[p:]
			case k == end:
				t = t[:q]
			}
			if k > i {
				src.WriteByte('\n')
			}
			src.WriteString(t)
		}
		if !closed {
			warn(int(ls[i].n), fmt.Sprintf("HTML table not closed: read as far as its rows go, to line %d", ls[end].n))
		}
		tt.table(src.String(), int(ls[i].n), ls[i].ff())
		if rest := ls[end].text[q:]; trim(rest) != "" {
			ls[end] = line{n: ls[end].n, text: rest}
			i = end
			continue
		}
		i = end + 1
	}
	tt.flush()
	return tt.out
}

// holdsTable reports whether some line holds a <table start tag.
func holdsTable(ls []line) bool {
	for _, l := range ls {
		// A text that decoding found no < in (nor other markup) holds
		// no tag.
		if l.marks&markPlain == 0 && tableStart(l.text) >= 0 {
			return true
		}
	}
	return false
}

// tableStart is the offset of the first <table start tag in s, -1 when
// there is none.
func tableStart(s string) int {
	for at := 0; ; {
		k := strings.IndexByte(s[at:], '<')
		if k < 0 {
			return -1
		}
		at += k
		if name, closing, n := tableTag(s[at:]); n > 0 && name == "table" && !closing {
			return at
		}
		at++
	}
}

// tableParts are the elements whose tags make up a table.
var tableParts = map[string]bool{"table": true, "tr": true, "td": true, "th": true, "thead": true, "tbody": true,
	"tfoot": true, "caption": true, "colgroup": true, "col": true}

// tableTag reads the tag at the start of s when it is a table part's:
// its lower-case name, whether it closes the element, and its length;
// n is 0 for anything else.
func tableTag(s string) (name string, closing bool, n int) {
	i := 1
	if i < len(s) && s[i] == '/' {
		closing = true
		i++
	}
	start := i
	for i < len(s) && (isASCIILetter(s[i]) || i > start && isDigit(s[i])) {
		i++
	}
	name = strings.ToLower(s[start:i])
	if !tableParts[name] || i < len(s) && s[i] != '>' && s[i] != '/' && s[i] != ' ' && s[i] != '\t' {
		return "", false, 0
	}
	for ; i < len(s) && i < 1024; i++ {
		switch s[i] {
		case '>':
			return name, closing, i + 1
		case '<':
			return "", false, 0
		}
	}
	return "", false, 0
}

// htmlTableEnd finds the end of the table whose start tag is at ls[i].text[p]:
// the line and offset after its closing tag (nested tables counted), and
// closed true. A table left open ends where its markup ends: at another
// table's start outside its cells, or at the end of the last line before
// one that neither holds a table part's tag nor continues an open cell
// (blank lines between rows are passed over).
func htmlTableEnd(ls []line, i, p int) (end, q int, closed bool) {
	var inCell []bool // per open table: inside a cell
	end, q = i, p
	for k := i; k < len(ls); k++ {
		t := ls[k].text
		at := 0
		if k == i {
			at = p
		}
		if k > i {
			if !continuesTable(ls, k, inCell[len(inCell)-1]) {
				return end, len(ls[end].text), false
			}
		}
		for at < len(t) {
			j := strings.IndexByte(t[at:], '<')
			if j < 0 {
				break
			}
			at += j
			name, closing, n := tableTag(t[at:])
			if n == 0 {
				at++
				continue
			}
			switch {
			case name == "table" && !closing:
				if len(inCell) > 0 && !inCell[len(inCell)-1] {
					return k, at, false // a new table: this one was cut
				}
				inCell = append(inCell, false)
			case name == "table":
				inCell = inCell[:len(inCell)-1]
				if len(inCell) == 0 {
					return k, at + n, true
				}
			case name == "td" || name == "th":
				inCell[len(inCell)-1] = !closing
			case name == "tr" || name == "tbody" || name == "thead" || name == "tfoot":
				inCell[len(inCell)-1] = false
			}
			at += n
		}
		end = k
	}
	return end, len(ls[end].text), false
}

// continuesTable reports whether line k continues an open table: it
// holds a table part's tag, or text of a cell left open; blank lines
// continue it when a line holding a tag follows them.
func continuesTable(ls []line, k int, inCell bool) bool {
	for n := k; n < len(ls) && n-k < maxBreakLines; n++ {
		t := ls[n].text
		if trim(t) == "" {
			continue
		}
		if inCell && n == k {
			return true
		}
		for at := strings.IndexByte(t, '<'); at >= 0; {
			if _, _, m := tableTag(t[at:]); m > 0 {
				return true
			}
			next := strings.IndexByte(t[at+1:], '<')
			if next < 0 {
				break
			}
			at += 1 + next
		}
		return false
	}
	return false
}

// textTables collects the lines of a text file with its HTML tables
// read; the last table read waits in pend, unbuilt, for a table of its
// next page, with the lines after it that a page break may hold.
type textTables struct {
	warn warnFunc
	out  []line
	pend *htmlGrid
	gap  []line // lines after pend: blank lines and page furniture
}

// text adds a line that is no part of a table.
func (tt *textTables) text(l line) {
	if tt.pend != nil {
		if t := trim(l.text); len(tt.gap) < maxBreakLines && (t == "" || pageFurniture(t)) {
			tt.gap = append(tt.gap, l)
			return
		}
		tt.flush()
	}
	tt.out = append(tt.out, l)
}

// flush builds the waiting table and adds it and the lines after it.
func (tt *textTables) flush() {
	if tt.pend != nil {
		tt.out = append(tt.out, tt.pend.asLines(tt.warn)...)
		tt.pend = nil
	}
	tt.out = append(tt.out, tt.gap...)
	tt.gap = nil
}

// table reads the HTML of a table starting at source line first; ff says
// that a page starts on that line.
func (tt *textTables) table(src string, first int, ff bool) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return // a strings.Reader does not fail
	}
	body := find(doc, atom.Body)
	loc := locator{src: src, line: first}
	if t := soleTable(body); t != nil {
		g := readTable(t, &loc)
		if len(g.grid) > 0 && tt.pend != nil && tt.continues(g, ff) {
			return
		}
		tt.flush()
		tt.pend = g
		return
	}
	tt.flush()
	tt.warn(first, "HTML table of one column, or holding tables, read as lines of text")
	a := &article{root: body, stats: map[*html.Node]nodeStats{}}
	tt.out = append(tt.out, a.lines(src, first, tt.warn).ls...)
}

// soleTable returns the data table that is all the body holds, nil when
// it holds something else (text foster-parented out of the table, more
// tables) or a table that lays out rather than holds data.
func soleTable(body *html.Node) *html.Node {
	var t *html.Node
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && c.DataAtom == atom.Table && t == nil && !layoutTable(c):
			t = c
		default:
			return nil
		}
	}
	return t
}

// continues joins g to the waiting table when g is that table's next page,
// as a text table's pages are joined (table_breaks.go): nothing but blank
// lines and page furniture between them, and g either repeats the header
// (its own header rows are then dropped) or has no header and as many
// columns, after a page break (a form feed, or furniture between).
func (tt *textTables) continues(g *htmlGrid, ff bool) bool {
	p := tt.pend
	cols := gridWidth(p.grid)
	furniture := 0
	for _, l := range tt.gap {
		ff = ff || l.ff()
		if trim(l.text) != "" {
			furniture++
		}
	}
	switch {
	case g.head > 0 && p.head > 0 &&
		headerRepeat(columnNames(p.grid, p.head, cols), columnNames(g.grid, g.head, gridWidth(g.grid))):
	case g.head == 0 && gridWidth(g.grid) == cols && (ff || furniture > 0):
	default:
		return false
	}
	msg := fmt.Sprintf("HTML table continues the table of line %d on the next page: joined", p.lines[0])
	if furniture > 0 {
		msg += fmt.Sprintf(", %d lines of page furniture between them removed", furniture)
	}
	tt.warn(g.lines[0], msg)
	p.grid = append(p.grid, g.grid[g.head:]...)
	p.lines = append(p.lines, g.lines[g.head:]...)
	tt.gap = nil
	return true
}

// gridWidth is the number of columns of a grid: its widest row's.
func gridWidth(grid [][]gridCell) int {
	w := 0
	for _, r := range grid {
		w = max(w, len(r))
	}
	return w
}
