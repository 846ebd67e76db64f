package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

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
// longest name or date so that the task text gets the width, and the
// records other than the cursor's are folded: at least five show at the
// top, four when the cursor's record is one of the tallest, its own
// record always whole.
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
	if wrapped < 5 {
		t.Errorf("wrapped: %d records on screen, want at least 5", wrapped)
	}
	for range 40 {
		if n := recordsOnScreen(tb); n < 4 {
			t.Errorf("wrapped, cursor on record %d: %d records on screen, want at least 4", tb.cur+1, n)
		}
		row := tb.shown.rows[tb.shown.at[tb.cur]]
		if whole := len(tb.lay.records[tb.record()]); row.h != whole {
			t.Errorf("cursor's record %d shows %d lines of %d", tb.cur+1, row.h, whole)
		}
		press(m, "j")
	}
	// Left and opened again on record 3, six lines tall, the table
	// unfolds it.
	press(m, "g", "j", "j")
	send(m, tea.KeyMsg{Type: tea.KeyEsc})
	press(m, "enter")
	tb = m.top().(*table)
	if row, whole := tb.shown.rows[tb.shown.at[tb.cur]], len(tb.lay.records[tb.record()]); tb.cur != 2 || row.h != whole || whole <= 2 {
		t.Errorf("reopened on record %d showing %d of its %d lines, want record 3 whole", tb.cur+1, row.h, whole)
	}
	press(m, "g")
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
