package loader

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"gazette/data"
)

// Tables laid out in columns by spaces, as pdftotext -layout prints a
// ruled table: rows between blank lines, wrapped cells inside their
// columns, cells centred vertically, headers left-aligned or centred.
func TestLayoutTables(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"centred cells", `序号    重点工作任务                        责任单位           完成时限

      推进第1项重点工作任务，加快构建现代产业体系，确保项    主办：市发改委        2022年2月底
1
      目按期开工建设并形成实物工作量               协办：市工信局、市财政局   前

                                    主办：市发改委        2022年4月底
3     推进第3项重点工作任务，加快构建现代产业体系，
                                    协办：市工信局、市财政局   前

正文继续。`, []string{
			"序号\t重点工作任务\t责任单位\t完成时限",
			"1\t推进第1项重点工作任务，加快构建现代产业体系，确保项目按期开工建设并形成实物工作量\t主办：市发改委协办：市工信局、市财政局\t2022年2月底前",
			"3\t推进第3项重点工作任务，加快构建现代产业体系，\t主办：市发改委协办：市工信局、市财政局\t2022年4月底前",
			"正文继续。"}},
		{"centred headers, rows without blank lines", `   序号       单位名称          联系人        电话
    1       市发展和改革委员会     张三       0467-2381234
    2       市工业和信息化局       李四       0467-2385678
    3       市财政局              王五       0467-2389012
`, []string{
			"序号\t单位名称\t联系人\t电话",
			"1\t市发展和改革委员会\t张三\t0467-2381234",
			"2\t市工业和信息化局\t李四\t0467-2385678",
			"3\t市财政局\t王五\t0467-2389012"}},
		{"group rows", `序号    重点工作任务              责任单位      完成时限

一、加快构建现代产业体系（共2项）

1      推进产业链招商              市商务局      2022年6月

2      培育规模以上工业企业          市工信局      2022年12月
`, []string{
			"序号\t重点工作任务\t责任单位\t完成时限",
			"一、加快构建现代产业体系（共2项）\t\t\t",
			"1\t推进产业链招商\t市商务局\t2022年6月",
			"2\t培育规模以上工业企业\t市工信局\t2022年12月"}},
		{"a contents page is not a table", `市政府文件
鸡西市人民政府关于印发某某方案的通知      1
鸡西市人民政府办公室关于某某的通知      8
`, []string{"市政府文件", "鸡西市人民政府关于印发某某方案的通知      1", "鸡西市人民政府办公室关于某某的通知      8"}},
		{"a spaced-out line of text is not a table", `2022年第2期    总第16期    2022年3月15日
正文。`, []string{"2022年第2期    总第16期    2022年3月15日", "正文。"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLayout(t, strings.Split(c.text, "\n"), c.want)
		})
	}
}

