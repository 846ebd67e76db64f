package ui

import (
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"gazette/ui/state"
)

// TestTableStateSurvives: a table left filtered, sorted and on another
// column opens again the same way in the session, and, saved with the
// reading position, after a restart.
func TestTableStateSurvives(t *testing.T) {
	dir := stateDir(t)
	st, _ := state.Open(dir)
	o := Options{Sources: fixed(taskIssue()), State: st}
	o.Sources[0].Key = state.SampleKey("tasks.txt", 1)
	m := start(t, o, 80, 24)
	press(m, "enter", "enter", "l", "l", "l", "f", "<=2022年6月", "enter", "h", "f", "发改委", "enter", "l", "s", "j")
	tb := m.top().(*table)
	want := tb.snapshot()
	recs := slices.Clone(tb.recs)
	if len(want.Filters) != 2 || want.Sort != 3 || want.Column != 3 {
		t.Fatalf("left the table as %+v, want 2 filters, sorted by column 3, on column 3", want)
	}
	_, right := tb.status()
	send(m, tea.KeyMsg{Type: tea.KeyEsc})
	press(m, "enter")
	again, ok := m.top().(*table)
	if !ok || again == tb {
		t.Fatalf("enter shows %T, want a new table screen", m.top())
	}
	if got := again.snapshot(); !slices.Equal(got.Filters, want.Filters) || got.Sort != want.Sort || got.Column != want.Column || got.Record != want.Record || !slices.Equal(again.recs, recs) {
		t.Errorf("reopened as %+v with %v, want %+v with %v", got, again.recs, want, recs)
	}
	if row := again.shown.rows[again.shown.at[again.cur]]; row.h != len(again.lay.records[again.record()]) {
		t.Errorf("the cursor's record shows %d of its %d lines", row.h, len(again.lay.records[again.record()]))
	}
	if _, r := again.status(); r != right || !strings.HasSuffix(r, " of 5 · 2 filters") {
		t.Errorf("status %q, want %q", r, right)
	}

	// Quit and start again: the saved position holds the table's state.
	send(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'q'}})
	st, _ = state.Open(dir)
	o.State = st
	m = start(t, o, 80, 24)
	if _, ok := m.top().(*reader); !ok {
		t.Fatalf("restarted on %T, want the reader where it was left", m.top())
	}
	press(m, "enter")
	if got := m.top().(*table).snapshot(); !slices.Equal(got.Filters, want.Filters) || got.Sort != want.Sort || got.Record != want.Record {
		t.Errorf("after a restart the table is %+v, want %+v", got, want)
	}
}
