package loader

import (
	"fmt"
	"strings"
	"testing"
)

// TestLayoutIssue: a whole issue as pdftotext -layout prints it — form
// feeds, a running header with the name and issue, page footers, a spaced
// 目　　录 with bracketed categories and （n） pages, a title over three
// lines under its issuer's line, text hard-wrapped at 35 characters and
// cut by page breaks, and a 政务信息 item without a 文号 — loads into the
// tree the printed issue shows.
func TestLayoutIssue(t *testing.T) {
	title := "某市人民政府关于印发某市推动建设现代企业实现高质量发展工作指引的通知"
	news := "某市召开全市安全生产工作会议"
	para := strings.Repeat("各县区要按照全市统一部署认真组织实施民生实事项目，", 6) + "确保年底前全部完成。"
	body := []string{
		"                    某市人民政府公报",
		"                      2024年第3期",
		"",
		"                       目　　录",
		"",
		"【市政府文件】",
		"某市人民政府关于印发某市推动建设现代企业实现高质量发展",
		"　　工作指引的通知（某政发〔2024〕1号）……………………（1）",
		"【政务信息】",
		news + "……………………………………（5）",
		"",
		"                     某市人民政府",
		"              关于印发某市推动建设现代企业",
		"              实现高质量发展工作指引的通知",
		"",
		"                   某政发〔2024〕1号",
		"",
		"各区县人民政府：",
	}
	body = append(body, strings.Split(hardWrap(para, 35), "\n")...)
	body = append(body, strings.Split(hardWrap(para, 35), "\n")...)
	body = append(body, "", "                                     某市人民政府", "                                    2024年1月5日", "", "              "+news, "")
	body = append(body, strings.Split(hardWrap(para, 35), "\n")...)
	src := printedPages(body, 9, func(p int) string {
		if p == 1 {
			return ""
		}
		return "某市人民政府公报                                   2024年第3期"
	}, func(p int) string { return fmt.Sprintf("                         — %d —", p) }, true)
	is, err := Parse("layout", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if is.Title != "某市人民政府公报" || is.Year != 2024 || is.Number != 3 {
		t.Errorf("issue %q %d 第%d期", is.Title, is.Year, is.Number)
	}
	if len(is.Documents) != 2 || len(is.Contents) != 2 {
		t.Fatalf("%d documents, %d entries", len(is.Documents), len(is.Contents))
	}
	d := is.Documents[0]
	if d.Title != title || d.Number != "某政发〔2024〕1号" || d.Date != "2024-01-05" {
		t.Errorf("document 1: %q %q %q", d.Title, d.Number, d.Date)
	}
	if is.Documents[1].Title != news {
		t.Errorf("document 2: %q", is.Documents[1].Title)
	}
	for i, e := range is.Contents {
		if e.Document != i {
			t.Errorf("entry %d %q → %d", i, e.Title, e.Document)
		}
	}
	if e := is.Contents[0]; e.Title != title || e.Number != "某政发〔2024〕1号" || e.Page != 1 || e.Category != "市政府文件" {
		t.Errorf("entry 1: %+v", e)
	}
	for di, d := range is.Documents {
		if len(d.Sections) != 0 || len(d.Attachments) != 0 {
			t.Errorf("document %d: %d sections, attachments %q", di+1, len(d.Sections), d.Attachments)
		}
		for _, b := range allBlocks(d) {
			if b.Text != para {
				t.Errorf("document %d: paragraph %q", di+1, b.Text)
			}
		}
	}
}