// gutterCases are tables whose columns the rows' gutters show where no
// header label names them: a table with no header row, a column with an
// empty header cell; and rows that the gutter rules keep whole: a first
// cell wrapped over the lines of a spaced row, a header repeated on the
// next page over a single row, a last row of one run a line. A line
// starting with \f starts a page.
var gutterCases = []struct {
	name  string
	lines []string
	want  []string
}{
	{"a table with no header row", []string{
		"组 长:    王斌权    副市长              段新亮    市卫健委副主任", "",
		"副组长:   杨金中    市政府副秘书长      王丽丽    市审批服务局", "",
		"成 员:    邢海斌    市发展改革委副主任  李玉忠    市公安局副支队长", "",
		"正文继续。"}, []string{
		"组 长:\t王斌权\t副市长\t段新亮\t市卫健委副主任",
		"副组长:\t杨金中\t市政府副秘书长\t王丽丽\t市审批服务局",
		"成 员:\t邢海斌\t市发展改革委副主任\t李玉忠\t市公安局副支队长",
		"正文继续。"}},
	{"a list with no header row, its rows not spaced", []string{
		"    应急联系方式", "",
		"  市委办           值班室电话:2062298      值班室传真:2198332",
		"  市政府办         值班电话:2198345        传真:2037755",
		"  省指挥部办公室   值班电话:0351—7680418   传真:0351—7680117",
		"  市指挥部办公室   值班电话:2022239        传真:2022239", "",
		"    正文继续。"}, []string{
		"    应急联系方式",
		"市委办\t值班室电话:2062298\t值班室传真:2198332",
		"市政府办\t值班电话:2198345\t传真:2037755",
		"省指挥部办公室\t值班电话:0351—7680418\t传真:0351—7680117",
		"市指挥部办公室\t值班电话:2022239\t传真:2022239",
		"    正文继续。"}},
	{"a name list with no header row at a page's foot, its rows not spaced", []string{
		"    领导小组名单", "",
		"  组 长:    王斌权   副市长、市公安局局长       段新亮   市卫健委副主任",
		"  副组长:   杨金中   市政府副秘书长             王丽丽   市审批服务管理局四级调研",
		"", breakFooter, "\f" + breakHeader, "",
		"                                                         员",
		"            聂永平   市大数据应用局局长         秦志刚   市文明办副主任",
		"            赵建云   市公安局常务副局长         肖海清   市人防办副主任",
		"  成 员:    邢海斌   市发改委副主任             李玉忠   市公安局交警支队副支队长",
		"            来庭会   市教育局副局长             司国振   市直属机关事务服务中心副",
		"                                                         主任",
		"            续永福   市财政局副局长             高连江   市园林绿化服务中心副主任",
		"", "    正文继续。"}, []string{
		"    领导小组名单",
		"组 长:\t王斌权\t副市长、市公安局局长\t段新亮\t市卫健委副主任",
		"副组长:\t杨金中\t市政府副秘书长\t王丽丽\t市审批服务管理局四级调研员",
		breakFooter, breakHeader,
		"\t聂永平\t市大数据应用局局长\t秦志刚\t市文明办副主任",
		"\t赵建云\t市公安局常务副局长\t肖海清\t市人防办副主任",
		"成 员:\t邢海斌\t市发改委副主任\t李玉忠\t市公安局交警支队副支队长",
		"\t来庭会\t市教育局副局长\t司国振\t市直属机关事务服务中心副主任",
		"\t续永福\t市财政局副局长\t高连江\t市园林绿化服务中心副主任",
		"    正文继续。"}},
	{"a contents list with no blank line between its entries is no table", []string{
		"                    目  录", "",
		"    第一章    总则                  1",
		"    第二章    组织指挥体系          3",
		"    第三章    预防预警              8",
		"    第四章    应急响应              12", "",
		"    正文继续。"}, []string{
		"                    目  录",
		"    第一章    总则                  1",
		"    第二章    组织指挥体系          3",
		"    第三章    预防预警              8",
		"    第四章    应急响应              12",
		"    正文继续。"}},
	{"an unnamed column", []string{
		"服务对象            服务项目            牵头单位", "",
		"老年人        1     基本医疗保险        市医保局", "",
		"高龄老人      2     高龄津贴            市民政局", ""}, []string{
		"服务对象\t\t服务项目\t牵头单位",
		"老年人\t1\t基本医疗保险\t市医保局",
		"高龄老人\t2\t高龄津贴\t市民政局"}},
	{"a first cell wrapped over a spaced row", []string{
		"类别          序号  主要任务                      完成时限", "",
		"优化调整产          完成全市生态保护红线",
		"业结构和布    1     、环境质量底线                2020年12月",
		"局", "",
		"优化调整产          完成晋城市健牛工贸",
		"业结构和布    2     有限公司                      2020年6月",
		"局", ""}, []string{
		"类别\t序号\t主要任务\t完成时限",
		"优化调整产业结构和布局\t1\t完成全市生态保护红线、环境质量底线\t2020年12月",
		"优化调整产业结构和布局\t2\t完成晋城市健牛工贸有限公司\t2020年6月"}},
	{"a header repeated over one row on the next page", []string{
		"序号      单位名称            值班电话", "",
		"1         市发展和改革委员会  2022239", "",
		"2         市工业和信息化局    2056212", "",
		"\f序号      单位名称            值班电话", "",
		"3         市财政局            2065580", "",
		"正文继续。"}, []string{
		"序号\t单位名称\t值班电话",
		"1\t市发展和改革委员会\t2022239",
		"2\t市工业和信息化局\t2056212",
		"序号\t单位名称\t值班电话",
		"3\t市财政局\t2065580",
		"正文继续。"}},
	{"a last row of one run a line", []string{
		"指挥机构      职责", "",
		"县委宣传部    负责组织协调新闻媒体", "",
		"县公安局      负责现场警戒", "",
		"县财政局      负责资金保障", "",
		"              负责指导城市供水、排水",
		"县住建局",
		"              燃气的抢修工作。", "",
		"正文继续。"}, []string{
		"指挥机构\t职责",
		"县委宣传部\t负责组织协调新闻媒体",
		"县公安局\t负责现场警戒",
		"县财政局\t负责资金保障",
		"县住建局\t负责指导城市供水、排水燃气的抢修工作。",
		"正文继续。"}},
	{"a blank form", []string{
		"报告单位：（盖章）                    签发人：", "",
		"报告时间：", "",
		"灾害发生情况：（名称、发生区域、发生程度、已采取的措施、发生趋势判",
		"断等）", "",
		"拟采取的处置措施：", "",
		"报告人：                              联系方式：", "",
		"抄送：_____人民政府", "",
		"                    — 64 —"}, []string{
		"报告单位：（盖章）\t签发人：",
		"报告时间：\t",
		"灾害发生情况：（名称、发生区域、发生程度、已采取的措施、发生趋势判断等）\t",
		"拟采取的处置措施：\t",
		"报告人：\t联系方式：",
		"抄送：_____人民政府\t",
		"                    — 64 —"}},
	{"a blank form, its rows not spaced, a field wrapped in its cell", []string{
		"    灾害报告格式", "",
		"  报告单位：（盖章）         签发人：",
		"  报告时间：",
		"  灾害发生情况：（名称、发",
		"  生区域、发生程度、已采取",
		"  的措施、发生趋势判断等）",
		"  拟采取的处置措施：",
		"  报告人：                   联系方式：",
		"  抄送： _____人民政府", "",
		"    正文继续。"}, []string{
		"    灾害报告格式",
		"报告单位：（盖章）\t签发人：",
		"报告时间：\t",
		"灾害发生情况：（名称、发生区域、发生程度、已采取的措施、发生趋势判断等）\t",
		"拟采取的处置措施：\t",
		"报告人：\t联系方式：",
		"抄送： _____人民政府\t",
		"    正文继续。"}},
	{"a form filled in, its rows not spaced, is text", []string{
		"  报告单位：市农业农村局     签发人：张三",
		"  报告时间：2020年3月1日",
		"  灾害类别：病虫害",
		"  报告人：李四               联系方式：123"}, []string{
		"  报告单位：市农业农村局     签发人：张三",
		"  报告时间：2020年3月1日",
		"  灾害类别：病虫害",
		"  报告人：李四               联系方式：123"}},
	{"a form filled in is text", []string{
		"报告单位：市农业农村局                签发人：张三", "",
		"报告时间：2020年3月1日", "",
		"灾害类别：病虫害", "",
		"报告人：李四                          联系方式：123"}, []string{
		"报告单位：市农业农村局                签发人：张三",
		"报告时间：2020年3月1日",
		"灾害类别：病虫害",
		"报告人：李四                          联系方式：123"}},
	{"a header alone under its caption", []string{
		"            示范村申报表", "",
		"          种植    种植",
		"行政村    面积    面积    负责人",
		"          /小麦   /玉米", "",
		"填表人："}, []string{
		"            示范村申报表",
		"行政村\t种植面积/小麦\t种植面积/玉米\t负责人",
		"填表人："}},
	{"labels with no caption above are text", []string{
		"我们认为：", "",
		"          种植    种植",
		"行政村    面积    面积    负责人",
		"          /小麦   /玉米", "",
		"填表人："}, []string{
		"我们认为：",
		"          种植    种植",
		"行政村    面积    面积    负责人",
		"          /小麦   /玉米",
		"填表人："}},
	{"lines of two parts are no table", []string{
		"签发人：张三", "",
		"报告人：李四                  联系方式：123", "",
		"审核人：王五                  日期：2020年3月1日", "",
		"抄送：市政府                  印发：2020年3月2日"}, []string{
		"签发人：张三",
		"报告人：李四                  联系方式：123",
		"审核人：王五                  日期：2020年3月1日",
		"抄送：市政府                  印发：2020年3月2日"}},
}

