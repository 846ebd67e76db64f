package query

import (
	"reflect"
	"strings"
	"testing"

	"gazette/data"
)

func TestFindColumn(t *testing.T) {
	columns := []string{"序号", "重点任务", "责任单位", "配合单位", "完成时限", "现有规模/堆料场", "现有规模/仓储", ""}
	tests := []struct {
		name    string
		want    int
		errWith string // a substring of the error, when one is expected
	}{
		{name: "责任单位", want: 2},
		{name: " 责任单位 ", want: 2},
		{name: "责任 单位", want: 2},
		{name: "时限", want: 4},
		{name: "任务", want: 1},
		{name: "重点", want: 1},
		{name: "堆料场", want: 5},
		{name: "现有规模/仓储", want: 6},
		{name: "#8", want: 7},
		{name: "#1", want: 0},
		{name: "单位", errWith: "ambiguous: 责任单位, 配合单位"},
		{name: "现有规模", errWith: "ambiguous"},
		{name: "备注", errWith: "columns: 序号, 重点任务, 责任单位, 配合单位, 完成时限, 现有规模/堆料场, 现有规模/仓储, #8"},
		{name: "#9", errWith: "no column"},
		{name: "", errWith: "empty column name"},
	}
	for _, tt := range tests {
		got, err := FindColumn(tt.name, columns)
		if tt.errWith != "" {
			if err == nil || !strings.Contains(err.Error(), tt.errWith) {
				t.Errorf("FindColumn(%q) = %d, %v; want error with %q", tt.name, got, err, tt.errWith)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("FindColumn(%q) = %d, %v; want %d", tt.name, got, err, tt.want)
		}
	}
}

func TestParseFilter(t *testing.T) {
	q := NewTable(taskTable(), 2022)
	tests := []struct {
		expr string
		col  int // the default column
		want string
		err  string // in the error, for an expression that cannot be parsed
	}{
		{expr: "责任单位~发改委", col: -1, want: "责任单位 ∋ 发改委"},
		{expr: "单位 ~ 主办: 市发改委", col: -1, want: "责任单位 ∋ 主办: 市发改委"},
		{expr: "单位!~发改委", col: -1, want: "责任单位 ∌ 发改委"},
		{expr: "!单位~发改委", col: -1, want: "责任单位 ∌ 发改委"},
		{expr: "单位！～发改委", col: -1, want: "责任单位 ∌ 发改委"},
		{expr: "发改委", col: -1, want: "any ∋ 发改委"},
		{expr: "发改委", col: 2, want: "责任单位 ∋ 发改委"},
		{expr: "=市发改委", col: 2, want: "责任单位 = 市发改委"},
		{expr: "!=市发改委", col: 2, want: "责任单位 ≠ 市发改委"},
		{expr: "时限<=2022年6月", col: -1, want: "完成时限 ≤ 2022年6月"},
		{expr: "<6月", col: 3, want: "完成时限 < 6月"},
		{expr: "单位=市工信局|单位=市民政局", col: -1, want: "责任单位 = 市工信局 | 责任单位 = 市民政局"},
		{expr: `"6月~12月"`, col: -1, want: "any ∋ 6月~12月"},
		{expr: "备注~无", col: -1, err: `no column "备注"`},
		{expr: "单位~", col: -1, err: "at character 4"},
		{expr: "=发改委", col: -1, err: "needs a column"},
		{expr: "时限<=2022年13月", col: -1, err: "not a date"},
		{expr: "单位~a|", col: -1, err: "at character 6"},
		{expr: "", col: -1, err: "empty"},
	}
	for _, tt := range tests {
		f, err := ParseFilter(tt.expr, q, tt.col)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseFilter(%q): error %v, want one with %q", tt.expr, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseFilter(%q): %v", tt.expr, err)
			continue
		}
		if got := f.String(); got != tt.want {
			t.Errorf("ParseFilter(%q) = %s, want %s", tt.expr, got, tt.want)
		}
	}
}

// row makes a record from cell texts; a text starting with ^ is inherited.
func row(line int, cells ...string) data.Record {
	r := data.Record{Line: line, Group: -1}
	for _, c := range cells {
		text, inherited := strings.CutPrefix(c, "^")
		r.Cells = append(r.Cells, data.Cell{Text: text, Inherited: inherited})
		r.Continuation = r.Continuation || inherited
	}
	return r
}

func taskTable() *data.Table {
	return &data.Table{
		Line:    10,
		Columns: []string{"序号", "重点任务", "责任单位", "完成时限"},
		Records: []data.Record{
			row(11, "1", "优化营商环境", "主办：市发改委 协办：市财政局、市商务局", "2022年6月底"),
			row(12, "2", "推进数字经济", "市工信局", "2022年12月31日前"),
			row(13, "3", "加快项目建设", "市发改委，各县（市、区）政府", "长期坚持"),
			row(14, "4", "强化 招商\n引资", "^市发改委，各县（市、区）政府", "6月底前"),
			row(15, "10", "保障民生", "市民政局", ""),
		},
	}
}

func TestFilterRecords(t *testing.T) {
	q := NewTable(taskTable(), 2022)
	tests := []struct {
		exprs []string
		want  []int
	}{
		{nil, []int{0, 1, 2, 3, 4}},
		{[]string{"单位~发改委"}, []int{0, 2, 3}},
		{[]string{"单位!~发改委"}, []int{1, 4}},
		{[]string{"单位~发改委", "任务~招商引资"}, []int{3}},
		{[]string{"单位~主办: 市发改委"}, []int{0}},
		{[]string{"单位=市发改委"}, []int{2, 3}},
		{[]string{"单位=主办：市发改委"}, []int{0}},
		{[]string{"单位=协办:市发改委"}, []int{}},
		{[]string{"单位=发改委"}, []int{}},
		{[]string{"单位="}, []int{}},
		{[]string{"时限="}, []int{4}},
		{[]string{"单位=市工信局|单位=市民政局"}, []int{1, 4}},
		{[]string{"!单位=市发改委|时限~长期"}, []int{0, 1, 2, 4}},
		{[]string{"时限<=2022年6月"}, []int{0, 3}},
		{[]string{"时限<2022年6月"}, []int{}},
		{[]string{"时限>2022年6月"}, []int{1}},
		{[]string{"时限>=2022年12月31日"}, []int{1}},
		{[]string{"序号>=3"}, []int{2, 3, 4}},
		{[]string{"!发改委"}, []int{1, 4}},
		{[]string{"时限~2022"}, []int{0, 1}},
		{[]string{"单位~(市、区)"}, []int{2, 3}},
		{[]string{"单位~统计局"}, []int{}},
	}
	for _, tt := range tests {
		var fs []Filter
		for _, e := range tt.exprs {
			f, err := ParseFilter(e, q, -1)
			if err != nil {
				t.Fatalf("ParseFilter(%q): %v", e, err)
			}
			fs = append(fs, f)
		}
		if got := FilterRecords(q, fs); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FilterRecords(%q) = %v, want %v", tt.exprs, got, tt.want)
		}
	}
}
