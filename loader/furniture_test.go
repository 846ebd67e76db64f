package loader

import (
	"fmt"
	"strings"
	"testing"

	"gazette/data"
)

// TestPageNumber: every printed form of a page number, and lines that
// are not one.
func TestPageNumber(t *testing.T) {
	cases := []struct {
		in        string
		n         int
		decorated bool
		ok        bool
	}{
		{"— 2 —", 2, true, true},
		{"—2—", 2, true, true},
		{"- 2 -", 2, true, true},
		{"－12－", 12, true, true},
		{"·3·", 3, true, true},
		{"第2页", 2, true, true},
		{"第 2 页 共 30 页", 2, true, true},
		{"第2页，共30页", 2, true, true},
		{"7/30", 7, true, true},
		{"Page 4 of 12", 4, true, true}, // a PDF printer's footer
		{"page 4", 4, true, true},
		{"PAGE 4 OF 12", 4, true, true},
		{"Page 4 to 12", 0, false, false},
		{"Pages 4", 0, false, false},
		{"Plan 4", 0, false, false},
		{"  15", 15, false, true},
		{"- 2", 0, false, false},      // a list item
		{"2.", 0, false, false},       // a numbered item
		{"第二页", 0, false, false},      // not digits
		{"第2页内容", 0, false, false},    // text
		{"2022年第2期", 0, false, false}, // an issue, not a page
		{"12345", 0, false, false},    // too long for a page
		{"", 0, false, false},
	}
	for _, c := range cases {
		n, dec, ok := pageNumber(c.in)
		if n != c.n || dec != c.decorated || ok != c.ok {
			t.Errorf("pageNumber(%q) = %d %v %v, want %d %v %v", c.in, n, dec, ok, c.n, c.decorated, c.ok)
		}
	}
}

// printedPages lays body lines out on pages of perPage lines with the
// given furniture around each page, the way a PDF-to-text converter
// prints them.
func printedPages(body []string, perPage int, header, footer func(p int) string, ff bool) string {
	var b strings.Builder
	for p := 0; p*perPage < len(body); p++ {
		if p > 0 && ff {
			b.WriteString("\f")
		}
		if h := header(p + 1); h != "" {
			b.WriteString(h + "\n\n")
		}
		for _, l := range body[p*perPage : min(len(body), (p+1)*perPage)] {
			b.WriteString(l + "\n")
		}
		if f := footer(p + 1); f != "" {
			b.WriteString("\n" + f + "\n")
		}
	}
	return b.String()
}

// furnitureBody is one document whose paragraphs, list items and table
// rows are wrapped over lines: page breaks fall inside them.
func furnitureBody() (lines []string, paras []string) {
	lines = []string{"关于印发某市工作方案的通知", "", "某政发〔2024〕3号", "", "各区县人民政府:", ""}
	for p := 1; p <= 12; p++ {
		text := strings.Repeat("第"+string([]rune("一二三四五六七八九十甲乙")[p-1])+"段的内容写在这里并且继续写下去", 3) + "。"
		r := []rune(text)
		for len(r) > 0 {
			n := min(20, len(r))
			lines = append(lines, string(r[:n]))
			r = r[n:]
		}
		lines = append(lines, "")
		paras = append(paras, text)
	}
	return lines, paras
}