// The tables of gutterCases read as their rows draw them.
func TestLayoutGutters(t *testing.T) {
	for _, c := range gutterCases {
		t.Run(c.name, func(t *testing.T) {
			checkLayout(t, c.lines, c.want)
		})
	}
}

// TestLayoutSubRecordsAndLabels: in a laid-out table whose rows have no
// blank line between them, a line under merged cells whose cells start
// again after they ended is a record of its own, and a group label in the
// middle of the rows takes no wrapped line of the rows around it.
func TestLayoutSubRecordsAndLabels(t *testing.T) {
	src := []string{
		"  序号   重点工作任务               责任单位         完成时限",
		"  一、加快构建现代产业体系（共3项）",
		"  1      全面落实营商环境优化，及   各县（区）政府   2025年第三季度",
		"         时研究解决工作中遇到的问",
		"         题。",
		"  二、大力发展现代农业（共2项）",
		"  2      扎实做好基层治理能力建设   各县（区）政府   长期坚持",
		"         ，推动经济社会高质量发展",
		"         。坚持政务服务标准化。",
		"                                    市交通运输局     长期坚持",
		"  3      全面落实应急物资储备。     市农业农村局     持续推进",
	}
	var got []string
	for _, l := range laidOut(src) {
		got = append(got, strings.TrimRight(l.text, "\t"))
	}
	want := []string{
		"序号\t重点工作任务\t责任单位\t完成时限",
		"一、加快构建现代产业体系（共3项）",
		"1\t全面落实营商环境优化，及时研究解决工作中遇到的问题。\t各县（区）政府\t2025年第三季度",
		"二、大力发展现代农业（共2项）",
		"2\t扎实做好基层治理能力建设，推动经济社会高质量发展。坚持政务服务标准化。\t各县（区）政府\t长期坚持",
		"\t\t市交通运输局\t长期坚持",
		"3\t全面落实应急物资储备。\t市农业农村局\t持续推进",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows\n%q\nwant\n%q", got, want)
	}
}

