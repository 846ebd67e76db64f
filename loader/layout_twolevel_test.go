package loader

import "testing"

// Headers of two levels as -layout prints them: each upper name centred
// over the columns it spans, on the header's first line or above a rule's
// blank line; a one-level name centred between the two rows. They become
// the two tab rows of a two-row header.
func TestLayoutTwoLevel(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"upper names on the header's first line", []string{
			"              2024年          2025年",
			"类别",
			"          数量    投资    数量    投资", "",
			"合计      10      20      30      40", "",
			"汽车      1       2       3       4"}, []string{
			"类别\t2024年\t\t2025年\t",
			"\t数量\t投资\t数量\t投资",
			"合计\t10\t20\t30\t40",
			"汽车\t1\t2\t3\t4"}},
		{"upper names above a rule, a header alone under its caption", []string{
			"                   示范村申报表", "",
			"               种植面积              离田", "",
			"行政村                                           负责人",
			"          合计    小麦    玉米    机械    辅助",
			"          面积    面积    面积    离田    离田", "",
			"填表人："}, []string{
			"                   示范村申报表",
			"行政村\t种植面积\t\t\t离田\t\t负责人",
			"\t合计面积\t小麦面积\t玉米面积\t机械离田\t辅助离田\t",
			"填表人："}},
		{"a header of two levels ends a table of two columns above", []string{
			"单位        职责", "",
			"县公安局    负责现场警戒", "",
			"县财政局    负责资金保障", "",
			"县住建局    负责抢修工作", "",
			"                组成单位",
			"工作组                                职责",
			"          牵头单位    成员单位", "",
			"综合组    县能源局    县应急局    收集信息，报送动态。", "",
			"保障组    县财政局    县公安局    督办各组工作。"}, []string{
			"单位\t职责",
			"县公安局\t负责现场警戒",
			"县财政局\t负责资金保障",
			"县住建局\t负责抢修工作",
			"工作组\t组成单位\t\t职责",
			"\t牵头单位\t成员单位\t",
			"综合组\t县能源局\t县应急局\t收集信息，报送动态。",
			"保障组\t县财政局\t县公安局\t督办各组工作。"}},
		{"a caption over a header of one level is no upper row", []string{
			"              重点工作任务表", "",
			"序号    任务      单位      时限", "",
			"1       甲任务    甲单位    三月", "",
			"2       乙任务    乙单位    六月"}, []string{
			"              重点工作任务表",
			"序号\t任务\t单位\t时限",
			"1\t甲任务\t甲单位\t三月",
			"2\t乙任务\t乙单位\t六月"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLayout(t, c.lines, c.want)
		})
	}
}
