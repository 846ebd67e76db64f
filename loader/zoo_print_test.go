package loader

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"gazette/data"
)

// zooPrinter prints a document tree as one converter family prints an
// issue. The walk over the tree is shared; each style sets the hooks
// that print one kind of element, and finish, which turns the lines into
// the file (page layout, character substitution).
type zooPrinter struct {
	name string
	// single: the style is a web page holding one document (the first).
	single bool
	// marks: unnumbered headings carry a mark (#, <b>) that keeps them
	// headings; without one they read as text.
	marks bool
	// rawTable, when set, tells which tables the style prints in a shape
	// that cannot be rebuilt, so the loader rightly keeps them raw; next
	// is the block printed after the table in its section, or nil.
	rawTable func(t *data.Table, next *data.Block) bool
	// prepare, when set, gives the tree the style prints and expects
	// back in place of the given one (a probe of one feature).
	prepare func(is *data.Issue) *data.Issue

	masthead func(p *zooPrinter, is *data.Issue)
	contents func(p *zooPrinter, is *data.Issue)
	title    func(p *zooPrinter, d *data.Document)
	line     func(p *zooPrinter, s string) // a short line: 文号, 主送, signature, labels
	heading  func(p *zooPrinter, s *data.Section, runIn string)
	para     func(p *zooPrinter, s string)
	item     func(p *zooPrinter, s string)
	table    func(p *zooPrinter, t *data.Table)
	end      func(p *zooPrinter, d *data.Document) // after a document's last line; may be nil
	finish   func(p *zooPrinter, is *data.Issue) string

	rnd    *rand.Rand
	lines  []string
	doc    *data.Document // the document being printed
	tables int            // tables printed so far (for 表N and 专栏N captions)
}

// isNumber reports whether s is the 文号 of the document being printed.
func (p *zooPrinter) isNumber(s string) bool { return p.doc != nil && s != "" && s == p.doc.Number }

// emit appends lines to the output.
func (p *zooPrinter) emit(ls ...string) { p.lines = append(p.lines, ls...) }

// zooBase returns a printer with the plain-text hooks every style starts
// from: one line per paragraph, a blank line after each element, tables
// tab-separated.
func zooBase(name string) *zooPrinter {
	return &zooPrinter{
		name:     name,
		masthead: zooPlainMasthead,
		contents: zooPlainContents,
		title:    func(p *zooPrinter, d *data.Document) { p.emit(d.Title, "") },
		line:     func(p *zooPrinter, s string) { p.emit(s, "") },
		heading: func(p *zooPrinter, s *data.Section, runIn string) {
			p.emit(s.Heading+runIn, "")
		},
		para:   func(p *zooPrinter, s string) { p.emit(s, "") },
		item:   func(p *zooPrinter, s string) { p.emit("- " + s) },
		table:  func(p *zooPrinter, t *data.Table) { zooTabTable(p, t, zooParaCell, zooCounted) },
		finish: func(p *zooPrinter, is *data.Issue) string { return strings.Join(p.lines, "\n") + "\n" },
	}
}

// print prints the issue.
func (p *zooPrinter) print(is *data.Issue) string {
	p.lines, p.tables = p.lines[:0], 0
	p.rnd = rand.New(rand.NewPCG(uint64(len(is.Documents)), uint64(len(p.name))))
	docs := is.Documents
	if p.single && len(docs) > 1 {
		docs = docs[:1]
	}
	if zooIsGazette(is) {
		p.masthead(p, is)
		if len(is.Contents) > 0 && !p.single {
			p.contents(p, is)
		}
	}
	for _, d := range docs {
		p.document(d)
	}
	return p.finish(p, is)
}

// zooIsGazette reports whether the issue has a gazette's masthead (a web
// page's tree is titled by its one document).
func zooIsGazette(is *data.Issue) bool { return strings.HasSuffix(is.Title, "公报") }

