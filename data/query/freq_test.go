package query

import (
	"reflect"
	"testing"
)

func TestUnits(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"  ", nil},
		{"市发改委", []string{"市发改委"}},
		{"2022年6月底", []string{"2022年6月底"}},
		{"市发改委、市工信局", []string{"市发改委", "市工信局"}},
		{"市发改委，各县（市）区政府", []string{"市发改委", "各县（市）区政府"}},
		{"各县（市、区）政府", []string{"各县（市、区）政府"}},
		{"各县(市,区)政府；市直各部门", []string{"各县(市,区)政府", "市直各部门"}},
		{"主办：市发改委 协办：市财政局、市商务局", []string{"市发改委", "市财政局", "市商务局"}},
		{"主办: 市发改委\n协办:市财政局", []string{"市发改委", "市财政局"}},
		{"牵头单位：市发改委；配合单位：市财政局/市税务局", []string{"市发改委", "市财政局", "市税务局"}},
		{"市发改委（牵头）、市财政局", []string{"市发改委", "市财政局"}},
		{"市直有关部门（按职责分工负责）", []string{"市直有关部门"}},
		{"市政府办、市委办", []string{"市政府办", "市委办"}},
		{"责任单位 市发改委", []string{"市发改委"}},
		{"市发改委。", []string{"市发改委"}},
		{"市发改委\u3000市财政局", []string{"市发改委", "市财政局"}},
	}
	for _, tt := range tests {
		if got := Units(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Units(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFrequencies(t *testing.T) {
	tab := taskTable()
	all := []int{0, 1, 2, 3, 4}
	tests := []struct {
		name string
		idx  []int
		col  int
		want []Freq
	}{
		{"units", all, 2, []Freq{
			{Value: "市发改委", Count: 3, Records: []int{0, 2, 3}},
			{Value: "各县（市、区）政府", Count: 2, Records: []int{2, 3}},
			{Value: "市财政局", Count: 1, Records: []int{0}},
			{Value: "市商务局", Count: 1, Records: []int{0}},
			{Value: "市工信局", Count: 1, Records: []int{1}},
			{Value: "市民政局", Count: 1, Records: []int{4}},
		}},
		{"subset", []int{3, 1}, 2, []Freq{
			{Value: "市发改委", Count: 1, Records: []int{3}},
			{Value: "各县（市、区）政府", Count: 1, Records: []int{3}},
			{Value: "市工信局", Count: 1, Records: []int{1}},
		}},
		{"empty cells", all, 3, []Freq{
			{Value: "2022年6月底", Count: 1, Records: []int{0}},
			{Value: "2022年12月31日前", Count: 1, Records: []int{1}},
			{Value: "长期坚持", Count: 1, Records: []int{2}},
			{Value: "6月底前", Count: 1, Records: []int{3}},
			{Value: "", Count: 1, Records: []int{4}},
		}},
		{"none", nil, 2, nil},
	}
	for _, tt := range tests {
		if got := Frequencies(tab, tt.idx, tt.col); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Frequencies = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestFrequenciesOncePerRecord(t *testing.T) {
	tab := taskTable()
	tab.Records[0].Cells[2].Text = "市发改委、市发改委、各县(市、区)政府"
	got := Frequencies(tab, []int{0, 2}, 2)
	want := []Freq{
		{Value: "市发改委", Count: 2, Records: []int{0, 2}},
		{Value: "各县(市、区)政府", Count: 2, Records: []int{0, 2}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Frequencies = %+v, want %+v", got, want)
	}
}
