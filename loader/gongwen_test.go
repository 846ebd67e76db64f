package loader

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gazette/data"
)

// gongwenBody is a document's 主体 after its 标题: 主送, 正文, signature.
const gongwenBody = "\n\n各区县人民政府，市政府各部门：\n\n现将方案印发给你们，请认真贯彻执行。\n\n某市人民政府\n\n2024年1月5日\n\n"

// gongwenParse parses src and returns the issue and its documents' texts.
func gongwenParse(t *testing.T, src string) (*data.Issue, []string) {
	t.Helper()
	is, err := Parse("t", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return is, gongwenTexts(is)
}

// gongwenTexts is every document's text (headings and blocks) as one
// string per document.
func gongwenTexts(is *data.Issue) []string {
	var texts []string
	for _, d := range is.Documents {
		var b strings.Builder
		add := func(bs []data.Block) {
			for _, bl := range bs {
				b.WriteString(bl.Text + "\n")
				for _, it := range bl.Items {
					b.WriteString(it + "\n")
				}
				if bl.Table != nil {
					b.WriteString(strings.Join(bl.Table.Columns, "\t") + "\n")
					for _, r := range bl.Table.Records {
						var cells []string
						for _, c := range r.Cells {
							cells = append(cells, c.Text)
						}
						b.WriteString(strings.TrimSpace(strings.Join(cells, "\t")) + "\n")
					}
				}
			}
		}
		add(d.Blocks)
		d.Walk(func(s *data.Section) bool { b.WriteString(s.Heading + "\n"); add(s.Blocks); return true })
		texts = append(texts, b.String())
	}
	return texts
}

func gongwenWarned(is *data.Issue, line int, part string) bool {
	for _, w := range is.Warnings {
		if w.Line == line && strings.Contains(w.Message, part) {
			return true
		}
	}
	return false
}

// TestGongwenHead: the 版头 belongs to the document that follows; its
// title is the 标题 under the 发文字号, whole over its lines, whatever the
// 发文机关标志 and the rules look like.
func TestGongwenHead(t *testing.T) {
	title := "某市人民政府关于印发2024年重点\n工作任务分工方案的通知"
	want := "某市人民政府关于印发2024年重点工作任务分工方案的通知"
	for _, c := range []struct{ name, head string }{
		{"标志 with 文件", "某市人民政府文件\n\n某政发〔2024〕3号\n\n"},
		{"spaced 文件, rule of ─ under the 文号", "某市人民政府    文件\n\n某政发〔2024〕3号\n──────────────\n"},
		{"rule of — between", "某市人民政府文件\n——————————————\n某政发〔2024〕3号\n\n"},
		{"rule with a star, blank lines kept", "某市人民政府文件\n\n\n\n\n──────★──────\n\n\n\n\n某政发〔2024〕3号\n\n\n\n\n"},
		{"joint, 文件 on a line of its own", "某市人民政府\n某市财政局\n文件\n______________\n某政发〔2024〕3号\n\n"},
		{"joint, 文件 beside the middle name", "某市人民政府\n某市财政局   文件\n某市教育局\n\n某政发〔2024〕3号\n\n"},
		{"a 函's head: the issuer alone", "某市人民政府办公室\n──────────────\n某政发〔2024〕3号\n\n"},
		{"spaced out letter by letter", "   某 市 人 民 政 府 文 件\n\n某政发〔2024〕3号\n\n"},
		{"joint, side by side", "某市人民政府  某市财政局  文件\n\n某政发〔2024〕3号\n\n"},
		{"a 函's head: a bureau alone", "某市应急管理局\n\n某政发〔2024〕3号\n\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			is, texts := gongwenParse(t, c.head+title+gongwenBody)
			if len(is.Documents) != 1 {
				t.Fatalf("%d documents", len(is.Documents))
			}
			d := is.Documents[0]
			if d.Title != want || d.Number != "某政发〔2024〕3号" || d.Line != strings.Count(c.head, "\n")+1 {
				t.Errorf("title %q number %q line %d", d.Title, d.Number, d.Line)
			}
			if d.Recipients == "" || strings.Contains(texts[0], "文件") || strings.Contains(texts[0], "──") {
				t.Errorf("recipients %q, text %q", d.Recipients, texts[0])
			}
		})
	}
}

