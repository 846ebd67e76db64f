package loader

import (
	"reflect"
	"strings"
	"testing"
)

// TestTableWrappedCells: a row with an empty 序号 joins the record above
// when the text shows a cell was cut, and stays a record of its own (a
// sub-record under merged cells) otherwise.
func TestTableWrappedCells(t *testing.T) {
	head := taskHeader + "\n1\t推进项目建设。\t市发改委\t2024年6月\n"
	tail := "\n3\t加强安全监管。\t市应急局\t2024年底"
	cases := []struct {
		name, rows string
		want       []string // record 2 and its continuation records
		joined     bool
	}{
		{"unclosed bracket", "2\t推进重点项目（含续建\t市发改委\t年底\n\t项目）建设。\t\t",
			[]string{"2|推进重点项目（含续建项目）建设。|市发改委|年底"}, true},
		{"starts with punctuation", "2\t推进重点项目建设\t市发改委\t年底\n\t，确保按期完成。\t\t",
			[]string{"2|推进重点项目建设，确保按期完成。|市发改委|年底"}, true},
		{"ends mid-phrase", "2\t加强市场监管和\t市市场监管局\t年底\n\t执法检查。\t\t",
			[]string{"2|加强市场监管和执法检查。|市市场监管局|年底"}, true},
		{"number cut from its unit", "2\t开展专项行动。\t市应急局\t2024\n\t\t\t年底",
			[]string{"2|开展专项行动。|市应急局|2024年底"}, true},
		{"sentence cut in two", "2\t推进重点项目建设\t市发改委\t年底\n\t全年完成投资100亿元。\t\t",
			[]string{"2|推进重点项目建设全年完成投资100亿元。|市发改委|年底"}, true},
		{"several cells cut", "2\t推进重点项目（一期\t市发改委、\t年底\n\t工程）建设。\t市财政局\t",
			[]string{"2|推进重点项目（一期工程）建设。|市发改委、市财政局|年底"}, true},
		{"cut by a page break", "2\t推进重点项目建设\t市发改委\t年底\n\n— 3 —\n\n" + taskHeader + "\n\t加快项目进度\t\t",
			[]string{"2|推进重点项目建设加快项目进度|市发改委|年底"}, true},
		{"sub-record under merged cells", "2\t推进重点项目建设。\t市发改委\t年底\n\t\t市财政局\t年底",
			[]string{"2|推进重点项目建设。|市发改委|年底", "2|推进重点项目建设。|市财政局|年底"}, false},
		{"sub-record with its own task", "2\t推进重点项目建设。\t市发改委\t年底\n\t开展专项督查。\t市督查室\t6月",
			[]string{"2|推进重点项目建设。|市发改委|年底", "2|开展专项督查。|市督查室|6月"}, false},
		{"numbered sub-item", "2\t推进重点项目建设\t市发改委\t年底\n\t1.开工项目，\t\t",
			[]string{"2|推进重点项目建设|市发改委|年底", "2|1.开工项目，||"}, false},
		{"cell where the record has none", "2\t推进重点项目（建设\t\t年底\n\t\t市发改委\t",
			[]string{"2|推进重点项目（建设||年底", "2|推进重点项目（建设|市发改委|"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := append([]string{"1|推进项目建设。|市发改委|2024年6月"}, c.want...)
			want = append(want, "3|加强安全监管。|市应急局|2024年底")
			run := oneTable(t, head+c.rows+tail, taskCols, want)
			joins := 0
			for _, w := range run.warnings {
				if strings.Contains(w, "joined") {
					joins++
					if !strings.Contains(w, "record on line 3") {
						t.Errorf("warning %q does not name the record's line", w)
					}
				}
			}
			if (joins == 1) != c.joined || joins > 1 {
				t.Errorf("%d join warnings, joined %v: %q", joins, c.joined, run.warnings)
			}
			tab := run.tables[0]
			if !c.joined && !tab.Records[2].Continuation {
				t.Errorf("the sub-record is not marked as a continuation")
			}
		})
	}
}

// TestTableHardWrap: a row that a fixed-width wrap cut over lines is one
// record when the pieces complete it; a short row next to text, or to a
// row of its own, is left alone.
func TestTableHardWrap(t *testing.T) {
	first := "1\t推进项目建设。\t市发改委\t2024年6月"
	cases := []struct {
		name, rows string
		want       []string
		text       []string
		joined     int
	}{
		{"cut inside a cell", "2\t推进重点项目建设，确保全年完成投\n资100亿元。\t市发改委\t2024年底",
			[]string{first, "2|推进重点项目建设，确保全年完成投资100亿元。|市发改委|2024年底"}, nil, 1},
		{"cut over three lines", "2\t推进重点项目建设，\n确保全年完成投资\n100亿元。\t市发改委\t2024年底",
			[]string{first, "2|推进重点项目建设，确保全年完成投资100亿元。|市发改委|2024年底"}, nil, 1},
		{"cut in a later cell", "2\t加强监管。\t市发改委、市财政\n局\t2024年底",
			[]string{first, "2|加强监管。|市发改委、市财政局|2024年底"}, nil, 1},
		{"cut right after a tab", "2\t加强监管。\t\n市应急局\t2024年底",
			[]string{first, "2|加强监管。|市应急局|2024年底"}, nil, 1},
		{"short row before text", "2\t加强监管。\t市应急局\n各单位要认真落实。",
			[]string{first, "2|加强监管。|市应急局|"}, []string{"各单位要认真落实。"}, 0},
		{"short rows of their own", "2\t加强监管。\t市应急局\n3\t优化服务。",
			[]string{first, "2|加强监管。|市应急局|", "3|优化服务。||"}, nil, 0},
		{"short row over a sub-record", "2\t加强监管。\t市应急局\n\t\t市财政局\t",
			[]string{first, "2|加强监管。|市应急局|", "2|加强监管。|市财政局|"}, nil, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			run := runTables(taskHeader + "\n" + first + "\n" + c.rows)
			if len(run.tables) != 1 {
				t.Fatalf("%d tables, lines %q", len(run.tables), run.lines)
			}
			want := append([]string{"1|推进项目建设。|市发改委|2024年6月"}, c.want[1:]...)
			if got := rows(run.tables[0]); !reflect.DeepEqual(got, want) {
				t.Errorf("records\n%q\nwant\n%q", got, want)
			}
			if !reflect.DeepEqual(run.lines, c.text) {
				t.Errorf("text %q, want %q", run.lines, c.text)
			}
			n := countWith(run.warnings, "hard-wrapped")
			if n != c.joined {
				t.Errorf("%d hard-wrap warnings, want %d: %q", n, c.joined, run.warnings)
			}
		})
	}
}

