package loader

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"gazette/data"
)

// tableRun is what extractTables made of a piece of body text.
type tableRun struct {
	tables   []*data.Table
	raws     []string // text of raw blocks
	lines    []string // lines passed through as text (blank ones left out)
	warnings []string // "LINE: message"
}

// runTables feeds src, one body line per "\n", through extractTables. A
// form feed is dropped as decode drops it.
func runTables(src string) tableRun {
	var run tableRun
	var ls []line
	for i, t := range strings.Split(src, "\n") {
		ls = append(ls, line{n: int32(i + 1), text: strings.ReplaceAll(t, "\f", "")})
	}
	warn := func(n int, msg string) { run.warnings = append(run.warnings, fmt.Sprintf("%d: %s", n, msg)) }
	for _, it := range extractTables(ls, warn) {
		switch {
		case it.block == nil:
			for _, l := range it.lines {
				if trim(l.text) != "" {
					run.lines = append(run.lines, trim(l.text))
				}
			}
		case it.block.Kind == data.TableBlock:
			run.tables = append(run.tables, it.block.Table)
		default:
			run.raws = append(run.raws, it.block.Text)
		}
	}
	return run
}

// rows renders a table's records as "cell|cell|…", a group label in
// front ("一、产业>1|a|b") when the record has one.
func rows(t *data.Table) []string {
	var out []string
	for i, r := range t.Records {
		var cells []string
		for _, c := range r.Cells {
			cells = append(cells, c.Text)
		}
		s := strings.Join(cells, "|")
		if g := t.GroupOf(i); g != "" {
			s = g + ">" + s
		}
		out = append(out, s)
	}
	return out
}

// oneTable checks that src gives exactly one table with these columns and
// records and no text lines from inside it.
func oneTable(t *testing.T, src string, cols []string, recs []string) tableRun {
	t.Helper()
	run := runTables(src)
	if len(run.tables) != 1 {
		t.Fatalf("%d tables (raw %q, lines %q), want 1", len(run.tables), run.raws, run.lines)
	}
	tab := run.tables[0]
	if !reflect.DeepEqual(tab.Columns, cols) {
		t.Errorf("columns %q, want %q", tab.Columns, cols)
	}
	if got := rows(tab); !reflect.DeepEqual(got, recs) {
		t.Errorf("records\n%q\nwant\n%q", got, recs)
	}
	return run
}

const taskHeader = "序号\t重点工作任务\t责任单位\t完成时限"

var taskCols = []string{"序号", "重点工作任务", "责任单位", "完成时限"}

