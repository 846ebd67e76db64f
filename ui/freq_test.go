package ui

import (
	"slices"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"gazette/data"
	"gazette/loader"
)

// TestFreqEnterKeepsItsRecords is the invariant of the value counts in
// the interface: on every column of every table of the five samples,
// Enter on a unit in F keeps exactly the records it counts, and the count
// shown is their number.
func TestFreqEnterKeepsItsRecords(t *testing.T) {
	var issues []*data.Issue
	for _, name := range []string{"jixi-2022-02", "jincheng-2020-02", "yangcheng-2022-03", "shuangyashan-2024-05", "hegang-2022-emergency-plan"} {
		is, err := loader.Load("../testdata/gazettes/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		issues = append(issues, is)
	}
	m := start(t, Options{Sources: fixed(issues...)}, 120, 40)
	enter := tea.KeyMsg{Type: tea.KeyEnter}
	units := 0
	for ii, is := range issues {
		for di, d := range is.Documents {
			for ti := range d.Tables() {
				tb := newTable(m.c, ii, di, ti)
				for col := range tb.t.Columns {
					tb.setColumn(col)
					f := newFreq(m.c, tb)
					for i, it := range f.items {
						f.list.to(i)
						if nav, _ := f.update(enter); nav == nil {
							t.Fatalf("%s %d/%d col %d: enter on %q did not go back", is.Source, di, ti, col, it.Value)
						}
						if !slices.Equal(tb.recs, it.Records) || len(tb.recs) != it.Count {
							t.Errorf("%s %d/%d col %d: %q counts %d %v, enter keeps %v", is.Source, di, ti, col, it.Value, it.Count, it.Records, tb.recs)
						}
						tb.unfilter()
						units++
					}
				}
			}
		}
	}
	if units < 1000 {
		t.Errorf("only %d units checked", units)
	}
}
