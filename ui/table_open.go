package ui

import "gazette/data"

// tableOnScreen returns the index (in Document.Tables) of the table that
// Enter opens: of the tables with lines on screen, the one with the most,
// the first on a tie; -1 when no table is on screen.
func (r *reader) tableOnScreen() int {
	at := map[int]int{} // source line of a table block → table index
	add := func(bs []data.Block) {
		for _, b := range bs {
			if b.Kind == data.TableBlock && b.Table != nil {
				at[b.Line] = len(at)
			}
		}
	}
	d := r.document()
	add(d.Blocks)
	d.Walk(func(s *data.Section) bool { add(s.Blocks); return true })
	if len(at) == 0 {
		return -1
	}
	best, most := -1, 0
	count := map[int]int{}
	end := min(r.top+r.c.bodyHeight(), len(r.lay.Lines))
	for i := r.top; i < end; i++ {
		l := r.lay.Lines[i]
		ti, ok := at[l.Source]
		if !ok || len(l.Spans) == 0 {
			continue
		}
		count[ti]++
		if n := count[ti]; n > most || n == most && ti < best {
			best, most = ti, n
		}
	}
	return best
}