// TestTablePageBreaks: a table split over pages is one table whatever
// stands between the pages, and nothing between them becomes a row.
func TestTablePageBreaks(t *testing.T) {
	page1 := taskHeader + "\n1\t推进项目建设。\t市发改委\t2024年6月\n2\t加强安全监管。\t市应急局\t2024年底"
	page2 := "3\t优化营商环境。\t市营商局\t长期坚持"
	want := []string{"1|推进项目建设。|市发改委|2024年6月", "2|加强安全监管。|市应急局|2024年底", "3|优化营商环境。|市营商局|长期坚持"}
	breaks := []struct {
		name, between string
		furniture     int // warnings for dropped furniture
	}{
		{"blank lines", "\n\n", 0},
		{"dash footer", "\n— 2 —\n", 1},
		{"footer right between rows", "— 2 —", 1},
		{"footer and header right between rows", "第2页\n某市人民政府公报 2024年第3期", 2},
		{"tight dash footer", "\n—2—\n\n", 1},
		{"hyphen footer", "\n- 2 -\n", 1},
		{"page label", "\n第2页\n", 1},
		{"page of pages", "\n第 2 页 共 9 页\n", 1},
		{"bare page number", "\n12\n\n", 1},
		{"running header", "\n\n某市人民政府公报\n\n", 1},
		{"running header with issue", "\n— 7 —\n\f某市人民政府公报 2024年第3期\n", 2},
		{"form feed", "\n\f\n", 0},
		{"repeated header", "\n\n" + taskHeader + "\n", 0},
		{"reworded header", "\n第3页\n\n序号\t工作任务\t牵头责任单位\t时限\n", 1},
		{"empty tab row", "\n\t\t\t\n", 0},
		{"header reworded more", "\n\n编号\t重点工作任务\t牵头单位\t完成时间\n", 0},
	}
	for _, b := range breaks {
		t.Run(b.name, func(t *testing.T) {
			run := oneTable(t, page1+"\n"+b.between+"\n"+page2, taskCols, want)
			if len(run.lines) != 0 {
				t.Errorf("lines outside the table: %q", run.lines)
			}
			n := countWith(run.warnings, "furniture")
			if n != b.furniture {
				t.Errorf("%d furniture warnings, want %d: %q", n, b.furniture, run.warnings)
			}
		})
	}
	// A header naming other things starts another table.
	if run := runTables(page1 + "\n\n序号\t主要目标\t责任单位\t完成时限\n1\t增长6%\t市统计局\t年底"); len(run.tables) != 2 {
		t.Errorf("a different header after a break: %d tables, want 2", len(run.tables))
	}
	// A paragraph, or a section heading followed by a new table, ends it.
	for _, after := range []string{"\n\n二、保障措施\n\n各单位要加强领导。", "\n\n二、任务清单\n\n序号\t名称\t备注\n1\t甲\t乙"} {
		run := runTables(page1 + after)
		if len(run.tables) == 0 || len(run.tables[0].Records) != 2 || !contains(run.lines, "二、保障措施") && !contains(run.lines, "二、任务清单") {
			t.Errorf("%q: tables %d, lines %q", after, len(run.tables), run.lines)
		}
	}
}

// TestTableGroups: group rows, tabbed or printed as lines of their own,
// with or without a count, keep applying across page breaks.
func TestTableGroups(t *testing.T) {
	r1, r2, r3 := "1\t推进项目建设。\t市发改委\t6月", "2\t加强安全监管。\t市应急局\t年底", "3\t优化营商环境。\t市营商局\t长期"
	cases := []struct {
		name, src string
		want      []string
	}{
		{"tabbed labels", taskHeader + "\n一、产业发展\t\t\t\n" + r1 + "\n" + r2 + "\n二、安全生产\t\t\t\n" + r3,
			[]string{"一、产业发展>1|推进项目建设。|市发改委|6月", "一、产业发展>2|加强安全监管。|市应急局|年底", "二、安全生产>3|优化营商环境。|市营商局|长期"}},
		{"group applies after a break", taskHeader + "\n<b>一、产业发展</b>\t\t\t\n" + r1 + "\n\n— 2 —\n\n" + taskHeader + "\n" + r2,
			[]string{"一、产业发展>1|推进项目建设。|市发改委|6月", "一、产业发展>2|加强安全监管。|市应急局|年底"}},
		{"tabbed label opens the next page", taskHeader + "\n一、产业发展\t\t\t\n" + r1 + "\n\n— 2 —\n\n二、安全生产（共2项）\t\t\t\n" + r2 + "\n" + r3,
			[]string{"一、产业发展>1|推进项目建设。|市发改委|6月", "二、安全生产（共2项）>2|加强安全监管。|市应急局|年底", "二、安全生产（共2项）>3|优化营商环境。|市营商局|长期"}},
		{"labels with counts", taskHeader + "\n一、产业发展（共2项）\t\t\t\n" + r1 + "\n" + r2 + "\n(二)安全生产(共1项)\t\t\t\n" + r3,
			[]string{"一、产业发展（共2项）>1|推进项目建设。|市发改委|6月", "一、产业发展（共2项）>2|加强安全监管。|市应急局|年底", "(二)安全生产(共1项)>3|优化营商环境。|市营商局|长期"}},
		{"labels as lines of their own", taskHeader + "\n\n一、产业发展（共2项）\n\n" + r1 + "\n" + r2 + "\n\n二、安全生产（共1项）\n\n" + r3,
			[]string{"一、产业发展（共2项）>1|推进项目建设。|市发改委|6月", "一、产业发展（共2项）>2|加强安全监管。|市应急局|年底", "二、安全生产（共1项）>3|优化营商环境。|市营商局|长期"}},
		{"uncounted label before data rows", taskHeader + "\n（一）产业发展\n" + r1 + "\n（二）安全生产\n" + r2,
			[]string{"（一）产业发展>1|推进项目建设。|市发改委|6月", "（二）安全生产>2|加强安全监管。|市应急局|年底"}},
		{"label in the second cell", taskHeader + "\n\t一、产业发展\t\t\n" + r1 + "\n\t（二）安全生产\t\t\n" + r2,
			[]string{"一、产业发展>1|推进项目建设。|市发改委|6月", "（二）安全生产>2|加强安全监管。|市应急局|年底"}},
		{"label line after a page break", taskHeader + "\n一、产业发展\t\t\t\n" + r1 + "\n\n第2页\n\n二、安全生产（共2项）\n" + r2 + "\n" + r3,
			[]string{"一、产业发展>1|推进项目建设。|市发改委|6月", "二、安全生产（共2项）>2|加强安全监管。|市应急局|年底", "二、安全生产（共2项）>3|优化营商环境。|市营商局|长期"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			run := oneTable(t, c.src, taskCols, c.want)
			if len(run.lines) != 0 {
				t.Errorf("lines outside the table: %q", run.lines)
			}
		})
	}
}