// TestGongwenTitleEnd: a 标题 followed by text without a blank line
// between ends before a line with a comma, and at its last line that ends
// in a kind of document.
func TestGongwenTitleEnd(t *testing.T) {
	for _, body := range []string{"为切实加强安全生产工作，现通知\n如下。", "现将《某市安全生产工作方案》印发给你们\n，请认真贯彻执行。"} {
		is, texts := gongwenParse(t, "某市人民政府文件\n\n某政发〔2024〕3号\n\n某市人民政府关于加强\n安全生产工作的通知\n"+body+"\n")
		if len(is.Documents) != 1 || is.Documents[0].Title != "某市人民政府关于加强安全生产工作的通知" || !strings.HasPrefix(texts[0], body[:6]) {
			t.Errorf("documents %v, text %q", is.Documents, texts)
		}
	}
}

// TestGongwenHeadFields: 份号, 密级, 紧急程度 and 签发人 are no title,
// heading or text of any document; each is warned about with its line,
// in the order of the lines.
func TestGongwenHeadFields(t *testing.T) {
	doc := func(fields, number string) string {
		return fields + "\n某市人民政府文件\n──────────\n" + number + "\n\n某市人民政府关于加强安全生产工作的通知" + gongwenBody
	}
	src := doc("000123\n秘密★1年\n特急\n", "某政发〔2024〕3号       签发人：张三") +
		doc("机密 加急\n", "签发人：李四   王五    某政发〔2024〕4号") +
		doc("特  急\n", "某政发〔2024〕5号\n签 发 人：赵六")
	is, texts := gongwenParse(t, src)
	if len(is.Documents) != 3 {
		t.Fatalf("%d documents", len(is.Documents))
	}
	for i, d := range is.Documents {
		if want := "某政发〔2024〕" + string(rune('3'+i)) + "号"; d.Number != want || d.Title != "某市人民政府关于加强安全生产工作的通知" {
			t.Errorf("document %d: %q %q", i+1, d.Title, d.Number)
		}
		for _, f := range []string{"000123", "秘密", "机密", "急", "签"} {
			if strings.Contains(texts[i], f) {
				t.Errorf("document %d holds %q: %q", i+1, f, texts[i])
			}
		}
	}
	prev := 0
	for _, w := range is.Warnings {
		if strings.Contains(w.Message, "read as 版头") {
			if w.Line < prev {
				t.Errorf("warnings out of line order: %v", is.Warnings)
			}
			prev = w.Line
		}
	}
	lines := strings.Split(src, "\n")
	for n, l := range lines {
		if (strings.Contains(l, "签") || strings.Contains(l, "密") || strings.Contains(l, "急") || l == "000123") &&
			!gongwenWarned(is, n+1, "read as 版头") {
			t.Errorf("line %d %q not warned about: %v", n+1, l, is.Warnings)
		}
	}
}

// TestGongwenIssuer: without a signature, the issuer is the 发文机关标志's
// name (without 文件); a signature's issuer comes first.
func TestGongwenIssuer(t *testing.T) {
	head := "某市人民政府办公室文件\n\n某政办发〔2024〕3号\n\n关于加强安全生产工作的通知\n\n各区县人民政府：\n\n请认真贯彻执行。\n"
	is, _ := gongwenParse(t, head)
	if len(is.Documents) != 1 || is.Documents[0].Issuer != "某市人民政府办公室" {
		t.Fatalf("documents %v", is.Documents)
	}
	is, _ = gongwenParse(t, head+"\n某市人民政府\n2024年1月5日\n")
	if is.Documents[0].Issuer != "某市人民政府" {
		t.Errorf("issuer %q, want the signature's", is.Documents[0].Issuer)
	}
	if d := is.Documents[0]; d.Title != "关于加强安全生产工作的通知" {
		t.Errorf("title %q: the 标志's name is no part of the 标题", d.Title)
	}
}

