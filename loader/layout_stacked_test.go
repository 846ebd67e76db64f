package loader

import "testing"

// Headers of two rows set left-aligned in their cells: each upper name
// starts where the first column it spans starts; a one-level name sits on
// either line. Each line becomes a tab row of its own, cell for cell; a
// header of labels wrapped over two lines stays one row.
func TestLayoutStacked(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"one-level name on the upper line", []string{
			"  类别         2024年          2025年",
			"               数量     投资   数量     投资",
			"  合计         12       1050   51       3350",
			"  汽车         10       650    50       3250",
			"  船舶         2        400    1        100"}, []string{
			"类别\t2024年\t\t2025年\t",
			"\t数量\t投资\t数量\t投资",
			"合计\t12\t1050\t51\t3350",
			"汽车\t10\t650\t50\t3250",
			"船舶\t2\t400\t1\t100"}},
		{"one-level name on the lower line", []string{
			"               2024年          2025年",
			"  类别         数量     投资   数量     投资",
			"  合计         12       1050   51       3350",
			"  汽车         10       650    50       3250",
			"  船舶         2        400    1        100"}, []string{
			"\t2024年\t\t2025年\t",
			"类别\t数量\t投资\t数量\t投资",
			"合计\t12\t1050\t51\t3350",
			"汽车\t10\t650\t50\t3250",
			"船舶\t2\t400\t1\t100"}},
		{"a header alone, its rows wrapped, under a caption and a field", []string{
			"    秸秆收储站建设申报表", "",
			"    _____乡镇(盖章)", "",
			"  主体     地址     现有规模                          新(扩)建内容及资金使用计",
			"                                                      划",
			"                    堆料场(m ²)   堆料棚     机具     规模                       投入资金合计及其来源渠道(元",
			"                                                                                 )", "",
			"    注：附营业证件复印件。"}, []string{
			"    秸秆收储站建设申报表",
			"    _____乡镇(盖章)",
			"主体\t地址\t现有规模\t\t\t新(扩)建内容及资金使用计划\t",
			"\t\t堆料场(m ²)\t堆料棚\t机具\t规模\t投入资金合计及其来源渠道(元)",
			"    注：附营业证件复印件。"}},
		{"labels wrapped over two lines are one row", []string{
			"  序号   重点工作   责任单位   完成时限",
			"         任务       及人员",
			"  1      甲任务     甲单位     三月",
			"  2      乙任务     乙单位     六月",
			"  3      丙任务     丙单位     九月"}, []string{
			"序号\t重点工作任务\t责任单位及人员\t完成时限",
			"1\t甲任务\t甲单位\t三月",
			"2\t乙任务\t乙单位\t六月",
			"3\t丙任务\t丙单位\t九月"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLayout(t, c.lines, c.want)
		})
	}
}