// TestTableHeaderAndTotals: a header below an empty row of tabs is the
// header; 合计/总计/小计 rows are records, never continuations or
// duplicates.
func TestTableHeaderAndTotals(t *testing.T) {
	cols := []string{"序号", "项目", "金额"}
	cases := []struct {
		name, src string
		want      []string
	}{
		{"empty tab row above the header", "\t\t\n序号\t项目\t金额\n1\t道路\t10\n2\t桥梁\t20",
			[]string{"1|道路|10", "2|桥梁|20"}},
		{"合计 in the first cell", "序号\t项目\t金额\n1\t道路\t10\n合计\t\t10", []string{"1|道路|10", "合计||10"}},
		{"合计 under an empty 序号", "序号\t项目\t金额\n1\t道路\t10\n2\t桥梁\t20\n\t合计\t30", []string{"1|道路|10", "2|桥梁|20", "|合计|30"}},
		{"spaced 总 计", "序号\t项目\t金额\n1\t道路\t10\n\t总 计\t10", []string{"1|道路|10", "|总 计|10"}},
		{"two 小计 rows", "序号\t项目\t金额\n1\t道路\t10\n小计\t\t10\n2\t桥梁\t20\n小计\t\t20",
			[]string{"1|道路|10", "小计||10", "2|桥梁|20", "小计||20"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			run := oneTable(t, c.src, cols, c.want)
			for _, r := range run.tables[0].Records {
				if r.Continuation || r.Duplicate {
					t.Errorf("line %d: continuation %v duplicate %v", r.Line, r.Continuation, r.Duplicate)
				}
			}
		})
	}
}

