package loader

import "testing"

// rowSetCases are tables whose rows have no blank line between them, their
// cells set at the top of their row or centred in it: each wrapped line
// goes with the row its cell belongs to.
var rowSetCases = []struct {
	name  string
	lines []string
	want  []string
}{
	{"cells at their row's top: a cell's last lines are nearer the next row", []string{
		"  序号   重点工作任务               责任单位     完成时限",
		"  1      全面落实营商环境优化，及   市发改委     6月底前",
		"         时研究解决工作中遇到的问",
		"         题，推动经济社会高质量发",
		"         展。",
		"  2      扎实做好基层治理能力建设   市民政局     9月底前",
		"         ，不断提升群众满意度。",
		"  3      推进产业链招商。           市商务局     年底前",
		"", "正文继续。"}, []string{
		"序号\t重点工作任务\t责任单位\t完成时限",
		"1\t全面落实营商环境优化，及时研究解决工作中遇到的问题，推动经济社会高质量发展。\t市发改委\t6月底前",
		"2\t扎实做好基层治理能力建设，不断提升群众满意度。\t市民政局\t9月底前",
		"3\t推进产业链招商。\t市商务局\t年底前",
		"正文继续。"}},
	{"cells at their row's top, the rows above two lines each", []string{
		"  序号   重点工作任务               责任单位     完成时限",
		"  1      坚持数字政府建设，不断提   市发改委     6月底前",
		"         升群众满意度。",
		"  2      进一步“放管服”改革，推动   市民政局     9月底前",
		"         经济社会高质量发展。",
		"  3      扎实做好农村人居环境整治   市商务局     年底前",
		"         ，形成工作合力。统筹推进",
		"         生态环境保护，确保各项任",
		"         务落到实处。",
		"  4      推进产业链招商。           市工信局     年底前",
		"", "正文继续。"}, []string{
		"序号\t重点工作任务\t责任单位\t完成时限",
		"1\t坚持数字政府建设，不断提升群众满意度。\t市发改委\t6月底前",
		"2\t进一步“放管服”改革，推动经济社会高质量发展。\t市民政局\t9月底前",
		"3\t扎实做好农村人居环境整治，形成工作合力。统筹推进生态环境保护，确保各项任务落到实处。\t市商务局\t年底前",
		"4\t推进产业链招商。\t市工信局\t年底前",
		"正文继续。"}},
	{"cells at their row's top, a page's footer below them wider than a column", []string{
		"  序号   重点工作任务               责任单位                   完成时限",
		"  一、加快构建现代产业体系（共2项）",
		"  1      切实加强营商环境优化，不   市政务服务中心             2021年6月底前",
		"         断提升群众满意度。全面落",
		"         实农村人居环境整治，推动",
		"         经济社会高质量发展。",
		"  2      全面落实农村人居环境整治   市工业和信息化局           2021年6月底前",
		"",
		"                                  — 4 —",
		"\f                        某市人民政府公报",
		"",
		"         ，及时研究解决工作中遇到",
		"         的问题。",
		"", "正文继续。"}, []string{
		"序号\t重点工作任务\t责任单位\t完成时限",
		"一、加快构建现代产业体系（共2项）\t\t\t",
		"1\t切实加强营商环境优化，不断提升群众满意度。全面落实农村人居环境整治，推动经济社会高质量发展。\t市政务服务中心\t2021年6月底前",
		"2\t全面落实农村人居环境整治，及时研究解决工作中遇到的问题。\t市工业和信息化局\t2021年6月底前",
		"                                  — 4 —",
		"                        某市人民政府公报",
		"正文继续。"}},
	{"cells centred in their row: a row takes the lines above its first cell", []string{
		"  序号   重点工作任务               责任单位     完成时限",
		"         推进产业链招商，加快项目落",
		"  1      地见效，培育规上企业，确保   市商务局     年底前",
		"         各项任务落到实处。",
		"         全面落实营商环境优化，及",
		"  2      时研究解决工作中遇到的问",
		"         题。                       市发改委     6月底前",
		"  3      培育规上企业。             市工信局     9月底前",
		"", "正文继续。"}, []string{
		"序号\t重点工作任务\t责任单位\t完成时限",
		"1\t推进产业链招商，加快项目落地见效，培育规上企业，确保各项任务落到实处。\t市商务局\t年底前",
		"2\t全面落实营商环境优化，及时研究解决工作中遇到的问题。\t市发改委\t6月底前",
		"3\t培育规上企业。\t市工信局\t9月底前",
		"正文继续。"}},
}

func TestLayoutRowSet(t *testing.T) {
	for _, c := range rowSetCases {
		t.Run(c.name, func(t *testing.T) {
			checkLayout(t, c.lines, c.want)
		})
	}
}
