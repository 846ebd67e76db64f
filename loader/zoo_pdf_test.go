package loader

import (
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"

	"gazette/data"
)

// zooLayout prints as pdftotext -layout: text wrapped at the page width
// and indented, pages separated by form feeds with a running header (the
// gazette's name, or issue and name) and a footer (— 3 —), tables as
// space-aligned columns whose long cells wrap inside their column.
func zooLayout() *zooPrinter {
	p := zooBase("layout")
	p.title = func(p *zooPrinter, d *data.Document) {
		for _, l := range zooWrap(d.Title, 20) {
			p.emit(strings.Repeat(" ", 16) + l)
		}
		p.emit("")
	}
	p.line = func(p *zooPrinter, s string) { p.emit(strings.Repeat(" ", 20)+s, "") }
	p.heading = func(p *zooPrinter, s *data.Section, runIn string) { zooIndented(p, "    ", s.Heading+runIn, 38) }
	p.para = func(p *zooPrinter, s string) { zooIndented(p, "    ", s, 38) }
	p.item = func(p *zooPrinter, s string) { p.emit("  • " + s) }
	p.table = zooLayoutTable
	p.finish = func(p *zooPrinter, is *data.Issue) string {
		return zooPages(p.lines, 44, func(n int) (string, string) {
			head := strings.Repeat(" ", 24) + is.Title
			if n%2 == 0 {
				head = fmt.Sprintf("%d年第%d期%s%s", is.Year, is.Number, strings.Repeat(" ", 30), is.Title)
			}
			return head, fmt.Sprintf("%s— %d —", strings.Repeat(" ", 34), n)
		})
	}
	return p
}

// zooIndented prints s wrapped at n runes, the first line indented.
func zooIndented(p *zooPrinter, indent, s string, n int) {
	for i, l := range zooWrap(s, n) {
		if i == 0 {
			l = indent + l
		}
		p.emit(l)
	}
	p.emit("")
}

// zooPages cuts lines into pages of n lines, each with the header and
// footer furniture returns for its number, joined by form feeds. A table
// cut by a page break prints its header row again on the next page, as
// printed tables do.
func zooPages(ls []string, n int, furniture func(page int) (head, foot string)) string {
	var b strings.Builder
	header, inTable := "", false
	for i, l := range ls {
		tab := strings.Contains(l, "\t")
		if tab && !inTable {
			header = l
		}
		inTable = tab
		page := i/n + 1
		if i%n == 0 {
			head, _ := furniture(page)
			if page > 1 {
				_, foot := furniture(page - 1)
				b.WriteString("\n" + foot + "\n\f")
			}
			if head != "" {
				b.WriteString(head + "\n\n")
			}
			if tab && l != header && i > 0 && strings.Contains(ls[i-1], "\t") {
				b.WriteString(header + "\n")
			}
		}
		b.WriteString(l + "\n")
	}
	_, foot := furniture((len(ls) + n - 1) / n)
	b.WriteString("\n" + foot + "\n")
	return b.String()
}

// zooPaged prints plain PDF text cut into pages: form feeds, a running
// header (the gazette's name, its issue, or both), a footer in one of the
// printed forms (— 3 —, —3—, - 3 -, ·3·, 第3页, Page 3, a bare 3), and tables split
// over pages with their header repeated.
func zooPaged() *zooPrinter {
	p := zooBase("pages")
	p.finish = func(p *zooPrinter, is *data.Issue) string {
		forms := []string{"— %d —", "—%d—", "- %d -", "·%d·", "第%d页", "Page %d", "%d"}
		foot := forms[p.rnd.IntN(len(forms))]
		both := p.rnd.IntN(2) == 0
		issue := fmt.Sprintf("%d年第%d期", is.Year, is.Number)
		return zooPages(p.lines, 40, func(n int) (string, string) {
			head := is.Title
			switch {
			case both:
				head += "  " + issue
			case n%2 == 0:
				head = issue
			}
			return head, strings.Repeat(" ", 30) + fmt.Sprintf(foot, n)
		})
	}
	return p
}