// TestTableCaption: the caption is the title line just above the table,
// never a section heading or a sentence.
func TestTableCaption(t *testing.T) {
	table := "\n\n序号\t项目\t金额\n1\t道路\t10"
	cases := []struct {
		above, caption string
		kept           []string // text lines left in the body
	}{
		{"表1 2024年重点项目", "表1 2024年重点项目", nil},
		{"表 2", "表2", nil},
		{"表 2  资金安排", "表2 资金安排", nil},
		{"附表", "附表", nil},
		{"附表2 资金安排", "附表2 资金安排", nil},
		{"专栏10  回收循环利用领域以旧换新计划", "专栏10 回收循环利用领域以旧换新计划", nil},
		{"表1 COVID-19 Vaccine 接种点一览表", "表1 COVID-19 Vaccine 接种点一览表", nil},
		{"资 金 安 排 表", "资金安排表", nil},
		{"2024年重点项目一览表", "2024年重点项目一览表", nil},
		{"市政府重点工作任务分工方案", "市政府重点工作任务分工方案", nil},
		{"基本养老服务清单", "基本养老服务清单", nil},
		{"## 鸡西市创建现代工业企业评价表", "鸡西市创建现代工业企业评价表", nil},
		{"表3 资金安排表\n\n单位：万元", "表3 资金安排表", []string{"单位：万元"}},
		{"## 二、重点任务", "", []string{"## 二、重点任务"}},
		{"（三）任务分工表", "", []string{"（三）任务分工表"}},
		{"各单位要按下表落实任务。", "", []string{"各单位要按下表落实任务。"}},
		{"主要目标", "", []string{"主要目标"}},
		{"表1 重点项目\n\n一、总体要求", "", []string{"表1 重点项目", "一、总体要求"}},
	}
	for _, c := range cases {
		t.Run(c.above, func(t *testing.T) {
			run := runTables(c.above + table)
			if len(run.tables) != 1 {
				t.Fatalf("%d tables", len(run.tables))
			}
			if got := run.tables[0].Caption; got != c.caption {
				t.Errorf("caption %q, want %q", got, c.caption)
			}
			if !reflect.DeepEqual(run.lines, c.kept) {
				t.Errorf("lines %q, want %q", run.lines, c.kept)
			}
		})
	}
}

// TestTableCSVQuoting: tab-separated rows written with CSV quoting are
// read as quoted fields; quotes that are text stay text.
func TestTableCSVQuoting(t *testing.T) {
	cols := []string{"序号", "任务", "单位"}
	cases := []struct {
		name, src string
		want      []string
	}{
		{"cell over lines", "序号\t任务\t单位\n1\t\"推进项目建设\n加快进度\"\t市发改委\n2\t加强监管\t市应急局",
			[]string{"1|推进项目建设\n加快进度|市发改委", "2|加强监管|市应急局"}},
		{"doubled quotes", "序号\t任务\t单位\n1\t\"落实\"\"放管服\"\"改革\"\t市营商局",
			[]string{"1|落实\"放管服\"改革|市营商局"}},
		{"tab inside a cell", "序号\t任务\t单位\n1\t\"甲\t乙\"\t市营商局", []string{"1|甲\t乙|市营商局"}},
		{"every cell quoted", "\"序号\"\t\"任务\"\t\"单位\"\n\"1\"\t\"推进项目\"\t\"市发改委\"", []string{"1|推进项目|市发改委"}},
		{"first cell over lines", "序号\t任务\t单位\n\"1\n(续)\"\t推进项目\t市发改委", []string{"1\n(续)|推进项目|市发改委"}},
		{"blank line inside a cell", "序号\t任务\t单位\n1\t\"第一段\n\n第二段\"\t市发改委", []string{"1|第一段\n第二段|市发改委"}},
		{"quotes that are text", "序号\t任务\t单位\n1\t\"放管服\"改革\t市营商局\n2\t\"双创\"\t市科技局",
			[]string{"1|\"放管服\"改革|市营商局", "2|\"双创\"|市科技局"}},
		{"unclosed quote", "序号\t任务\t单位\n1\t\"推进项目\t市发改委\n2\t加强监管\t市应急局",
			[]string{"1|\"推进项目|市发改委", "2|加强监管|市应急局"}},
		{"quoted header over lines", "序号\t\"重点\n任务\"\t单位\n1\t推进项目\t市发改委", []string{"1|推进项目|市发改委"}},
		{"quotes around rows", "序号\t任务\t单位\n1\t加快推进\t市发改委\n\t\"一网通办\t\n2\t全面落实推进\"\t市应急局",
			[]string{"1|加快推进|市发改委", "1|\"一网通办|", "2|全面落实推进\"|市应急局"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := cols
			if c.name == "quoted header over lines" {
				want = []string{"序号", "重点\n任务", "单位"}
			}
			run := oneTable(t, c.src, want, c.want)
			if len(run.lines) != 0 {
				t.Errorf("lines outside the table: %q", run.lines)
			}
		})
	}
}

