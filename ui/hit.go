package ui

import (
	"gazette/data/query"
	"gazette/ui/page"
)

// open returns the screen that shows a library search hit with the
// query highlighted: for a table record the table screen with the cursor
// on the record and on its first matching column (for a group label on
// the group's first record), else the reader scrolled to the match.
func (o openHitMsg) open(c *common) screen {
	h := o.hit
	if h.Kind == query.KindTable || h.Kind == query.KindGroup && h.Record >= 0 {
		return tableAt(c, h, o.matcher)
	}
	r := newReader(c, h.Issue, h.Document)
	r.showHit(h, o.query)
	return r
}

// tableAt opens the table of hit h on its record, highlighting m.
func tableAt(c *common, h query.Hit, m *query.Matcher) *table {
	tb := newTable(c, h.Issue, h.Document, h.Table)
	tb.marks.setMatches([]query.Highlight{{Column: -1, M: m}})
	tb.moveTo(h.Record) // a new table shows every record in order
	for col, cell := range tb.t.Records[h.Record].Cells {
		if len(m.Find(cell.Text)) > 0 {
			tb.setColumn(col)
			break
		}
	}
	return tb
}

// showHit highlights q in the document and makes the match of hit h the
// current one, scrolled into view. Esc then returns to the results.
func (r *reader) showHit(h query.Hit, q string) {
	r.find.query = q
	r.find.run(r.lay.Lines)
	at := r.hitLine(h)
	r.find.seek(at)
	r.hit = true
	if m, ok := r.find.current(); ok && r.sameBlock(at, m.line) {
		r.showMatch()
		return
	}
	// The match is cut by a line break, or is in a cell drawn elsewhere:
	// show where the hit is.
	r.markLine(at)
	r.follow()
}

// sameBlock reports whether laid-out lines a and b come from the same
// source block.
func (r *reader) sameBlock(a, b int) bool {
	ls := r.lay.Lines
	if a < 0 || b < 0 || a >= len(ls) || b >= len(ls) {
		return false
	}
	return ls[a].Source == ls[b].Source
}

// hitLine returns the first laid-out line of the block that holds hit h:
// of the title, heading, paragraph, list or raw text.
func (r *reader) hitLine(h query.Hit) int {
	ls := r.lay.Lines
	i := page.At(ls, h.Line, 0)
	for i > 0 && i < len(ls) && ls[i].Source != 0 && ls[i-1].Source == ls[i].Source {
		i--
	}
	return i
}
