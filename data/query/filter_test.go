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
	columns := []string{"序号", "重点任务", "责任单位", "完成时限"}
	tests := []struct {
		expr    string
		column  int
		name    string
		terms   []string
		negated bool
		err     bool
	}{
		{expr: "责任单位~发改委", column: 2, name: "责任单位", terms: []string{"发改委"}},
		{expr: "单位 ~ 发改委 财政", column: 2, name: "责任单位", terms: []string{"发改委", "财政"}},
		{expr: "单位!~发改委", column: 2, name: "责任单位", terms: []string{"发改委"}, negated: true},
		{expr: "单位！～发改委", column: 2, name: "责任单位", terms: []string{"发改委"}, negated: true},
		{expr: "时限~2022年6月", column: 3, name: "完成时限", terms: []string{"2022年6月"}},
		{expr: "发改委", column: -1, terms: []string{"发改委"}},
		{expr: "!发改委", column: -1, terms: []string{"发改委"}, negated: true},
		{expr: "~发改委", column: -1, terms: []string{"发改委"}},
		{expr: "!~发改委", column: -1, terms: []string{"发改委"}, negated: true},
		{expr: `"6月~12月"`, column: -1, terms: []string{"6月~12月"}},
		{expr: "备注~无", err: true},
		{expr: "单位~", err: true},
		{expr: "", err: true},
	}
	for _, tt := range tests {
		f, err := ParseFilter(tt.expr, columns)
		if tt.err {
			if err == nil {
				t.Errorf("ParseFilter(%q): no error", tt.expr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseFilter(%q): %v", tt.expr, err)
			continue
		}
		if f.Column != tt.column || f.Name != tt.name || !reflect.DeepEqual(f.M.Terms(), tt.terms) || f.M.Negated() != tt.negated {
			t.Errorf("ParseFilter(%q) = {%d %q %q %v}, want {%d %q %q %v}", tt.expr,
				f.Column, f.Name, f.M.Terms(), f.M.Negated(), tt.column, tt.name, tt.terms, tt.negated)
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
	tab := taskTable()
	tests := []struct {
		exprs []string
		want  []int
	}{
		{nil, []int{0, 1, 2, 3, 4}},
		{[]string{"单位~发改委"}, []int{0, 2, 3}},
		{[]string{"单位!~发改委"}, []int{1, 4}},
		{[]string{"单位~发改委", "任务~招商引资"}, []int{3}},
		{[]string{"发改委 招商"}, []int{3}},
		{[]string{"!发改委"}, []int{1, 4}},
		{[]string{"时限~2022"}, []int{0, 1}},
		{[]string{"单位~(市、区)"}, []int{2, 3}},
		{[]string{"单位~统计局"}, []int{}},
	}
	for _, tt := range tests {
		var fs []Filter
		for _, e := range tt.exprs {
			f, err := ParseFilter(e, tab.Columns)
			if err != nil {
				t.Fatalf("ParseFilter(%q): %v", e, err)
			}
			fs = append(fs, f)
		}
		if got := FilterRecords(tab, fs); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FilterRecords(%q) = %v, want %v", tt.exprs, got, tt.want)
		}
	}
}
