// Package grid lays out a data.Table as lines of styled text for a
// terminal: it chooses column widths, wraps every cell, and draws the
// frame with box-drawing characters.
//
// Lay is a pure function of the table, the records to show and the
// options; the user interface calls it again when the terminal width, the
// filter, the sort order or the horizontal scroll position changes, and
// maps each span's Class to a style.
//
// All widths are measured with the one cjk.Width of Options.Measure. The
// box-drawing characters │ ─ ┼ are East Asian ambiguous: in Wide mode they
// are two cells wide, and the layout accounts for that, so every line is
// exactly Options.Width cells in both modes.
package grid

import (
	"strings"

	"gazette/data"
	"gazette/ui/cjk"
)

// Layout parameters, in display cells.
const (
	// pad is the blank space on either side of a cell's text.
	pad = 1
	// floor is the narrowest a long text column is squeezed to before
	// the table scrolls horizontally instead.
	floor = 8
	// minCell is the narrowest any column gets: one Chinese character.
	minCell = 2
	// short is the widest a column's longest line may be for the column
	// to keep its natural width: 序号, 责任领导, 完成时限 and the like.
	short = 16
	// damp is where the weight of a column's content stops growing
	// linearly and grows logarithmically, as in w3m.
	damp = 20
)

// Options are the parameters of a layout.
type Options struct {
	// Width is the exact display width of every output line.
	Width int
	// Measure is the width function; nothing else is used to measure.
	Measure *cjk.Width
	// Offset is the index of the first scrollable column shown after the
	// frozen column 0 when not all columns fit in Width. It is clamped to
	// the table's columns and ignored when all columns fit.
	Offset int
	// Compact lays every record and group label out on one line, cells
	// cut with …, and draws no rules between rows.
	Compact bool
	// Fold, when above zero and not Compact, also lays every record taller
	// than Fold lines out folded to its first Fold lines (Row.Folded), so
	// that a screen can show such a record short: a cell cut by the fold
	// ends with ….
	Fold int
}

// Class is the semantic kind of a span; the user interface maps it to a
// style.
type Class int

const (
	// Border is the frame: rules, the │ between cells and the blank
	// space around cell text.
	Border Class = iota
	// Header is a column name.
	Header
	// Text is the text of a cell.
	Text
	// Inherited is the text of a cell copied from the record above
	// (data.Cell.Inherited), to be dimmed.
	Inherited
	// Group is the label of a group separator row.
	Group
	// Filler is the blank space right of the table when the table is
	// narrower than Options.Width.
	Filler
)

// Span is a run of text of one class.
type Span struct {
	Text  string
	Class Class
	// Col is the table column index of a Header, Text or Inherited span,
	// and -1 for every other span.
	Col int
}

// Line is one output line. The spans of a laid-out line add up to exactly
// Options.Width cells. Lines may share their spans with other lines: do not
// modify them.
type Line []Span

// String returns the line as plain text.
func (l Line) String() string {
	n := 0
	for _, s := range l {
		n += len(s.Text)
	}
	var b strings.Builder
	b.Grow(n)
	for _, s := range l {
		b.WriteString(s.Text)
	}
	return b.String()
}

// Column is a column shown in a layout.
type Column struct {
	// Index is the column's index in the table.
	Index int
	// Name is the column's name, table.Columns[Index].
	Name string
	// X is the display column where the column's text starts, counted from
	// the start of the line.
	X int
	// Width is the width of the column's text, in cells.
	Width int
}

// Row is one body row: a record, or a group separator.
type Row struct {
	// Record is the index into the table's Records, or -1 for a group
	// separator row.
	Record int
	// Group is the index into the table's Groups of the record's group or
	// of the separator's label, -1 when none.
	Group int
	// Lines are the row's lines, ending with the rule drawn below it (the
	// table's bottom edge for the last row); in a compact layout only the
	// last row has a rule, the bottom edge.
	Lines []Line
	// Y is the index of the row's first line in Layout.Body.
	Y int
	// Folded are the record's first Options.Fold lines, each cell cut by
	// the fold ending with …, without the rule below; nil when the record
	// is no taller than the fold (or Fold is 0).
	Folded []Line
}

