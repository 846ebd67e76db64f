package loader

import (
	"strings"
	"testing"

	"gazette/data"
)

const leadNotice = `
某市人民政府办公室关于做好春季防火工作的通知
某政办发〔2022〕7号

各县（市）、区人民政府：
现将有关事项通知如下。

某市人民政府办公室
2022年3月1日
`

const leadRegulation = `某市城市供热管理办法

第一章  总则

第一条  为了加强城市供热管理，根据有关法律法规，制定本办法。

第二条  本市行政区域内的城市供热活动，适用本办法。
`

// Text before the first document found never vanishes: when it holds
// body text it is a document of its own, after the masthead, titled by
// its first line when that is a title, and a warning names its lines.
func TestLeadDocument(t *testing.T) {
	long := "为做好春季防火工作，切实保障人民群众生命财产安全，经市政府同意，现将全市春季防火工作有关事项通报如下，请各地认真贯彻落实。"
	cases := []struct {
		name, src, title, text, warn string
		masthead                     string
	}{
		{"a regulation first", leadRegulation + leadNotice, "某市城市供热管理办法", "第一条",
			"(lines 1–7)", ""},
		{"after a masthead", "某市人民政府公报\n\n2022年第1期（总第16期）\n\n主 办：某市人民政府办公室\n\n" + leadRegulation + leadNotice,
			"某市城市供热管理办法", "第二条", "(lines 7–13)", "某市人民政府公报"},
		{"after the contents, not listed", "某市人民政府公报\n\n目 录\n\n某市人民政府办公室关于做好春季防火工作的通知……3\n\n" + leadRegulation + leadNotice,
			"某市城市供热管理办法", "第一条", "(lines 7–13)", "某市人民政府公报"},
		{"after the contents, its title and chapter marked as headings", "# 某市人民政府公报\n\n## 目 录\n\n### 市政府文件\n\n某市人民政府办公室关于做好春季防火工作的通知.....3\t3\n\n" +
			strings.Replace(strings.Replace(leadRegulation, "某市", "# 某市", 1), "第一章", "## 第一章", 1) + leadNotice,
			"某市城市供热管理办法", "第一章", "(lines 9–15)", "某市人民政府公报"},
		{"after the contents, a sentence wrapped before digits", "某市人民政府公报\n\n目 录\n\n某市人民政府办公室关于做好春季防火工作的通知 3\n\n" +
			"某市城市供热管理办法\n\n第一章 总则\n\n第一条 为了加强城市供热管理，制定本办法。到 202\n2 年，全市供热面积达到 300 万平方米。\n" + leadNotice,
			"某市城市供热管理办法", "第一条", "(lines 7–12)", "某市人民政府公报"},
		{"after the contents, an article wrapped before digits", "某市人民政府公报\n\n目 录\n\n某市人民政府办公室关于做好春季防火工作的通知 3\n\n" +
			"某市城市供热管理规定\n\n第一章 总则\n\n第一条 全市供热面积达到 300 万平方米，新增热源 8\n% 以上。\n" + leadNotice,
			"某市城市供热管理规定", "第一条", "(lines 7–12)", "某市人民政府公报"},
		{"no title: the first line names it", "某市人民政府公报\n\n2022年第1期\n\n" + long + "\n\n以上通报请各地认真落实。\n" + leadNotice,
			string([]rune(long)[:60]) + "…", long, "(lines 5–7)", "某市人民政府公报"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			is, err := Parse("lead.txt", []byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			if len(is.Documents) != 2 || is.Documents[1].Number != "某政办发〔2022〕7号" {
				t.Fatalf("documents %v, want the lead one and the notice", titles(is))
			}
			d := is.Documents[0]
			if d.Title != c.title || d.Number != "" {
				t.Errorf("lead document %q %q, want %q", d.Title, d.Number, c.title)
			}
			if !strings.Contains(docText(d), c.text) {
				t.Errorf("lead document's text lacks %q:\n%s", c.text, docText(d))
			}
			if !hasWarning(is, c.warn) {
				t.Errorf("no warning naming %s: %v", c.warn, is.Warnings)
			}
			if is.Title != c.masthead {
				t.Errorf("masthead title %q, want %q", is.Title, c.masthead)
			}
		})
	}
}

// A masthead and a colophon, with no sentence, start no document.
func TestNoLeadDocument(t *testing.T) {
	src := "某市人民政府公报\n\nBULLETIN OF THE PEOPLE'S GOVERNMENT\n\n●传达政令 ●指导工作 ●公开政务\n\n2022年第2期\n总第16期（双月刊）\n出版日期：2022年3月15日\n\n主 办：某市人民政府办公室\n地 址：某市某区某路18号\n" + leadNotice
	is, err := Parse("lead.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(is.Documents) != 1 || hasWarning(is, "before the first document") {
		t.Errorf("documents %v, warnings %v", titles(is), is.Warnings)
	}
}

// docText is the text of a document's headings and blocks.
func docText(d *data.Document) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		b.WriteString(bl.Text + "\n")
	}
	d.Walk(func(s *data.Section) bool {
		b.WriteString(s.Heading + "\n")
		for _, bl := range s.Blocks {
			b.WriteString(bl.Text + "\n")
		}
		return true
	})
	return b.String()
}