// TestFurniture: headers, footers and form feeds in every printed form
// are removed, and the paragraphs they cut come back whole.
func TestFurniture(t *testing.T) {
	name := "某市人民政府公报"
	none := func(int) string { return "" }
	cases := []struct {
		name           string
		header, footer func(p int) string
		ff             bool
		per            int
	}{
		{"em dash footer", none, func(p int) string { return fmt.Sprintf("— %d —", p) }, false, 9},
		{"tight em dash footer, form feeds", none, func(p int) string { return fmt.Sprintf("—%d—", p) }, true, 7},
		{"hyphen footer", none, func(p int) string { return fmt.Sprintf("- %d -", p) }, false, 11},
		{"第N页", none, func(p int) string { return fmt.Sprintf("第%d页", p) }, false, 8},
		{"第N页 共M页", none, func(p int) string { return fmt.Sprintf("第 %d 页 共 30 页", p) }, false, 10},
		{"bare number and form feed", none, func(p int) string { return fmt.Sprint(p) }, true, 9},
		{"bare number, long pages", none, func(p int) string { return fmt.Sprint(p + 4) }, false, 23},
		{"name header and footer", func(int) string { return name }, func(p int) string { return fmt.Sprintf("— %d —", p) }, false, 9},
		{"name and issue header, form feeds", func(int) string { return name + "  2024年第3期" }, none, true, 8},
		{"alternating headers", func(p int) string {
			if p%2 == 0 {
				return "2024年第3期（总第40期）"
			}
			return name
		}, func(p int) string { return fmt.Sprintf("·%d·", p) }, false, 12},
		{"header only, form feeds", func(int) string { return "政务公开专栏" }, none, true, 10},
		{"form feeds alone", none, func(int) string { return "\f" }, false, 8},
	}
	body, paras := furnitureBody()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := name + "\n\n2024年第3期\n\n" + printedPages(body, c.per, c.header, c.footer, c.ff)
			is, err := Parse("f", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if len(is.Documents) != 1 {
				t.Fatalf("%d documents", len(is.Documents))
			}
			d := is.Documents[0]
			var got []string
			for _, b := range allBlocks(d) {
				if b.Kind != data.Paragraph {
					t.Errorf("%v block at line %d: %q", b.Kind, b.Line, b.Text)
				}
				got = append(got, b.Text)
			}
			if strings.Join(got, "\n") != strings.Join(paras, "\n") {
				t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(paras, "\n"))
			}
			if len(d.Sections) != 0 || len(d.Attachments) != 0 {
				t.Errorf("furniture became sections %v or attachments %q", d.Sections, d.Attachments)
			}
			if is.Title != name {
				t.Errorf("issue title %q", is.Title)
			}
			if !hasWarning(is, "page furniture") && !hasWarning(is, "form feeds") {
				t.Errorf("removal not reported: %v", is.Warnings)
			}
		})
	}
}

