package grid

import (
	"strings"

	"gazette/data"
	"gazette/ui/cjk"
)

// Kinds of row, for choosing the junctions of the rule between two rows.
const (
	edge   = iota // above the first row or below the last
	record        // a record, or the header
	group         // a group separator row
)

// junctions[up][down] is the rule's junction character under a column
// boundary, by whether a │ comes from above and goes on below.
var junctions = [2][2]string{{"─", "┬"}, {"┴", "┼"}}

// frame draws the lines of one layout.
type frame struct {
	w       *cjk.Width
	compact bool
	fold    int   // Options.Fold, 0 when compact
	width   int   // Options.Width
	bar     int   // width of │
	unit    int   // width of ─
	vis     []int // table indices of the columns shown
	cw      []int // text width of each column shown
	table   int   // width of the table, frame included
	filler  Span  // blank space right of the table, Text "" when none

	// blank is a line of the table with every cell empty, and at[i] the
	// byte offset in it where the text of column i starts. The frame and
	// padding between two texts of a line is a substring of blank.
	blank string
	at    []int
	// end is a run of spaces followed by "│": a suffix of it is the end
	// of a group separator row.
	end   string
	rules [3][3]Line // by kind of row above and below, built on use
	spans []Span     // the spans of the current line; lines are cut from it
	folds []Line     // folded records' lines are cut from it
}

// newFrame returns a frame for the columns vis of text widths cw.
func newFrame(opt Options, vis, cw []int, unit int) *frame {
	f := &frame{w: opt.Measure, compact: opt.Compact, width: opt.Width, bar: opt.Measure.String("│"), unit: unit, vis: vis, cw: cw}
	if !opt.Compact {
		f.fold = max(opt.Fold, 0)
	}
	f.table = (len(cw) + 1) * f.bar
	for _, x := range cw {
		f.table += x + 2*pad
	}
	f.end = strings.Repeat(" ", max(f.width, f.table)) + "│"
	var b strings.Builder
	f.at = make([]int, len(cw))
	for i, x := range cw {
		b.WriteString("│")
		b.WriteString(f.end[:pad])
		f.at[i] = b.Len()
		b.WriteString(f.end[:x+pad])
	}
	b.WriteString("│")
	f.blank = b.String()
	if f.width > f.table {
		f.filler = Span{Text: f.end[:f.width-f.table], Class: Filler, Col: -1}
	}
	return f
}

// gap returns the frame and padding of blank from byte offset from to to,
// as a span.
func (f *frame) gap(from, to int) Span {
	return Span{Text: f.blank[from:to], Class: Border, Col: -1}
}

// spaces returns n spaces.
func (f *frame) spaces(n int) string {
	return f.end[:n]
}

// begin starts a line of at most n spans.
func (f *frame) begin(n int) Line {
	if cap(f.spans)-len(f.spans) < n {
		f.spans = make([]Span, 0, max(n, 4096))
	}
	return f.spans[len(f.spans):len(f.spans)]
}

// finish ends line l, begun with begin, with the span s and the filler.
func (f *frame) finish(l Line, s Span) Line {
	l = append(l, s)
	if f.filler.Text != "" {
		l = append(l, f.filler)
	}
	f.spans = f.spans[:len(f.spans)+len(l)]
	return l[:len(l):len(l)]
}

// rule returns the horizontal rule between a row of kind above and one of
// kind below.
func (f *frame) rule(above, below int) Line {
	if l := f.rules[above][below]; l != nil {
		return l
	}
	left, right := "├", "┤"
	switch {
	case above == edge:
		left, right = "┌", "┐"
	case below == edge:
		left, right = "└", "┘"
	}
	junction := junctions[b2i(above == record)][b2i(below == record)]
	var b strings.Builder
	b.WriteString(left)
	for i, x := range f.cw {
		if i > 0 {
			b.WriteString(junction)
		}
		for range (x + 2*pad) / f.unit {
			b.WriteString("─")
		}
	}
	b.WriteString(right)
	l := Line{{Text: b.String(), Class: Border, Col: -1}}
	if f.filler.Text != "" {
		l = append(l, f.filler)
	}
	f.rules[above][below] = l
	return l
}