// TestTablePipes: markdown pipe tables are tables, across pages too.
func TestTablePipes(t *testing.T) {
	cols := []string{"序号", "任务", "单位"}
	cases := []struct {
		name, src string
		want      []string
	}{
		{"plain", "| 序号 | 任务 | 单位 |\n|---|---|---|\n| 1 | 推进项目 | 市发改委 |\n| 2 | 加强监管 | 市应急局 |",
			[]string{"1|推进项目|市发改委", "2|加强监管|市应急局"}},
		{"aligned separator, no outer pipe at the end", "|序号|任务|单位\n| :--- | :---: | ---: |\n|1|推进项目|市发改委",
			[]string{"1|推进项目|市发改委"}},
		{"escaped pipe and <br>", "| 序号 | 任务 | 单位 |\n|---|---|---|\n| 1 | 甲\\|乙<br>丙 | 市发改委 |",
			[]string{"1|甲|乙\n丙|市发改委"}},
		{"empty cells", "| 序号 | 任务 | 单位 |\n|---|---|---|\n| 1 | 推进项目 | 市发改委 |\n|  |  | 市财政局 |",
			[]string{"1|推进项目|市发改委", "1|推进项目|市财政局"}},
		{"over two pages", "| 序号 | 任务 | 单位 |\n|---|---|---|\n| 1 | 推进项目 | 市发改委 |\n\n— 2 —\n\n| 序号 | 任务 | 单位 |\n|---|---|---|\n| 2 | 加强监管 | 市应急局 |",
			[]string{"1|推进项目|市发改委", "2|加强监管|市应急局"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			run := oneTable(t, c.src, cols, c.want)
			if len(run.lines) != 0 {
				t.Errorf("lines outside the table: %q", run.lines)
			}
		})
	}
	// A line that merely has pipes is text.
	run := runTables("**2022** | 第 2 期\n\n| 不是表格 |\n正文")
	if len(run.tables) != 0 || len(run.lines) != 3 {
		t.Errorf("tables %d, lines %q", len(run.tables), run.lines)
	}
}

// flatCase is a pdftotext one-cell-per-line table and what it loads as.
type flatCase struct {
	name, src string
	cols      []string
	want      []string // records; nil: a raw block
	text      []string // lines left as text
}

