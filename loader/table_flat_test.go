package loader

import (
	"reflect"
	"strings"
	"testing"

	"gazette/data"
)

// TestTableFlatHeaderAlone: a table flattened one cell per line under 表N
// whose names run on with units in brackets (堆料场(m ²), 投入资金合计(元))
// is a header printed without rows, as blank forms are: nothing tells its
// column count, so its names are kept as one raw block — never read as
// rows of the columns its first header words counted, nor joined into
// text — and what follows them (a note, 填表人:) stays text.
func TestTableFlatHeaderAlone(t *testing.T) {
	cases := []struct {
		name, src string
		raw       []string // the names kept raw; nil: a table
		text      []string // lines left as text
	}{
		{"header words first, then names with units",
			"表1\n项目承担主体\n拟建设收储站地址\n法人\n联系方式\n堆料场(m ²)\n堆料棚(m ²)\n投入资金合计(元)\n其他\n" +
				"注：一、项目申报表后需附营业证件复印件、法人身份证复印件、土地使用手续复印件。",
			[]string{"项目承担主体", "拟建设收储站地址", "法人", "联系方式", "堆料场(m ²)", "堆料棚(m ²)", "投入资金合计(元)", "其他"},
			[]string{"注：一、项目申报表后需附营业证件复印件、法人身份证复印件、土地使用手续复印件。"}},
		{"no header words, form lines after the names",
			"表3\n行政村\n种植面积(亩)\n离田（亩）\n实施主体名称\n合计\n小麦\n填表人:\n乡镇负责人:",
			[]string{"行政村", "种植面积(亩)", "离田（亩）", "实施主体名称", "合计", "小麦"},
			[]string{"填表人:", "乡镇负责人:"}},
		{"a unit in a header over numbers is a table", "表2\n地区\n面积(亩)\n城区\n100\n新区\n200", nil, nil},
		{"names over names without a unit are read by the header words",
			"表2 联系人\n单位名称\n联系人\n市财政局\n张三\n市公安局\n李四", nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			run := runTables(c.src)
			if c.raw == nil {
				if len(run.tables) != 1 || len(run.raws) != 0 {
					t.Fatalf("%d tables, raw %q; want one table", len(run.tables), run.raws)
				}
				return
			}
			if len(run.tables) != 0 || len(run.raws) != 1 || run.raws[0] != strings.Join(c.raw, "\n") {
				t.Fatalf("%d tables, raw %q; want one raw block of the names", len(run.tables), run.raws)
			}
			if text := run.lines[1:]; !reflect.DeepEqual(text, c.text) {
				t.Errorf("text lines %q, want %q", text, c.text)
			}
		})
	}
}