// b2i returns 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fit cuts line l to width cells if it is wider and returns its text and
// width. Only a column narrower than a character makes Wrap return such a
// line.
func (f *frame) fit(l cjk.Line, width int) (string, int) {
	if l.Width <= width {
		return l.Text, l.Width
	}
	s := f.w.Truncate(l.Text, width, "")
	return s, f.w.String(s)
}

// lay fills l.Header, l.Rows and l.Body with the records of t, which are
// about perRecord lines tall.
func (f *frame) lay(t *data.Table, records []int, perRecord int, l *Layout) {
	if records == nil {
		records = make([]int, len(t.Records))
		for i := range records {
			records[i] = i
		}
	}
	l.Rows = make([]Row, 0, len(records))
	l.Body = make([]Line, 0, perRecord*len(records)+2*len(t.Groups))
	f.spans = make([]Span, 0, 4*cap(l.Body))
	var (
		lines  []cjk.Line // the wrapped lines of the current record's cells
		starts = make([]int, len(f.vis)+1)
		prev   = edge
		label  = -1
	)
	next := func(kind int) {
		if prev != edge && !f.compact {
			l.Body = append(l.Body, f.rule(prev, kind))
		}
		prev = kind
	}
	for _, r := range records {
		if r < 0 || r >= len(t.Records) {
			continue
		}
		rec := &t.Records[r]
		if g := rec.Group; g != label {
			label = g
			if g >= 0 && g < len(t.Groups) {
				next(group)
				l.Rows = append(l.Rows, Row{Record: -1, Group: g, Y: len(l.Body)})
				l.Body = f.groupRow(l.Body, t.Groups[g])
			}
		}
		next(record)
		y := len(l.Body)
		var folded []Line
		l.Body, folded, lines = f.recordRow(l.Body, rec, lines[:0], starts)
		l.Rows = append(l.Rows, Row{Record: r, Group: rec.Group, Y: y, Folded: folded})
	}
	if prev != edge {
		l.Body = append(l.Body, f.rule(prev, edge))
	}
	first := edge
	if len(l.Rows) > 0 {
		first = record
		if l.Rows[0].Record < 0 {
			first = group
		}
	}
	l.Header = f.header(t, first)
}

// recordRow appends the lines of record rec to body and returns, when the
// record is taller than the fold, its folded lines. It wraps the cells
// into lines, with starts[i] the index in lines of column i's first line,
// and returns lines for reuse.
func (f *frame) recordRow(body []Line, rec *data.Record, lines []cjk.Line, starts []int) ([]Line, []Line, []cjk.Line) {
	height := 1
	for i, c := range f.vis {
		starts[i] = len(lines)
		text := ""
		if c < len(rec.Cells) {
			text = rec.Cells[c].Text
		}
		lines = f.cellLines(lines, text, f.cw[i])
		height = max(height, len(lines)-starts[i])
	}
	starts[len(f.vis)] = len(lines)
	for k := range height {
		body = append(body, f.recordLine(rec, lines, starts, k, false))
	}
	if f.fold == 0 || height <= f.fold {
		return body, nil, lines
	}
	if cap(f.folds)-len(f.folds) < f.fold {
		f.folds = make([]Line, 0, 64*f.fold)
	}
	// The lines above the fold are the record's own; only the last one
	// differs, where cut cells end with ….
	n := len(f.folds)
	f.folds = append(f.folds, body[len(body)-height:len(body)-height+f.fold-1]...)
	f.folds = append(f.folds, f.recordLine(rec, lines, starts, f.fold-1, true))
	return body, f.folds[n:len(f.folds):len(f.folds)], lines
}

