package loader

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"gazette/data"
)

// TestHTMLRoundTrip prints every document of the five real issues as a
// web page inside a site's chrome, and loads it back: the same title,
// 文号, sections and tables as the document it was printed from, and no
// trace of the chrome. The same page in GBK loads to the same tree.
func TestHTMLRoundTrip(t *testing.T) {
	for _, name := range realFiles {
		is := parseReal(t, name)
		for i, d := range is.Documents {
			t.Run(fmt.Sprintf("%s/%d", strings.TrimSuffix(name, ".txt"), i+1), func(t *testing.T) {
				page := docPage(d, `<meta charset="utf-8">`)
				got, err := Parse("page.html", []byte(page))
				if err != nil {
					t.Fatal(err)
				}
				if len(got.Documents) != 1 {
					t.Fatalf("%d documents, want 1", len(got.Documents))
				}
				sameDocument(t, d, got.Documents[0])
				noChrome(t, got.Documents[0])
			})
		}
	}
}

// sameDocument compares what a reader checks: title, 文号, issuer, date,
// 主送, the section outline and every table cell by cell.
func sameDocument(t *testing.T, want, got *data.Document) {
	t.Helper()
	for _, f := range [][3]string{{"title", want.Title, got.Title}, {"文号", want.Number, got.Number},
		{"date", want.Date, got.Date}, {"主送", want.Recipients, got.Recipients}, {"kind", string(want.Kind), string(got.Kind)}} {
		if f[1] != f[2] {
			t.Errorf("%s %q, want %q", f[0], f[2], f[1])
		}
	}
	if w, g := outline(want, nil), outline(got, wrappedHeadings(want)); w != g {
		wl, gl := strings.Split(w, "\n"), strings.Split(g, "\n")
		k := 0
		for k < len(wl) && k < len(gl) && wl[k] == gl[k] {
			k++
		}
		t.Errorf("sections differ at %d (of %d, want %d):\n got %q\nwant %q", k, len(gl), len(wl), gl[k:min(k+3, len(gl))], wl[k:min(k+3, len(wl))])
	}
	wt, gt := want.Tables(), got.Tables()
	if len(wt) != len(gt) {
		t.Fatalf("%d tables, want %d", len(gt), len(wt))
	}
	for i := range wt {
		sameCells(t, i, wt[i], gt[i])
	}
}

// outline lists the sections with their levels, leaving out the
// headings in skip.
func outline(d *data.Document, skip map[string]bool) string {
	var b strings.Builder
	d.Walk(func(s *data.Section) bool {
		if !skip[s.Heading] {
			fmt.Fprintf(&b, "\n%d %s", s.Level, s.Heading)
		}
		return true
	})
	return b.String()
}

// wrappedHeadings are the numbered headings that the text file hid in a
// paragraph because its line wrapped before the heading's full stop
// ("1.加强企业技术改造项目用地、用能等要素" / "保障。由…"): the page, which
// has the paragraph on one line, rightly makes them sections.
func wrappedHeadings(d *data.Document) map[string]bool {
	out := map[string]bool{}
	add := func(bs []data.Block) {
		for _, b := range bs {
			if b.Kind != data.Paragraph {
				continue
			}
			if k, _, rest := numbering(b.Text); k != kindNone {
				if h, body := runIn(b.Text, rest); body != "" {
					out[h] = true
				}
			}
		}
	}
	add(d.Blocks)
	d.Walk(func(s *data.Section) bool { add(s.Blocks); return true })
	return out
}

func sameCells(t *testing.T, i int, want, got *data.Table) {
	t.Helper()
	if fmt.Sprint(want.Columns) != fmt.Sprint(got.Columns) || fmt.Sprint(want.Groups) != fmt.Sprint(got.Groups) || want.Caption != got.Caption {
		t.Errorf("table %d: caption %q columns %q groups %q, want %q %q %q", i+1, got.Caption, got.Columns, got.Groups,
			want.Caption, want.Columns, want.Groups)
	}
	if len(want.Records) != len(got.Records) {
		t.Errorf("table %d: %d records, want %d", i+1, len(got.Records), len(want.Records))
		return
	}
	for r, wr := range want.Records {
		gr := got.Records[r]
		if wr.Group != gr.Group || wr.Continuation != gr.Continuation || fmt.Sprint(wr.Cells) != fmt.Sprint(gr.Cells) {
			t.Errorf("table %d record %d: group %d cont %v %v, want %d %v %v", i+1, r, gr.Group, gr.Continuation, gr.Cells,
				wr.Group, wr.Continuation, wr.Cells)
			return
		}
	}
}