// TestTableFlatNameList: a cell listing names separated by spaces (the
// lines of one cell joined by the converter) is a short cell in the shape
// of a table read by its cells' shapes, however long the line; and rows
// followed by a line that could be the first cell of a last row whose
// other cells were not printed stay raw, that line with them.
func TestTableFlatNameList(t *testing.T) {
	src := "表8\n指挥机构\n职责\n县水务局\n组织做好生活用水和水利工程供水的应急处置工作。\n" +
		"中国移动晋城分公司 中国联通晋城分公司 中国电信晋城分公司\n负责组织协调各运营企业做好通信保障应急工作。\n" +
		"各乡(镇)人民政府\n在县指挥部领导下,做好本行政区域内大面积停电事件期间各项应急工作。"
	oneTable(t, src, []string{"指挥机构", "职责"}, []string{
		"县水务局|组织做好生活用水和水利工程供水的应急处置工作。",
		"中国移动晋城分公司 中国联通晋城分公司 中国电信晋城分公司|负责组织协调各运营企业做好通信保障应急工作。",
		"各乡(镇)人民政府|在县指挥部领导下,做好本行政区域内大面积停电事件期间各项应急工作。"})
	run := runTables(src + "\n成员单位")
	if len(run.tables) != 0 || len(run.raws) != 1 || !strings.HasSuffix(run.raws[0], "工作。\n成员单位") {
		t.Errorf("followed by 成员单位: %d tables, raw %q; want one raw block", len(run.tables), run.raws)
	}
	for s, want := range map[string]bool{
		"县人民政府办公室分管副主任 县能源局局长 县应急管理局局长": true,
		"负责组织协调 各运营企业做好通信保障应急工作，确保畅通":   false, // a sentence
		"2024年 2025年": false,
		"中国移动晋城分公司":   false, // one name
	} {
		if got := nameList(s); got != want {
			t.Errorf("nameList(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestNamesUnit(t *testing.T) {
	for s, want := range map[string]bool{
		"堆料场(m ²)": true, "购置收、储、运机具(台、元)": true, "面积（亩）": true, "增长率(%)": true,
		"拟建设规模(大、中、小)": false, "国网阳城县供电公司(总经理)": false, "(元)": false, "投入资金合计": false,
	} {
		if got := namesUnit(s); got != want {
			t.Errorf("namesUnit(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTableFlatRepeatedNumber: a row that bears the number of the row
// before it again (345, 346, 346), found where the next row must start,
// is one more row: the table goes on through it, rebuilt when its cells
// fill the rows and kept raw as a whole otherwise — the repeated row not
// left behind as text.
func TestTableFlatRepeatedNumber(t *testing.T) {
	oneTable(t, "表1\n序号\n任务\n单位\n1\n推进项目建设。\n市发改委\n2\n完成志鉴编修。\n市财政局\n2\n完成志鉴编修。\n市地方志",
		[]string{"序号", "任务", "单位"}, []string{"1|推进项目建设。|市发改委", "2|完成志鉴编修。|市财政局", "2|完成志鉴编修。|市地方志"})
	// Row 1 lacks a cell: nothing is rebuilt, every line stays in one block.
	src := "表1\n序号\n任务\n单位\n1\n推进项目建设。\n2\n完成志鉴编修。\n市财政局\n2\n完成志鉴编修。\n市地方志"
	run := runTables(src)
	if _, body, _ := strings.Cut(src, "\n"); len(run.tables) != 0 || len(run.raws) != 1 || run.raws[0] != body {
		t.Errorf("%d tables, raw %q, text %q; want every line after 表1 in one raw block", len(run.tables), run.raws, run.lines)
	}
}

// TestTableTitleAbove: a short line naming no table over a 表N caption
// (主要指标 / 表2), after a finished sentence, is the table's title: a
// table rebuilt under 表N takes it into its caption, and above a raw
// block it stays a line of its own; neither joins it to the paragraph
// above. The tail of a paragraph cut by a wrap is no title.
func TestTableTitleAbove(t *testing.T) {
	para := "各县人民政府要坚持应急物资储备，形成工作合力。"
	rows := "\n表2\n序号\n指标名称\n属性\n1\n营商环境优化完成率\n约束性\n2\n政务服务完成率\n预期性\n（一）压实主体责任"
	d := parseBody(t, "一、重点工作\n"+para+"\n主要指标"+rows)
	bs := d.Sections[0].Blocks
	if len(bs) != 2 || bs[0].Text != para || bs[1].Kind != data.TableBlock || bs[1].Table.Caption != "表2 主要指标" {
		t.Errorf("rebuilt table: blocks %+v; want the paragraph, then the table captioned 表2 主要指标", bs)
	}
	d = parseBody(t, "一、重点工作\n"+para+"\n主要指标"+strings.Replace(rows, "约束性\n", "", 1))
	bs = d.Sections[0].Blocks
	if len(bs) != 3 || bs[0].Text != para || !strings.HasPrefix(bs[1].Text, "主要指标") || bs[2].Kind != data.Raw {
		t.Errorf("raw table: blocks %+v; want the paragraph, the title, then the raw block", bs)
	}
	// Blank lines (a page break's) between the title and 表N, under a
	// paragraph of several lines.
	d = parseBody(t, "一、重点工作\n各县人民政府要坚持应急物资储备，\n"+para+"\n主要指标\n\n"+rows)
	bs = d.Sections[0].Blocks
	if len(bs) != 2 || bs[1].Kind != data.TableBlock || bs[1].Table.Caption != "表2 主要指标" {
		t.Errorf("title over blank lines: blocks %+v; want the paragraph, then the table captioned 表2 主要指标", bs)
	}
	d = parseBody(t, "一、重点工作\n各县人民政府要坚持应急物资储备，形成工作合力，确保\n完成年度目标"+rows)
	bs = d.Sections[0].Blocks
	if len(bs) != 2 || !strings.HasSuffix(bs[0].Text, "确保完成年度目标") || bs[1].Table.Caption != "表2" {
		t.Errorf("wrapped tail: blocks %+v; want it in the paragraph, the table captioned 表2", bs)
	}
}
