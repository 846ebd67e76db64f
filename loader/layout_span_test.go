package loader

import "testing"

// spanCases are tables whose edges the rules of layout_span.go read: a
// group row above the first row of a table printed without a header row,
// rows that a page break carries over, and lines next to a table that are
// none of its rows. A line starting with \f starts a page.
var spanCases = []struct {
	name  string
	lines []string
	want  []string
}{
	{"a group row above a table with no header row", []string{
		"(一)基础设施项目", "",
		"甲项目      120      80      市发改委", "",
		"乙项目      60       40      市住建局", "",
		"丙项目      30       20      市交通局", "",
		"正文继续。"}, []string{
		"(一)基础设施项目\t\t\t",
		"甲项目\t120\t80\t市发改委",
		"乙项目\t60\t40\t市住建局",
		"丙项目\t30\t20\t市交通局",
		"正文继续。"}},
	{"a group row above a first row, and a row that looks like a header under it", []string{
		"(二)文化旅游项目", "",
		"类别        2024年      20        2025年", "",
		"类别        数量        投资      数量        投资", "",
		"合计        11          76        23          59", "",
		"演艺设备    1           9         9           16", "",
		"正文继续。"}, []string{
		"(二)文化旅游项目\t\t\t\t",
		"类别\t2024年\t20\t2025年\t",
		"类别\t数量\t投资\t数量\t投资",
		"合计\t11\t76\t23\t59",
		"演艺设备\t1\t9\t9\t16",
		"正文继续。"}},
	{"rows with no blank line between them: a group row on a first row, a row that looks like a header under it", []string{
		"(二)文化旅游项目",
		"类别        2024年      20        2025年",
		"            数量        投资      数量        投资",
		"合计        11          76        23          59",
		"演艺设备    1           9         9           16",
		"", "正文继续。"}, []string{
		"(二)文化旅游项目\t\t\t\t",
		"类别\t2024年\t20\t2025年\t",
		"\t数量\t投资\t数量\t投资",
		"合计\t11\t76\t23\t59",
		"演艺设备\t1\t9\t9\t16",
		"正文继续。"}},
	{"rows with no blank line between them: a line above them not numbered as a group row is none", []string{
		"文化旅游项目投资计划表",
		"类别        2024年      20        2025年",
		"            数量        投资      数量        投资",
		"合计        11          76        23          59",
		"演艺设备    1           9         9           16",
		"", "正文继续。"}, []string{
		"文化旅游项目投资计划表",
		"类别        2024年      20        2025年",
		"\t数量\t投资\t数量\t投资",
		"合计\t11\t76\t23\t59",
		"演艺设备\t1\t9\t9\t16",
		"正文继续。"}},
	{"a sentence above a table is no group row", []string{
		"各项目按计划推进，具体如下。", "",
		"甲项目      120      80      市发改委", "",
		"乙项目      60       40      市住建局", "",
		"丙项目      30       20      市交通局"}, []string{
		"各项目按计划推进，具体如下。",
		"甲项目\t120\t80\t市发改委",
		"乙项目\t60\t40\t市住建局",
		"丙项目\t30\t20\t市交通局"}},
	{"a heading above a table's header row is no group row", []string{
		"一、重点工作任务安排", "",
		"序号      工作任务            责任单位", "",
		"1         推进产业链招商      市商务局", "",
		"2         培育规上企业        市工信局", "",
		"3         建设物流园区        市交通局"}, []string{
		"一、重点工作任务安排",
		"序号\t工作任务\t责任单位",
		"1\t推进产业链招商\t市商务局",
		"2\t培育规上企业\t市工信局",
		"3\t建设物流园区\t市交通局"}},
	{"a row carried over a page break", []string{
		"甲项目      120      80      市发改委", "",
		"乙项目      60       40      市住建局", "",
		"丙项目      30       20      市交通局", "",
		"                  — 3 —",
		"\f        某市人民政府公报  2024年第5期", "",
		"丁项目      15       10      市水务局", "",
		"    正文继续，另起一页。"}, []string{
		"甲项目\t120\t80\t市发改委",
		"乙项目\t60\t40\t市住建局",
		"丙项目\t30\t20\t市交通局",
		"                  — 3 —",
		"        某市人民政府公报  2024年第5期",
		"丁项目\t15\t10\t市水务局",
		"    正文继续，另起一页。"}},
	{"text after a page break that keeps off the columns is no row", []string{
		"甲项目      120      80      市发改委", "",
		"乙项目      60       40      市住建局", "",
		"丙项目      30       20      市交通局", "",
		"                  — 3 —",
		"\f        某市人民政府公报  2024年第5期", "",
		"    某市人民政府            2024年1月5日"}, []string{
		"甲项目\t120\t80\t市发改委",
		"乙项目\t60\t40\t市住建局",
		"丙项目\t30\t20\t市交通局",
		"                  — 3 —",
		"        某市人民政府公报  2024年第5期",
		"    某市人民政府            2024年1月5日"}},
	{"runs after a page break off where the columns' text starts are no row", []string{
		"甲项目      120      80      市发改委", "",
		"乙项目      60       40      市住建局", "",
		"丙项目      30       20      市交通局", "",
		"                  — 3 —",
		"\f        某市人民政府公报  2024年第5期", "",
		"   附注         5"}, []string{
		"甲项目\t120\t80\t市发改委",
		"乙项目\t60\t40\t市住建局",
		"丙项目\t30\t20\t市交通局",
		"                  — 3 —",
		"        某市人民政府公报  2024年第5期",
		"   附注         5"}},
}

// The tables of spanCases read with the lines around them as printed.
func TestLayoutSpans(t *testing.T) {
	for _, c := range spanCases {
		t.Run(c.name, func(t *testing.T) {
			checkLayout(t, c.lines, c.want)
		})
	}
}