// TestTwoPageHeader: the name and issue printed at the top of both pages
// of a two-page issue — at the top of the file and once after a page
// edge — are furniture on the second page and the masthead on the first.
func TestTwoPageHeader(t *testing.T) {
	name := "某市人民政府公报"
	body, paras := furnitureBody()
	body = append([]string{name, "", "2024年第3期", ""}, body...)
	src := printedPages(body, 40, func(int) string { return name + "  2024年第3期" },
		func(p int) string { return fmt.Sprintf("— %d —", p) }, true)
	is, err := Parse("f", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range allBlocks(is.Documents[0]) {
		got = append(got, b.Text)
	}
	if strings.Join(got, "\n") != strings.Join(paras, "\n") || len(is.Documents[0].Sections) != 0 {
		t.Errorf("paragraphs:\n%s\nwant:\n%s\nsections %v", strings.Join(got, "\n"), strings.Join(paras, "\n"), is.Documents[0].Sections)
	}
	if is.Title != name || is.Documents[0].Title != "关于印发某市工作方案的通知" {
		t.Errorf("issue title %q, document title %q", is.Title, is.Documents[0].Title)
	}
}

// TestHeadingAtPageTops: a heading that opens three pages of five and
// stands inside a fourth is text, not a running header; so is a numbered
// heading that opens three pages of five and stands nowhere else.
func TestHeadingAtPageTops(t *testing.T) {
	for _, c := range []struct {
		heading string
		inside  bool // the heading also stands inside page 4
	}{{"第一章总则", true}, {"（一）健全工作机制", false}, {"第一章总则", false}} {
		var b strings.Builder
		for p := 1; p <= 5; p++ {
			if p == 2 || p == 3 || p == 5 {
				b.WriteString(c.heading + "\n\n")
			}
			for k := 0; k < 8; k++ {
				if c.inside && p == 4 && k == 4 {
					b.WriteString(c.heading + "\n\n")
				}
				b.WriteString(fmt.Sprintf("第%d页的第%d段文字。\n\n", p, k))
			}
			b.WriteString(fmt.Sprintf("— %d —\n\f", p))
		}
		ls, _ := splitLines(b.String(), func(int, string) {})
		kept, want := 0, 3
		if c.inside {
			want++
		}
		for _, l := range removeFurniture(ls, func(int, string) {}) {
			if strings.Contains(l.text, "—") {
				t.Errorf("footer kept: %q", l.text)
			}
			if l.text == c.heading {
				kept++
			}
		}
		if kept != want {
			t.Errorf("%s: %d of %d headings kept", c.heading, kept, want)
		}
	}
}

// TestNotFurniture: numbers that are text stay text — a table flattened
// one cell per line (or several, whose 序号s count up a page apart from
// one table to the next), a contents page with page numbers on their own lines,
// a lone number, a line repeated in the body.
func TestNotFurniture(t *testing.T) {
	cases := []struct {
		name, src string
	}{
		{"flattened table", "专栏1\n\n序号\n\n名称\n\n数量\n\n1\n\n甲\n\n10\n\n2\n\n乙\n\n11\n\n3\n\n丙\n\n12\n\n4\n\n丁\n\n13\n"},
		{"flattened tables a page of text apart", strings.Repeat("专栏\n序号\n任务\n单位\n1\n甲\n市局\n2\n乙\n市局\n3\n丙\n市局\n"+
			strings.Repeat("这一段正文写在两张表之间，并且继续写下去。\n", 16), 3)}, // 1 … 2 … 3 a page apart across tables
		{"contents page numbers", "目 录\n\n市政府文件\n\n关于甲的通知\n—1—\n关于乙的通知\n—2—\n关于丙的通知\n—3—\n关于丁的通知\n—4—\n"},
		{"one number", "第一段。\n\n2\n\n第二段。\n"},
		{"repeated issuer", "某市人民政府\n\n2024年1月1日\n\n某市人民政府\n\n2024年2月1日\n\n某市人民政府\n\n2024年3月1日\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ls, _ := splitLines(c.src, func(int, string) {})
			if got := removeFurniture(ls, func(int, string) {}); len(got) != len(ls) {
				t.Errorf("%d lines removed", len(ls)-len(got))
			}
		})
	}
}

// breakDoc returns the pieces of a document the page-break tests print: its
// head (title, 文号, recipients), a page p ending with s above its footer,
// and filler text.
func breakDoc() (head string, page func(p int, s string) string, filler string) {
	head = "关于印发某市工作方案的通知\n\n某政发〔2024〕3号\n\n各区县人民政府:\n\n"
	page = func(p int, s string) string { return s + fmt.Sprintf("\n\n— %d —\n\n", p) }
	return head, page, strings.Repeat("填充的一段文字。\n\n", 6)
}

// TestPageBreakJoins: a list item and a table row cut by a page break are
// joined across it; a heading at the foot of a page is not joined to the
// text of the next.
func TestPageBreakJoins(t *testing.T) {
	head, page, filler := breakDoc()
	t.Run("list item", func(t *testing.T) {
		src := head + page(1, filler+"- 第一项内容被分页") + page(2, "切开了。\n- 第二项。\n\n"+filler) + filler
		is, _ := Parse("f", []byte(src))
		var items []string
		for _, b := range allBlocks(is.Documents[0]) {
			items = append(items, b.Items...)
		}
		if len(items) != 2 || items[0] != "第一项内容被分页切开了。" {
			t.Errorf("items %q", items)
		}
	})
	t.Run("table row", func(t *testing.T) {
		src := head + page(1, filler+"序号\t任务\t单位\n1\t任务甲\t单位甲\n2\t任务乙") + page(2, "3\t任务丙\t单位丙\n\n"+filler) + filler
		is, _ := Parse("f", []byte(src))
		tabs := is.Documents[0].Tables()
		if len(tabs) != 1 {
			t.Fatalf("%d tables", len(tabs))
		}
		for _, r := range tabs[0].Records {
			for _, c := range r.Cells {
				if strings.Contains(c.Text, "—") {
					t.Errorf("footer in a cell: %q", c.Text)
				}
			}
		}
	})
	t.Run("numbered line continues a sentence", func(t *testing.T) {
		src := head + page(1, filler+"各县区要按照全年计划组织实施") + page(2, "2.5万亩高标准农田建设。\n\n"+filler) + filler
		is, _ := Parse("f", []byte(src))
		d := is.Documents[0]
		if len(d.Sections) != 0 || !strings.Contains(allText(d), "各县区要按照全年计划组织实施2.5万亩高标准农田建设。") {
			t.Errorf("sections %v, text %q", d.Sections, allText(d))
		}
	})
	t.Run("heading at the foot", func(t *testing.T) {
		src := head + page(1, filler+"一、总体要求") + page(2, "坚持稳中求进。\n\n"+filler) + filler
		is, _ := Parse("f", []byte(src))
		d := is.Documents[0]
		if len(d.Sections) != 1 || d.Sections[0].Heading != "一、总体要求" {
			t.Errorf("sections %v", d.Sections)
		}
	})
}

