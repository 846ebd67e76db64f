package loader

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"gazette/data"
)

// zooHTML2Text prints as Python's html2text turns the HTML edition of an
// issue into markdown (its defaults): "#" for the <h1>–<h3> a page sets
// its titles in, or **…** for the <strong> most pages use; a blank line
// after each paragraph, which textwrap wraps at 78 characters (runes) at
// its ASCII spaces only, never inside a run of Han characters, the
// continuation not indented; a full-width space collapsed to one space
// (Python's \s takes it) and leading white space dropped; "  * " list
// items; markdown escaped at the start of every run of text (a
// paragraph, a heading, a list item, a cell): "1. " as "1\. ", "- " as
// "\- ", "+ " as "\+ ", and a backslash before punctuation doubled;
// tables as rows of cells parted by "| " (a space before it when the
// page's HTML has white space between its cells, none when it is
// minified) with a ---|--- rule under the first row, no outer pipes,
// every row's line ending in two spaces (the soft break html2text writes
// at </tr>), a <br> in a cell breaking the row over lines each ending in
// two spaces too, a line without " | " (a minified row, a group row, a
// cell's line) wrapped as a paragraph, a cell covered by a merged one
// left out, a group row one cell.
func zooHTML2Text() *zooPrinter {
	p := zooBase("html2text")
	p.marks = true
	// wrapRaw wraps a paragraph whose runs of text are escaped.
	wrapRaw := func(p *zooPrinter, s string) { p.emit(zooTextwrap(s, 78)...); p.emit("") }
	wrap := func(p *zooPrinter, s string) { wrapRaw(p, zooH2TEscape(zooH2TSpace(s))) }
	p.masthead = func(p *zooPrinter, is *data.Issue) {
		p.emit("# "+is.Title, "")
		s := fmt.Sprintf("%d年第%d期", is.Year, is.Number)
		if is.TotalNumber > 0 {
			s += fmt.Sprintf("（总第%d期）", is.TotalNumber)
		}
		wrap(p, s)
		if is.Frequency != "" {
			wrap(p, "（"+is.Frequency+"）")
		}
		if is.Publisher != "" {
			wrap(p, "主办单位："+is.Publisher)
		}
		if is.Date != "" {
			wrap(p, zooDate(is.Date)+"出版")
		}
	}
	p.contents = func(p *zooPrinter, is *data.Issue) {
		p.emit("## 目录", "")
		zooEntries(p, is, func(e data.ContentsEntry) { wrap(p, fmt.Sprintf("%s……%d", e.Title, e.Page)) },
			func(c string) string { return "**" + c + "**" })
	}
	p.title = func(p *zooPrinter, d *data.Document) {
		if p.rnd.IntN(2) == 0 {
			p.emit(strings.Repeat("#", 1+p.rnd.IntN(2))+" "+zooH2TEscape(zooH2TSpace(d.Title)), "")
			return
		}
		p.emit("**"+zooH2TEscape(zooH2TSpace(d.Title))+"**", "")
	}
	p.line = wrap
	p.para = wrap
	p.heading = func(p *zooPrinter, s *data.Section, runIn string) {
		h := zooH2TEscape(zooH2TSpace(s.Heading))
		switch {
		case s.Numbering != "" && p.rnd.IntN(4) == 0: // set in the paragraph's own type
			wrap(p, s.Heading+runIn)
		case p.rnd.IntN(4) == 0 && runIn == "":
			p.emit("### "+h, "")
		default:
			wrapRaw(p, "**"+h+"**"+zooH2TEscape(zooH2TSpace(runIn)))
		}
	}
	p.item = func(p *zooPrinter, s string) { p.emit("  * " + zooH2TEscape(zooH2TSpace(s))) }
	p.table = zooH2TTable
	return p
}

// zooH2TTable prints a table as html2text does.
func zooH2TTable(p *zooPrinter, t *data.Table) {
	sep := " | "
	if p.rnd.IntN(3) == 0 {
		sep = "| " // minified HTML: no white space between </td> and <td>
	}
	rows := 0
	row := func(cells []string) {
		var out []string
		for _, c := range cells {
			ls := strings.Split(zooH2TSpace(c), "\n")
			for k, l := range ls {
				ls[k] = zooH2TEscape(l) // each line of a cell is a run of text of its own
			}
			out = append(out, strings.Join(ls, "\n"))
		}
		// Each line ends in two spaces (a <br>'s, or the soft break at
		// </tr>); optwrap leaves a line holding " | " as it is (html2text's
		// RE_TABLE) and wraps any other as a paragraph, keeping its two
		// spaces at the end.
		for _, l := range strings.Split(strings.Join(out, sep), "\n") {
			if strings.Contains(l, " | ") {
				p.emit(l + "  ")
				continue
			}
			w := zooTextwrap(l, 78)
			w[len(w)-1] += "  "
			p.emit(w...)
		}
		if rows++; rows == 1 {
			p.emit(strings.Repeat("---|", len(cells)-1) + "---  ")
		}
	}
	hs := zooHeaderRows(t.Columns)
	for i, h := range hs {
		var cells []string
		for c, span := range zooHeaderSpans(t.Columns, i, len(hs)) {
			if span > 0 && (i == 0 || strings.Contains(t.Columns[c], "/")) {
				cells = append(cells, h[c])
			}
		}
		row(cells)
	}
	g := -1
	for _, r := range t.Records {
		for ; r.Group > g; g++ {
			if g+1 < len(t.Groups) {
				row([]string{zooCounted(t.Groups[g+1], zooGroupSize(t, g+1))})
			}
		}
		var kept []string
		for _, c := range r.Cells {
			if !c.Inherited {
				kept = append(kept, c.Text)
			}
		}
		row(kept)
	}
}

