package loader

import (
	"strings"
	"testing"

	"gazette/data"
)

// parseBody parses text as the body of one document.
func parseBody(t *testing.T, body string) *data.Document {
	t.Helper()
	src := "关于印发某市工作方案的通知\n\n某政发〔2024〕3号\n\n各区县人民政府:\n\n" + body
	is, err := Parse("s", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return is.Documents[0]
}

// hardWrap cuts text into lines of exactly width runes.
func hardWrap(text string, width int) string {
	r := []rune(text)
	var lines []string
	for len(r) > 0 {
		n := min(width, len(r))
		lines = append(lines, string(r[:n]))
		r = r[n:]
	}
	return strings.Join(lines, "\n")
}

// TestHardWrap: text hard-wrapped at a fixed width is one paragraph again,
// and a wrapped line that starts like a numbered heading stays text; a
// numbered line after a sentence or a short line is a heading.
func TestHardWrap(t *testing.T) {
	paras := []string{
		"今年全市计划实施238项重点工程，总投资1200亿元，其中新开工项目150项，续建项目88项。",
		"各县区要按照全市统一部署，认真组织实施12 项民生实事，确保年底前全部完成并通过验收。",
		"全市共完成造林绿化面积3.5万亩，森林覆盖率达到1.2 倍于上年的增幅，生态环境持续改善。",
		"围绕“一、二、三产业融合发展”的目标，推动农业产业化龙头企业做大做强，带动农民增收。",
	}
	for _, width := range []int{13, 20, 24, 35} {
		var body []string
		for _, p := range paras {
			body = append(body, hardWrap(p, width))
		}
		d := parseBody(t, strings.Join(body, "\n\n")+"\n")
		if len(d.Sections) != 0 {
			var hs []string
			d.Walk(func(s *data.Section) bool { hs = append(hs, s.Heading); return true })
			t.Errorf("width %d: wrapped lines became headings %q", width, hs)
		}
		var got []string
		for _, b := range d.Blocks {
			got = append(got, b.Text)
		}
		want := strings.Join(paras, "|")
		if g := strings.ReplaceAll(strings.Join(got, "|"), " ", ""); g != strings.ReplaceAll(want, " ", "") {
			t.Errorf("width %d: paragraphs\n%s\nwant\n%s", width, g, want)
		}
	}
	// Wrapped lines that start like numbered headings, each after a full
	// line that does not end its sentence.
	for _, c := range []string{
		"各县区要按照全市统一部署认真组织实施\n12 项民生实事，确保年底前全部完成。",
		"今年全市计划实施重点工程项目共计2\n38项，总投资1200亿元。",
		"各地要结合实际进一步细化工作措施并推动\n（一）至（三）项任务落实到位。",
		"要把握好工作节奏统筹推进下列重点任务第\n一、二批次同步实施。",
	} {
		d := parseBody(t, c+"\n")
		if len(d.Sections) != 0 || len(d.Blocks) != 1 || d.Blocks[0].Text != strings.ReplaceAll(strings.ReplaceAll(c, "\n", ""), " ", "") {
			t.Errorf("%q: %d sections, blocks %v", c, len(d.Sections), d.Blocks)
		}
	}
	// Headings after a sentence or a short line stay headings.
	d := parseBody(t, "总体要求如下。\n一、指导思想\n坚持稳中求进。\n（一）基本原则\n坚持问题导向。\n")
	if len(d.Sections) != 1 || len(d.Sections[0].Sections) != 1 {
		t.Errorf("headings lost: %d sections", len(d.Sections))
	}
}

// TestAlignedList: a list of posts and names, continuations indented with
// U+3000, stays one item per line.
func TestAlignedList(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"label, name, post",
			"总 指 挥：张三　　市长\n副总指挥：李四　　副市长\n　　　　　王五　　市政府秘书长\n成　　员：赵六　　市发改委主任\n　　　　　钱七　　市财政局局长\n",
			[]string{"总指挥：张三 市长", "副总指挥：李四 副市长", "王五 市政府秘书长", "成员：赵六 市发改委主任", "钱七 市财政局局长"}},
		{"spaced names",
			"组　　长：张　三　　县长\n副 组 长：李　四　　副县长\n成　　员：王　五　　县财政局局长\n",
			[]string{"组长：张三 县长", "副组长：李四 副县长", "成员：王五 县财政局局长"}},
		{"names without labels",
			"赵六　　市发改委主任\n钱七　　市财政局局长\n孙八　　市应急局局长\n",
			[]string{"赵六 市发改委主任", "钱七 市财政局局长", "孙八 市应急局局长"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parseBody(t, "指挥部组成人员如下：\n\n"+c.body)
			var items []string
			for _, b := range d.Blocks {
				if b.Kind == data.List {
					items = append(items, b.Items...)
				}
			}
			if strings.Join(items, "|") != strings.Join(c.want, "|") {
				t.Errorf("items %q, want %q", items, c.want)
			}
		})
	}
	// Not aligned lists: a caption with a wide gap, a spaced address, a
	// chapter heading set apart from its numbering.
	for _, s := range []string{"第一章  总则", "第十二节    附则", "专栏2  核心指标", "地  址：某市某区某路18号", "联系人：张三", "全市  共完成造林，森林覆盖率  持续提高"} {
		if item, ok := alignedItem(s); ok {
			t.Errorf("alignedItem(%q) = %q", s, item)
		}
	}
}

// TestParagraphBoundaries: hard-wrapped paragraphs printed without blank
// lines between them are told apart by a short last line or an indented
// first line; a full line that happens to end a sentence does not end the
// paragraph.
func TestParagraphBoundaries(t *testing.T) {
	a := "全市各级各部门要认真贯彻落实本方案的各项要求，切实加强组织领导。"
	b := "各县区要结合实际制定具体实施方案，明确责任分工，确保各项任务落实到位。"
	cases := []struct {
		name, body string
		want       []string
	}{
		{"short last line", hardWrap(a, 20) + "\n" + hardWrap(b, 20), []string{a, b}},
		{"indented first line", "　　" + hardWrap(a[:len(a)], 32) + "\n　　" + hardWrap(b, 32), []string{a, b}},
		{"indented, full last line", "　　全市各级各部门要认真贯彻落实本方案的要求。\n　　各县区要结合实际制定具体实施方案。", []string{
			"全市各级各部门要认真贯彻落实本方案的要求。", "各县区要结合实际制定具体实施方案。"}},
		{"sentence ends at a full line", "全市各级各部门要认真贯彻落实本方案要求。\n各县区要结合实际制定具体实施方案并组织\n实施。", []string{
			"全市各级各部门要认真贯彻落实本方案要求。各县区要结合实际制定具体实施方案并组织实施。"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parseBody(t, c.body+"\n")
			var got []string
			for _, bl := range d.Blocks {
				got = append(got, bl.Text)
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("paragraphs %q, want %q", got, c.want)
			}
		})
	}
}
