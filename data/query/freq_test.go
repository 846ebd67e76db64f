package query

import (
	"reflect"
	"testing"

	"gazette/data"
)

func TestUnits(t *testing.T) {
	q := NewTable(taskTable(), 2022)
	tests := []struct {
		text string
		want []string
	}{
		{"主办: 市发改委 协办: 市财政局, 县(市)区政府", []string{"主办：市发改委", "协办：市财政局", "协办：县(市)区政府"}},
		{"市发改委 市人社局", []string{"市发改委", "市人社局"}},
		{"市大数据 应用局", []string{"市大数据应用局"}},
		{"教学科研仪器 (高等职业院校)", []string{"教学科研仪器(高等职业院校)"}},
		{"2022年 每季度末", []string{"2022年每季度末"}},
		{"2020 年 4 月 20 日", []string{"2020年4月20日"}},
		{"徐 铭", []string{"徐铭"}},
		{"王　丽", []string{"王丽"}},
		{"张 涛 徐 铭", []string{"张涛", "徐铭"}},
		{"市能源局牵头, 各县(市、区)人民政府负责落实", []string{"牵头：市能源局", "负责落实：各县(市、区)人民政府"}},
		{"2022/6/30", []string{"2022/6/30"}},
		{"市生态环境局、市市场监督管理局牵头, 各县(市、区)人民政府、开发区管委会负责落实",
			[]string{"牵头：市生态环境局", "牵头：市市场监督管理局", "负责落实：各县(市、区)人民政府", "负责落实：开发区管委会"}},
		{"市财政局、市发改委（牵头）", []string{"市财政局", "牵头：市发改委"}},
		{"—", nil},
		{"", nil},
		{"  ", nil},
		{"市发改委", []string{"市发改委"}},
		{"2022年6月底", []string{"2022年6月底"}},
		{"市发改委、市工信局", []string{"市发改委", "市工信局"}},
		{"市发改委，各县（市）区政府", []string{"市发改委", "各县（市）区政府"}},
		{"各县（市、区）政府", []string{"各县（市、区）政府"}},
		{"各县(市,区)政府；市直各部门", []string{"各县(市,区)政府", "市直各部门"}},
		{"主办：市发改委 协办：市财政局、市商务局", []string{"主办：市发改委", "协办：市财政局", "协办：市商务局"}},
		{"主办: 市发改委\n协办:市财政局", []string{"主办：市发改委", "协办：市财政局"}},
		{"牵头单位：市发改委；配合单位：市财政局/市税务局", []string{"牵头单位：市发改委", "配合单位：市财政局", "配合单位：市税务局"}},
		{"市发改委（牵头）、市财政局", []string{"牵头：市发改委", "市财政局"}},
		{"市直有关部门（按职责分工负责）", []string{"按职责分工负责：市直有关部门"}},
		{"市政府办、市委办", []string{"市政府办", "市委办"}},
		{"责任单位 市发改委", []string{"责任单位：市发改委"}},
		{"市发改委。", []string{"市发改委"}},
		{"市发改委\u3000市财政局", []string{"市发改委", "市财政局"}},
	}
	for _, tt := range tests {
		var got []string
		for _, u := range q.Units(2, tt.text) {
			got = append(got, u.String())
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Units(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFrequencies(t *testing.T) {
	q := NewTable(taskTable(), 2022)
	all := []int{0, 1, 2, 3, 4}
	tests := []struct {
		name string
		idx  []int
		col  int
		want []Freq
	}{
		{"units", all, 2, []Freq{
			{Value: "市发改委", Count: 2, Records: []int{2, 3}},
			{Value: "各县（市、区）政府", Count: 2, Records: []int{2, 3}},
			{Value: "主办：市发改委", Count: 1, Records: []int{0}},
			{Value: "协办：市财政局", Count: 1, Records: []int{0}},
			{Value: "协办：市商务局", Count: 1, Records: []int{0}},
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
		if got := Frequencies(q, tt.idx, tt.col); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Frequencies = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestFrequenciesOncePerRecord(t *testing.T) {
	tab := taskTable()
	tab.Records[0].Cells[2].Text = "市发改委、市发改委、各县(市、区)政府"
	got := Frequencies(NewTable(tab, 2022), []int{0, 2}, 2)
	want := []Freq{
		{Value: "市发改委", Count: 2, Records: []int{0, 2}},
		{Value: "各县(市、区)政府", Count: 2, Records: []int{0, 2}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Frequencies = %+v, want %+v", got, want)
	}
}

// TestUnitsOfPeople: in a column of people's names, spaces separate
// names of two to four characters (上官泽根), lone characters pair up
// with the help of the names printed alone elsewhere in the column.
func TestUnitsOfPeople(t *testing.T) {
	tab := &data.Table{Columns: []string{"责任人"}}
	for _, c := range []string{"李琳", "张涛", "徐 铭", "邓驰", "原建 上官泽根 苏宏飞", "张 涛 徐 铭", "邓 徐 铭", "王 丽"} {
		tab.Records = append(tab.Records, row(1, c))
	}
	q := NewTable(tab, 2022)
	want := [][]string{{"李琳"}, {"张涛"}, {"徐铭"}, {"邓驰"}, {"原建", "上官泽根", "苏宏飞"}, {"张涛", "徐铭"}, {"邓驰", "徐铭"}, {"王丽"}}
	for r := range tab.Records {
		var got []string
		for _, u := range q.unitsOf(0, r) {
			got = append(got, u.String())
		}
		if !reflect.DeepEqual(got, want[r]) {
			t.Errorf("%q: units %q, want %q", tab.Text(r, 0), got, want[r])
		}
	}
}
