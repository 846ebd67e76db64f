package loader

import (
	"fmt"
	"html"
	"strings"

	"gazette/data"
)

// This file prints document trees as gazette web pages, the way a
// government site does: the article (metadata table, title, 文号, body,
// signature, attachments, tables with merged cells) inside the site's
// chrome (navigation bar, breadcrumb, share bar, related links, footer
// with 版权所有 and an ICP number, scripts and styles).

const pageHead = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
%s
<title>%s_政府公报_市人民政府门户网站</title>
<link rel="stylesheet" href="/css/main.css">
<style>.nav li{float:left} .content p{text-indent:2em}</style>
<script>var crumbs = "<p>一、不是正文</p>"; document.write("<div>广告</div>");</script>
</head>
<body>
<div class="top"><div class="logo"><a href="/"><img src="/logo.png" alt="市人民政府"></a></div>
<div class="search"><form action="/search"><input name="q"><button>搜索</button></form></div></div>
<div class="navbar"><ul class="nav">
<li><a href="/index.html">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjsq/">走进本市</a></li><li><a href="/zfgb/">政府公报</a></li>
</ul></div>
<div class="main">
<div class="crumb">当前位置：<a href="/index.html">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zfgb/">政府公报</a></div>
<div class="article">
`

const pageTail = `<div class="share">分享到：<a href="https://service.weibo.com/share">微博</a> <a href="/wx">微信</a> <a href="/qq">QQ空间</a></div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/zfgb/2022/1.html">关于做好春节期间安全生产工作的通知</a></li>
<li><a href="/zfgb/2022/2.html">关于印发全市优化营商环境工作要点的通知</a></li>
<li><a href="/zfgb/2022/3.html">关于进一步加强森林防火工作的意见</a></li>
</ul></div>
</div>
<div class="footer"><p>版权所有：市人民政府办公室　主办：市人民政府办公室</p>
<p>地址：人民路1号　电话：0467-2222222</p>
<p><a href="https://beian.miit.gov.cn">黑ICP备05003385号</a>　黑公网安备 23030202000101号　网站标识码：2303000001</p></div>
<script src="/js/stat.js"></script>
</body>
</html>
`

// docPage prints one document as a web page; meta is the charset
// declaration to put in <head>.
func docPage(d *data.Document, meta string) string {
	var b strings.Builder
	fmt.Fprintf(&b, pageHead, meta, html.EscapeString(d.Title))
	b.WriteString(`<table class="xxgk"><tbody>` + "\n")
	fmt.Fprintf(&b, "<tr><td>索引号：</td><td>11230300MB1A%04d/2022-00001</td><td>主题分类：</td><td>政府公报</td></tr>\n", d.Line%10000)
	fmt.Fprintf(&b, "<tr><td>发布机构：</td><td>%s</td><td>成文日期：</td><td>%s</td></tr>\n", esc(d.Issuer), d.Date)
	fmt.Fprintf(&b, "<tr><td>标　　题：</td><td colspan=\"3\">%s</td></tr>\n", esc(d.Title))
	fmt.Fprintf(&b, "<tr><td>文　　号：</td><td>%s</td><td>发布日期：</td><td>%s</td></tr>\n", esc(d.Number), d.Date)
	b.WriteString("</tbody></table>\n")
	fmt.Fprintf(&b, "<h1 class=\"title\">%s</h1>\n", esc(d.Title))
	b.WriteString(`<div class="info">发布时间：` + d.Date + ` 来源：市政府办公室 【字体：<a href="javascript:big()">大</a> <a href="javascript:mid()">中</a> <a href="javascript:small()">小</a>】</div>` + "\n")
	b.WriteString(`<div class="content">` + "\n")
	writeBody(&b, d)
	b.WriteString("</div>\n")
	b.WriteString(pageTail)
	return b.String()
}

// issuePage prints a whole issue as one web page: masthead, a 目录 whose
// entries link to the documents' anchors, then every document.
func issuePage(is *data.Issue) string {
	var b strings.Builder
	fmt.Fprintf(&b, pageHead, `<meta charset="utf-8">`, esc(is.Title))
	fmt.Fprintf(&b, "<div class=\"content\">\n<h1>%s</h1>\n<p>%d年第%d期</p>\n", esc(is.Title), is.Year, is.Number)
	b.WriteString("<h2>目  录</h2>\n<div class=\"toc\">\n")
	category := ""
	for _, e := range is.Contents {
		if e.Category != category {
			category = e.Category
			fmt.Fprintf(&b, "<h3>%s</h3>\n", esc(category))
		}
		title := esc(e.Title)
		if e.Document >= 0 {
			title = fmt.Sprintf(`<a href="#doc%d">%s</a>`, e.Document+1, title)
		}
		if e.Number != "" {
			fmt.Fprintf(&b, "<p>%s (%s) %d</p>\n", title, esc(e.Number), e.Page)
		} else {
			fmt.Fprintf(&b, "<p>%s……%d</p>\n", title, e.Page)
		}
	}
	b.WriteString("</div>\n")
	for i, d := range is.Documents {
		fmt.Fprintf(&b, "<div class=\"doc\" id=\"doc%d\">\n", i+1)
		if d.Kind == data.KindChronicle {
			fmt.Fprintf(&b, "<p>%s</p>\n", esc(d.Title))
		} else {
			fmt.Fprintf(&b, "<h2>%s</h2>\n", esc(d.Title))
		}
		writeBody(&b, d)
		b.WriteString("</div>\n")
	}
	b.WriteString("</div>\n" + pageTail)
	return b.String()
}

func esc(s string) string { return html.EscapeString(s) }

// writeBody prints a document from its 文号 on: 主送, body, signature and
// attachments.
func writeBody(b *strings.Builder, d *data.Document) {
	if d.Number != "" {
		fmt.Fprintf(b, "<p style=\"text-align:center\">%s</p>\n", esc(d.Number))
	}
	if d.Recipients != "" {
		fmt.Fprintf(b, "<p>%s</p>\n", esc(d.Recipients))
	}
	att := len(d.Sections)
	if d.Date != "" {
		for i, s := range d.Sections {
			if strings.HasPrefix(s.Numbering, "附") || s.Numbering == "" && contains(d.Attachments, s.Heading) {
				att = i
				break
			}
		}
	}
	writeBlocks(b, d.Blocks, "")
	for _, s := range d.Sections[:att] {
		writeSection(b, s)
	}
	if d.Date != "" {
		y, m, day := atoi(d.Date[:4]), atoi(d.Date[5:7]), atoi(d.Date[8:])
		fmt.Fprintf(b, "<p style=\"text-align:right\">%s</p>\n<p style=\"text-align:right\">%d年%d月%d日</p>\n", esc(d.Issuer), y, m, day)
	}
	for _, s := range d.Sections[att:] {
		if s.Numbering != "" {
			fmt.Fprintf(b, "<p>%s</p>\n", esc(s.Numbering))
		}
		if s.Heading != s.Numbering {
			fmt.Fprintf(b, "<p style=\"text-align:center\"><strong>%s</strong></p>\n", esc(s.Heading))
		}
		writeBlocks(b, s.Blocks, s.Heading)
		for _, c := range s.Sections {
			writeSection(b, c)
		}
	}
}

// writeSection prints a section: its heading as a heading element of its
// level, then its blocks and subsections.
func writeSection(b *strings.Builder, s *data.Section) {
	h := min(s.Level+2, 6)
	heading := s.Heading
	if n := s.Numbering; n != "" && n[len(n)-1] >= '0' && n[len(n)-1] <= '9' && strings.HasPrefix(heading, n) {
		heading = n + " " + heading[len(n):] // 1 总则, 4.3.1 Ⅰ级应急响应: printed with a space
	}
	fmt.Fprintf(b, "<h%d>%s</h%d>\n", h, esc(heading), h)
	writeBlocks(b, s.Blocks, s.Heading)
	for _, c := range s.Sections {
		writeSection(b, c)
	}
}

func writeBlocks(b *strings.Builder, bs []data.Block, heading string) {
	for _, bl := range bs {
		switch bl.Kind {
		case data.Paragraph:
			fmt.Fprintf(b, "<p>　　%s</p>\n", esc(bl.Text))
		case data.List:
			b.WriteString("<ul>\n")
			for _, it := range bl.Items {
				fmt.Fprintf(b, "<li>%s</li>\n", esc(it))
			}
			b.WriteString("</ul>\n")
		case data.Raw:
			fmt.Fprintf(b, "<pre>%s</pre>\n", esc(bl.Text))
		case data.TableBlock:
			writeTable(b, bl.Table, heading)
		}
	}
}

// writeTable prints a table with a two-row header where column names
// hold "/", group rows as one cell across the table, and inherited cells
// merged into the cell above with rowspan. A caption that is the
// section's heading is left out (the loader takes it from the heading),
// one ending in 表 stands on the line above, any other is a <caption>.
func writeTable(b *strings.Builder, t *data.Table, heading string) {
	caption := ""
	switch {
	case t.Caption == "" || t.Caption == heading:
	case strings.HasSuffix(t.Caption, "表"):
		fmt.Fprintf(b, "<p style=\"text-align:center\"><strong>%s</strong></p>\n", esc(t.Caption))
	default:
		caption = "<caption>" + esc(t.Caption) + "</caption>"
	}
	fmt.Fprintf(b, "<table border=\"1\" cellspacing=\"0\">%s\n", caption)
	writeHeader(b, t.Columns)
	spans := rowspans(t)
	group := -1
	for r, rec := range t.Records {
		if rec.Group != group && rec.Group >= 0 {
			group = rec.Group
			fmt.Fprintf(b, "<tr><td colspan=\"%d\"><strong>%s</strong></td></tr>\n", len(t.Columns), esc(t.Groups[group]))
		}
		b.WriteString("<tr>")
		for c, cell := range rec.Cells {
			switch n := spans[r][c]; {
			case n == 0:
				continue
			case n > 1:
				fmt.Fprintf(b, "<td rowspan=\"%d\">", n)
			default:
				b.WriteString("<td>")
			}
			b.WriteString(strings.ReplaceAll(esc(cell.Text), "\n", "<br>"))
			b.WriteString("</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n")
}

// rowspans gives each cell's rowspan: 0 for a cell merged into the one
// above (inherited, same text, no group row between).
func rowspans(t *data.Table) [][]int {
	spans := make([][]int, len(t.Records))
	origin := make([][]int, len(t.Records))
	for r, rec := range t.Records {
		spans[r] = make([]int, len(rec.Cells))
		origin[r] = make([]int, len(rec.Cells))
		for c, cell := range rec.Cells {
			if r > 0 && cell.Inherited && rec.Group == t.Records[r-1].Group && cell.Text == t.Records[r-1].Cells[c].Text {
				o := origin[r-1][c]
				spans[o][c]++
				origin[r][c] = o
				continue
			}
			spans[r][c], origin[r][c] = 1, r
		}
	}
	return spans
}

// writeHeader prints the column names: one row, or two when names hold
// "/" (the part before it spans its columns, a name without one spans
// both rows).
func writeHeader(b *strings.Builder, cols []string) {
	named, two := false, false
	for _, c := range cols {
		named = named || c != ""
		two = two || strings.Contains(c, "/")
	}
	if !named {
		return
	}
	b.WriteString("<thead><tr>")
	var sub []string
	for i := 0; i < len(cols); {
		top, _, split := strings.Cut(cols[i], "/")
		if !two {
			fmt.Fprintf(b, "<th>%s</th>", esc(cols[i]))
			i++
			continue
		}
		if !split {
			fmt.Fprintf(b, "<th rowspan=\"2\">%s</th>", esc(cols[i]))
			i++
			continue
		}
		n := 0
		for i+n < len(cols) {
			t, r, ok := strings.Cut(cols[i+n], "/")
			if !ok || t != top {
				break
			}
			sub = append(sub, r)
			n++
		}
		fmt.Fprintf(b, "<th colspan=\"%d\">%s</th>", n, esc(top))
		i += n
	}
	b.WriteString("</tr>\n")
	if two {
		b.WriteString("<tr>")
		for _, s := range sub {
			fmt.Fprintf(b, "<th>%s</th>", esc(s))
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</thead>\n")
}