var flatCases = []flatCase{
	{"numbered", "表1 重点项目\n序号\n项目名称\n责任单位\n1\n城区道路\n市住建局\n2\n污水处理厂\n市水务局",
		[]string{"序号", "项目名称", "责任单位"}, []string{"1|城区道路|市住建局", "2|污水处理厂|市水务局"}, nil},
	{"blank lines between cells", "表 2\n\n序号\n\n项目名称\n\n1\n\n城区道路\n\n2\n\n污水处理厂",
		[]string{"序号", "项目名称"}, []string{"1|城区道路", "2|污水处理厂"}, nil},
	{"no 序号", "表3 投资安排\n项目名称\n投资金额\n城区道路\n1000\n污水处理厂\n2000",
		[]string{"项目名称", "投资金额"}, []string{"城区道路|1000", "污水处理厂|2000"}, nil},
	{"short heading after the table", "表1 重点项目\n序号\n项目名称\n1\n城区道路\n2\n污水处理厂\n\n分项目标\n\n这是一段足够长的正文文字，说明上表的执行要求和工作安排。",
		[]string{"序号", "项目名称"}, []string{"1|城区道路", "2|污水处理厂"}, []string{"分项目标", "这是一段足够长的正文文字，说明上表的执行要求和工作安排。"}},
	{"title ending in 表", "## 重点项目安排表\n序号\n项目名称\n责任单位\n1\n城区道路\n市住建局",
		[]string{"序号", "项目名称", "责任单位"}, []string{"1|城区道路|市住建局"}, nil},
	{"a cell wrapped over two lines", "表1 重点项目\n序号\n项目名称\n责任单位\n1\n城区道路\n市住建局\n2\n污水处理厂\n二期工程\n市水务局",
		nil, nil, nil},
	{"序号 gives the column count", "表1 重点项目\n序号\n项目名称\n责任单位\n推进情况\n1\n城区道路\n市住建局\n良好",
		[]string{"序号", "项目名称", "责任单位", "推进情况"}, []string{"1|城区道路|市住建局|良好"}, nil},
	{"long cells, a cell over labelled lines, counted groups", "表1 重点工作任务分解表\n序号\n重点工作任务\n责任单位\n完成时限\n" +
		"一、加快构建现代产业体系（共2项）\n1\n扎实做好政务服务标准化，确保各项任务落到实处。推进一网通办改革。\n牵头单位：市财政局\n配合单位：市交通运输局\n长期坚持\n" +
		"2\n进一步加强生态环境保护，确保各项任务落到实处。\n市农业农村局\n2025年9月\n\n(一)压实主体责任",
		[]string{"序号", "重点工作任务", "责任单位", "完成时限"},
		[]string{"一、加快构建现代产业体系（共2项）>1|扎实做好政务服务标准化，确保各项任务落到实处。推进一网通办改革。|牵头单位：市财政局\n配合单位：市交通运输局|长期坚持",
			"一、加快构建现代产业体系（共2项）>2|进一步加强生态环境保护，确保各项任务落到实处。|市农业农村局|2025年9月"}, []string{"(一)压实主体责任"}},
	{"a 合计 row with empty cells", "专栏1 主要指标\n\n序号\n\n指标名称\n\n本年\n\n目标值\n\n1\n\n就业\n\n100\n\n110\n\n2\n\n投资\n\n200\n\n210\n\n合计\n\n\n\n300\n\n\n\n  各地要认真落实。",
		nil, nil, []string{"各地要认真落实。"}},
	{"a record under merged cells after the last row", "专栏1 重点工作任务\n\n序号\n\n任务\n\n责任单位\n\n完成时限\n\n1\n\n推进项目建设\n\n市发改委\n\n2024年6月\n\n市住建局\n\n长期坚持\n\n各地要认真落实。",
		nil, nil, []string{"各地要认真落实。"}},
	{"header names without header words, long cells", "表8\n预警级别\n标识\n启动条件\n预警措施\n一级\n红色\n" +
		"公众聚集场所发生特种设备事故隐患，可能造成重大人员伤亡的情形。\n1.及时收集、报告相关信息，加强监测、预报和预警工作。\n" +
		"二级\n橙色\n公众聚集场所发生特种设备事故隐患，可能造成较大人员伤亡的情形。\n1.加强值班值守，加大检查力度。",
		[]string{"预警级别", "标识", "启动条件", "预警措施"}, []string{"一级|红色|公众聚集场所发生特种设备事故隐患，可能造成重大人员伤亡的情形。|1.及时收集、报告相关信息，加强监测、预报和预警工作。",
			"二级|橙色|公众聚集场所发生特种设备事故隐患，可能造成较大人员伤亡的情形。|1.加强值班值守，加大检查力度。"}, nil},
	{"a row's worth of short cells left after the rows", "表8\n指挥机构\n职责\n县委宣传部\n负责组织协调新闻媒体做好应急新闻报道和舆论引导工作。\n" +
		"县财政局\n负责电力应急救援工作资金保障，确保各项应急处置工作顺利开展。\n成员单位",
		nil, nil, nil},
	{"a counted group row under the caption, no header", "表3\n(二)文旅设备更新（共2项）\n设备类别\n2024年\n2025年\n合计\n111\n764\n观光设备\n5\n20",
		nil, nil, nil},
	{"no header row: the cells' kinds tell the columns", "表1\n市委办\n值班电话:2062298\n传真:2198332\n市政府办\n值班电话:2198345\n传真:20377 55\n" +
		"市指挥部\n值班室电话:0351—7680418\n值班室传真:2022239\n各县指挥部应急联系方式",
		[]string{"市委办", "值班电话:2062298", "传真:2198332"}, []string{"市政府办|值班电话:2198345|传真:20377 55", "市指挥部|值班室电话:0351—7680418|值班室传真:2022239"},
		[]string{"各县指挥部应急联系方式"}},
	{"names over numbers, a heading after the rows", "表6\n类别\n2024年\n2025年\n报废汽车\n1860\n2100\n二手车\n39000\n43000\n(十二)推动资源再生利用",
		[]string{"类别", "2024年", "2025年"}, []string{"报废汽车|1860|2100", "二手车|39000|43000"}, []string{"(十二)推动资源再生利用"}},
	{"names over numbers in two columns or four", "表1\n甲\n1\n乙\n2\n丙\n3\n丁\n4\n戊\n5\n己\n6", nil, nil, nil},
	{"a long cell after the first row", "表1 指挥机构及职责\n指挥机构\n职责\n指挥长\n副县长\n县指挥部主要职责：负责全县大面积停电事件应急处置的组织领导和指挥协调工作。\n副指挥长\n县能源局局长",
		nil, nil, nil}, // the long cell and the rows after it are the table's, in its raw block
	{"a group row without its count", "表1 重点项目\n序号\n项目名称\n责任单位\n一、产业发展\n1\n推进项目建设\n市发改委\n2\n完成改造任务\n市住建局\n\n(一)压实主体责任",
		nil, nil, []string{"(一)压实主体责任"}},
}