// TestLayoutNextHeaderOfOtherWidth: the header of the next table, with
// the same first label over fewer columns, ends the table above; it is no
// row of it.
func TestLayoutNextHeaderOfOtherWidth(t *testing.T) {
	src := []string{
		"  序号   指标名称                 2020年   目标值   属性",
		"  1      生态环境保护完成率       41.9     ≥89%     预期性",
		"  2      基层治理能力建设完成率   79.6     ≥83%     约束性",
		"",
		"                    重点工作任务分解表",
		"",
		"  序号   重点工作任务               责任单位           完成时限",
		"  1      全面落实安全生产工作，推   市应急管理局       2021年第三季度",
		"         动经济社会高质量发展。",
		"  2      全面落实政务服务标准化，   市住房城乡建设局   2021年9月",
		"         确保各项任务落到实处。",
	}
	var got []string
	for _, l := range laidOut(src) {
		got = append(got, strings.TrimSpace(l.text))
	}
	want := []string{
		"序号\t指标名称\t2020年\t目标值\t属性",
		"1\t生态环境保护完成率\t41.9\t≥89%\t预期性",
		"2\t基层治理能力建设完成率\t79.6\t≥83%\t约束性",
		"",
		"重点工作任务分解表",
		"",
		"序号\t重点工作任务\t责任单位\t完成时限",
		"1\t全面落实安全生产工作，推动经济社会高质量发展。\t市应急管理局\t2021年第三季度",
		"2\t全面落实政务服务标准化，确保各项任务落到实处。\t市住房城乡建设局\t2021年9月",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lines\n%q\nwant\n%q", got, want)
	}
}

