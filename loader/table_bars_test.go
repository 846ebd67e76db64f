package loader

import (
	"slices"
	"strings"
	"testing"
)

// An antiword print of a Word table: cells padded to their columns'
// widths, a long cell going on in the lines below, a group row one cell
// across the table, and a record under a merged 序号 whose cells above
// were not cut.
const antiwordTable = `|序号    |重点工作任务          |责任单位      |完成时限  |
|一、加快构建现代产业体系                                 |
|1       |推动煤炭产业链条化、智|主办：市煤管局|2022年11月|
|        |能化、绿色化。启动运营|协办：市财政局|          |
|        |基金。                |              |          |
|        |加快释放煤炭优质产能。|主办：市煤管局|2022年8月 |
|2       |启动实施中车·嘉泽新能 |市发改委      |2022年6月 |
|        |源装备制造项目。      |              |          |`

func TestBarTables(t *testing.T) {
	tables, paras, warns := borderedDoc(t, antiwordTable)
	if len(tables) != 1 {
		t.Fatalf("%d tables, want 1; paragraphs %q", len(tables), paras)
	}
	wantRecords(t, tables[0], "序号|重点工作任务|责任单位|完成时限",
		"一、加快构建现代产业体系>1|推动煤炭产业链条化、智能化、绿色化。启动运营基金。|主办：市煤管局协办：市财政局|2022年11月",
		"^一、加快构建现代产业体系>1|加快释放煤炭优质产能。|主办：市煤管局|2022年8月",
		"一、加快构建现代产业体系>2|启动实施中车·嘉泽新能源装备制造项目。|市发改委|2022年6月")
	want := "6: a table printed as rows between bars (lines 6–13) was read by its bars, a cell cut at its column's width joined to the one above"
	if !slices.Contains(warns, want) {
		t.Errorf("warnings %q, want %q", warns, want)
	}
}

// TestBarNotTables: a markdown pipe table's body, under its |---| line,
// is left to the pipe-table rule, however its bars line up.
func TestBarNotTables(t *testing.T) {
	for _, body := range []string{
		"| 序号 | 单位   |\n|------|--------|\n| 1    | 市应急 |\n| 2    | 市公安 |",
	} {
		tables, _, warns := borderedDoc(t, body)
		for _, w := range warns {
			if strings.Contains(w, "rows between bars") {
				t.Errorf("%q: %s", body, w)
			}
		}
		if len(tables) != 1 {
			t.Errorf("%q: %d tables, want 1", body, len(tables))
		}
	}
}

// TestBarRecordLines: a line under a record that leaves blank a cell the
// record fills, right of the cells it fills, goes on with the record
// though the line just above leaves that cell blank too (the record's
// text there ended lines above) and though no cut shows (a cell's own
// line, or a wrap at a space): a record under a merged first cell fills
// those cells as the record above does.
func TestBarRecordLines(t *testing.T) {
	tables, _, _ := borderedDoc(t, `|序号|主要目标    |责任领导|责任单位    |完成时限  |
|4   |社会消费品零|陈霖    |主办：市商务|2022年12月|
|    |售总额增长10|        |局（市投资合|          |
|    |%以上。     |        |作促进局）  |          |
|    |            |        |协办：县（市|          |
|    |            |        |）区政府    |          |
|5   |推进 Smart  |张涛    |主办：市工信|2022年6月 |
|    |City and    |        |局 and      |          |
|    |平台建设。  |        |市数据局。  |          |
|    |完成平台验收|关集双  |市发改委    |2022年9月 |`)
	if len(tables) != 1 {
		t.Fatalf("%d tables, want 1", len(tables))
	}
	wantRecords(t, tables[0], "序号|主要目标|责任领导|责任单位|完成时限",
		"4|社会消费品零售总额增长10%以上。|陈霖|主办：市商务局（市投资合作促进局）协办：县（市）区政府|2022年12月",
		"5|推进 Smart City and平台建设。|张涛|主办：市工信局 and市数据局。|2022年6月",
		"^5|完成平台验收|关集双|市发改委|2022年9月")
}
