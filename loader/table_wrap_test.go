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
			n := 0
			for _, w := range run.warnings {
				if strings.Contains(w, "hard-wrapped") {
					n++
				}
			}
			if n != c.joined {
				t.Errorf("%d hard-wrap warnings, want %d: %q", n, c.joined, run.warnings)
			}
		})
	}
}