// TestTableWidthWraps: a converter that wraps every column at one width
// puts the rest of a cut cell on the next row. The row above reaching its
// column's width is the evidence; a row that fills its cells as a record
// would stays a record.
func TestTableWidthWraps(t *testing.T) {
	cases := []struct {
		name, src string
		cols      []string
		want      []string
		joins     int
	}{
		{"the longest cell of its column, the last column empty",
			"序号\t指标名称\t2016\t2017\n1\t生产安全事故起数\t22\t19\n2\t亿元地区生产总值生产安全事故死亡\t0.049\t0.064\n\t率\t\t\n3\t营运车辆万车死亡率\t9.72\t12.24",
			[]string{"序号", "指标名称", "2016", "2017"},
			[]string{"1|生产安全事故起数|22|19", "2|亿元地区生产总值生产安全事故死亡率|0.049|0.064", "3|营运车辆万车死亡率|9.72|12.24"}, 1},
		{"the longest cell of the last column",
			"序号\t单位\t职责\n1\t市发改委\t负责全市重点项目的统筹协调工作\n\t\t市财政局配合\n2\t市应急局\t负责安全生产。",
			[]string{"序号", "单位", "职责"},
			[]string{"1|市发改委|负责全市重点项目的统筹协调工作", "1|市发改委|市财政局配合", "2|市应急局|负责安全生产。"}, 0},
		{"a number cut at the width",
			"单位\t值班电话\n市委\t2062298\n市公安局\t0356-3010035、301\n\t0100\n市财政局\t2065580",
			[]string{"单位", "值班电话"},
			[]string{"市委|2062298", "市公安局|0356-3010035、3010100", "市财政局|2065580"}, 1},
		{"cells of one length that are whole",
			"单位\t值班电话\n市政府\t0351-8395233\n省动物疫病预防控制中心\t0351-8395234\n市卫生健康委员会\t2066565\n高平市畜牧兽医服务中心\t0351-8235318",
			[]string{"单位", "值班电话"},
			[]string{"市政府|0351-8395233", "省动物疫病预防控制中心|0351-8395234", "市卫生健康委员会|2066565", "高平市畜牧兽医服务中心|0351-8235318"}, 0},
		{"a sub-record under merged cells in a column of one length",
			"单位\t联系人\t值班电话\n县委办\t张三\t0356-2061323\n县政府办\t李四\t0356-4222726\n\t\t0356-4222727\n县委宣传部\t王五\t0356-4239360",
			[]string{"单位", "联系人", "值班电话"},
			[]string{"县委办|张三|0356-2061323", "县政府办|李四|0356-4222726", "县政府办|李四|0356-4222727", "县委宣传部|王五|0356-4239360"}, 0},
		{"a first cell cut, the text showing it",
			"报告单位：（盖章）\t签发人：\n有害生物灾害发生情况：（有害生物\t\n名称、信息来源、发生区域、发生程\t\n度、已采取的措施、发生趋势判断等\t\n）\t\n报告人：\t联系方式：",
			[]string{"报告单位：（盖章）", "签发人："},
			[]string{"有害生物灾害发生情况：（有害生物名称、信息来源、发生区域、发生程度、已采取的措施、发生趋势判断等）|", "报告人：|联系方式："}, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			run := oneTable(t, c.src, c.cols, c.want)
			joins := countWith(run.warnings, "joined to it")
			if joins != c.joins {
				t.Errorf("%d join warnings, want %d: %q", joins, c.joins, run.warnings)
			}
		})
	}
}

// TestTableEmptyRowAboveHeader: an empty row of tabs printed above each
// header does not make the next table, after a blank line, rows of the
// first.
func TestTableEmptyRowAboveHeader(t *testing.T) {
	src := "\t\t\n序号\t主要目标\t责任领导\n1\t地区生产总值增长6.5%以上。\t关集双\n\n\t\t\n序号\t重点工作任务\t责任领导\n1\t推动煤炭产业链条化。\t张涛"
	run := runTables(src)
	if len(run.tables) != 2 {
		t.Fatalf("%d tables (raw %q), want 2", len(run.tables), run.raws)
	}
	for i, want := range []string{"主要目标", "重点工作任务"} {
		if got := run.tables[i].Columns[1]; got != want || len(run.tables[i].Records) != 1 {
			t.Errorf("table %d: column %q, %d records; want %q, 1", i+1, got, len(run.tables[i].Records), want)
		}
	}
}
