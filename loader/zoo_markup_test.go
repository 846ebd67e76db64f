package loader

import (
	"strings"

	"gazette/data"
)

// zooCSV prints plain text whose tables were written by Python's csv
// module with a tab delimiter: a cell holding a tab, a quote or a line
// break is quoted, its quotes doubled and its line breaks kept.
func zooCSV() *zooPrinter {
	p := zooBase("csvtsv")
	p.table = func(p *zooPrinter, t *data.Table) {
		row := func(cells []string) {
			for i, c := range cells {
				if strings.ContainsAny(c, "\t\"\n\r") {
					cells[i] = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
				}
			}
			p.lines = append(p.lines, strings.Split(strings.Join(cells, "\t"), "\n")...)
		}
		for _, h := range zooHeaderRows(t.Columns) {
			row(h)
		}
		zooRows(t, func(l string, n int) {
			row(append([]string{zooCounted(l, n)}, make([]string, len(t.Columns)-1)...))
		}, row)
	}
	return p
}

// zooPipes prints markdown with "#" headings and pipe tables (a line
// break in a cell is <br>, a group row bold in its first cell).
func zooPipes() *zooPrinter {
	p := zooMarkdown()
	p.name = "pipes"
	p.table = func(p *zooPrinter, t *data.Table) {
		row := func(cells []string) {
			for i, c := range cells {
				cells[i] = strings.ReplaceAll(strings.ReplaceAll(c, "|", `\|`), "\n", "<br>")
			}
			p.emit("| " + strings.Join(cells, " | ") + " |")
		}
		hs := zooHeaderRows(t.Columns)
		if len(hs) == 0 {
			hs = [][]string{make([]string, len(t.Columns))}
		}
		row(hs[0])
		p.emit("|" + strings.Repeat(" --- |", len(t.Columns)))
		for _, h := range hs[1:] {
			row(h)
		}
		zooRows(t, func(l string, n int) {
			row(append([]string{"**" + zooCounted(l, n) + "**"}, make([]string, len(t.Columns)-1)...))
		}, row)
	}
	return p
}

// zooHTML prints text converted from HTML with the tags left in: each
// paragraph and line in <p>…</p>, long paragraphs broken with <br>,
// headings and titles in <b>, table cells with <br>.
func zooHTML() *zooPrinter {
	p := zooBase("html")
	p.marks = true
	p.title = func(p *zooPrinter, d *data.Document) { p.emit("<p><b>"+d.Title+"</b></p>", "") }
	p.line = func(p *zooPrinter, s string) { p.emit("<p>"+s+"</p>", "") }
	p.heading = func(p *zooPrinter, s *data.Section, runIn string) {
		p.emit("<p><b>"+s.Heading+"</b>"+runIn+"</p>", "")
	}
	p.para = func(p *zooPrinter, s string) {
		if i := strings.Index(s, "。"); i > 0 && i+len("。") < len(s) {
			s = s[:i+len("。")] + "<br>" + s[i+len("。"):]
		}
		p.emit("<p>"+s+"</p>", "")
	}
	p.item = func(p *zooPrinter, s string) { p.emit("<p>- " + s + "</p>") }
	p.table = func(p *zooPrinter, t *data.Table) {
		zooTabTable(p, t, func(c string) string { return strings.ReplaceAll(c, "\n", "<br>") },
			func(l string, n int) string { return "<b>" + zooCounted(l, n) + "</b>" })
	}
	return p
}
