package loader

import (
	"slices"
	"strings"
	"testing"
)

// The tables below are what pandoc 2.17 printed (-t plain) for a .docx
// made from jixi's task table, and what it printed as reStructuredText;
// cells wrap within their run's columns, Han characters two wide.
const pandocMultiline = `  ------------------------------------------------------------------
  序号   重点工作任务                   责任单位             完成时限
  ------ ------------------------------ -------------------- ----------
  1      推动煤炭产业链条化、智能化、   主办：市煤管局       2022年11月
         绿色化。启动运营10亿元能源     协办：市财政局
         产业发展基金。

  2      加快释放煤炭优质产能。         主办：市煤管局、龙煤 2022年8月
                                        鸡西公司

  3      启动实施中车·嘉泽新能源装备    市发改委             2022年6月
         制造项目。
  ------------------------------------------------------------------`

func TestDashedTables(t *testing.T) {
	cases := []struct {
		name, body string
		cols       string
		recs       []string
		warn       string
	}{
		{"pandoc multiline", pandocMultiline, "序号|重点工作任务|责任单位|完成时限", []string{
			"1|推动煤炭产业链条化、智能化、绿色化。启动运营10亿元能源产业发展基金。|主办：市煤管局协办：市财政局|2022年11月",
			"2|加快释放煤炭优质产能。|主办：市煤管局、龙煤鸡西公司|2022年8月",
			"3|启动实施中车·嘉泽新能源装备制造项目。|市发改委|2022年6月"},
			"7: a table ruled with runs of - (lines 7–19) was read by the columns its runs mark"},
		{"pandoc simple", "  序号   单位       电话\n  ------ ---------- ---------\n  1      市应急局   2352498\n  2      市公安局   2352499\n",
			"序号|单位|电话", []string{"1|市应急局|2352498", "2|市公安局|2352499"},
			"7: a table ruled with runs of - (lines 7–10) was read by the columns its runs mark"},
		// The decode stage takes the space out of 2019年 2019年同比.
		{"a space taken out", "  年份  2019年 2019年同比\n  ----- ------ ----------\n  数量  10     -75.61%\n",
			"年份|2019年|2019年同比", []string{"数量|10|-75.61%"},
			"7: a table ruled with runs of - (lines 7–9) was read by the columns its runs mark"},
		{"pandoc headerless", "  ----------- ------------------------\n  1           推动煤炭产业链条化、智能\n              化、绿色化。\n\n  2           加快释放\n  ----------- ------------------------\n",
			"|", []string{"1|推动煤炭产业链条化、智能化、绿色化。", "2|加快释放"},
			"7: a table ruled with runs of - (lines 7–12) was read by the columns its runs mark"},
		{"restructured", "\n==== ======== ==========\n序号 单位     职责\n==== ======== ==========\n1    市应急局 负责综合协调\n              和值班。\n2    市公安局 负责交通管制。\n==== ======== ==========\n",
			"序号|单位|职责", []string{"1|市应急局|负责综合协调和值班。", "2|市公安局|负责交通管制。"},
			"8: a table ruled with runs of = (lines 8–14) was read by the columns its runs mark"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tables, paras, warns := borderedDoc(t, "\n"+c.body)
			if len(tables) != 1 {
				t.Fatalf("%d tables, want 1; paragraphs %q", len(tables), paras)
			}
			wantRecords(t, tables[0], c.cols, c.recs...)
			if !slices.Contains(warns, c.warn) {
				t.Errorf("warnings %q, want %q", warns, c.warn)
			}
		})
	}
}

// TestDashedNotTables: rules of runs that stand around no table — a
// markdown setext underline or thematic break, text that crosses the
// space between two runs, a multiline table never closed — leave the
// lines as they are.
func TestDashedNotTables(t *testing.T) {
	for _, body := range []string{
		"总体要求\n--------\n\n全面贯彻落实。",
		"- - -\n\n全面贯彻落实。",
		"  序号   单位       电话\n  ------ ---------- ---------\n  1      市应急管理局局 2352498\n",
		"  ------------------------------\n  序号   单位\n  ------ -----------------------\n  1      市应急局\n\n全面贯彻落实。",
	} {
		_, _, warns := borderedDoc(t, "\n"+body)
		for _, w := range warns {
			if strings.Contains(w, "ruled with runs") {
				t.Errorf("%q: %s", body, w)
			}
		}
	}
}