// TestTableFlat: pdftotext's one-cell-per-line tables under a 表N caption
// are rebuilt when their shape is unambiguous and kept raw otherwise;
// their cells never pass through as text.
func TestTableFlat(t *testing.T) {
	for _, c := range flatCases {
		t.Run(c.name, func(t *testing.T) {
			run := runTables(c.src)
			if c.want == nil {
				if len(run.tables) != 0 || len(run.raws) != 1 {
					t.Fatalf("%d tables, raw %q; want one raw block", len(run.tables), run.raws)
				}
			} else {
				run = oneTable(t, c.src, c.cols, c.want)
				if cp := run.tables[0].Caption; !strings.Contains(removeSpaces(c.src), removeSpaces(cp)) || cp == "" {
					t.Errorf("caption %q", run.tables[0].Caption)
				}
			}
			var text []string
			caption, _, _ := strings.Cut(c.src, "\n")
			for _, l := range run.lines {
				if l != caption {
					text = append(text, l)
				}
			}
			if !reflect.DeepEqual(text, c.text) {
				t.Errorf("text lines %q, want %q", text, c.text)
			}
		})
	}
}

// TestTableFlatBounds checks where a one-cell-per-line table ends and
// whether it starts at all.
func TestTableFlatBounds(t *testing.T) {
	// The next table's caption after a table's last row is no cell of it.
	// Nor is a title printed above the next 表N.
	for _, src := range []string{"表1\n序号\n项目名称\n1\n城区道路\n2\n污水处理厂\n重点项目安排表\n表2\n序号\n名称\n1\n甲",
		"表1\n序号\n任务\n单位\n1\n推进项目建设\n市发改委\n主要指标\n表2\n序号\n名称\n1\n甲",
		"表1 联系方式\n成员单位\n值班电话\n市财政局\n2022239\n市公安局\n3010376\n市应急联系方式\n表2\n单位\n电话\n市委办\n2062298"} {
		if run := runTables(src); len(run.tables) != 2 || len(run.raws) != 0 {
			t.Errorf("%q: tables %d raws %q, want two tables", src, len(run.tables), run.raws)
		}
	}
	// A 表N line above ordinary text is left alone.
	run := runTables("表1 见附件\n\n各单位要按照要求认真组织实施，确保各项任务按期完成。")
	if len(run.tables)+len(run.raws) != 0 || len(run.lines) != 2 {
		t.Errorf("tables %d raws %d lines %q", len(run.tables), len(run.raws), run.lines)
	}
}