// zooTabWrap prints tab tables as a PDF table extractor that writes one
// row per printed line: a cell longer than its column (16 characters)
// goes on in the same column of the next rows, whose other cells are
// empty; an empty row of tabs comes before the header.
func zooTabWrap() *zooPrinter {
	p := zooBase("tabwrap")
	p.table = func(p *zooPrinter, t *data.Table) {
		p.emit(strings.Repeat("\t", len(t.Columns)-1))
		for _, h := range zooHeaderRows(t.Columns) {
			p.emit(strings.Join(h, "\t"))
		}
		zooRows(t, func(l string, n int) { p.emit(zooCounted(l, n) + strings.Repeat("\t", len(t.Columns)-1)) },
			func(cells []string) {
				chunks := make([][]string, len(cells))
				h := 1
				for c, x := range cells {
					chunks[c] = zooWrap(strings.ReplaceAll(x, "\n", ""), 16)
					h = max(h, len(chunks[c]))
				}
				for k := 0; k < h; k++ {
					row := make([]string, len(cells))
					for c := range cells {
						if k < len(chunks[c]) {
							row[c] = chunks[c][k]
						}
					}
					p.emit(strings.Join(row, "\t"))
				}
			})
	}
	return p
}

// zooWidth is a string's display width: CJK and full-width characters
// take two cells.
func zooWidth(s string) int {
	w := 0
	for _, r := range s {
		if r >= 0x1100 && (r <= 0x115f || r >= 0x2e80 && r <= 0xa4cf || r >= 0xac00 && r <= 0xd7a3 ||
			r >= 0xf900 && r <= 0xfaff || r >= 0xfe30 && r <= 0xfe4f || r >= 0xff00 && r <= 0xff60 || r >= 0xffe0 && r <= 0xffe6) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// zooCut cuts s into pieces of at most w display cells.
func zooCut(s string, w int) []string { return zooCutBy(s, w, zooWidth) }

// zooCutBy cuts s into pieces of at most w cells, width telling a
// character's cells.
func zooCutBy(s string, w int, width func(string) int) []string {
	var out []string
	var cur strings.Builder
	cw := 0
	for _, r := range s {
		rw := width(string(r))
		if cw+rw > w && cw > 0 {
			out = append(out, cur.String())
			cur.Reset()
			cw = 0
		}
		cur.WriteRune(r)
		cw += rw
	}
	if cur.Len() > 0 || len(out) == 0 {
		out = append(out, cur.String())
	}
	return out
}

// zooLayoutTable prints a table as pdftotext -layout does: columns padded to
// their width with spaces, a long cell wrapped inside its column over
// several lines.
func zooLayoutTable(p *zooPrinter, t *data.Table) {
	var rows [][]string
	rows = append(rows, zooHeaderRows(t.Columns)...)
	zooRows(t, func(l string, n int) { rows = append(rows, []string{zooCounted(l, n)}) },
		func(cells []string) { rows = append(rows, cells) })
	widths := make([]int, len(t.Columns))
	for _, r := range rows {
		for c, x := range r {
			if len(r) > 1 {
				widths[c] = max(widths[c], min(24, zooWidth(strings.ReplaceAll(x, "\n", ""))))
			}
		}
	}
	for _, r := range rows {
		if len(r) == 1 { // a group label spans the row
			p.emit("  " + r[0])
			continue
		}
		pieces := make([][]string, len(r))
		h := 1
		for c, x := range r {
			pieces[c] = zooCut(strings.ReplaceAll(x, "\n", ""), max(widths[c], 2))
			h = max(h, len(pieces[c]))
		}
		for k := 0; k < h; k++ {
			var b strings.Builder
			b.WriteString("  ")
			for c := range r {
				x := ""
				if k < len(pieces[c]) {
					x = pieces[c][k]
				}
				b.WriteString(x + strings.Repeat(" ", max(0, widths[c]-zooWidth(x))+3))
			}
			p.emit(strings.TrimRight(b.String(), " "))
		}
	}
}

// zooRaw prints as pdftotext without -layout: lines as the PDF wrapped
// them with no blank lines between paragraphs, a bare page number at the
// foot of each page, form feeds, and tables one cell per line after a
// 表N caption, the header row by row (a name over several columns once,
// then the names under it) and the records' cells (an empty cell prints
// nothing).
func zooRaw() *zooPrinter {
	p := zooBase("raw")
	strip := func(f func(*zooPrinter, string)) func(*zooPrinter, string) {
		return func(p *zooPrinter, s string) { f(p, s); p.lines = p.lines[:len(p.lines)-1] }
	}
	p.line = func(p *zooPrinter, s string) { p.emit(s) }
	p.title = func(p *zooPrinter, d *data.Document) { p.emit(zooWrap(d.Title, 20)...) }
	p.para = strip(func(p *zooPrinter, s string) { zooIndented(p, "", s, 38) })
	p.heading = func(p *zooPrinter, s *data.Section, runIn string) {
		p.emit(zooWrap(s.Heading+runIn, 38)...)
	}
	p.item = func(p *zooPrinter, s string) { p.emit("• " + s) }
	p.rawTable = zooRawLost
	p.table = func(p *zooPrinter, t *data.Table) {
		p.emit(fmt.Sprintf("表%d", p.tables))
		for _, h := range zooHeaderRows(t.Columns) {
			for _, c := range h {
				if c != "" {
					p.emit(c)
				}
			}
		}
		zooRows(t, func(l string, k int) { p.emit(zooCounted(l, k)) }, func(cells []string) {
			for _, c := range cells {
				if c != "" {
					p.emit(strings.Split(c, "\n")...)
				}
			}
		})
	}
	p.finish = func(p *zooPrinter, is *data.Issue) string {
		var ls []string
		for _, l := range p.lines {
			if strings.TrimSpace(l) != "" {
				ls = append(ls, l)
			}
		}
		return zooPages(ls, 40, func(n int) (string, string) { return "", fmt.Sprint(n) })
	}
	return p
}

// zooKangxi prints plain PDF text whose font maps characters to Kangxi
// radicals (U+2F00–U+2FD5) that look the same: ⼀般森林⽕灾.
func zooKangxi() *zooPrinter {
	p := zooBase("kangxi")
	base := p.finish
	p.finish = func(p *zooPrinter, is *data.Issue) string {
		return strings.Map(func(r rune) rune {
			if k, ok := zooKangxiOf[r]; ok {
				return k
			}
			return r
		}, base(p, is))
	}
	return p
}

// zooKangxiOf maps each ordinary character to the Kangxi radical a broken
// ToUnicode map prints for it.
var zooKangxiOf = func() map[rune]rune {
	m := map[rune]rune{}
	for r := rune(0x2F00); r <= 0x2FD5; r++ {
		if s := []rune(norm.NFKC.String(string(r))); len(s) == 1 {
			m[s[0]] = r
		}
	}
	return m
}()

// zooWrap35 prints plain PDF text hard-wrapped at 35 characters, with
// pdftotext's spaces between digits and Han characters (2025 年,
// 〔2025〕2 号) everywhere.
func zooWrap35() *zooPrinter {
	p := zooBase("wrap35")
	wrap := func(p *zooPrinter, s string) { p.emit(zooWrap(s, 35)...); p.emit("") }
	p.para, p.line = wrap, wrap
	p.title = func(p *zooPrinter, d *data.Document) { wrap(p, d.Title) }
	p.heading = func(p *zooPrinter, s *data.Section, runIn string) { wrap(p, s.Heading+runIn) }
	p.finish = func(p *zooPrinter, is *data.Issue) string { return zooSpacing(strings.Join(p.lines, "\n")) + "\n" }
	return p
}

// zooRawLost reports whether the raw style's print of a table loses what
// rebuilding it needs, so that one print stands for several trees and
// only a raw block (the lines as found, none of them a heading) is right
// for all of them, as issue 9 demands for ambiguous shapes:
//   - an empty cell prints nothing, so the cells no longer fill rows;
//   - a header alone (a blank form) leaves nothing to count the columns
//     by, nor to tell where its names end; a header over two rows prints
//     each name over several columns once, and which columns it spans is
//     lost;
//   - a paragraph after the table that is no longer than the table's
//     longest first-column cell prints as one more record whose other
//     cells are empty (成员单位 under 指挥机构 / 职责): the table with that
//     paragraph after it and the table with that record print alike.
//
// Tables the print keeps whole are compared record by record.
func zooRawLost(t *data.Table, next *data.Block) bool {
	if len(t.Records) == 0 {
		return true
	}
	first := 0
	for _, c := range t.Columns {
		if strings.Contains(c, "/") {
			return true
		}
	}
	for _, r := range t.Records {
		for i, c := range r.Cells {
			if c.Inherited || strings.TrimSpace(c.Text) == "" {
				return true
			}
			for _, l := range strings.Split(c.Text, "\n") {
				if i == 0 {
					first = max(first, len([]rune(l)))
				}
			}
		}
	}
	return next != nil && next.Kind == data.Paragraph && len([]rune(next.Text)) <= first
}
