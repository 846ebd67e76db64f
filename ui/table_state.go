package ui

import (
	"slices"
	"time"

	"gazette/data/query"
	"gazette/ui/state"
)

// tableID names a table of an open issue for the session's memory.
type tableID struct{ issue, doc, index int }

// snapshot is how the table screen is now, for reopening it.
func (tb *table) snapshot() state.Table {
	s := state.Table{Sort: tb.sortCol, Desc: tb.sortDesc, Column: tb.col, Record: tb.record(), Compact: tb.compact}
	for _, f := range tb.filters {
		s.Filters = append(s.Filters, f.Expression())
	}
	return s
}

// apply puts the table screen back as snapshot s left it; filters that no
// longer parse (the file changed) are dropped.
func (tb *table) apply(s state.Table) {
	tb.filters = tb.filters[:0]
	for _, e := range s.Filters {
		if f, err := query.ParseFilter(e, tb.q, -1); err == nil {
			tb.filters = append(tb.filters, f)
		}
	}
	if s.Sort >= 0 && s.Sort < len(tb.t.Columns) {
		tb.sortCol, tb.sortDesc = s.Sort, s.Desc
	}
	tb.compact = s.Compact
	tb.sort()
	tb.relay()
	if i := slices.Index(tb.recs, s.Record); i >= 0 {
		tb.moveTo(i)
	}
	tb.setColumn(s.Column)
	tb.follow()
}

// tableState returns how table id was left: in this session, else as
// saved with the issue's reading position.
func (c *common) tableState(id tableID) (state.Table, bool) {
	if s, ok := c.tables[id]; ok {
		return s, true
	}
	if key := c.issues[id.issue].key; key != "" {
		if p, ok := c.state.Get(key); ok {
			s, ok := p.Tables[state.TableKey(id.doc, id.index)]
			return s, ok
		}
	}
	return state.Table{}, false
}

// keepTable remembers how tb is left, for the session and in the store
// with the issue's reading position (saved by the next save).
func (c *common) keepTable(tb *table) {
	id := tableID{tb.issue, tb.doc, tb.index}
	s := tb.snapshot()
	if c.tables == nil {
		c.tables = map[tableID]state.Table{}
	}
	c.tables[id] = s
	key := c.issues[tb.issue].key
	if key == "" {
		return
	}
	p, ok := c.state.Get(key)
	if !ok {
		p = state.Position{Document: tb.doc, Number: c.issues[tb.issue].issue.Documents[tb.doc].Number}
	}
	if p.Tables == nil {
		p.Tables = map[string]state.Table{}
	}
	p.Tables[state.TableKey(tb.doc, tb.index)] = s
	p.Read = time.Time{}
	c.state.Set(key, p)
}
