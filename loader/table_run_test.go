package loader

import (
	"reflect"
	"strings"
	"testing"
)

// TestTableFlatRun: a table printed one cell per line whose rows cannot
// be rebuilt is one raw block from its first cell to where the table
// ends — the next caption, a heading of the document's own, a note, an
// indented paragraph, or a long line no short cell follows — and never
// partly text; what follows its end stays text.
func TestTableFlatRun(t *testing.T) {
	duty1 := "县指挥部主要职责：(1)负责全县应急处置的组织领导和指挥协调工作；(2)研究重要事项。"
	duty2 := "县指挥部办公室主要职责：(1)承担县指挥部日常工作；(2)及时通报应急处置工作情况。"
	cases := []struct {
		name string
		src  string
		raw  []string // the raw block's lines
		text []string // the lines left as text, the caption's included
	}{
		{"merged cells with long ones, to the next caption",
			"表6\n指挥机构\n职责\n指挥长\n县人民政府分管副县长\n" + duty1 + "\n" + duty2 + "\n副指挥长\n县人民政府办公室分管副主任 县能源局局长\n表7\n说明",
			[]string{"指挥机构", "职责", "指挥长", "县人民政府分管副县长", duty1, duty2, "副指挥长", "县人民政府办公室分管副主任 县能源局局长"},
			[]string{"表6", "表7", "说明"}},
		{"no header words, to a heading",
			"表1\n2024年\n2025年\n设备类别\n数量\n投资\n数量\n投资\n合计\n12\n1050\n新建船舶\n2\n400\n(五)提升教育设备水平。加快老旧设备淘汰升级。",
			[]string{"2024年", "2025年", "设备类别", "数量", "投资", "数量", "投资", "合计", "12", "1050", "新建船舶", "2", "400"},
			[]string{"表1", "(五)提升教育设备水平。加快老旧设备淘汰升级。"}},
		{"a form's fields, to a note",
			"表3\n报告单位：\n签发人：\n报告时间：\n灾害类别：\n灾害发生情况：（有害生物名称、信息来源、发生区域、发生程度、已采取的措施）\n报告人：\n联系方式：\n注：本表由县级农业农村部门填报。",
			[]string{"报告单位：", "签发人：", "报告时间：", "灾害类别：", "灾害发生情况：（有害生物名称、信息来源、发生区域、发生程度、已采取的措施）", "报告人：", "联系方式："},
			[]string{"表3", "注：本表由县级农业农村部门填报。"}},
		{"short cells, to a long line no short cell follows",
			"表2\n组 长:\n王斌权\n副市长\n成 员:\n邢海斌\n市发展改革委副主任\n领导小组下设办公室，办公室设在市公安局交警支队，办公室主任由支队长兼任，\n负责领导小组日常工作的组织协调和督促落实，定期向领导小组报告工作进展情况。",
			[]string{"组 长:", "王斌权", "副市长", "成 员:", "邢海斌", "市发展改革委副主任"},
			[]string{"表2", "领导小组下设办公室，办公室设在市公安局交警支队，办公室主任由支队长兼任，", "负责领导小组日常工作的组织协调和督促落实，定期向领导小组报告工作进展情况。"}},
		{"to an indented paragraph; the next table's title left out",
			"表2\n组 长:\n王斌权\n副市长\n成 员:\n邢海斌\n  各成员单位要按照职责分工做好工作。\n表3\n单位\n电话",
			[]string{"组 长:", "王斌权", "副市长", "成 员:", "邢海斌"},
			[]string{"表2", "各成员单位要按照职责分工做好工作。", "表3", "单位", "电话"}},
		{"the next table's title left out",
			"表2\n组 长:\n王斌权\n副市长\n成 员:\n邢海斌\n应急联系方式一览表\n表3\n单位\n电话",
			[]string{"组 长:", "王斌权", "副市长", "成 员:", "邢海斌"},
			[]string{"表2", "应急联系方式一览表", "表3", "单位", "电话"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			run := runTables(c.src)
			if len(run.tables) != 0 || len(run.raws) != 1 || run.raws[0] != strings.Join(c.raw, "\n") {
				t.Fatalf("%d tables, raw %q; want one raw block %q", len(run.tables), run.raws, c.raw)
			}
			if !reflect.DeepEqual(run.lines, c.text) {
				t.Errorf("text lines %q, want %q", run.lines, c.text)
			}
		})
	}
}

// TestTableFlatRunNone: short lines under 表N that are no cells from the
// first on (an indented paragraph's lines) make no raw block at all.
func TestTableFlatRunNone(t *testing.T) {
	run := runTables("表1\n  甲单位负责\n  乙单位配合\n  丙单位督办\n  丁单位备案")
	if len(run.tables)+len(run.raws) != 0 || len(run.lines) != 5 {
		t.Errorf("tables %d raws %q lines %q; want the five lines as text", len(run.tables), run.raws, run.lines)
	}
}
