package query_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"gazette/data/query"
	"gazette/loader"
)

var samples = []string{"jixi-2022-02", "jincheng-2020-02", "yangcheng-2022-03", "shuangyashan-2024-05", "hegang-2022-emergency-plan"}

// TestCountsAgreeWithFilters is the invariant of the value counts: on
// every column of every table of the five samples, for each unit the
// count equals the number of records the filter COL=unit keeps, and they
// are the same records.
func TestCountsAgreeWithFilters(t *testing.T) {
	units := 0
	for _, name := range samples {
		is, err := loader.Load("../../testdata/gazettes/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		for di, d := range is.Documents {
			for ti, tab := range d.Tables() {
				q := query.NewTable(tab, is.Year)
				all := query.FilterRecords(q, nil)
				for c := range tab.Columns {
					for _, f := range query.Frequencies(q, all, c) {
						units++
						where := fmt.Sprintf("%s %d/%d #%d=%s", name, di+1, ti+1, c+1, f.Value)
						expr := fmt.Sprintf("#%d=%s", c+1, quote(f.Value))
						flt, err := query.ParseFilter(expr, q, -1)
						if err != nil {
							t.Errorf("%s: %v", where, err)
							continue
						}
						got := query.FilterRecords(q, []query.Filter{flt})
						if len(got) != f.Count || !slices.Equal(got, f.Records) {
							t.Errorf("%s: count %d (records %v), filter keeps %d (%v)", where, f.Count, f.Records, len(got), got)
						}
						// The expression saved with a table's state reads back.
						back, err := query.ParseFilter(query.UnitFilter(q, c, f.Value).Expression(), q, -1)
						if err != nil {
							t.Errorf("%s: saved as %q: %v", where, query.UnitFilter(q, c, f.Value).Expression(), err)
						} else if got := query.FilterRecords(q, []query.Filter{back}); !slices.Equal(got, f.Records) {
							t.Errorf("%s: saved as %q keeps %v", where, back.Expression(), got)
						}
					}
				}
			}
		}
	}
	if units < 1000 {
		t.Errorf("only %d units checked", units)
	}
}

// quote quotes a value holding | so that it is one alternative, and one
// in quotes so that they stay.
func quote(v string) string {
	if strings.ContainsAny(v, "|｜") || strings.HasPrefix(v, `"`) || strings.HasPrefix(v, "“") || strings.HasPrefix(v, "＂") {
		return `"` + v + `"`
	}
	return v
}

