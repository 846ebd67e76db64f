package loader

import (
	"fmt"
	"strings"
	"testing"

	"gazette/data"
)

// zooKinsoku cuts s into lines of at most w display cells as a typesetter
// does: a closing mark (，。、；：？！）》〕” and the like) never starts a
// line, it hangs at the end of the line before; an opening one (（《〔“)
// never ends a line, it goes on to the next.
func zooKinsoku(s string, w int) []string {
	ls := zooCut(s, w)
	for i := 1; i < len(ls); i++ {
		for ls[i] != "" && strings.ContainsRune(zooClosing, []rune(ls[i])[0]) {
			r := []rune(ls[i])
			ls[i-1] += string(r[0])
			ls[i] = string(r[1:])
		}
		for prev := []rune(ls[i-1]); len(prev) > 1 && strings.ContainsRune(zooOpening, prev[len(prev)-1]); prev = prev[:len(prev)-1] {
			ls[i-1], ls[i] = string(prev[:len(prev)-1]), string(prev[len(prev)-1])+ls[i]
		}
	}
	if n := len(ls); n > 1 && ls[n-1] == "" {
		ls = ls[:n-1]
	}
	return ls
}

// zooClosing are the marks a line may not start with, zooOpening those
// it may not end with.
const (
	zooClosing = "，。、；：？！）》〕」』”’,.;:?!)]"
	zooOpening = "（《〔「『“‘(["
)

// zooPDFMiner prints as pdfminer.six's TextConverter (pdf2txt.py, and
// pdfminer.high_level.extract_text, which most Python pipelines call):
// the page's text boxes in reading order, each box's lines as the PDF
// set them (justified to the text width in display cells, a Latin digit
// half a Han character; the first line of a paragraph two characters
// short for its indent, which is position and prints as no space; no
// line starting with a closing mark), a blank line after every box and
// a form feed after every page. Lines set further apart than half their
// height are boxes of their own, so the body's spacing makes the boxes:
// a third of the issues are set with space after each paragraph (a
// blank line after each), a third with the wide line spacing of
// official documents (a blank line after every line of the body), a
// third with none between paragraphs (the body's run of paragraphs one
// box, a caption, 文号 or signature set apart in boxes of their own). A
// title, in its big font, is one box; so is each cell of a
// table (its lines wrapped at the column's width, a group row's at the
// table's), row after row, an empty cell none. A page's running header
// and its folio (- 3 -) are boxes too, and a paragraph cut by a page
// goes on in a new box.
func zooPDFMiner() *zooPrinter {
	p := zooBase("pdfminer")
	width := 0
	spacing := 0 // zooSpaceAfter, zooSpaceLines or zooSpaceNone
	// A box other than the body's ends the body's run of lines.
	endRun := func(p *zooPrinter) {
		if n := len(p.lines); n > 0 && p.lines[n-1] != "" {
			p.emit("")
		}
	}
	box := func(p *zooPrinter, ls []string) { endRun(p); p.emit(ls...); p.emit("") }
	body := func(p *zooPrinter, ls []string) {
		switch spacing {
		case zooSpaceAfter:
			box(p, ls)
		case zooSpaceLines:
			for _, l := range ls {
				box(p, []string{l})
			}
		default:
			p.emit(ls...)
		}
	}
	setup := func(p *zooPrinter) {
		if width == 0 {
			width, spacing = 28+4*p.rnd.IntN(4), p.rnd.IntN(3)
		}
	}
	para := func(p *zooPrinter, s string) {
		ls := zooKinsoku(s, 2*(width-2))
		if len(ls) > 1 {
			ls = append(ls[:1], zooKinsoku(strings.Join(ls[1:], ""), 2*width)...)
		}
		body(p, ls)
	}
	p.masthead = func(p *zooPrinter, is *data.Issue) {
		setup(p)
		zooPlainMasthead(p, is)
	}
	p.contents = func(p *zooPrinter, is *data.Issue) {
		p.emit("目 录", "")
		zooEntries(p, is, func(e data.ContentsEntry) {
			ls := zooKinsoku(e.Title, 2*(width-4))
			last := ls[len(ls)-1]
			ls[len(ls)-1] = last + strings.Repeat("…", max(2, width-2-zooWidth(last)/2)) + fmt.Sprint(e.Page)
			box(p, ls)
		})
	}
	p.title = func(p *zooPrinter, d *data.Document) {
		setup(p) // a page of no gazette has no masthead
		box(p, zooKinsoku(d.Title, 2*(width-4)))
	}
	p.line = func(p *zooPrinter, s string) {
		if spacing == zooSpaceNone { // set apart from the body around it
			box(p, zooKinsoku(s, 2*width))
			return
		}
		body(p, zooKinsoku(s, 2*width))
	}
	p.para = para
	p.heading = func(p *zooPrinter, s *data.Section, runIn string) { para(p, s.Heading+runIn) }
	p.item = func(p *zooPrinter, s string) { para(p, "• "+s) }
	p.rawTable = zooRawLost
	p.table = func(p *zooPrinter, t *data.Table) { endRun(p); zooMinerTable(p, t, width) }
	p.finish = func(p *zooPrinter, is *data.Issue) string {
		header := ""
		if zooIsGazette(is) {
			header = is.Title
		}
		out := zooMinerPages(p.lines, 44, header)
		width = 0
		return out
	}
	return p
}

