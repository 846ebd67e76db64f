package ui

import (
	"testing"

	"gazette/data"
	"gazette/loader"
)

// recordsOnScreen counts the records whose lines are all on tb's screen.
func recordsOnScreen(tb *table) int {
	n, win := 0, tb.window()
	for _, r := range tb.shown.rows {
		if r.record >= 0 && r.y >= tb.top && r.y+r.h <= tb.top+win {
			n++
		}
	}
	return n
}

// TestDensity: at 80x24 jixi's task table shows at least 12 records one
// line each, and w switches between that and wrapped cells with rules;
// wrapped, the short columns (责任领导, 完成时限) are narrowed to their
// longest name or date so that the task text gets the width.
func TestDensity(t *testing.T) {
	is, err := loader.Load("../testdata/gazettes/jixi-2022-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	m := start(t, Options{Sources: fixed([]*data.Issue{is}...)}, 80, 24)
	press(m, "j", "enter", "G", "enter")
	tb, ok := m.top().(*table)
	if !ok || len(tb.t.Records) != 167 {
		t.Fatalf("top screen %T, want jixi's task table", m.top())
	}
	wrapped := recordsOnScreen(tb)
	if wrapped < 3 {
		t.Errorf("wrapped: %d records on screen, want at least 3", wrapped)
	}
	for _, c := range tb.lay.g.Columns {
		if name := tb.t.Columns[c.Index]; (name == "责任领导" || name == "完成时限") && c.Width > 10 {
			t.Errorf("%s is %d cells wide, want it narrowed to its longest unit", name, c.Width)
		}
	}
	press(m, "w")
	compact := recordsOnScreen(tb)
	if compact < 12 {
		t.Errorf("compact: %d records on screen, want at least 12", compact)
	}
	for _, r := range tb.shown.rows {
		if r.h != 1 {
			t.Fatalf("compact row of %d lines", r.h)
		}
	}
	press(m, "w")
	if n := recordsOnScreen(tb); n != wrapped {
		t.Errorf("w twice: %d records on screen, want %d", n, wrapped)
	}
	t.Logf("80x24: %d records wrapped, %d compact", wrapped, compact)
}