// checkLayout reads lines with layoutTables (a line starting with \f
// starts a page) and compares the lines it gives, blank ones left out,
// with want.
func checkLayout(t *testing.T, lines, want []string) {
	t.Helper()
	var got []string
	for _, l := range laidOut(lines) {
		if strings.TrimSpace(l.text) != "" {
			got = append(got, l.text)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// laidOut returns what layoutTables makes of lines (see laidLines).
func laidOut(lines []string) []line {
	return layoutTables(laidLines(lines), func(int, string) {})
}

// laidLines numbers lines from 1, a line starting with \f starting a page.
func laidLines(lines []string) []line {
	var ls []line
	for i, s := range lines {
		ls = append(ls, line{n: int32(i + 1), text: strings.TrimPrefix(s, "\f"), marks: ffMark(strings.HasPrefix(s, "\f"))})
	}
	return ls
}

// TestLayoutSubRecordAtWidth: a record under merged cells that the
// x-positions split from the row above stays a record, even where the
// cells of that row, joined from their wrapped lines, are as long as the
// longest of their columns (what the wrapped-cell rule of tab tables
// reads as a cut); also at a page's top, below the rest of the row the
// break cut.
func TestLayoutSubRecordAtWidth(t *testing.T) {
	head := []string{
		"  序号   重点工作任务               责任单位                   完成时限",
		"  1      统筹推进应急物资储备，确   市财政局                   2019年12月底前",
		"         保各项任务落到实处。",
		"  2      全面落实营商环境优化，推   牵头单位：市发展改革委配   2019年6月底前",
		"         动经济社会高质量发展。     合单位：市住房城乡建设局",
	}
	tail := []string{
		"                                    市市场监管局               长期坚持",
		"  3      切实加强生态环境保护，不   牵头单位：市交通运输局配   2020年12月底前",
		"         断提升群众满意度。         合单位：市工业和信息化局",
	}
	want := []string{
		"1|统筹推进应急物资储备，确保各项任务落到实处。|市财政局|2019年12月底前",
		"2|全面落实营商环境优化，推动经济社会高质量发展。|牵头单位：市发展改革委配合单位：市住房城乡建设局|2019年6月底前",
		"2|全面落实营商环境优化，推动经济社会高质量发展。|市市场监管局|长期坚持",
		"3|切实加强生态环境保护，不断提升群众满意度。|牵头单位：市交通运输局配合单位：市工业和信息化局|2020年12月底前",
	}
	t.Run("in a page", func(t *testing.T) {
		checkRecords(t, slices.Concat(head, tail), want)
	})
	t.Run("below a page break", func(t *testing.T) {
		src := slices.Concat(head, []string{"", breakFooter, "\f" + breakHeader, "",
			"         确保各项任务落到实处。"}, tail)
		w := slices.Clone(want)
		w[1] = strings.Replace(w[1], "高质量发展。", "高质量发展。确保各项任务落到实处。", 1)
		w[2] = strings.Replace(w[2], "高质量发展。", "高质量发展。确保各项任务落到实处。", 1)
		checkRecords(t, src, w)
	})
}

// checkRecords fails t unless the lines src, laid out in columns, make
// one table whose records' cells, joined by |, are want.
func checkRecords(t *testing.T, src, want []string) {
	t.Helper()
	var tables []*data.Table
	for _, it := range extractTables(removeFurniture(laidOut(src), func(int, string) {}), func(int, string) {}) {
		if it.block != nil && it.block.Kind == data.TableBlock {
			tables = append(tables, it.block.Table)
		}
	}
	if len(tables) != 1 {
		t.Fatalf("%d tables", len(tables))
	}
	var got []string
	for _, r := range tables[0].Records {
		var cells []string
		for _, c := range r.Cells {
			cells = append(cells, c.Text)
		}
		got = append(got, strings.Join(cells, "|"))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("records\n%q\nwant\n%q", got, want)
	}
}