// TestPageBreakNumbering: the line after a page break and the numbering.
// A line after the break that goes on with the numbering before it
// starts an item of its own, even when the text above does not end a
// sentence (〕); so does one whose predecessor was run into the line
// above it (both warned); a number that does not go on with one is
// joined. A heading that opens a numbering (第一章, （一）, 一、) starts
// a section below a title, unless its numeral is one of a list of them
// (一、二级).
func TestPageBreakNumbering(t *testing.T) {
	head, page, filler := breakDoc()
	for _, c := range []struct {
		name, before, after, want string
		warn                      bool
	}{
		{"numbering goes on", "12.强化排放监管。开展双随机检查,严厉打击弄虚作假行为〔市生态环境局牵头〕", "13.加强油品监管。严厉打击违法行为。",
			"12.强化排放监管。|13.加强油品监管。", true},
		{"predecessor run in", "(六)提升养老服务水平20.提升居家养老服务能力。开展探访关爱服务〔市民政局牵头〕", "21.推进无障碍建设。优先推进设施改造。",
			"(六)提升养老服务水平20.提升居家养老服务能力。|21.推进无障碍建设。", true},
		{"numbering skips", "12.强化排放监管。开展双随机检查,严厉打击弄虚作假行为,全年完成", "14.5万辆机动车的排放检验。",
			"12.强化排放监管。", false},
		{"a chapter opens below a title", "某市农村人居环境整治工作实施细则", "第一章总则", "第一章总则", false},
		{"a section opens below a title", "某市推动现代企业实现高质量发展工作指引", "（一）健全工作机制", "（一）健全工作机制", false},
		{"a list of numerals goes on a sentence", "12.强化排放监管。发生重污染天气时，各县区要按照有关规定分别启动", "一、二级响应并及时报告。", "12.强化排放监管。", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := head + page(1, filler+c.before) + page(2, c.after+"\n\n"+filler) + filler
			is, _ := Parse("f", []byte(src))
			var hs []string
			is.Documents[0].Walk(func(s *data.Section) bool { hs = append(hs, s.Heading); return true })
			if strings.Join(hs, "|") != c.want {
				t.Errorf("headings %q, want %q", hs, c.want)
			}
			warned := false
			for _, w := range is.Warnings {
				warned = warned || strings.Contains(w.Message, "goes on with the numbering")
			}
			if warned != c.warn {
				t.Errorf("warned %v, want %v: %v", warned, c.warn, is.Warnings)
			}
		})
	}
}

func allText(d *data.Document) string {
	var out []string
	for _, b := range allBlocks(d) {
		out = append(out, b.Text)
		out = append(out, b.Items...)
	}
	return strings.Join(out, "\n")
}

