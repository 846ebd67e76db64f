package query

import (
	"errors"
	"strings"
	"testing"
)

// FuzzFilter parses any expression against a table holding any cell,
// filters and counts: never a panic, an error only as a SyntaxError, and
// a parsed filter reads back from its Expression.
func FuzzFilter(f *testing.F) {
	for _, s := range [][2]string{
		{"责任单位~主办: 市发改委", "主办：市发改委 协办：市财政局"},
		{"时限<=2022年6月|!单位=市工信局", "2022年 每季度末"},
		{`单位="a|b"`, "张 涛 徐 铭"},
		{"序号>=3", "2020年5月-9月"},
		{"!~", "（牵头）"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, expr, cell string) {
		tab := taskTable()
		for i := range tab.Records {
			tab.Records[i].Cells[2].Text = cell
			tab.Records[i].Cells[3].Text = cell
		}
		q := NewTable(tab, 2022)
		for c := range tab.Columns {
			Frequencies(q, FilterRecords(q, nil), c)
		}
		flt, err := ParseFilter(expr, q, 2)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("%q: error %v is not a SyntaxError", expr, err)
			}
			return
		}
		got := FilterRecords(q, []Filter{flt})
		for _, term := range flt.Terms {
			if strings.ContainsAny(term.Text, `"＂”`) {
				return // text holding a closing quote cannot be written back quoted
			}
		}
		back, err := ParseFilter(flt.Expression(), q, -1)
		if err != nil {
			t.Fatalf("%q written back as %q: %v", expr, flt.Expression(), err)
		}
		if again := FilterRecords(q, []Filter{back}); len(again) != len(got) {
			t.Fatalf("%q keeps %v, written back as %q keeps %v", expr, got, flt.Expression(), again)
		}
	})
}
