package loader

import (
	"fmt"
	"slices"
	"strings"

	"gazette/data"
)

// zooLynx prints the first document as lynx -dump prints a government
// site's article page: every link (and form field) numbered where it
// stands, [N] before its text, and the links listed under "References"
// at the end; the site's navigation, search box and breadcrumb above
// the article and its footer below, an attachment's label (附件1) a link
// to its file; headings flush left and the body
// three spaces in, wrapped at 78 columns of display width (a Han
// character two), a run of ASCII letters and digits never cut; the
// page's info table (索引号, 名称, 文号…) and the article's tables laid out
// in space-aligned columns, which lynx gives up for a table too wide or
// with a line break in a cell (each row's cells then run on as text)
// and which shift left under a merged cell (lynx ignores rowspan); a
// list's items as "     * ".
func zooLynx() *zooPrinter {
	p := zooBase("lynx")
	p.single = true
	p.rawTable = func(t *data.Table, _ *data.Block) bool { return zooLynxRows(t) == nil }
	refs := []string{}
	link := func(text, url string) string {
		refs = append(refs, url)
		return fmt.Sprintf("[%d]%s", len(refs), text)
	}
	body := func(p *zooPrinter, s string) { p.emit(zooLynxWrap(s, "   ")...); p.emit("") }
	p.masthead = func(*zooPrinter, *data.Issue) {}
	p.title = func(p *zooPrinter, d *data.Document) {
		refs = refs[:0]
		site := "http://www.linjiang.gov.cn/"
		p.emit("   "+link("首页", site)+" "+link("政务公开", site+"zwgk/")+" "+link("政务服务", site+"zwfw/")+" "+
			link("互动交流", site+"hdjl/")+" "+link("走进临江", site+"zjlj/"), "")
		p.emit("   "+link("____________________", site)+" "+link("搜索", site+"search/"), "")
		p.emit("   当前位置："+link("首页", site)+" > "+link("政务公开", site+"zwgk/")+" > "+link("政府文件", site+"zwgk/zfwj/"), "")
		zooLynxInfo(p, d)
		p.emit(zooLynxWrap(d.Title, "")...)
		p.emit("")
		p.emit(fmt.Sprintf("   发布时间：%s  来源：%s  %s %s", d.Date, d.Issuer, link("【打印】", "javascript:window.print()"),
			link("【关闭】", "javascript:window.close()")), "")
	}
	p.line = func(p *zooPrinter, s string) {
		if strings.HasPrefix(s, "附件") && len([]rune(s)) <= 4 { // a label links the attachment's file
			s = link(s, fmt.Sprintf("http://www.linjiang.gov.cn/zwgk/fj/P0%d.docx", len(refs)))
		}
		body(p, s)
	}
	p.para = body
	p.heading = func(p *zooPrinter, s *data.Section, runIn string) {
		if runIn != "" || s.Level > 1 {
			body(p, s.Heading+runIn)
			return
		}
		p.emit(zooLynxWrap(s.Heading, "")...)
		p.emit("")
	}
	p.item = func(p *zooPrinter, s string) { p.emit(zooLynxWrap(s, "     * ")...) }
	p.table = func(p *zooPrinter, t *data.Table) {
		rows := zooLynxRows(t)
		if rows == nil {
			zooRows(t, func(l string, n int) { body(p, zooCounted(l, n)) }, func(cells []string) {
				p.emit(zooLynxWrap(strings.Join(strings.Fields(strings.Join(cells, " ")), " "), "   ")...)
			})
			return
		}
		zooLynxAligned(p, rows, zooLynxWidths(rows))
	}
	p.end = func(p *zooPrinter, d *data.Document) {
		site := "http://www.linjiang.gov.cn/"
		p.emit("   "+link("网站地图", site+"wzdt/")+" | "+link("联系我们", site+"lxwm/")+" | "+link("隐私声明", site+"yssm/"), "",
			"   主办：临江市人民政府办公室  承办：临江市大数据中心",
			"   网站标识码：2301000001  "+link("黑ICP备12345678号-1", "https://beian.miit.gov.cn/"), "",
			"References", "")
		for i, u := range refs {
			p.emit(fmt.Sprintf("%4d. %s", i+1, u))
		}
	}
	return p
}

