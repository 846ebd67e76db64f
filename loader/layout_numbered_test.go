package loader

import "testing"

// Numbered headings and articles set apart from their text by two spaces
// or more, as pdftotext and Word print them, are lines of text; a table
// whose first column is a 序号 stays a table.
func TestNumberedTextIsNoTable(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"chapters and articles between blank lines", []string{
			"第一章  总则", "",
			"第一条  为了加强城市供热管理，根据有关法律法规，制定本办法。", "",
			"第二条  本市行政区域内的城市供热活动，适用本办法。", "",
			"第二章  供热设施", "",
			"第三条  供热单位应当定期检修供热设施。"}, []string{
			"第一章  总则",
			"第一条  为了加强城市供热管理，根据有关法律法规，制定本办法。",
			"第二条  本市行政区域内的城市供热活动，适用本办法。",
			"第二章  供热设施",
			"第三条  供热单位应当定期检修供热设施。"}},
		{"articles on consecutive lines", []string{
			"第一条    为了规范行政规范性文件管理，制定本规定。",
			"第二条    本规定适用于本市各级行政机关。",
			"第三条    市司法局负责本规定的组织实施。"}, []string{
			"第一条    为了规范行政规范性文件管理，制定本规定。",
			"第二条    本规定适用于本市各级行政机关。",
			"第三条    市司法局负责本规定的组织实施。"}},
		{"headings of a plan", []string{
			"一、  总体要求", "",
			"二、  主要任务", "",
			"三、  保障措施"}, []string{
			"一、  总体要求",
			"二、  主要任务",
			"三、  保障措施"}},
		{"a 序号 table with group rows stays a table", []string{
			"序号    重点工作任务              责任单位      完成时限", "",
			"1       推进产业链招商            市商务局      2022年6月", "",
			"2       培育规模以上工业企业      市工信局      2022年12月"}, []string{
			"序号\t重点工作任务\t责任单位\t完成时限",
			"1\t推进产业链招商\t市商务局\t2022年6月",
			"2\t培育规模以上工业企业\t市工信局\t2022年12月"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLayout(t, c.lines, c.want)
		})
	}
}
