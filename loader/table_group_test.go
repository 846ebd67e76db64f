package loader

import "testing"

// TestLayoutShortGroupUnderHeader: a group label short enough to be a
// header label (一、产业发展, 12 characters or fewer), alone on the line
// right under a header of one line, opens the rows: it is not read as the
// header's second line, whose labels it would join (序号一、产业发展).
func TestLayoutShortGroupUnderHeader(t *testing.T) {
	checkLayout(t, []string{
		"    序号    重点工作任务                  责任单位        完成时限",
		"    一、产业发展",
		"    1       推进重点项目建设。            市发改委        2024年6月",
		"    2       完成老旧小区改造。            市住建局        长期坚持",
		"    (二)生态保护",
		"    3       加强大气污染防治。            市生态环境局    2024年底",
	}, []string{
		"序号\t重点工作任务\t责任单位\t完成时限",
		"一、产业发展\t\t\t",
		"1\t推进重点项目建设。\t市发改委\t2024年6月",
		"2\t完成老旧小区改造。\t市住建局\t长期坚持",
		"(二)生态保护\t\t\t",
		"3\t加强大气污染防治。\t市生态环境局\t2024年底",
	})
}