// zooLynxInfo prints the info table an article page of a government site
// opens with, two label/value pairs a row, the 名称 across three cells:
// in columns, or run on as text, a row a line, when too wide.
func zooLynxInfo(p *zooPrinter, d *data.Document) {
	// A page names who published it and when, for a document signed by
	// no one (a regulation printed alone) the site's office and the day.
	issuer, date := d.Issuer, d.Date
	if issuer == "" {
		issuer = "临江市人民政府办公室"
	}
	if date == "" {
		date = "2024-03-01"
	}
	rows := [][]string{
		{"索引号：", "11230100/" + date[:4] + "-00012", "分类：", "综合政务"},
		{"发布机构：", issuer, "发文日期：", zooDate(date)},
		{"文号：", d.Number, "主题词：", ""},
	}
	ws := zooLynxWidths(rows)
	if 3+ws[0]+2+zooWidth(d.Title) <= 78 {
		zooLynxAligned(p, slices.Insert(rows, 2, []string{"名称：", d.Title}), ws)
		return
	}
	rows = slices.Insert(rows, 2, []string{"名称：", d.Title, "", ""})
	for _, r := range rows {
		p.emit(zooLynxWrap(strings.Join(strings.Fields(strings.Join(r, " ")), " "), "   ")...)
	}
	p.emit("")
}

// zooLynxRows gives a table's rows as lynx lays them out in columns, or
// nil when it runs the cells on as text: a line break in a cell, or
// columns wider than the page. A group row is its label alone; a cell
// under a merged one is left out, the row's later cells moving left.
func zooLynxRows(t *data.Table) [][]string {
	var rows [][]string
	for _, h := range zooHeaderRows(t.Columns) {
		rows = append(rows, h)
	}
	g := -1
	for _, r := range t.Records {
		for ; r.Group > g; g++ {
			if g+1 < len(t.Groups) {
				rows = append(rows, []string{zooCounted(t.Groups[g+1], zooGroupSize(t, g+1))})
			}
		}
		var cells []string
		for _, c := range r.Cells {
			if strings.Contains(c.Text, "\n") {
				return nil
			}
			if !c.Inherited {
				cells = append(cells, c.Text)
			}
		}
		rows = append(rows, cells)
	}
	width := 3
	for _, w := range zooLynxWidths(rows) {
		width += w + 2
	}
	if width > 78 {
		return nil
	}
	return rows
}

// zooLynxWidths are the columns' widths (a row of one cell spans them).
func zooLynxWidths(rows [][]string) []int {
	var ws []int
	for _, r := range rows {
		for c, x := range r {
			if len(r) == 1 && c == 0 && len(rows) > 1 {
				continue
			}
			if c == len(ws) {
				ws = append(ws, 0)
			}
			ws[c] = max(ws[c], zooWidth(x))
		}
	}
	return ws
}

// zooLynxAligned prints rows in space-aligned columns of widths ws, three
// spaces in; a row's last cell may span the columns after it.
func zooLynxAligned(p *zooPrinter, rows [][]string, ws []int) {
	for _, r := range rows {
		var b strings.Builder
		b.WriteString("   ")
		for c, x := range r {
			b.WriteString(x)
			if c < len(r)-1 {
				b.WriteString(strings.Repeat(" ", ws[c]-zooWidth(x)+2))
			}
		}
		p.emit(strings.TrimRight(b.String(), " "))
	}
	p.emit("")
}

// zooLynxWrap wraps s at 78 display columns after indent, as lynx does:
// anywhere between Han characters, at a space in Latin text, never
// inside a run of ASCII letters and digits; the continuation lines are
// indented as the first (a list item's under its text).
func zooLynxWrap(s, indent string) []string {
	cont := strings.Repeat(" ", len(indent))
	room := 78 - len(indent)
	var out []string
	r := []rune(s)
	for len(r) > 0 {
		w, k := 0, 0
		for k < len(r) && w+zooWidth(string(r[k])) <= room {
			w += zooWidth(string(r[k]))
			k++
		}
		if k < len(r) {
			cut := k
			for cut > 0 && zooASCIIWord(r[cut-1]) && zooASCIIWord(r[cut]) {
				cut--
			}
			if cut > 0 {
				k = cut
			}
		}
		out = append(out, indent+strings.TrimRight(string(r[:k]), " "))
		indent = cont
		r = []rune(strings.TrimLeft(string(r[k:]), " "))
	}
	if len(out) == 0 {
		out = append(out, indent)
	}
	return out
}

func zooASCIIWord(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}