// zooH2TSpace collapses white space as html2text does: any run of
// Unicode white space (the full-width space too) becomes one space, and
// a line's leading and trailing spaces go.
func zooH2TSpace(s string) string {
	ls := strings.Split(s, "\n")
	for i, l := range ls {
		ls[i] = strings.Join(strings.Fields(strings.ReplaceAll(l, "\u3000", " ")), " ")
	}
	return strings.Join(ls, "\n")
}

// zooH2TEscape escapes a run of text as html2text's escape_md_section
// does (without escape_snob): a backslash before a character markdown
// escapes is doubled, and at the run's start a number and a dot before
// white space (1. ), a plus before white space, or a dash before white
// space or another dash gets a backslash.
func zooH2TEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!", s[i+1]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	s = b.String()
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	space := func(k int) bool { return k < len(s) && (s[k] == ' ' || s[k] == '\t') }
	switch {
	case digits > 0 && digits < len(s) && s[digits] == '.' && space(digits+1):
		return s[:digits] + `\` + s[digits:]
	case strings.HasPrefix(s, "+") && space(1), strings.HasPrefix(s, "-") && (space(1) || strings.HasPrefix(s, "--")):
		return `\` + s
	}
	return s
}

// zooTextwrap wraps s as Python's textwrap.wrap(s, width,
// break_long_words=False): at ASCII spaces only, lines of at most width
// characters unless one word is longer, the spaces at a break dropped.
func zooTextwrap(s string, width int) []string {
	var out []string
	cur := ""
	for _, w := range strings.Split(s, " ") {
		if w == "" {
			continue
		}
		switch {
		case cur == "":
			cur = w
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) <= width:
			cur += " " + w
		default:
			out = append(out, cur)
			cur = w
		}
	}
	return append(out, cur)
}

// TestZooWebPrinters pins the quirks the html2text, lynx and office
// styles imitate.
func TestZooWebPrinters(t *testing.T) {
	han := strings.Repeat("推进", 50)
	if got := zooTextwrap(han+" 2024 "+han, 78); len(got) != 3 || got[0] != han || got[1] != "2024" {
		t.Errorf("textwrap breaks at ASCII spaces only: %q", got)
	}
	if got := zooTextwrap(strings.Repeat("ab ", 40), 78); len(got) != 2 || len(got[0]) != 77 {
		t.Errorf("textwrap at 78 characters: %q", got)
	}
	tab := &data.Table{Columns: []string{"序号", "任务", "单位"}, Groups: []string{"一、加快发展"},
		Records: []data.Record{zooRecord(0, "1", "推进\n第二行", "市财政局"), zooRecord(0, "", "", "市农业农村局")}}
	tab.Records[1].Continuation = true
	tab.Records[1].Cells[0].Inherited, tab.Records[1].Cells[1].Inherited = true, true
	p := zooHTML2Text()
	p.rnd = rand.New(rand.NewPCG(1, 1))
	p.lines = nil
	zooH2TTable(p, tab)
	// What html2text (2020.1.16, Debian's) writes for the table as HTML
	// with white space between its cells: every line ends in two spaces.
	want := "序号 | 任务 | 单位  \n---|---|---  \n一、加快发展（共1项）  \n1 | 推进  \n第二行 | 市财政局  \n市农业农村局  "
	if got := strings.Join(p.lines, "\n"); got != want && got != strings.ReplaceAll(want, " |", "|") {
		t.Errorf("html2text table:\n%s\nwant:\n%s", got, want)
	}
	// What html2text escapes at the start of a run of text, and what not.
	for in, want := range map[string]string{"1. 完成": `1\. 完成`, "- 破折": `\- 破折`, "+ 加": `\+ 加`, "--": `\--`,
		"2024.5 年": "2024.5 年", "1.提升": "1.提升", `a\.b`: `a\\.b`} {
		if got := zooH2TEscape(in); got != want {
			t.Errorf("html2text escapes %q as %q, want %q", in, got, want)
		}
	}
	if got := zooLynxWrap(strings.Repeat("字", 50), "   "); len(got) != 2 || zooWidth(got[0]) != 77 || got[1] != "   "+strings.Repeat("字", 13) {
		t.Errorf("lynx wraps at 78 columns, a Han character two: %q", got)
	}
	if got := zooLynxWrap(strings.Repeat("字", 35)+"abc12345", "   "); len(got) != 2 || got[1] != "   abc12345" {
		t.Errorf("lynx never cuts a Latin word: %q", got)
	}
	o := zooOffice()
	o.lines = nil
	o.table(o, &data.Table{Columns: []string{"序号", "单位"}, Records: []data.Record{zooRecord(-1, "1", "")}})
	if got := strings.Join(o.lines, "|"); got != "序号|单位|1|"+zooEmptyCell {
		t.Errorf("office table: %q", got)
	}
}