// Layout is a table laid out for a terminal.
type Layout struct {
	// Width is the display width of every line, Options.Width.
	Width int
	// Columns are the columns shown, left to right.
	Columns []Column
	// First and Last are the first and last scrollable columns shown
	// (columns after column 0); when every column fits they are 1 and
	// len(table.Columns)-1.
	First, Last int
	// MoreLeft tells that columns left of First are hidden: those
	// between column 0 and First, or column 0 itself when Width cannot
	// hold two columns. MoreRight tells that columns after Last are.
	MoreLeft, MoreRight bool
	// Header is the frozen header: the top rule, the column names and the
	// rule below them.
	Header []Line
	// Rows are the body rows in the order of the records shown, with a
	// group separator row inserted wherever the group changes to a group
	// with a label.
	Rows []Row
	// Body is every line of Rows, concatenated.
	Body []Line
}

// Lay lays out table t at opt.Width display cells.
//
// records are the indices into t.Records to show, in the order to show them
// (filtered and sorted by the caller); nil shows every record in order, and
// indices out of range are skipped. Column widths are chosen from the whole
// table, not only the records shown, so that filtering does not make the
// columns jump.
//
// A column's natural width is its widest line, cell or name. When every
// natural width fits, the columns get them and the space left over is
// Filler right of the table. Otherwise columns whose natural width is at
// most 16 cells keep it, and the long text columns share the rest in
// proportion to the average width of their cells, damped by a logarithm
// (as w3m does), each between a floor and its natural width. The floor is
// 8 cells, or the longest Latin word of the column's name when that is
// wider, so that names do not break inside a word. When the floors do not
// fit, the table scrolls by column: column 0 stays, followed by the columns
// from opt.Offset on that fit at their floors; in the last resort columns
// are squeezed to 2 cells and column 0 is dropped. In Wide mode widths are
// even, since a ─ is two cells. Cells are wrapped with cjk.Width.Wrap; a
// row is as tall as its tallest cell.
//
// Every line is exactly opt.Width cells wide; only when opt.Width cannot
// hold a single framed column of 2 cells is text cut.
func Lay(t *data.Table, records []int, opt Options) *Layout {
	l := &Layout{Width: opt.Width, First: 1}
	n := len(t.Columns)
	if n == 0 || opt.Measure == nil {
		return l
	}
	m := measure(t, opt.Measure)
	vis, cw := m.choose(opt)
	f := newFrame(opt, vis, cw, m.unit)
	l.Columns = make([]Column, len(vis))
	x := f.bar + pad
	for i, c := range vis {
		l.Columns[i] = Column{Index: c, Name: t.Columns[c], X: x, Width: cw[i]}
		x += cw[i] + 2*pad + f.bar
	}
	if n > 1 {
		i := 0
		if vis[0] == 0 {
			i = 1
		}
		if i < len(vis) {
			l.First, l.Last = vis[i], vis[len(vis)-1]
		} else {
			l.First, l.Last = 1, 0
		}
		l.MoreLeft = l.First > 1 || vis[0] != 0
		l.MoreRight = l.Last < n-1
	}
	f.lay(t, records, m.height(vis, cw), l)
	if f.table > f.width {
		for i := range l.Header {
			l.Header[i] = f.clip(l.Header[i])
		}
		for i := range l.Body {
			l.Body[i] = f.clip(l.Body[i])
		}
		for _, r := range l.Rows {
			for i := range r.Folded {
				r.Folded[i] = f.clip(r.Folded[i])
			}
		}
	}
	for i := range l.Rows {
		r := &l.Rows[i]
		end := len(l.Body)
		if i+1 < len(l.Rows) {
			end = l.Rows[i+1].Y
		}
		r.Lines = l.Body[r.Y:end:end]
	}
	return l
}