// TestGongwenImprint: the 版记 (抄送, wrapped, and the 印发 line, between
// rules) is no text of the document's last section, nor a document; a
// 附注 in parentheses stays where it was.
func TestGongwenImprint(t *testing.T) {
	head := "某市人民政府文件\n\n某政发〔2024〕3号\n\n某市人民政府关于印发安全生产工作方案的通知\n\n各区县人民政府：\n\n现将方案印发给你们，请认真贯彻执行。\n\n"
	signed := head + "某市人民政府\n2024年1月5日\n\n"
	att := "附件\n\n某市安全生产工作方案\n\n一、总体要求\n\n坚持安全第一。\n\n"
	rule := "──────────────────\n"
	for _, c := range []struct{ name, body, imprint, last string }{
		{"after an attachment", signed + "（此件公开发布）\n\n" + att,
			rule + "抄送：市委各部门，市人大常委会办公室，市政协办公室，\n      市法院，市检察院。\n" + rule + "某市人民政府办公室        2024年1月5日印发\n" + rule,
			"坚持安全第一。"},
		{"抄送 alone, after a 附注", head + "（联系人：张三；联系电话：1234567）\n\n", "抄送：市委办公室。\n", "（联系人：张三；联系电话：1234567）"},
		{"主送 moved to the 版记", signed + att, "主送：各区县人民政府，市政府各部门。\n抄送：市委办公室。\n", "坚持安全第一。"},
		{"印发 alone", signed + att, "______________\n某市人民政府办公室  2024年1月5日印发\n", "坚持安全第一。"},
		{"a form's 抄送 line above it", signed + "附件\n\n报告表\n\n报告单位：\n抄送：_____人民政府\n\n",
			"抄送：市委办公室。\n某市人民政府办公室  2024年1月5日印发\n", "抄送：_____人民政府"},
		{"a tab form's 抄送 row above it", signed + "附件\n\n报告表\n\n报告单位：\t签发人：\n报告时间：\t联系方式：\n抄送： _____人民政府\t\n\n",
			"某市人民政府办公室  2024年1月5日印发\n", "抄送： _____人民政府"},
		{"a form's 抄送 line at the end, no 版记", signed + "附件\n\n报告表\n\n报告单位：\n抄送：_____人民政府\n", "", "抄送：_____人民政府"},
	} {
		t.Run(c.name, func(t *testing.T) {
			is, texts := gongwenParse(t, c.body+c.imprint)
			if len(is.Documents) != 1 {
				t.Fatalf("%d documents", len(is.Documents))
			}
			if text := strings.TrimSuffix(texts[0], "\n"); !strings.HasSuffix(text, c.last) {
				t.Errorf("text ends %q, want %q", text[max(0, len(text)-120):], c.last)
			}
			first := strings.Count(c.body, "\n") + 1
			if strings.HasPrefix(c.imprint, rule) || strings.HasPrefix(c.imprint, "_") {
				first++
			}
			if c.imprint == "" {
				if gongwenWarned(is, first-1, "read as 版记") {
					t.Errorf("warned: %v", is.Warnings)
				}
				return
			}
			if !gongwenWarned(is, first, "read as 版记") {
				t.Errorf("no warning at line %d: %v", first, is.Warnings)
			}
		})
	}
}

// TestGongwenSpacedLines: a 版头's or 版记's line spaced into runs (the
// 印发 line, a 发文字号 beside the 签发人, joint issuers beside 文件) is
// no header of a table laid out in columns.
func TestGongwenSpacedLines(t *testing.T) {
	doc := func(n int, mark string) string {
		return mark + "\n\n某政发〔2024〕" + string(rune('0'+n)) + "号          签发人：张三\n\n某市人民政府关于加强安全生产工作的通知" + gongwenBody +
			"某市人民政府办公室          2024年1月5日印发\n\n"
	}
	is, texts := gongwenParse(t, doc(1, "某市人民政府文件")+doc(2, "某市人民政府\n某市财政局    文件\n某市教育局"))
	if len(is.Documents) != 2 || is.Documents[1].Number != "某政发〔2024〕2号" {
		t.Fatalf("documents %v", is.Documents)
	}
	for i, d := range is.Documents {
		if len(d.Tables()) > 0 || strings.Contains(texts[i], "印发\n") {
			t.Errorf("document %d: %d tables, text %q", i+1, len(d.Tables()), texts[i])
		}
	}
}

// TestGongwenGazette: a gazette issue reprinting documents in the national
// format gets one document each, listed by its contents.
func TestGongwenGazette(t *testing.T) {
	src := "某市人民政府公报\n\n2024年第1期\n\n目 录\n\n某市人民政府关于加强安全生产工作的通知……1\n某市人民政府关于做好防汛抗旱工作的通知……3\n\n"
	for i, topic := range []string{"加强安全生产工作", "做好防汛抗旱工作"} {
		src += "000123\n某市人民政府文件\n——————————\n某政发〔2024〕" + string(rune('1'+i)) + "号\n\n某市人民政府关于" + topic + "的通知" + gongwenBody +
			"抄送：市委办公室。\n某市人民政府办公室  2024年1月5日印发\n\n"
	}
	is, _ := gongwenParse(t, src)
	if len(is.Documents) != 2 || is.Title != "某市人民政府公报" {
		t.Fatalf("issue %q, documents %v", is.Title, is.Documents)
	}
	for i, e := range is.Contents {
		if e.Document != i || is.Documents[i].Number != "某政发〔2024〕"+string(rune('1'+i))+"号" {
			t.Errorf("entry %d → document %d; number %q", i, e.Document, is.Documents[i].Number)
		}
	}
}