// recordLine returns line k of a record whose cells are wrapped into
// lines as recordRow describes; at the fold, a cell with more lines below
// ends with ….
func (f *frame) recordLine(rec *data.Record, lines []cjk.Line, starts []int, k int, fold bool) Line {
	ln := f.begin(2*len(f.vis) + 2)
	pos := 0
	for i, c := range f.vis {
		j := starts[i] + k
		if j >= starts[i+1] || lines[j].Text == "" {
			continue
		}
		s, sw := f.fit(lines[j], f.cw[i])
		if fold && j+1 < starts[i+1] {
			s, sw = f.ellipsis(s, sw, f.cw[i])
		}
		class := Text
		if rec.Cells[c].Inherited {
			class = Inherited
		}
		ln = append(ln, f.gap(pos, f.at[i]), Span{Text: s, Class: class, Col: c})
		pos = f.at[i] + sw
	}
	return f.finish(ln, f.gap(pos, len(f.blank)))
}

// ellipsis ends s, sw cells wide, with … within width cells.
func (f *frame) ellipsis(s string, sw, width int) (string, int) {
	if ew := f.w.String("…"); sw+ew <= width {
		return s + "…", sw + ew
	}
	s = f.w.Truncate(s+"…", width, "…")
	return s, f.w.String(s)
}

// cellLines appends the lines of text at width to lines: wrapped, or in
// a compact layout one line cut with ….
func (f *frame) cellLines(lines []cjk.Line, text string, width int) []cjk.Line {
	if !f.compact {
		return f.w.AppendLines(lines, text, width)
	}
	if strings.ContainsAny(text, "\n\r\t") {
		text = strings.Join(strings.Fields(text), " ")
	}
	if tw := f.w.String(text); tw <= width {
		return append(lines, cjk.Line{Text: text, Width: tw})
	}
	text = f.w.Truncate(text, width, "…")
	return append(lines, cjk.Line{Text: text, Width: f.w.String(text)})
}

// groupRow appends the lines of a group separator row labelled label to
// body.
func (f *frame) groupRow(body []Line, label string) []Line {
	inner := max(0, f.table-2*f.bar-2*pad)
	for _, l := range f.cellLines(nil, label, inner) {
		s, sw := f.fit(l, inner)
		ln := f.begin(4)
		ln = append(ln, f.gap(0, f.at[0]))
		if s != "" {
			ln = append(ln, Span{Text: s, Class: Group, Col: -1})
		}
		tail := Span{Text: f.end[len(f.end)-len("│")-(inner-sw+pad):], Class: Border, Col: -1}
		body = append(body, f.finish(ln, tail))
	}
	return body
}

// header returns the header lines: the top rule, the column names wrapped
// and centred, and the rule above a first body row of kind first.
func (f *frame) header(t *data.Table, first int) []Line {
	names := make([][]cjk.Line, len(f.vis))
	height := 1
	for i, c := range f.vis {
		names[i] = f.w.AppendLines(nil, t.Columns[c], f.cw[i])
		height = max(height, len(names[i]))
	}
	out := make([]Line, 0, height+2)
	out = append(out, f.rule(edge, record))
	for k := range height {
		ln := f.begin(2*len(f.vis) + 2)
		pos := 0
		for i, c := range f.vis {
			if k >= len(names[i]) || names[i][k].Text == "" {
				continue
			}
			s, sw := f.fit(names[i][k], f.cw[i])
			x := f.at[i] + (f.cw[i]-sw)/2
			ln = append(ln, f.gap(pos, x), Span{Text: s, Class: Header, Col: c})
			pos = x + sw
		}
		out = append(out, f.finish(ln, f.gap(pos, len(f.blank))))
	}
	return append(out, f.rule(record, first))
}

// clip cuts or pads line to exactly f.width cells, for a table wider than
// the screen: only when the width cannot hold a single framed column.
func (f *frame) clip(line Line) Line {
	out := make(Line, 0, len(line))
	room := f.width
	for _, s := range line {
		if room == 0 {
			break
		}
		var sw int
		s.Text, sw = f.fit(cjk.Line{Text: s.Text, Width: f.w.String(s.Text)}, room)
		room -= sw
		out = append(out, s)
	}
	if room > 0 {
		out = append(out, Span{Text: f.spaces(room), Class: Filler, Col: -1})
	}
	return out
}
