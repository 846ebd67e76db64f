package loader

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestStripTags: HTML a converter left becomes plain text: tags of any
// element with any attributes go, block tags break the text, entities are
// decoded once, and text in angle brackets that is no tag stays.
func TestStripTags(t *testing.T) {
	cases := []struct{ in, want string }{
		{"<p>第一段</p> <p>第二段</p>", "第一段\n第二段"},
		{"<P>大写</P>", "大写"},
		{"一行<br>二行<br/>三行<br />四行", "一行\n二行\n三行\n四行"},
		{"<b>一、加快构建</b>", "一、加快构建"},
		{`<span style="color:red">红</span>字`, "红字"},
		{`<font face="宋体" size=3>宋体</font>`, "宋体"},
		{`<a href="http://x.cn/a?b=1&amp;c=2">链接</a>`, "链接"},
		{"<div class=x>块</div><div>块二</div>", "块\n块二"},
		{"<strong>强</strong><em>调</em><i>斜</i><u>下</u><sup>上</sup>", "强调斜下上"},
		{"注<!-- 注释 -->释", "注释"},
		{"<以下简称乡镇>", "<以下简称乡镇>"},
		{"<http://www.jc.gov.cn/>", "<http://www.jc.gov.cn/>"},
		{"a < b > c", "a < b > c"},
		{"<pre-wrap>", "<pre-wrap>"},
		{"<p 未闭合", "<p 未闭合"},
		{"A&amp;B", "A&B"},
		{"&lt;p&gt;不是标签&lt;/p&gt;", "<p>不是标签</p>"},
		{"&amp;lt;", "&lt;"},
		{"空&nbsp;格", "空 格"},
		{"&#20013;&#x6587;", "中文"},
		{"&#27;]0;evil&#7;标题", "]0;evil标题"},
		{"R&D 经费", "R&D 经费"},
		{"&unknownentity;", "&unknownentity;"},
		{"AT&T;", "AT&T;"},
	}
	for _, c := range cases {
		if got := stripTags(c.in); got != c.want {
			t.Errorf("stripTags(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestStripMarkup: markdown, HTML and LaTeX all go from a title or
// heading line, which stays one line; "#" marks, or bold over the whole
// line, say it is a heading.
func TestStripMarkup(t *testing.T) {
	cases := []struct {
		in, want string
		hash     bool
	}{
		{"## 关于印发的通知", "关于印发的通知", true},
		{"**加粗**标题", "加粗标题", false},
		{"<b>关于</b>印发<br>的通知", "关于印发的通知", false},
		{"# <p>标题</p>", "标题", true},
		{"#标签", "#标签", false},
		// A line wholly in bold is marked as a heading, as "#" marks one.
		{"**——制定发展战略规划**", "——制定发展战略规划", true},
		{"<b>——制定发展战略规划</b>", "——制定发展战略规划", true},
		{"<p><strong>专家咨询组</strong></p>", "专家咨询组", true},
		{"<b>一</b>二<b>三</b>", "一二三", false},
		{"****", "", false},
	}
	for _, c := range cases {
		got, hash := stripMarkup(c.in)
		if got != c.want || hash != c.hash {
			t.Errorf("stripMarkup(%q) = %q, %v; want %q, %v", c.in, got, hash, c.want, c.hash)
		}
	}
}

// TestLatex: a math span becomes the text it renders to, the padding
// around it next to CJK goes; what is not understood stays as printed.
func TestLatex(t *testing.T) {
	cases := []struct{ in, want string }{
		{`不高于 $200\text{mg}/\text{m}^3$,低于`, "不高于200mg/m³,低于"},
		{`分别为 $2.5\text{mg}/\text{m}^3$ 、 $8\text{mg}/\text{m}^3$ 以内`, "分别为2.5mg/m³、8mg/m³以内"},
		{`合格率 $\geq 95\%$ 、不均匀率 $\leq 20-30\%$ 。`, "合格率≥95%、不均匀率≤20-30%。"},
		{`$\geq$`, "≥"},
		{`$x^2$`, "x²"},
		{`$\text{SO}_2$ 和 $\text{NO}_{x}$`, "SO₂和NOₓ"},
		{`$10^{-6}$`, "10⁻⁶"},
		{`$25^\circ C$`, "25°C"},
		{`$\frac{1}{2}$`, "1/2"},
		{`$5 \times 10^{3}$`, "5×10³"},
		{`$$\text{SO}_2$$排放`, "SO₂排放"},
		{`$$\mathrm{PM}_{2.5}$$`, `$$\mathrm{PM}_{2.5}$$`}, // no subscript dot: kept
		{`$\text{PM}_{10}$`, "PM₁₀"},
		{`$5 and $6`, "$5 and $6"},                 // money, not math
		{`\$in/ 第八十八条`, `\$in/ 第八十八条`},             // an escaped dollar
		{`$\unknown{x}^2$`, `$\unknown{x}^2$`},     // not understood: kept
		{`$x^{\alpha\beta}$`, `$x^{\alpha\beta}$`}, // no superscript α: kept
		{`只有一个 $\geq`, `只有一个 $\geq`},               // unclosed
		{`$\frac{1}{`, `$\frac{1}{`},
	}
	for _, c := range cases {
		if got := stripTags(c.in); got != c.want {
			t.Errorf("stripTags(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPlainTagLines: lines wrapped in HTML block tags become plain text; a
// line wholly in bold keeps its heading mark as "#".
func TestPlainTagLines(t *testing.T) {
	ls := []line{{n: 1, text: "<p><b>——制定发展战略规划</b></p>"}, {n: 2, text: "<p><b>1.</b>关注经济全球化</p>"}}
	var warned []int
	got := plainTagLines(ls, func(n int, _ string) { warned = append(warned, n) })
	if got[0].text != "# ——制定发展战略规划" || got[1].text != "1.关注经济全球化" {
		t.Errorf("plainTagLines: %q, %q", got[0].text, got[1].text)
	}
	if len(warned) != 1 || warned[0] != 1 {
		t.Errorf("warnings on lines %v, want one on line 1", warned)
	}
}

// TestMayStartEndWith: the plain text of a line starts and ends with no
// character that mayStartWith and mayEndWith (a line's mayStartIn, mayEndIn) rule out, whatever markup
// surrounds it or lies inside it; on the real issues and on marked-up
// lines.
func TestMayStartEndWith(t *testing.T) {
	lines := []string{
		"# 附件1", "**附件**", "<p>附件:</p>", "-<b> </b>附件:1.标题", "&#38468;件", "$x^2$附件",
		"大<b>事</b>记", "大事&#35760;", "大事记</p>", "3月大事记**", "大事记 $\\alpha$", "### ", "附件 ", "记",
	}
	for _, name := range realFiles {
		lines = append(lines, strings.Split(string(readReal(t, name)), "\n")...)
	}
	for _, l := range lines {
		p, _ := stripMarkup(l)
		if p = trim(p); p == "" {
			continue
		}
		first, n := utf8.DecodeRuneInString(p)
		last, m := utf8.DecodeLastRuneInString(p)
		if !mayStartWith(l, p[:n]) {
			t.Errorf("mayStartWith(%q, %q) = false; the plain text is %q", l, first, p)
		}
		if !mayEndWith(l, p[len(p)-m:]) {
			t.Errorf("mayEndWith(%q, %q) = false; the plain text is %q", l, last, p)
		}
		if d := decoded(1, l); !d.mayStartIn(newCharSet("表"+p[:n])) || !d.mayEndIn(newCharSet("表"+p[len(p)-m:])) {
			t.Errorf("mayStartIn or mayEndIn(%q) = false; the plain text is %q", l, p)
		}
	}
	a, b := decoded(1, "正文附件"), decoded(1, "附表。")
	if mayStartWith("正文附件", "附") || mayEndWith("大事记。", "记") || a.mayStartIn(newCharSet("表附")) || b.mayEndIn(newCharSet("表")) {
		t.Error("a line of plain text that does not start or end so may")
	}
}
