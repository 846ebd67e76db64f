package loader

import (
	"fmt"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"

	"gazette/data"
)

// zooOffice prints as LibreOffice's plain-text export of the issue's
// .docx (soffice --convert-to txt): every paragraph on one line however
// long, no blank line between paragraphs (Word's space after a
// paragraph is formatting, not an empty paragraph), the contents page
// as Word's table of contents field prints, title<TAB>page; a list's
// automatic bullets and numbers lost, its items bare lines; a table's
// cells one a line, row after row with nothing between, an empty cell
// an empty line, a cell's own paragraphs on lines of their own and a
// cell covered by a merged one left out; a third of the issues saved on
// Chinese Windows in its code page (GBK, CR LF line ends), a third there
// as UTF-8 (a byte-order mark, CR LF), a third on Linux (UTF-8, LF).
func zooOffice() *zooPrinter {
	p := zooBase("office")
	one := func(p *zooPrinter, s string) { p.emit(s) }
	p.masthead = func(p *zooPrinter, is *data.Issue) {
		zooPlainMasthead(p, is)
		p.lines = slicesWithout(p.lines, "")
	}
	p.contents = func(p *zooPrinter, is *data.Issue) {
		p.emit("目  录")
		zooEntries(p, is, func(e data.ContentsEntry) { p.emit(fmt.Sprintf("%s\t%d", e.Title, e.Page)) })
	}
	p.title = func(p *zooPrinter, d *data.Document) { p.emit(d.Title) }
	p.line, p.para, p.item = one, one, one
	p.heading = func(p *zooPrinter, s *data.Section, runIn string) { p.emit(s.Heading + runIn) }
	p.rawTable = zooOfficeLost
	p.table = func(p *zooPrinter, t *data.Table) {
		hs := zooHeaderRows(t.Columns)
		for i, h := range hs {
			for c, span := range zooHeaderSpans(t.Columns, i, len(hs)) {
				if span > 0 && (i == 0 || strings.Contains(t.Columns[c], "/")) {
					p.emit(h[c])
				}
			}
		}
		g := -1
		for _, r := range t.Records {
			for ; r.Group > g; g++ {
				if g+1 < len(t.Groups) {
					p.emit(zooCounted(t.Groups[g+1], zooGroupSize(t, g+1)))
				}
			}
			for _, c := range r.Cells {
				switch {
				case c.Inherited:
				case c.Text == "":
					p.emit(zooEmptyCell)
				default:
					p.emit(strings.Split(c.Text, "\n")...)
				}
			}
		}
	}
	p.finish = func(p *zooPrinter, is *data.Issue) string {
		ls := slicesWithout(p.lines, "")
		for i, l := range ls {
			if l == zooEmptyCell {
				ls[i] = ""
			}
		}
		switch p.rnd.IntN(3) {
		case 0: // Windows, the system's code page (936: GBK)
			out, err := simplifiedchinese.GB18030.NewEncoder().String(strings.Join(ls, "\r\n") + "\r\n")
			if err != nil {
				panic(err) // GB18030 encodes every character
			}
			return out
		case 1: // Windows, encoded as UTF-8
			return "\ufeff" + strings.Join(ls, "\r\n") + "\r\n"
		}
		return strings.Join(ls, "\n") + "\n"
	}
	return p
}

// zooOfficeLost reports whether the office style's print of a table, one
// cell a line, loses what rebuilding it needs, so that only a raw block
// is right: the records are told apart by their numbers (a 序号 first
// column, a group row carrying its count) and a record's cells by their
// count, so a table without numbers is lost, and so is one with a cell
// of several lines (but lines of label：value, which read as one) or a
// cell left out under a merged one (which lines make which cell is gone), an empty cell (its empty line is no line to
// a reader of the flattened cells) or a header over two rows (which
// names share a top one is gone).
func zooOfficeLost(t *data.Table, _ *data.Block) bool {
	if len(t.Columns) == 0 || t.Columns[0] != "序号" || len(t.Records) == 0 ||
		strings.Contains(strings.Join(t.Columns, ""), "/") {
		return true
	}
	for _, r := range t.Records {
		for _, c := range r.Cells {
			if c.Inherited || trim(c.Text) == "" || strings.Contains(c.Text, "\n") && !zooLabelled(c.Text) {
				return true
			}
		}
	}
	return false
}

// zooLabelled reports whether every line of a cell is "label：value"
// (牵头单位：… / 配合单位：…): lines that a reader takes as one cell.
func zooLabelled(c string) bool {
	for _, l := range strings.Split(c, "\n") {
		label, _, ok := strings.Cut(l, "：")
		if !ok || len([]rune(label)) > 6 {
			return false
		}
	}
	return true
}

// zooEmptyCell stands for an empty cell's line until the blank lines
// the shared walk puts between elements are taken out.
const zooEmptyCell = "\x00"

// slicesWithout returns ls without the lines equal to drop.
func slicesWithout(ls []string, drop string) []string {
	out := ls[:0:0]
	for _, l := range ls {
		if l != drop {
			out = append(out, l)
		}
	}
	return out
}