// TestTableCellsAtPageEdges: in pages cut by form feeds with their
// numbers at the feet, a table's cells that happen to stand at page
// edges — a 序号 2 opening page 2, 长期坚持 at the head of three pages of
// eight, 序号 3, 4, 5 pages apart, a 序号 6 right above the page's number
// — stay text; the page numbers go.
func TestTableCellsAtPageEdges(t *testing.T) {
	var b strings.Builder
	for k := 1; k <= 8; k++ {
		switch {
		case k == 2:
			b.WriteString("2\n")
		case k%2 == 1 && k > 1:
			b.WriteString("长期坚持\n")
		}
		if k >= 3 && k <= 5 {
			fmt.Fprintf(&b, "%d\n", k)
		}
		b.WriteString("市发展改革委负责推进重点项目建设。\n市财政局负责落实资金保障。\n")
		if k == 6 {
			b.WriteString("6\n") // a row number right above the page number
		}
		fmt.Fprintf(&b, "\n%d\n\f", k)
	}
	ls, _ := splitLines(b.String(), func(int, string) {})
	got := removeFurniture(ls, func(int, string) {})
	var text []string
	for _, l := range got {
		if t := trim(l.text); t != "" && !strings.HasPrefix(t, "市") {
			text = append(text, t)
		}
	}
	want := "2 长期坚持 3 4 长期坚持 5 6 长期坚持"
	if strings.Join(text, " ") != want {
		t.Errorf("kept %q, want %q", strings.Join(text, " "), want)
	}
}

// TestOnePageNumber: a text of one page ends with its page number, a 1
// set apart by a blank line; another number there is text.
func TestOnePageNumber(t *testing.T) {
	for src, removed := range map[string]int{
		"某市人民政府\n\n2024年8月18日\n\n1\n":     1,
		"某市人民政府\n\n2024年8月18日\n\n- 1 -\n": 1,
		"某市人民政府\n\n2024年8月18日\n\n2\n":     0,
		"合计\n1\n": 0,
	} {
		ls, _ := splitLines(src, func(int, string) {})
		texts := func(ls []line) (n int) {
			for _, l := range ls {
				if trim(l.text) != "" {
					n++
				}
			}
			return n
		}
		n := texts(ls)
		if got := texts(removeFurniture(ls, func(int, string) {})); n-got != removed {
			t.Errorf("%q: %d lines removed, want %d", src, n-got, removed)
		}
	}
}

// TestShortLastPage: the number of a last page that holds one line more
// (the signing date) stands at its foot as on every other page.
func TestShortLastPage(t *testing.T) {
	var b strings.Builder
	for p := 1; p <= 3; p++ {
		b.WriteString(strings.Repeat("市发展改革委负责推进重点项目建设。\n", 5))
		fmt.Fprintf(&b, "\n%d\n\f", p)
	}
	b.WriteString("2024年8月18日\n\n4\n")
	ls, _ := splitLines(b.String(), func(int, string) {})
	for _, l := range removeFurniture(ls, func(int, string) {}) {
		if x := trim(l.text); x != "" && !strings.HasPrefix(x, "市") && x != "2024年8月18日" {
			t.Errorf("kept %q", x)
		}
	}
}

// TestJoinsAcross: which line after a page break continues the text
// before it.
func TestJoinsAcross(t *testing.T) {
	cases := []struct {
		prev, next string
		want       bool
	}{
		{"各地要加强组织领导，明确责任分工，确保各项", "任务落到实处。", true},
		{"各地要加强组织领导，明确责任分工，确保各项任务落到实处。", "各部门要密切配合。", false},
		{"- 4.4应急联动机制，各部门密切配合", "- 4.5力量部署", false}, // the list's next item
		{"- 2.1领导机构及职责，各部门密切配合", "• 2.2办事机构及职责", false},
		{"- 4.4应急联动机制，各部门密切配合", "与协同处置", true},
		{"各地要加强组织领导，明确责任分工，确保各项", "第一章 总则", false},
	}
	for _, c := range cases {
		if got := joinsAcross(c.prev, c.next); got != c.want {
			t.Errorf("joinsAcross(%q, %q) = %v, want %v", c.prev, c.next, got, c.want)
		}
	}
}