// The spacing of an issue's body, which makes pdfminer's text boxes.
const (
	zooSpaceAfter = iota // space after each paragraph: a box each
	zooSpaceLines        // wide line spacing: every line a box
	zooSpaceNone         // no space between paragraphs: the run of them one box
)

// zooMinerTable prints a table's cells as text boxes, row after row: a
// cell's lines wrapped at its column's width (a third of the text's
// width, as most columns are), a group row's at the text's width; an
// empty cell prints no box.
func zooMinerTable(p *zooPrinter, t *data.Table, width int) {
	cell := func(x string, w int) {
		if x == "" {
			return
		}
		var ls []string
		for _, l := range strings.Split(x, "\n") {
			ls = append(ls, zooKinsoku(l, 2*w)...)
		}
		p.emit(ls...)
		p.emit("")
	}
	narrow := max(6, width/3)
	for _, h := range zooHeaderRows(t.Columns) {
		for _, c := range h {
			cell(c, narrow)
		}
	}
	zooRows(t, func(l string, n int) { cell(zooCounted(l, n), width) }, func(cells []string) {
		for _, c := range cells {
			cell(c, narrow)
		}
	})
}

// zooMinerPages cuts the printed lines into pages of about n lines, each
// opening with the running header's box and closing with the folio's,
// then a form feed; a box cut by the page break goes on in a new box.
func zooMinerPages(ls []string, n int, header string) string {
	var b strings.Builder
	page, count := 1, 0
	for i, l := range ls {
		if l == "" && i > 0 && ls[i-1] == "" {
			continue // the walk's blank line after a table: no box
		}
		if count >= n && l != "" {
			if ls[i-1] != "" {
				b.WriteString("\n")
			}
			fmt.Fprintf(&b, "- %d -\n\n\f", page)
			page, count = page+1, 0
			if header != "" {
				b.WriteString(header + "\n\n")
			}
		}
		b.WriteString(l + "\n")
		count++
	}
	fmt.Fprintf(&b, "- %d -\n\n\f", page)
	return b.String()
}

// TestZooPDFMiner pins what the pdfminer style imitates: a typesetter's
// line breaks (no closing mark starts a line, no opening one ends it)
// and pdfminer's output of a page, a blank line after every text box and
// a form feed after the folio's box.
func TestZooPDFMiner(t *testing.T) {
	for _, c := range []struct {
		s    string
		w    int
		want string
	}{
		{"确保落实。推进", 8, "确保落实。/推进"},
		{"推进《办法》施行", 6, "推进/《办法》/施行"},
	} {
		if got := strings.Join(zooKinsoku(c.s, c.w), "/"); got != c.want {
			t.Errorf("line breaks of %q at %d cells: %q, want %q", c.s, c.w, got, c.want)
		}
	}
	page := zooMinerPages([]string{"标题", "", "第一行", "第二行", ""}, 3, "某市人民政府公报")
	if want := "标题\n\n第一行\n\n- 1 -\n\n\f某市人民政府公报\n\n第二行\n\n- 2 -\n\n\f"; page != want {
		t.Errorf("pages:\n%q\nwant\n%q", page, want)
	}
}