// document prints the title block, body, signature and attachments.
func (p *zooPrinter) document(d *data.Document) {
	p.doc = d
	if name, serial, ok := strings.Cut(d.Number, "令第"); ok && !p.single {
		p.decreeHead(name+"令", "第"+serial)
	} else {
		p.title(p, d)
	}
	if d.Kind == data.KindChronicle {
		p.blocks(d.Blocks, "")
		p.sections(d.Sections)
		return
	}
	if d.Number != "" && !strings.Contains(d.Number, "令第") {
		p.line(p, d.Number)
	}
	if d.Recipients != "" {
		p.line(p, d.Recipients)
	}
	body, atts := zooSplitAttachments(d)
	p.blocks(d.Blocks, "")
	p.sections(body)
	if d.Date != "" {
		if d.Issuer != "" {
			p.line(p, d.Issuer)
		}
		p.line(p, zooDate(d.Date))
	}
	for _, a := range atts {
		if a.Numbering != "" {
			p.line(p, a.Numbering)
		}
		if a.Heading != a.Numbering { // a label alone has no title line
			p.heading(p, &data.Section{Heading: a.Heading, Level: 1}, "")
		}
		p.blocks(a.Blocks, a.Heading)
		p.sections(a.Sections)
	}
	if p.end != nil {
		p.end(p, d)
	}
}

// decreeHead prints a decree's head where a title goes: its name, and
// its 第N号 on the next line (maybe spaced: 第 5 号) or after the name.
func (p *zooPrinter) decreeHead(name, serial string) {
	switch p.rnd.IntN(3) {
	case 0:
		p.title(p, &data.Document{Kind: data.KindDocument, Title: name})
		p.line(p, serial)
	case 1:
		p.title(p, &data.Document{Kind: data.KindDocument, Title: name})
		p.line(p, zooSpacing(serial))
	default:
		p.title(p, &data.Document{Kind: data.KindDocument, Title: name + "  " + serial})
	}
}

// zooSplitAttachments splits a document's top-level sections into the
// body's and the attachments (from the first section labelled 附件/附录
// or titled as one of the document's attachments).
func zooSplitAttachments(d *data.Document) (body, atts []*data.Section) {
	for i, s := range d.Sections {
		if strings.HasPrefix(s.Numbering, "附") || slices.Contains(d.Attachments, s.Heading) ||
			s.Numbering == "" && i > 0 && d.Date != "" {
			return d.Sections[:i], d.Sections[i:]
		}
	}
	return d.Sections, nil
}

// zooDate prints 2022-01-13 as 2022年1月13日.
func zooDate(iso string) string {
	var y, m, d int
	fmt.Sscanf(iso, "%d-%d-%d", &y, &m, &d)
	return fmt.Sprintf("%d年%d月%d日", y, m, d)
}

func (p *zooPrinter) sections(secs []*data.Section) {
	for _, s := range secs {
		bs := s.Blocks
		runIn := ""
		// A heading ending at its 。 (or an article's token) with a
		// paragraph on its own line is printed run-in, as gazettes do.
		if len(bs) > 0 && bs[0].Kind == data.Paragraph && (s.Line == 0 || bs[0].Line == s.Line) &&
			(strings.HasSuffix(s.Heading, "。") || s.Heading == s.Numbering && strings.HasSuffix(s.Heading, "条")) {
			runIn = bs[0].Text
			if s.Heading == s.Numbering {
				runIn = " " + runIn
			}
			bs = bs[1:]
		}
		h := *s
		if s.Numbering != "" && strings.Trim(s.Numbering, "0123456789") == "" {
			h.Heading = s.Numbering + " " + strings.TrimPrefix(s.Heading, s.Numbering) // 1 总则
		}
		p.heading(p, &h, runIn)
		p.blocks(bs, s.Heading)
		p.sections(s.Sections)
	}
}

// blocks prints body blocks; heading is the enclosing section's, which a
// table takes as its caption when none is printed.
func (p *zooPrinter) blocks(bs []data.Block, heading string) {
	for _, b := range bs {
		switch b.Kind {
		case data.Paragraph:
			p.para(p, b.Text)
		case data.List:
			for _, it := range b.Items {
				p.item(p, it)
			}
			p.emit("")
		case data.TableBlock:
			if c := b.Table.Caption; c != "" && c != heading {
				p.line(p, c)
			}
			p.tables++
			p.table(p, b.Table)
			p.emit("")
		case data.Raw:
			// A raw block holding tab rows is a table the loader could
			// not rebuild, its rows' trailing empty cells gone from the
			// tree: it cannot be printed as its source was, and no
			// aspect compares its text, so it is left out.
			if !strings.Contains(b.Text, "\t") {
				p.emit(strings.Split(b.Text, "\n")...)
				p.emit("")
			}
		}
	}
}

