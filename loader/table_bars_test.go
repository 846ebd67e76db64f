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

// TestBarFirstCellGoesOn: a line with a first cell of its own goes on
// with the record above when the table says so: the record's first cell
// cut at its column's width with a bracket open, the records' 序号 or
// another column every record fills left blank on the line, a sentence
// the record has not ended going on beside it; a header name cut at a
// space keeps it.
func TestBarFirstCellGoesOn(t *testing.T) {
	for _, c := range []struct {
		body, cols string
		recs       []string
		joins      int
	}{
		{`|设备类别                |2024年|
|教学科研仪器 (高等职业院|925   |
|校)                     |      |
|其他设备 (高等职业院校) |498   |
|合计                    |1423  |`, "设备类别|2024年", []string{
			"教学科研仪器 (高等职业院校)|925", "其他设备 (高等职业院校)|498", "合计|1423"}, 1},
		{`|名称                |专业    |联系电话   |
|晋城市特种设备检验所|特种设备|2057831    |
|晋城市特种设备安全协|特种设备|2027725    |
|会                  |        |           |
|山西省(晋城)城市车用|特种设备|15721661384|
|气瓶检验中心        |        |           |`, "名称|专业|联系电话", []string{
			"晋城市特种设备检验所|特种设备|2057831", "晋城市特种设备安全协会|特种设备|2027725",
			"山西省(晋城)城市车用气瓶检验中心|特种设备|15721661384"}, 2},
		{`|项目            |序号|服务内容    |
|符合条件的老年人|1   |优先为参保老|
|                |    |年人提供服务|
|纳入低保范围的  |2   |对低保家庭中|
|老年人          |    |的老年人加发|
|高龄老人        |3   |发放津贴。  |`, "项目|序号|服务内容", []string{
			"符合条件的老年人|1|优先为参保老年人提供服务", "纳入低保范围的老年人|2|对低保家庭中的老年人加发",
			"高龄老人|3|发放津贴。"}, 1},
		{`|单位        |职责        |
|县委宣传部  |负责新闻报道|
|            |工作。      |
|县发展和改革|负责组织电力|
|委员会      |企业恢复。  |
|县财政局    |负责资金保障|
|            |。          |`, "单位|职责", []string{
			"县委宣传部|负责新闻报道工作。", "县发展和改革委员会|负责组织电力企业恢复。", "县财政局|负责资金保障。"}, 1},
		{`|站点        |堆料棚建设(m|备注        |
|            | ²、元)     |            |
|一号站      |新建堆料棚  |按期完成    |
|二号站      |扩建堆料棚  |按期完成    |`, "站点|堆料棚建设(m ²、元)|备注", []string{
			"一号站|新建堆料棚|按期完成", "二号站|扩建堆料棚|按期完成"}, 0},
	} {
		tables, paras, warns := borderedDoc(t, c.body)
		if len(tables) != 1 {
			t.Fatalf("%d tables, want 1; paragraphs %q", len(tables), paras)
		}
		wantRecords(t, tables[0], c.cols, c.recs...)
		joins := 0
		for _, w := range warns {
			if strings.Contains(w, "goes on with the first cell of the record above") {
				joins++
			}
		}
		if joins != c.joins {
			t.Errorf("%d joins reported, want %d: %q", joins, c.joins, warns)
		}
	}
}

// TestBarFirstCellRecords: a first cell that fills its column is no cut
// of itself: labels as wide as their column, each with its value, a unit
// without a fax under the widest name, and a first record under a header
// whose names fill their columns stay records.
func TestBarFirstCellRecords(t *testing.T) {
	for _, body := range []string{
		`|序号|重点工作任务|责任单位|完成时限    |
|1   |全面落实放管|市财政局|2020年第三季|
|    |服改革。    |        |度          |`,
		`|项目名称|某某工程|
|建设单位|某某公司|
|建设地点|某某市  |`,
		`|单位      |电话   |传真   |
|市应急局  |2027255|2023690|
|市能源局  |2062520|2062520|
|市委办公室|2062298|2198332|
|市公安局  |3010376|       |`,
	} {
		tables, paras, warns := borderedDoc(t, body)
		for _, w := range warns {
			if strings.Contains(w, "goes on with the first cell") {
				t.Errorf("%q: %s", body, w)
			}
		}
		if len(tables) != 1 {
			t.Errorf("%d tables, want 1; paragraphs %q", len(tables), paras)
		}
	}
}