// FuzzTables feeds the table reader body text in every table form it
// knows: it must not panic or hang, every record has one cell per column,
// and every source line ends up in one place only.
func FuzzTables(f *testing.F) {
	seeds := []string{
		taskHeader + "\n1\t推进项目建设。\t市发改委\t2024年6月\n\n— 2 —\n\f某市人民政府公报\n" + taskHeader + "\n\t，确保完成。\t\t\n一、产业（共2项）\n2\t甲\t乙\t丙",
		"序号\t任务\t单位\n1\t\"推进\n\"\"项目\"\"\t建设\"\t市发改委\n\"2\"\t\"甲\"\t\"乙\"\n\"3",
		"| 序号 | 任务 |\n|---|---|\n| 1 | 甲\\|乙 |\n\n| 2 |",
		"表1 重点项目\n序号\n项目名称\n1\n城区道路\n\n分项目标",
		"\t\t\n序号\t项目\t金额\n\t合计\t10\n小计\t\t\n\t\t\t\t",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) || len(src) > 4000 {
			return
		}
		run := runTables(src)
		for _, tab := range run.tables {
			for _, r := range tab.Records {
				if len(r.Cells) != len(tab.Columns) {
					t.Fatalf("record at line %d has %d cells for %d columns", r.Line, len(r.Cells), len(tab.Columns))
				}
				if r.Group >= len(tab.Groups) {
					t.Fatalf("record at line %d in group %d of %d", r.Line, r.Group, len(tab.Groups))
				}
			}
		}
	})
}

// TestTableGroupCounts: a group label's count is checked against the
// records under it.
func TestTableGroupCounts(t *testing.T) {
	r1, r2, sub := "1\t推进项目建设。\t市发改委\t6月", "2\t加强安全监管。\t市应急局\t年底", "\t\t市财政局\t年底"
	cases := []struct {
		name, src string
		warned    bool
	}{
		{"counts agree", taskHeader + "\n一、产业发展（共2项）\t\t\t\n" + r1 + "\n" + sub + "\n" + r2, false},
		{"小计 not counted", taskHeader + "\n一、产业发展（共2项）\t\t\t\n" + r1 + "\n" + r2 + "\n\t小计\t\t", false},
		{"a row missing", taskHeader + "\n一、产业发展（共3项）\t\t\t\n" + r1 + "\n" + r2, true},
		{"count in ASCII brackets", taskHeader + "\n(一)产业发展(共1项)\t\t\t\n" + r1 + "\n" + r2, true},
		{"no count", taskHeader + "\n一、产业发展\t\t\t\n" + r1, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			run := runTables(c.src)
			warned := false
			for _, w := range run.warnings {
				if strings.HasPrefix(w, "2: group ") && strings.Contains(w, "items") {
					warned = true
				}
			}
			if warned != c.warned {
				t.Errorf("warnings %q, want a count warning: %v", run.warnings, c.warned)
			}
		})
	}
	if n, ok := groupCount("二、安全生产（共12项）"); n != 12 || !ok {
		t.Errorf("groupCount = %d, %v", n, ok)
	}
	if _, ok := groupCount("三、重点事项"); ok {
		t.Error("a label ending in 项 without a number has a count")
	}
}

// countWith returns how many of warnings contain s.
func countWith(warnings []string, s string) int {
	n := 0
	for _, w := range warnings {
		if strings.Contains(w, s) {
			n++
		}
	}
	return n
}