// TestLeadersOfJixi are the true counts of the leaders of jixi's task
// table, whose two-character names are printed padded (徐 铭) and run
// together in some cells (张 涛 徐 铭).
func TestLeadersOfJixi(t *testing.T) {
	is, err := loader.Load("../../testdata/gazettes/jixi-2022-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	tab := is.Documents[1].Tables()[1]
	q := query.NewTable(tab, is.Year)
	got := map[string]int{}
	for _, f := range query.Frequencies(q, query.FilterRecords(q, nil), 2) {
		got[f.Value] = f.Count
		if utf8.RuneCountInString(f.Value) < 2 {
			t.Errorf("one-character unit %q (%d)", f.Value, f.Count)
		}
	}
	for name, n := range map[string]int{"关集双": 34, "陈霖": 26, "徐铭": 26, "周诚": 24} {
		if got[name] != n {
			t.Errorf("%s: %d records, want %d", name, got[name], n)
		}
	}
}

// TestDueByJune lists the tasks of jixi's task table due in or before June
// 2022 independently — every cell is 2022年N月 or 2022年 每季度末 — and
// checks that 完成时限<=2022年6月 (and the prompt's shorter forms) keep
// exactly those.
func TestDueByJune(t *testing.T) {
	is, err := loader.Load("../../testdata/gazettes/jixi-2022-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	tab := is.Documents[1].Tables()[1]
	var want []int
	for r := range tab.Records {
		cell := strings.ReplaceAll(tab.Text(r, 4), " ", "")
		var m int
		switch {
		case cell == "2022年每季度末":
			want = append(want, r) // its first deadline is the end of March
		case func() bool { _, err := fmt.Sscanf(cell, "2022年%d月", &m); return err == nil }():
			if m <= 6 {
				want = append(want, r)
			}
		default:
			t.Fatalf("record %d: unexpected deadline %q", r, cell)
		}
	}
	if len(want) != 11 {
		t.Fatalf("independent list has %d records, want 11", len(want))
	}
	q := query.NewTable(tab, is.Year)
	for _, expr := range []string{"完成时限<=2022年6月", "时限<=6月", "时限<2022年7月", "时限<=6月底前", "时限<=2022年6月30日", "时限<=上半年"} {
		f, err := query.ParseFilter(expr, q, -1)
		if err != nil {
			t.Fatal(err)
		}
		if got := query.FilterRecords(q, []query.Filter{f}); !slices.Equal(got, want) {
			t.Errorf("%s keeps %v, want %v", expr, got, want)
		}
	}
	f, _ := query.ParseFilter("!完成时限<=2022年6月", q, -1)
	if got := query.FilterRecords(q, []query.Filter{f}); len(got) != len(tab.Records)-11 {
		t.Errorf("negated: %d records, want %d", len(got), len(tab.Records)-11)
	}
}

// TestPhraseIgnoresPunctuation: 主办: 市发改委 typed as printed in one part
// of the table and 主办：市发改委 as printed in the other keep the same 16
// records.
func TestPhraseIgnoresPunctuation(t *testing.T) {
	is, err := loader.Load("../../testdata/gazettes/jixi-2022-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	q := query.NewTable(is.Documents[1].Tables()[1], is.Year)
	for _, expr := range []string{"责任单位~主办: 市发改委", "责任单位~主办：市发改委", "责任单位~主办:市发改委", "单位 ～ 主办 ：市发改委"} {
		f, err := query.ParseFilter(expr, q, -1)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(query.FilterRecords(q, []query.Filter{f})); n != 16 {
			t.Errorf("%s: %d records, want 16", expr, n)
		}
	}
}

// BenchmarkCount is gazette table --count on each column of the largest
// sample table, jincheng's 359x8: learning the column and counting its
// units from scratch, as the command does.
func BenchmarkCount(b *testing.B) {
	is, err := loader.Load("../../testdata/gazettes/jincheng-2020-02.txt")
	if err != nil {
		b.Fatal(err)
	}
	tab := is.Documents[0].Tables()[0]
	for c, name := range tab.Columns {
		b.Run(fmt.Sprintf("%d-%s", c+1, name), func(b *testing.B) {
			for b.Loop() {
				q := query.NewTable(tab, is.Year)
				query.Frequencies(q, query.FilterRecords(q, nil), c)
			}
		})
	}
}

// BenchmarkDateFilter filters jincheng's 359x8 table with a date
// comparison from scratch: parsing the expression and every deadline.
func BenchmarkDateFilter(b *testing.B) {
	is, err := loader.Load("../../testdata/gazettes/jincheng-2020-02.txt")
	if err != nil {
		b.Fatal(err)
	}
	tab := is.Documents[10].Tables()[0]
	for b.Loop() {
		q := query.NewTable(tab, is.Year)
		f, err := query.ParseFilter("完成时限<=2020年6月", q, -1)
		if err != nil {
			b.Fatal(err)
		}
		query.FilterRecords(q, []query.Filter{f})
	}
}

// TestSortAgreesWithDateFilters: on every deadline column of the samples
// (a column named …时限 or …时间), for each cell printed in it,
// COL<=cell keeps exactly a first part of the column sorted ascending:
// sorting and date filters read deadlines alike.
func TestSortAgreesWithDateFilters(t *testing.T) {
	checked := 0
	for _, name := range samples {
		is, err := loader.Load("../../testdata/gazettes/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range is.Documents {
			for _, tab := range d.Tables() {
				for c, col := range tab.Columns {
					if !strings.Contains(col, "时限") && !strings.Contains(col, "时间") {
						continue
					}
					q := query.NewTable(tab, is.Year)
					sorted := query.FilterRecords(q, nil)
					query.SortRecords(tab, sorted, c, false)
					for r := range tab.Records {
						f, err := query.ParseFilter(fmt.Sprintf("#%d<=%s", c+1, quote(tab.Text(r, c))), q, -1)
						if err != nil {
							continue // an empty cell
						}
						kept := query.FilterRecords(q, []query.Filter{f})
						prefix := slices.Clone(sorted[:len(kept)])
						slices.Sort(prefix)
						if !slices.Equal(kept, prefix) {
							t.Errorf("%s %s<=%s keeps %v, sorted order starts %v", name, col, tab.Text(r, c), kept, sorted[:len(kept)])
						}
						checked++
					}
				}
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d deadlines checked", checked)
	}
}
