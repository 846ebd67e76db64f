package ui

import (
	"gazette/data/query"
	say "gazette/ui/msg"
)

// The table's moves: the records for the moving keys (see move; page is in
// table.go), the column cursor, and what the count view and the card ask.

// Messages the count view and the card send the table they came from:
// they ask it to change rather than reach into it.
type (
	// filterMsg adds a filter (the count view's enter: COL=unit).
	filterMsg struct{ f query.Filter }
	// recordMsg puts the cursor on the i-th record shown (the card's n, p).
	recordMsg struct{ i int }
)

// step moves the cursor d records down (d > 0) or up.
func (tb *table) step(d int) { tb.moveTo(tb.cur + d) }

// home shows the top of the table, the cursor on the first record.
func (tb *table) home() {
	tb.top = 0
	tb.moveTo(0)
}

// end shows the end of the table, the cursor on the last record.
func (tb *table) end() {
	tb.top = len(tb.shown.body)
	tb.moveTo(len(tb.recs) - 1)
}

// column moves the column cursor one right (or left), or says why not.
func (tb *table) column(right bool) {
	switch {
	case right && tb.col == len(tb.t.Columns)-1:
		tb.note = tb.c.t.T(say.TableLastColumn)
	case right:
		tb.setColumn(tb.col + 1)
	case tb.col == 0:
		tb.note = tb.c.t.T(say.TableFirstColumn)
	default:
		tb.setColumn(tb.col - 1)
	}
}
