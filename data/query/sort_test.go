package query

import (
	"reflect"
	"testing"

	"gazette/data"
)

func TestParseKey(t *testing.T) {
	tests := []struct {
		text string
		want sortKey
	}{
		{"", sortKey{class: classEmpty}},
		{" — ", sortKey{class: classEmpty}},
		{"/", sortKey{class: classEmpty}},
		{"10", sortKey{class: classNumber, num: 10, text: "10"}},
		{"１２", sortKey{class: classNumber, num: 12, text: "12"}},
		{"3.5亿元", sortKey{class: classNumber, num: 3.5, text: "3.5亿元"}},
		{"-2%", sortKey{class: classNumber, num: -2, text: "-2%"}},
		{"（三）", sortKey{class: classNumber, num: 3, text: "(三)"}},
		{"十二、", sortKey{class: classNumber, num: 12, text: "十二、"}},
		{"一百零五", sortKey{class: classNumber, num: 105, text: "一百零五"}},
		{"第2项", sortKey{class: classNumber, num: 2, text: "第2项"}},
		{"三农工作", sortKey{class: classText, text: "三农工作"}},
		{"1.2.3", sortKey{class: classText, text: "1.2.3"}},
		{"2022年6月", sortKey{class: classDate, date: [3]int{2022, 6, 31}, text: "2022年6月"}},
		{"2022年6月底", sortKey{class: classDate, date: [3]int{2022, 6, 31}, text: "2022年6月底"}},
		{"2022年6月底前", sortKey{class: classDate, date: [3]int{2022, 6, 31}, text: "2022年6月底前"}},
		{"2022年12月31日前", sortKey{class: classDate, date: [3]int{2022, 12, 31}, text: "2022年12月31日前"}},
		{"2022 年 6 月 15 日", sortKey{class: classDate, date: [3]int{2022, 6, 15}, text: "2022年6月15日"}},
		{"6月底前", sortKey{class: classDate, date: [3]int{0, 6, 31}, yearless: true, text: "6月底前"}},
		{"9月中旬", sortKey{class: classDate, date: [3]int{0, 9, 20}, yearless: true, text: "9月中旬"}},
		{"2022年底", sortKey{class: classDate, date: [3]int{2022, 12, 31}, text: "2022年底"}},
		{"2023年", sortKey{class: classDate, date: [3]int{2023, 12, 31}, text: "2023年"}},
		{"2022年上半年", sortKey{class: classDate, date: [3]int{2022, 6, 31}, text: "2022年上半年"}},
		{"2022年第三季度", sortKey{class: classDate, date: [3]int{2022, 9, 31}, text: "2022年第三季度"}},
		{"于2022年10月", sortKey{class: classDate, date: [3]int{2022, 10, 31}, text: "于2022年10月"}},
		{"2022-06-30", sortKey{class: classDate, date: [3]int{2022, 6, 30}, text: "2022-06-30"}},
		{"2022.7", sortKey{class: classDate, date: [3]int{2022, 7, 31}, text: "2022.7"}},
		{"13月", sortKey{class: classNumber, num: 13, text: "13月"}},
		{"长期坚持", sortKey{class: classText, text: "长期坚持"}},
		{"上半年", sortKey{class: classDate, date: [3]int{0, 6, 31}, yearless: true, text: "上半年"}},
		{"年底前", sortKey{class: classDate, date: [3]int{0, 12, 31}, yearless: true, text: "年底前"}},
		{"2022年 每季度末", sortKey{class: classDate, date: [3]int{2022, 3, 31}, text: "2022年每季度末"}},
		{"每月", sortKey{class: classDate, date: [3]int{0, 1, 31}, yearless: true, text: "每月"}},
	}
	for _, tt := range tests {
		if got := parseKey(tt.text); got != tt.want {
			t.Errorf("parseKey(%q) = %+v, want %+v", tt.text, got, tt.want)
		}
	}
}

func TestNaturalCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"a2", "a10", -1},
		{"a10", "a2", 1},
		{"a02", "a2", 0},
		{"第2批", "第2批", 0},
		{"x", "xy", -1},
		{"b1", "a2", 1},
	}
	for _, tt := range tests {
		if got := naturalCompare(tt.a, tt.b); got != tt.want {
			t.Errorf("naturalCompare(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSortRecords(t *testing.T) {
	col := func(texts ...string) *data.Table {
		tab := &data.Table{Columns: []string{"x"}}
		for i, s := range texts {
			tab.Records = append(tab.Records, row(i+1, s))
		}
		return tab
	}
	tests := []struct {
		name  string
		texts []string
		desc  bool
		want  []int
	}{
		{"numbers", []string{"10", "2", "", "1"}, false, []int{3, 1, 0, 2}},
		{"numbers desc", []string{"10", "2", "", "1"}, true, []int{0, 1, 3, 2}},
		{"chinese numerals", []string{"十一", "二", "十", "一"}, false, []int{3, 1, 2, 0}},
		{"dates", []string{"2022年12月31日前", "长期坚持", "2022年6月底", "6月底前", "2022年6月", "—", "2021年底"},
			false, []int{6, 2, 3, 4, 0, 1, 5}},
		{"dates desc", []string{"2022年12月31日前", "长期坚持", "2022年6月底", "", "2022年6月"},
			true, []int{1, 0, 2, 4, 3}},
		{"yearless takes most common year", []string{"2023年3月", "2022年9月", "6月底前", "2022年1月"},
			false, []int{3, 2, 1, 0}},
		{"stable", []string{"b", "a", "b", "a"}, false, []int{1, 3, 0, 2}},
		{"natural text", []string{"第10批", "第2批", "第1批"}, false, []int{2, 1, 0}},
	}
	for _, tt := range tests {
		tab := col(tt.texts...)
		idx := make([]int, len(tt.texts))
		for i := range idx {
			idx[i] = i
		}
		SortRecords(tab, idx, 0, tt.desc)
		if !reflect.DeepEqual(idx, tt.want) {
			t.Errorf("%s: SortRecords = %v, want %v", tt.name, idx, tt.want)
		}
	}
}

func TestSortRecordsSubset(t *testing.T) {
	tab := taskTable()
	idx := []int{4, 1, 0}
	SortRecords(tab, idx, 0, false)
	if want := []int{0, 1, 4}; !reflect.DeepEqual(idx, want) {
		t.Errorf("SortRecords by 序号 = %v, want %v", idx, want)
	}
	idx = []int{0, 1, 2, 3, 4}
	SortRecords(tab, idx, 3, false)
	if want := []int{0, 3, 1, 2, 4}; !reflect.DeepEqual(idx, want) {
		t.Errorf("SortRecords by 完成时限 = %v, want %v", idx, want)
	}
}