// gongwenPDFScript typesets one page in the GB/T 9704 layout with
// reportlab: 份号, 密级 and 紧急程度 top left, the red 标志 spaced out, the
// 发文字号 beside the 签发人 over the red rule, a title on two lines, and
// the 版记 between rules at the foot.
const gongwenPDFScript = `
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('CJK', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'))
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
def centre(y, t, size, spacing=0):
    c.setFont('CJK', size)
    x = (W - pdfmetrics.stringWidth(t, 'CJK', size) - spacing * (len(t) - 1)) / 2
    for ch in t:
        c.drawString(x, y, ch)
        x += pdfmetrics.stringWidth(ch, 'CJK', size) + spacing
c.setFont('CJK', 16)
for i, t in enumerate(['000123', '秘密★1年', '特急']):
    c.drawString(80, H - 60 - 20 * i, t)
c.setFillColorRGB(1, 0, 0)
centre(H - 170, '某市人民政府文件', 36, 8)
c.setFillColorRGB(0, 0, 0)
c.setFont('CJK', 16)
c.drawString(80, H - 240, '某政发〔2024〕3号')
c.drawRightString(W - 80, H - 240, '签发人：张三')
c.setStrokeColorRGB(1, 0, 0)
c.setLineWidth(2)
c.line(70, H - 255, W - 70, H - 255)
centre(H - 310, '某市人民政府关于印发2024年重点工作', 22)
centre(H - 340, '任务分工方案的通知', 22)
c.setFont('CJK', 16)
c.drawString(80, H - 390, '各区县人民政府，市政府各部门：')
c.drawString(112, H - 420, '现将《2024年重点工作任务分工方案》印发给你们，请认')
c.drawString(80, H - 445, '真贯彻执行。')
c.drawRightString(W - 120, H - 520, '某市人民政府')
c.drawRightString(W - 110, H - 545, '2024年1月5日')
c.setStrokeColorRGB(0, 0, 0)
c.setLineWidth(1)
c.line(70, 140, W - 70, 140)
c.drawString(80, 120, '抄送：市委各部门，市人大常委会办公室，市政协办公室，市法')
c.drawString(128, 98, '院，市检察院。')
c.line(70, 90, W - 70, 90)
c.drawString(80, 70, '某市人民政府办公室')
c.drawRightString(W - 80, 70, '2024年1月5日印发')
c.line(70, 60, W - 70, 60)
c.showPage()
c.save()
`

// TestGongwenPDF: a 公文 typeset as GB/T 9704 lays it out (red 标志 set
// wide, 签发人 at the right of the 文号, the red rule, a 标题 of two
// centred lines, the 版记 between rules at the foot of the page) and read
// through pdftotext loads as one document without its head and end.
func TestGongwenPDF(t *testing.T) {
	py := pdfTools(t)
	path := filepath.Join(t.TempDir(), "gongwen.pdf")
	if out, err := exec.Command(py, "-c", gongwenPDFScript, path).CombinedOutput(); err != nil {
		t.Fatalf("%v %s", err, out)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	is, err := Parse(path, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(is.Documents) != 1 {
		t.Fatalf("%d documents: %v", len(is.Documents), is.Documents)
	}
	d := is.Documents[0]
	if d.Title != "某市人民政府关于印发2024年重点工作任务分工方案的通知" || d.Number != "某政发〔2024〕3号" ||
		d.Issuer != "某市人民政府" || d.Date != "2024-01-05" {
		t.Errorf("document %q %q %q %q", d.Title, d.Number, d.Issuer, d.Date)
	}
	if text := gongwenTexts(is)[0]; strings.ContainsAny(text, "抄签密") || !strings.HasPrefix(text, "现将") {
		t.Errorf("text %q", text)
	}
	for _, f := range []string{"(份号)", "(密级)", "(紧急程度)", "(签发人)", "版记 (抄送、印发)"} {
		found := false
		for _, w := range is.Warnings {
			found = found || strings.Contains(w.Message, f)
		}
		if !found {
			t.Errorf("no warning %s: %v", f, is.Warnings)
		}
	}
}
