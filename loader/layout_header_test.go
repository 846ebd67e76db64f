package loader

import "testing"

// headerCases are laid-out tables whose first lines may be a header or a
// record: the rows they load as, and the count of lines warned of as a
// record of short cells.
var headerCases = []struct {
	name    string
	lines   []string
	want    []string
	records int
}{
	{"a telephone number is no piece of a label", []string{
		"  单位名称             值班电话",
		"  市能源局             0356-2061323",
		"  县委值班室           0356-4239300",
		"  县政府值班室         0356-4222726",
	}, []string{
		"单位名称\t值班电话",
		"市能源局\t0356-2061323",
		"县委值班室\t0356-4239300",
		"县政府值班室\t0356-4222726"}, 0},
	{"a record's first line of short cells is no header's", []string{
		"  级别   标识   启动条件                   应对措施",
		"  一级   红色   发现重大隐患或一次发现两   1、主要负责人组织制",
		"                条以上重大事故隐患。       定整改方案",
		"  二级   橙色   发现较大隐患。             1、组织排查",
	}, []string{
		"级别\t标识\t启动条件\t应对措施",
		"一级\t红色\t发现重大隐患或一次发现两条以上重大事故隐患。\t1、主要负责人组织制定整改方案",
		"二级\t橙色\t发现较大隐患。\t1、组织排查"}, 1},
	{"a record of short cells amid the rows is no next header", []string{
		"  工作组       牵头单位     成员单位       主要职责",
		"  综合协调组   县能源局     县应急管理局   收集、汇总、报送信息",
		"                                           并承办文秘工作。",
		"  专家技术组   县供电公司   县气象局       组织相关专家对停电",
		"                                           事件进行分析研判。",
		"  社会稳定组   县公安局     县司法局       维护社会稳定。",
	}, []string{
		"工作组\t牵头单位\t成员单位\t主要职责",
		"综合协调组\t县能源局\t县应急管理局\t收集、汇总、报送信息并承办文秘工作。",
		"专家技术组\t县供电公司\t县气象局\t组织相关专家对停电事件进行分析研判。",
		"社会稳定组\t县公安局\t县司法局\t维护社会稳定。"}, 2},
	{"a first row fills a column the header leaves unnamed", []string{
		"  指挥机构                                   职责",
		"  指挥长             县政府分管副县长        负责全县事件应急处置的组织领导",
		"                                             和指挥协调工作；研究重大事项。",
		"  副指挥长           县政府办公室副主任      协助指挥长工作。",
	}, []string{
		"指挥机构\t\t职责",
		"指挥长\t县政府分管副县长\t负责全县事件应急处置的组织领导和指挥协调工作；研究重大事项。",
		"副指挥长\t县政府办公室副主任\t协助指挥长工作。"}, 0},
	{"the labels again below a page break open a table", []string{
		"  机构                            职责",
		"  甲机构       县政府分管副县长   负责甲事项，协调",
		"                                  乙事项。",
		"  乙机构       县政府办公室主任   负责丙事项。",
		"",
		"                  — 1 —",
		"\f                  某县人民政府公报",
		"",
		"  丙机构       县发改局局长       负责丁事项。",
		"",
		"  机构         职责",
		"  丁机构       负责戊事项，协调",
		"               己事项。",
		"  戊机构       负责庚事项。",
		"  己机构       负责辛事项。",
	}, []string{
		"机构\t\t职责",
		"甲机构\t县政府分管副县长\t负责甲事项，协调乙事项。",
		"乙机构\t县政府办公室主任\t负责丙事项。",
		"                  — 1 —",
		"                  某县人民政府公报",
		"丙机构\t县发改局局长\t负责丁事项。",
		"机构\t职责",
		"丁机构\t负责戊事项，协调己事项。",
		"戊机构\t负责庚事项。",
		"己机构\t负责辛事项。"}, 0},
	{"labels across the header's are the next table's header", []string{
		"  区域   甲类   乙类   丙类   丁类",
		"  东区   1      2      3      4",
		"  西区   5      6      7      8",
		"",
		"    二〇二二年任务",
		"",
		"  项目乡镇   高标准农田规模(亩)   建设内容",
		"",
		"                  — 1 —",
		"\f                  某县人民政府公报",
		"",
		"  东镇       783.08               田间道路",
		"  西镇       1280.32              土壤改良",
		"  南镇       659.17               灌溉与排水",
	}, []string{
		"区域\t甲类\t乙类\t丙类\t丁类",
		"东区\t1\t2\t3\t4",
		"西区\t5\t6\t7\t8",
		"    二〇二二年任务",
		"项目乡镇\t高标准农田规模(亩)\t建设内容",
		"                  — 1 —",
		"                  某县人民政府公报",
		"东镇\t783.08\t田间道路",
		"西镇\t1280.32\t土壤改良",
		"南镇\t659.17\t灌溉与排水"}, 0},
	{"one spanning name beside names of one level", []string{
		"  工作组       组成单位                   主要职责",
		"               牵头单位     成员单位",
		"  综合协调组   县能源局     县应急管理局   收集、汇总、报送信息。",
		"  电力恢复组   县发改局     县公安局       组织抢修恢复工作。",
		"  新闻宣传组   县委宣传部   县融媒体中心   做好新闻报道工作。",
	}, []string{
		"工作组\t组成单位\t\t主要职责",
		"\t牵头单位\t成员单位\t",
		"综合协调组\t县能源局\t县应急管理局\t收集、汇总、报送信息。",
		"电力恢复组\t县发改局\t县公安局\t组织抢修恢复工作。",
		"新闻宣传组\t县委宣传部\t县融媒体中心\t做好新闻报道工作。"}, 0},
}

// Headers told from a first record of short cells: a narrow table's cells
// are as short as labels, so the lines of a header are those that a
// record does not open, and a line of labels that opens a record is no
// header; each such line read as a record is warned of (records).
func TestLayoutHeaderOrRecord(t *testing.T) {
	for _, c := range headerCases {
		t.Run(c.name, func(t *testing.T) {
			checkLayout(t, c.lines, c.want)
			var warnings []string
			layoutTables(laidLines(c.lines), func(_ int, msg string) { warnings = append(warnings, msg) })
			if n := countWith(warnings, "opens a record"); n != c.records {
				t.Errorf("%d records of short cells warned of, want %d: %q", n, c.records, warnings)
			}
		})
	}
}
