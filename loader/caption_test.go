package loader

import "testing"

// TestCaptionText: a caption keeps the spaces printed in it, a run of
// them as one; a title spaced out letter by letter is joined, and a table
// label's number is joined to its word.
func TestCaptionText(t *testing.T) {
	cases := map[string]string{
		"专栏1  “十三五”时期事故数据":       "专栏1 “十三五”时期事故数据",
		"  专栏10 回收循环利用领域以旧换新计划 ": "专栏10 回收循环利用领域以旧换新计划",
		"表1 2024年 重点项目":          "表1 2024年 重点项目",
		"表 一 主要指标":               "表一 主要指标",
		"附表 3\t资金安排表":            "附表3 资金安排表",
		"名 单":                    "名单",
		"附 表 2 资 金 安 排":          "附表2资金安排",
		"Table 1 GDP 增长表":        "Table 1 GDP 增长表",
		"2024年度重点工作任务分解表":        "2024年度重点工作任务分解表",
		"表":                      "表",
		"表 项目":                   "表 项目",
	}
	for in, want := range cases {
		if got := captionText(in); got != want {
			t.Errorf("captionText(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSplitColumnCaption: an OCR line that split a 专栏 caption into
// cells keeps the label apart from its title, and the title whole.
func TestSplitColumnCaption(t *testing.T) {
	cases := map[string]string{
		"专栏9\t消费品以\t旧换新计划": "专栏9 消费品以旧换新计划",
		"专栏12\t回收利用计划":     "专栏12 回收利用计划",
		"专栏9消费品以\t旧换新计划":   "专栏9消费品以旧换新计划",
		"专栏\t消费品以旧换新计划":    "专栏消费品以旧换新计划",
		"专栏三\t消费品以\t旧换新计划": "专栏三消费品以旧换新计划",
	}
	for in, want := range cases {
		if got := splitColumnCaption(in); got != want {
			t.Errorf("splitColumnCaption(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHTMLCaptionSpaces: a <caption> keeps the spaces written in it; a
// line break of the page's source or a <br> next to a CJK character is
// a wrap, joined as running text is.
func TestHTMLCaptionSpaces(t *testing.T) {
	cases := map[string]string{
		"专栏2&nbsp;&nbsp;核心指标":    "专栏2 核心指标",
		"专栏2 核心\n    指标":         "专栏2 核心指标",
		"2024年重点<br>项目一览表":       "2024年重点项目一览表",
		"表1 GDP\n  growth 一览表":   "表1 GDP growth 一览表",
		"<b>表3</b> <i>资金安排</i>表": "表3 资金安排表",
	}
	for in, want := range cases {
		page := `<html><body><h1>关于印发重点任务清单的通知</h1><p>各单位：现将重点任务清单印发给你们，请认真贯彻执行。</p>
<table><caption>` + in + `</caption><tr><th>序号</th><th>任务</th></tr><tr><td>1</td><td>煤炭增产</td></tr></table></body></html>`
		is, err := Parse("t.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		tabs := is.Documents[0].Tables()
		if len(tabs) != 1 {
			t.Fatalf("%q: %d tables", in, len(tabs))
		}
		if got := tabs[0].Caption; got != want {
			t.Errorf("<caption>%s</caption>: %q, want %q", in, got, want)
		}
	}
}