// zooPlainMasthead prints the cover: name, year and issue, frequency, date
// and publisher.
func zooPlainMasthead(p *zooPrinter, is *data.Issue) {
	p.emit(is.Title, "")
	if is.Year > 0 {
		p.emit(fmt.Sprint(is.Year), "")
	}
	if is.Number > 0 {
		s := fmt.Sprintf("第%d期", is.Number)
		if is.TotalNumber > 0 {
			s += fmt.Sprintf("(总第%d期)", is.TotalNumber)
		}
		p.emit(s, "")
	}
	if is.Frequency != "" {
		p.emit("("+is.Frequency+")", "")
	}
	if is.Publisher != "" {
		p.emit("主办单位:", "", is.Publisher, "")
	}
	if is.Date != "" {
		p.emit(zooDate(is.Date)+"出版", "")
	}
}

// zooPlainContents prints 目 录, the categories and each entry with its page
// number glued to the title (plain PDF text).
func zooPlainContents(p *zooPrinter, is *data.Issue) {
	p.emit("目 录", "")
	zooEntries(p, is, func(e data.ContentsEntry) { p.emit(e.Title+fmt.Sprint(e.Page), "") })
}

// zooEntries prints each category line (through cat, or as is) once and
// each entry through entry.
func zooEntries(p *zooPrinter, is *data.Issue, entry func(e data.ContentsEntry), cat ...func(string) string) {
	last := "\x00"
	for _, e := range is.Contents {
		if e.Category != last && e.Category != "" {
			c := e.Category
			if len(cat) > 0 {
				c = cat[0](c)
			}
			p.emit(c, "")
		}
		last = e.Category
		entry(e)
	}
}

// zooTabTable prints a table one row per line, cells separated by tabs;
// cell shapes a cell (its "\n" line breaks) and group a group label.
func zooTabTable(p *zooPrinter, t *data.Table, cell func(string) string, group func(string, int) string) {
	for _, h := range zooHeaderRows(t.Columns) {
		p.emit(strings.Join(h, "\t"))
	}
	zooRows(t, func(label string, n int) {
		p.emit(group(label, n) + strings.Repeat("\t", len(t.Columns)-1))
	}, func(cells []string) {
		for i, c := range cells {
			cells[i] = cell(c)
		}
		p.emit(strings.Join(cells, "\t"))
	})
}

// zooParaCell joins a cell's lines as <p>…</p> <p>…</p>, as PDF converters do.
func zooParaCell(c string) string {
	if !strings.Contains(c, "\n") {
		return c
	}
	return "<p>" + strings.ReplaceAll(c, "\n", "</p> <p>") + "</p>"
}

// zooCounted prints a group label with its record count: 一、……（共6项）.
func zooCounted(label string, n int) string { return fmt.Sprintf("%s（共%d项）", label, n) }

// zooHeaderRows returns the printed header rows: one, or two when column
// names hold "top/sub" (the top printed once over the columns it spans).
// A table whose columns are all unnamed prints no header.
func zooHeaderRows(cols []string) [][]string {
	named, two := false, false
	for _, c := range cols {
		named = named || c != ""
		two = two || strings.Contains(c, "/")
	}
	if !named {
		return nil
	}
	if !two {
		return [][]string{append([]string(nil), cols...)}
	}
	top, sub := make([]string, len(cols)), make([]string, len(cols))
	prev := ""
	for i, c := range cols {
		t, s, _ := strings.Cut(c, "/")
		if t != prev || s == "" {
			top[i] = t
		}
		sub[i], prev = s, t
	}
	return [][]string{top, sub}
}

// zooRows walks a table's rows in printed order: a group row (label and
// record count) before the first record of each group, then each
// record's cells as printed (the cells a record inherits from a merged
// cell are empty).
func zooRows(t *data.Table, group func(label string, n int), record func(cells []string)) {
	g := -1
	for _, r := range t.Records {
		for r.Group > g {
			g++
			if g < len(t.Groups) {
				n := 0
				for _, x := range t.Records {
					if x.Group == g && !x.Continuation {
						n++
					}
				}
				group(t.Groups[g], n)
			}
		}
		cells := make([]string, len(r.Cells))
		for i, c := range r.Cells {
			if !c.Inherited {
				cells[i] = c.Text
			}
		}
		record(cells)
	}
}
