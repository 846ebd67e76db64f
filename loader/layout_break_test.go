package loader

import (
	"strings"
	"testing"
)

// breakAt lays cells out in columns for the eye: cell i at display
// cell breakCols[i] (a Chinese character is two wide), "" for an empty
// cell.
func breakAt(cells ...string) string {
	breakCols := []int{2, 9, 36, 48}
	var b strings.Builder
	x := 0
	for i, c := range cells {
		if c == "" {
			continue
		}
		pad := max(breakCols[i]-x, 2)
		b.WriteString(strings.Repeat(" ", pad))
		b.WriteString(c)
		x += pad
		for _, r := range c {
			x += byWidth(r)
		}
	}
	return b.String()
}

const (
	breakFooter = "                  — 3 —"
	breakHeader = "2024年第5期                              某市人民政府公报"
)

// breakCases are tables cut by a page break with no header repeated
// below it (see layout_break.go), and the rows around a record under
// merged cells, which such a break often starts. A line starting with
// \f starts a page.
var breakCases = []struct {
	name  string
	lines []string
	want  []string
}{
	{"a row cut by a break, a running header spaced out, a group row after it", []string{
		breakAt("序号", "工作任务", "责任单位", "完成时限"),
		breakAt("一、加快构建现代产业体系（共3项）"),
		breakAt("1", "推进产业链招商，", "市商务局", "6月底前"),
		breakAt("", "加快项目落地"),
		"", breakFooter, "\f" + breakHeader, "",
		breakAt("", "见到实效。"),
		breakAt("2", "培育规上企业", "市工信局", "9月底前"),
		breakAt("二、持续深化改革扩大开放（共1项）"),
		breakAt("3", "建设物流园区", "市交通局", "年底前"),
		"", "    正文继续。"}, []string{
		"序号\t工作任务\t责任单位\t完成时限",
		"一、加快构建现代产业体系（共3项）\t\t\t",
		"1\t推进产业链招商，加快项目落地见到实效。\t市商务局\t6月底前",
		breakFooter, breakHeader,
		"2\t培育规上企业\t市工信局\t9月底前",
		"二、持续深化改革扩大开放（共1项）\t\t\t",
		"3\t建设物流园区\t市交通局\t年底前",
		"    正文继续。"}},
	{"a header at a page's foot", []string{
		breakAt("序号", "工作任务", "责任单位", "完成时限"),
		"", breakFooter, "\f" + breakHeader, "",
		breakAt("1", "推进产业链招商", "市商务局", "6月底前"),
		breakAt("2", "培育规上企业", "市工信局", "9月底前"),
		"", "    正文继续。"}, []string{
		"序号\t工作任务\t责任单位\t完成时限",
		breakFooter, breakHeader,
		"1\t推进产业链招商\t市商务局\t6月底前",
		"2\t培育规上企业\t市工信局\t9月底前",
		"    正文继续。"}},
	{"a record under merged cells at a page's top", []string{
		breakAt("序号", "工作任务", "责任单位", "完成时限"),
		breakAt("1", "推进产业链招商", "市商务局", "6月底前"),
		breakAt("2", "培育规上企业，", "市工信局", "9月底前"),
		breakAt("", "加快项目落地"),
		"", breakFooter, "\f" + breakHeader, "",
		breakAt("", "", "市财政局", "年底前"),
		breakAt("3", "建设物流园区", "市交通局", "年底前"),
		"", "    正文继续。"}, []string{
		"序号\t工作任务\t责任单位\t完成时限",
		"1\t推进产业链招商\t市商务局\t6月底前",
		"2\t培育规上企业，加快项目落地\t市工信局\t9月底前",
		breakFooter, breakHeader,
		"\t\t市财政局\t年底前",
		"3\t建设物流园区\t市交通局\t年底前",
		"    正文继续。"}},
	{"a record under merged cells ends the row above it", []string{
		breakAt("序号", "工作任务", "责任单位", "完成时限"),
		breakAt("1", "推进产业链招商，", "市商务局", "6月底前"),
		breakAt("", "加快项目落地，"),
		breakAt("", "确保各项任务落"),
		breakAt("", "到实处。"),
		breakAt("", "", "市财政局", "年底前"),
		breakAt("2", "建设物流园区", "市交通局", "年底前"),
		"", "    正文继续。"}, []string{
		"序号\t工作任务\t责任单位\t完成时限",
		"1\t推进产业链招商，加快项目落地，确保各项任务落到实处。\t市商务局\t6月底前",
		"\t\t市财政局\t年底前",
		"2\t建设物流园区\t市交通局\t年底前",
		"    正文继续。"}},
	{"a record under merged cells at a page's top, the row after it cut by the next break", []string{
		breakAt("序号", "工作任务", "责任单位", "完成时限"),
		breakAt("1", "推进产业链招商，加", "市商务局", "6月底前"),
		breakAt("", "快项目落地，确保各"),
		breakAt("", "项任务落到实处。"),
		"", breakFooter, "\f" + breakHeader, "",
		breakAt("", "培育规上企业，确保", "市工信局", "9月底前"),
		breakAt("", "各项任务落到实处。"),
		breakAt("2", "建设物流园区，加快", "市交通局", "年底前"),
		breakAt("", "项目落地见效，确保"),
		"", breakFooter, "\f" + breakHeader, "",
		breakAt("", "各项任务落到实处。"),
		breakAt("3", "推进老旧小区改造。", "市住建局", "年底前"),
		"", "    正文继续。"}, []string{
		"序号\t工作任务\t责任单位\t完成时限",
		"1\t推进产业链招商，加快项目落地，确保各项任务落到实处。\t市商务局\t6月底前",
		breakFooter, breakHeader,
		"\t培育规上企业，确保各项任务落到实处。\t市工信局\t9月底前",
		"2\t建设物流园区，加快项目落地见效，确保各项任务落到实处。\t市交通局\t年底前",
		breakFooter, breakHeader,
		"3\t推进老旧小区改造。\t市住建局\t年底前",
		"    正文继续。"}},
	{"records under merged cells at a page's top, cells at their row's top: the second ends the first", []string{
		breakAt("序号", "工作任务", "责任单位", "完成时限"),
		breakAt("1", "推进产业链招商，加", "市商务局", "6月底前"),
		breakAt("", "快项目落地，确保各"),
		breakAt("", "项任务落到实处。"),
		"", breakFooter, "\f" + breakHeader, "",
		breakAt("", "培育规上企业，确保", "市工信局", "9月底前"),
		breakAt("", "各项任务落到实处。"),
		breakAt("", "建设物流园区。", "市交通局", "年底前"),
		breakAt("2", "推进老旧小区改造。", "市住建局", "年底前"),
		"", "    正文继续。"}, []string{
		"序号\t工作任务\t责任单位\t完成时限",
		"1\t推进产业链招商，加快项目落地，确保各项任务落到实处。\t市商务局\t6月底前",
		breakFooter, breakHeader,
		"\t培育规上企业，确保各项任务落到实处。\t市工信局\t9月底前",
		"\t建设物流园区。\t市交通局\t年底前",
		"2\t推进老旧小区改造。\t市住建局\t年底前",
		"    正文继续。"}},
	{"a caption centred below a break is no rest of a row", []string{
		breakAt("序号", "工作任务", "责任单位", "完成时限"),
		breakAt("1", "推进产业链招商", "市商务局", "6月底前"),
		breakAt("2", "培育规上企业，", "市工信局", "9月底前"),
		breakAt("", "加快项目落地"),
		"", breakFooter, "\f" + breakHeader, "",
		"                 主要指标",
		"", "    正文继续。"}, []string{
		"序号\t工作任务\t责任单位\t完成时限",
		"1\t推进产业链招商\t市商务局\t6月底前",
		"2\t培育规上企业，加快项目落地\t市工信局\t9月底前",
		breakFooter, breakHeader,
		"                 主要指标",
		"    正文继续。"}},
}

func TestLayoutBreaks(t *testing.T) {
	for _, c := range breakCases {
		t.Run(c.name, func(t *testing.T) {
			checkLayout(t, c.lines, c.want)
		})
	}
}

// TestLayoutRunningHeaderNoTable: a running header spaced out over the
// top of a page (the issue at the left, the gazette's name at the right)
// looks like a row of two cells, but it is the page's furniture: no table
// starts there, and the table below it keeps its header.
func TestLayoutRunningHeaderNoTable(t *testing.T) {
	checkLayout(t, []string{
		"    本预案自发布之日起实施。",
		"", breakFooter, "\f" + breakHeader, "", "",
		"                    附录2",
		"",
		"    某市应急联系方式",
		"",
		"  成员单位             值班电话",
		"  市政府值班室         0356-2198345",
		"  市指挥部办公室       0356-2022239",
		"  市委宣传部           0356-2198594",
	}, []string{
		"    本预案自发布之日起实施。",
		breakFooter, breakHeader,
		"                    附录2",
		"    某市应急联系方式",
		"成员单位\t值班电话",
		"市政府值班室\t0356-2198345",
		"市指挥部办公室\t0356-2022239",
		"市委宣传部\t0356-2198594",
	})
}