// noChrome checks that nothing of the site around the article is in the
// document.
func noChrome(t *testing.T, d *data.Document) {
	t.Helper()
	var all []string
	add := func(bs []data.Block) {
		for _, b := range bs {
			all = append(all, b.Text)
			all = append(all, b.Items...)
		}
	}
	add(d.Blocks)
	d.Walk(func(s *data.Section) bool { all = append(all, s.Heading); add(s.Blocks); return true })
	text := strings.Join(all, "\n")
	for _, w := range []string{"版权所有", "ICP备", "当前位置", "分享到", "打印本页", "相关链接", "走进本市", "不是正文", "document.write", "字体"} {
		if strings.Contains(text, w) {
			t.Errorf("chrome %q in the document", w)
		}
	}
}

// TestHTMLGBK: the same page saved in GBK, declared by <meta charset>
// or by http-equiv, loads to the same tree as the UTF-8 page.
func TestHTMLGBK(t *testing.T) {
	is := parseReal(t, "jixi-2022-02.txt")
	d := is.Documents[1]
	utf, err := Parse("page.html", []byte(docPage(d, `<meta charset="utf-8">`)))
	if err != nil {
		t.Fatal(err)
	}
	for _, meta := range []string{`<meta charset="gbk">`, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`} {
		enc, err := simplifiedchinese.GBK.NewEncoder().String(docPage(d, meta))
		if err != nil {
			t.Fatal(err)
		}
		got, err := Parse("page.htm", []byte(enc))
		if err != nil {
			t.Fatal(err)
		}
		sameDocument(t, utf.Documents[0], got.Documents[0])
		if len(got.Warnings) != len(utf.Warnings) {
			t.Errorf("%s: warnings %v, want %v", meta, got.Warnings, utf.Warnings)
		}
	}
}

// TestHTMLIssuePage: a page holding a whole issue, its 目录 linking to
// the documents' anchors, gives the issue: the same documents and
// contents entries pointing at the same documents as the text issue.
func TestHTMLIssuePage(t *testing.T) {
	for _, name := range []string{"jixi-2022-02.txt", "yangcheng-2022-03.txt", "shuangyashan-2024-05.txt", "jincheng-2020-02.txt"} {
		t.Run(strings.TrimSuffix(name, ".txt"), func(t *testing.T) {
			is := parseReal(t, name)
			got, err := Parse("issue.html", []byte(issuePage(is)))
			if err != nil {
				t.Fatal(err)
			}
			if got.Title != is.Title || got.Year != is.Year || got.Number != is.Number {
				t.Errorf("issue %q %d-%d, want %q %d-%d", got.Title, got.Year, got.Number, is.Title, is.Year, is.Number)
			}
			if len(got.Documents) != len(is.Documents) {
				t.Fatalf("%d documents, want %d", len(got.Documents), len(is.Documents))
			}
			for i, d := range is.Documents {
				if g := got.Documents[i]; g.Title != d.Title || g.Number != d.Number || len(g.Tables()) != len(d.Tables()) {
					t.Errorf("document %d: %q %q with %d tables, want %q %q with %d", i+1, g.Title, g.Number, len(g.Tables()),
						d.Title, d.Number, len(d.Tables()))
				}
			}
			if len(got.Contents) != len(is.Contents) {
				t.Fatalf("%d contents entries, want %d", len(got.Contents), len(is.Contents))
			}
			for i, e := range is.Contents {
				if g := got.Contents[i]; g.Document != e.Document || g.Page != e.Page || g.Category != e.Category {
					t.Errorf("entry %d %q: document %d page %d under %q, want %d %d %q", i+1, e.Title, g.Document, g.Page, g.Category,
						e.Document, e.Page, e.Category)
				}
			}
		})
	}
}

// TestHTMLAnchorLinks: an entry whose title does not match its document
// (the 目录 abbreviates it) still reaches the document its link points at;
// an entry without a link is matched by title and takes no other's link.
func TestHTMLAnchorLinks(t *testing.T) {
	page := `<html><body><div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a> <a href="/b">政府公报</a></div>
<div class="main"><h1>某市人民政府公报</h1><p>2024年第1期</p>
<h2>目 录</h2><h3>市政府文件</h3>
<p><a href="#b">关于加强管理的通知</a>……1</p>
<p>某市人民政府关于印发年度工作要点的通知……2</p>
<p><a href="#a">目录里简写的标题</a>……3</p>
<div id="a"><h2>某市人民政府关于印发年度工作要点的通知</h2><p>某政发〔2024〕1号</p>
<p>各区人民政府：</p><p>现将年度工作要点印发给你们，请认真贯彻执行。</p></div>
<div id="b"><h2>某市人民政府关于加强管理的通知</h2><p>某政发〔2024〕2号</p>
<p>各区人民政府：</p><p>为加强管理，现通知如下。一是明确责任，二是严格考核。</p></div>
</div></body></html>`
	is, err := Parse("issue.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(is.Documents) != 2 || len(is.Contents) != 3 {
		t.Fatalf("%d documents, %d entries", len(is.Documents), len(is.Contents))
	}
	// By link, by title (no link), by link (title abbreviated).
	if got := fmt.Sprint(is.Contents[0].Document, is.Contents[1].Document, is.Contents[2].Document); got != "1 0 0" {
		t.Errorf("entries point at documents %s, want 1 0 0", got)
	}
}

// TestHTMLNoArticle: a page with nothing but navigation is an error that
// names the file.
func TestHTMLNoArticle(t *testing.T) {
	for _, page := range []string{
		`<!DOCTYPE html><html><body><ul><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li><li><a href="/b">政府公报</a></li><li><a href="/c">互动交流</a></li></ul><div class="footer">版权所有：某市人民政府 黑ICP备05003385号</div></body></html>`,
		`<html><head><title>x</title></head><body></body></html>`,
		"\xef\xbb\xbf  <!doctype html><script>var a = '很多很多的文字很多很多的文字很多很多的文字很多很多的文字';</script>",
	} {
		_, err := Parse("nav.bin", []byte(page))
		if err == nil || err.Error() != "nav.bin: no article found in the web page" {
			t.Errorf("%.40q: error %v", page, err)
		}
	}
}

// BenchmarkParseHTML parses a 300 KB page holding a whole issue.
func BenchmarkParseHTML(b *testing.B) {
	page := issuePage(parseReal(b, "jixi-2022-02.txt"))
	for len(page) < 300<<10 {
		page += page
	}
	if len(page) > 300<<10 {
		cut := strings.LastIndex(page[:300<<10], "<p>")
		page = page[:cut]
	}
	src := []byte(page)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("issue.html", src); err != nil {
			b.Fatal(err)
		}
	}
}

// TestHTMLLayoutPage: an older site's page in GB2312 (declared by
// http-equiv), laid out with a table (a link sidebar beside the text),
// its title in a <div> rather than a heading, a data table whose
// two-row header uses empty cells instead of rowspan, and a 合计 row.
func TestHTMLLayoutPage(t *testing.T) {
	enc, err := simplifiedchinese.GBK.NewEncoder().String(layoutPage)
	if err != nil {
		t.Fatal(err)
	}
	is, err := Parse("c.htm", []byte(enc))
	if err != nil {
		t.Fatal(err)
	}
	d := is.Documents[0]
	if d.Title != "双鸭山市人民政府办公室关于做好防汛工作的通知" || d.Issuer != "双鸭山市人民政府办公室" || d.Date != "2024-05-20" ||
		d.Recipients != "各县（区）人民政府，市政府各直属单位:" {
		t.Errorf("title %q issuer %q date %q 主送 %q", d.Title, d.Issuer, d.Date, d.Recipients)
	}
	if got := outline(d, nil); got != "\n1 一、提高思想认识\n1 二、落实工作责任" {
		t.Errorf("sections %q", got)
	}
	tabs := d.Tables()
	if len(tabs) != 1 {
		t.Fatalf("%d tables", len(tabs))
	}
	tab := tabs[0]
	if fmt.Sprint(tab.Columns) != "[序号 单位 2024年任务/数量 2024年任务/时限]" || len(tab.Records) != 2 || tab.Text(1, 0) != "合计" {
		t.Errorf("table %q with %d records", tab.Columns, len(tab.Records))
	}
	noChrome(t, d)
	if strings.Contains(fmt.Sprint(d.Blocks), "机构设置") || strings.Contains(fmt.Sprint(d.Blocks), "ICP") {
		t.Errorf("sidebar or footer kept: %v", d.Blocks)
	}
}

const layoutPage = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>t</title></head>
<body><table width="100%"><tr><td class="left"><ul><li><a href="/1">机构设置</a></li><li><a href="/2">领导之窗</a></li><li><a href="/3">政策文件</a></li><li><a href="/4">规划计划</a></li></ul></td>
<td class="right">
<div class="bt">双鸭山市人民政府办公室关于做好防汛工作的通知</div>
<div class="info">发布日期：2024年05月20日　　信息来源：市政府办公室</div>
<div class="zw">
<p>各县（区）人民政府，市政府各直属单位：</p>
<p>　　为做好今年防汛工作，经市政府同意，现将有关事项通知如下。</p>
<p><strong>一、提高思想认识</strong></p>
<p>　　各地要充分认识防汛工作的重要性。</p>
<table border=1><tr><td>序号</td><td>单位</td><td colspan=2>2024年任务</td></tr>
<tr><td></td><td></td><td>数量</td><td>时限</td></tr>
<tr><td>1</td><td>市水务局</td><td>3</td><td>6月底</td></tr>
<tr><td>合计</td><td></td><td>3</td><td></td></tr></table>
<p><strong>二、落实工作责任</strong></p>
<p>　　各级要压实责任。</p>
<p style="text-align:right">双鸭山市人民政府办公室</p>
<p style="text-align:right">2024年5月20日</p>
</div></td></tr></table>
<div class="foot">主办单位：双鸭山市人民政府办公室　黑ICP备12345678号</div>
</body></html>
`

// TestHTMLTableSpans: rowspan and colspan fill the cells they cover,
// marked inherited; a short row leaves the columns no cell reaches
// empty without shifting a rowspan carried into it; a row of one cell
// across the table is a group; <br> and <p> in a cell are line breaks.
func TestHTMLTableSpans(t *testing.T) {
	page := `<html><body><h1>关于印发重点任务清单的通知</h1><p>各单位：现将重点任务清单印发给你们，请认真贯彻执行。</p>
<table><thead><tr><th>序号</th><th>任务</th><th>牵头单位</th><th>完成时限</th></tr></thead>
<tr><td colspan="4">一、产业发展</td></tr>
<tr><td>1</td><td>煤炭<br>增产</td><td rowspan="3">市发改委</td><td rowspan="2"><p>6月底</p><p>前</p></td></tr>
<tr><td>2</td><td colspan="1">电力保供</td></tr>
<tr><td>3</td></tr>
<tr><td colspan="2">合计</td><td>3项</td><td></td></tr>
</table></body></html>`
	is, err := Parse("t.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	tabs := is.Documents[0].Tables()
	if len(tabs) != 1 {
		t.Fatalf("%d tables", len(tabs))
	}
	tab := tabs[0]
	want := []string{
		"[{1 false} {煤炭\n增产 false} {市发改委 false} {6月底\n前 false}]",
		"[{2 false} {电力保供 false} {市发改委 true} {6月底\n前 true}]",
		"[{3 false} { false} {市发改委 true} { false}]",
		"[{合计 false} {合计 true} {3项 false} { false}]",
	}
	if len(tab.Records) != len(want) || fmt.Sprint(tab.Groups) != "[一、产业发展]" {
		t.Fatalf("%d records, groups %q", len(tab.Records), tab.Groups)
	}
	for i, w := range want {
		if got := fmt.Sprint(tab.Records[i].Cells); got != w || tab.Records[i].Group != 0 {
			t.Errorf("record %d: %q in group %d, want %q", i, got, tab.Records[i].Group, w)
		}
	}
}

// TestIsHTML: saved pages are recognised by name or by their start.
func TestIsHTML(t *testing.T) {
	cases := []struct {
		name, text string
		want       bool
	}{
		{"a.HTM", "plain text", true},
		{"a.txt", "\ufeff \n<!DOCTYPE html>\n<html>", true},
		{"a", "<HTML lang=zh>", true},
		{"a", "<!-- saved from url=(0040)http://www.jixi.gov.cn/ -->\r\n<html>", true},
		{"a", "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">", true},
		{"a.txt", "<htmlx>", false},
		{"a.txt", "目 录\n<html>", false},
		{"a", "<!-- unterminated", false},
	}
	for _, c := range cases {
		if got := isHTML(c.name, []byte(c.text)); got != c.want {
			t.Errorf("%s %.30q: %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// TestHTMLMetadataList: metadata printed as a list or a definition list
// before the title gives 文号, issuer and date when the body has none.
func TestHTMLMetadataList(t *testing.T) {
	for _, meta := range []string{
		`<ul class="xxgk"><li>索引号：0001/2024-00012</li><li>文号：双政办发〔2024〕22号</li><li>发布机构：双鸭山市人民政府办公室</li><li>成文日期：2024/4/30</li></ul>`,
		`<dl><dt>索引号</dt><dd>0001/2024-00012</dd><dt>发文字号：</dt><dd>双政办发〔2024〕22号</dd><dt>发文机关</dt><dd>双鸭山市人民政府办公室</dd><dt>成文日期</dt><dd>2024年4月30日</dd></dl>`,
	} {
		page := `<html><body><div class="nav"><a href="/">首页</a><a href="/a">政务公开</a><a href="/b">信息公开</a></div><div class="main">` + meta +
			`<h1>关于印发噪声污染防治职责分工方案的通知</h1><div class="text"><p>各县（区）人民政府，市政府各直属单位：</p>
<p>现将方案印发给你们，请认真组织实施。各单位要明确责任分工，确保各项措施落到实处。</p></div></div></body></html>`
		is, err := Parse("m.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		d := is.Documents[0]
		if d.Number != "双政办发〔2024〕22号" || d.Issuer != "双鸭山市人民政府办公室" || d.Date != "2024-04-30" {
			t.Errorf("%.20s: 文号 %q issuer %q date %q", meta, d.Number, d.Issuer, d.Date)
		}
	}
}
