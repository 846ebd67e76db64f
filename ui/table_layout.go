package ui

import (
	"strings"

	"gazette/data"
	"gazette/ui/cjk"
	"gazette/ui/grid"
)

// tableLayout is a whole table laid out by package grid at one width and
// column offset, cut into the pieces that views of it are composed from:
// filtering and sorting only rearrange these pieces, so that a keystroke
// lays nothing out again.
type tableLayout struct {
	g *grid.Layout
	// records holds the lines of each record by record index, without the
	// rule below it; groups the lines of each group separator by group.
	records, groups [][]grid.Line
	// folded holds, by record index, the folded lines of each record
	// taller than the fold (grid.Row.Folded), nil for the others.
	folded [][]grid.Line
	// rules are the rules between kinds of row, built on use.
	rules [3][3]grid.Line
	// compact is true for a layout of one line per row, without rules
	// between rows.
	compact bool
}

// Kinds of row, for choosing the rule between two rows.
const (
	edgeRow = iota
	recordRow
	groupRow
)

// layTable lays t out at width cells, scrolled to column offset, one line
// per row when compact, else with records taller than fold lines also
// folded.
func layTable(t *data.Table, width, offset int, m *cjk.Width, compact bool, fold int) *tableLayout {
	g := grid.Lay(t, nil, grid.Options{Width: width, Measure: m, Offset: offset, Compact: compact, Fold: fold})
	l := &tableLayout{g: g, compact: compact,
		records: make([][]grid.Line, len(t.Records)), folded: make([][]grid.Line, len(t.Records)), groups: make([][]grid.Line, len(t.Groups))}
	for i, r := range g.Rows {
		lines := r.Lines
		if !compact || i == len(g.Rows)-1 {
			lines = lines[:max(len(lines)-1, 0)] // the rule below the row
		}
		switch {
		case r.Record >= 0:
			l.records[r.Record], l.folded[r.Record] = lines, r.Folded
		case r.Group >= 0 && l.groups[r.Group] == nil:
			l.groups[r.Group] = lines
		}
	}
	return l
}

// rule returns the rule between a row of kind above and one of kind
// below. It is made from the top rule of the header, which grid draws
// between the top edge and a record (┌─┬─┐), by changing its corners and
// junctions as grid would draw the rule between such rows.
func (l *tableLayout) rule(above, below int) grid.Line {
	if r := l.rules[above][below]; r != nil {
		return r
	}
	if len(l.g.Header) == 0 {
		return nil
	}
	top := l.g.Header[0]
	left, right := "├", "┤"
	switch {
	case above == edgeRow:
		left, right = "┌", "┐"
	case below == edgeRow:
		left, right = "└", "┘"
	}
	junction := [2][2]string{{"─", "┬"}, {"┴", "┼"}}[b2i(above == recordRow)][b2i(below == recordRow)]
	r := make(grid.Line, len(top))
	copy(r, top)
	for i, s := range r {
		if s.Class == grid.Border {
			r[i].Text = strings.NewReplacer("┌", left, "┐", right, "┬", junction).Replace(s.Text)
		}
	}
	l.rules[above][below] = r
	return r
}

// b2i returns 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// tableView is a layout's records in the order and selection shown: the
// frozen header and the body lines, composed from a tableLayout.
type tableView struct {
	header, body []grid.Line
	rows         []viewRow
	// at[i] is the index in rows of the i-th record shown.
	at []int
}

// viewRow is a row of a view: a record or a group separator, its first
// line in the body and its height without the rule below it.
type viewRow struct {
	record, y, h int
}

// lines returns the lines of record r as shown: folded, unless open or
// short enough.
func (l *tableLayout) lines(r int, open bool) []grid.Line {
	if f := l.folded[r]; f != nil && !open {
		return f
	}
	return l.records[r]
}

// compose arranges the records recs of t, in that order, as grid.Lay
// would lay them out: a group separator wherever the group changes to a
// labelled one, and the rules between rows. Every record is folded but
// record open (the cursor's), which is shown whole. It reuses v's slices.
func (v *tableView) compose(l *tableLayout, t *data.Table, recs []int, open int) {
	v.body, v.rows, v.at = v.body[:0], v.rows[:0], v.at[:0]
	prev, label := edgeRow, -1
	next := func(kind int) {
		if prev != edgeRow && !l.compact {
			v.body = append(v.body, l.rule(prev, kind))
		}
		prev = kind
	}
	for _, r := range recs {
		if g := t.Records[r].Group; g != label {
			label = g
			if g >= 0 && g < len(l.groups) && l.groups[g] != nil {
				next(groupRow)
				v.rows = append(v.rows, viewRow{record: -1, y: len(v.body), h: len(l.groups[g])})
				v.body = append(v.body, l.groups[g]...)
			}
		}
		next(recordRow)
		v.at = append(v.at, len(v.rows))
		lines := l.lines(r, r == open)
		v.rows = append(v.rows, viewRow{record: r, y: len(v.body), h: len(lines)})
		v.body = append(v.body, lines...)
	}
	first := prev
	if len(v.rows) > 0 {
		first = recordRow
		if v.rows[0].record < 0 {
			first = groupRow
		}
		v.body = append(v.body, l.rule(prev, edgeRow))
	}
	n := len(l.g.Header)
	v.header = append(append(v.header[:0], l.g.Header[:max(n-1, 0)]...), l.rule(recordRow, first))
}

// hidden says which columns the layout leaves out, for the line above the
// header: ← 2 more columns: 省政府2020年重点工作任务, … · → 1 more column: 责任人.
// It is "" when every column is shown.
func (tb *table) hidden() string {
	g := tb.lay.g
	shown := make([]bool, len(tb.t.Columns))
	for _, c := range g.Columns {
		shown[c.Index] = true
	}
	var left, right []string
	for i := range tb.t.Columns {
		switch {
		case shown[i]:
		case len(g.Columns) > 0 && i < g.Columns[len(g.Columns)-1].Index:
			left = append(left, columnName(tb.t, i))
		default:
			right = append(right, columnName(tb.t, i))
		}
	}
	var parts []string
	if len(left) > 0 {
		parts = append(parts, "← "+moreColumns(tb.c.t, left))
	}
	if len(right) > 0 {
		parts = append(parts, "→ "+moreColumns(tb.c.t, right))
	}
	return strings.Join(parts, " · ")
}
