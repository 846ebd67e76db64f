package loader

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	eaw "golang.org/x/text/width"
)

// lineKind is what a line of a bordered table is.
type lineKind uint8

const (
	rowLine     lineKind = iota // cells between verticals
	ruleLine                    // a rule across the table
	partialLine                 // a rule with gaps: the cells above them run on
)

// borderTable is a run of border lines read against its rules.
type borderTable struct {
	run   []line
	m     measure // how the printer measured its characters
	edges []int   // the columns' edges, in m's units from the line's start
	kinds []lineKind
	grid  bool // a grid table (+---+ rules), whose rows are always ruled apart
}

// segment is the text between two verticals of a line, over the columns
// from to to (to-from > 1: merged across columns); ruled when it is a
// stretch of rule.
type segment struct {
	from, to int
	text     string
	ruled    bool
}

// wideAmbiguous measures as a printer that gives the East Asian
// Ambiguous characters (the box-drawing ones among them) two cells, as
// Chinese terminals and fonts do.
func wideAmbiguous(r rune) int {
	if eaw.LookupRune(r).Kind() == eaw.EastAsianAmbiguous {
		return 2
	}
	return byWidth(r)
}

// newBorderTable reads a run's rules. ok is false when the run has no
// full rule or no row. The printer's measure is the one of display
// width (box characters narrow or wide) or of characters under which
// most rows end on the rules' last edge.
func newBorderTable(run []line) (*borderTable, bool) {
	var rules []string
	rows := 0
	for _, l := range run {
		if fullRule(l.text) {
			rules = append(rules, l.text)
		} else {
			rows++
		}
	}
	if len(rules) == 0 || rows == 0 {
		return nil, false
	}
	first, _ := firstRune(trim(rules[0]))
	bt := &borderTable{run: run, grid: first == '+'}
	best := -1
	for _, m := range []measure{byWidth, wideAmbiguous, byRune} {
		edges := ruleEdges(rules, m)
		if score := rowsOnEdges(run, edges, m); score > best {
			bt.m, bt.edges, best = m, edges, score
		}
	}
	if len(bt.edges) < 2 {
		return nil, false
	}
	bt.kinds = make([]lineKind, len(run))
	for k, l := range run {
		switch {
		case fullRule(l.text) && !bt.openRule(l.text):
			bt.kinds[k] = ruleLine
		case fullRule(l.text) || slices.ContainsFunc(bt.cut(l.text), func(s segment) bool { return s.ruled }):
			bt.kinds[k] = partialLine
		}
	}
	return bt, true
}

// openRule reports whether a rule line, otherwise ruled, leaves some
// column's stretch blank (│    ├────┤, +----+    +): the cell above it
// runs on into the row below (a rowspan), as under a partial rule.
func (bt *borderTable) openRule(t string) bool {
	open := false
	for _, s := range bt.cut(t) {
		switch {
		case trim(s.text) == "":
			open = true
		case !s.ruled:
			return false
		}
	}
	return open
}

// ruleEdges returns the positions of the junctions of the rules, sorted.
func ruleEdges(rules []string, m measure) []int {
	var edges []int
	for _, t := range rules {
		x := 0
		for _, r := range t {
			if r != ' ' && !horizontal(r) {
				edges = append(edges, x)
			}
			x += m(r)
		}
	}
	slices.Sort(edges)
	return slices.Compact(edges)
}

// rowsOnEdges counts the lines of a run whose first and last characters
// stand on the first and last edges.
func rowsOnEdges(run []line, edges []int, m measure) int {
	if len(edges) < 2 {
		return 0
	}
	n := 0
	for _, l := range run {
		t := strings.TrimRight(l.text, " ")
		r, size := utf8.DecodeLastRuneInString(t)
		if size == 0 {
			continue
		}
		start := len(t) - len(strings.TrimLeft(t, " "))
		if start == edges[0] && border(r) && textWidth(t[:len(t)-size], m) == edges[len(edges)-1] {
			n++
		}
	}
	return n
}

// cut splits a line at the border characters standing on an edge. Text
// after the last such border (a row missing its right border) runs to
// the last edge.
func (bt *borderTable) cut(t string) []segment {
	var segs []segment
	var b strings.Builder
	x, col := 0, -1
	last := len(bt.edges) - 1
	for _, r := range t {
		if e, ok := slices.BinarySearch(bt.edges, x); ok && border(r) {
			if col >= 0 && e > col {
				segs = append(segs, newSegment(col, e, b.String()))
			}
			col = e
			b.Reset()
		} else if col >= 0 {
			b.WriteRune(r)
		}
		x += bt.m(r)
	}
	if col >= 0 && col < last && trim(b.String()) != "" {
		segs = append(segs, newSegment(col, last, b.String()))
	}
	return segs
}

// cutRow cuts a row line; a row whose verticals do not all stand on the
// edges (a character the printer measured otherwise) but are as many as
// the edges is cut at them in order, which is reported.
func (bt *borderTable) cutRow(l line, warn warnFunc) []segment {
	var at []int // where the verticals are, in bytes
	off := false
	x := 0
	for i, r := range l.text {
		if border(r) && r != '+' {
			at = append(at, i)
			_, on := slices.BinarySearch(bt.edges, x)
			off = off || !on
		}
		x += bt.m(r)
	}
	if !off || len(at) != len(bt.edges) {
		return bt.cut(l.text)
	}
	segs := make([]segment, 0, len(at)-1)
	for k := 0; k+1 < len(at); k++ {
		_, size := utf8.DecodeRuneInString(l.text[at[k]:])
		segs = append(segs, newSegment(k, k+1, l.text[at[k]+size:at[k+1]]))
	}
	warn(int(l.n), "a bordered table's row does not line up with its rules; its cells are taken between its verticals in order")
	return segs
}

func newSegment(from, to int, text string) segment {
	ruled := text != ""
	for _, r := range text {
		ruled = ruled && horizontal(r)
	}
	return segment{from: from, to: to, text: text, ruled: ruled}
}

// piece is a line's text in one cell: spaced when it stops short of the
// cell's border (a wrap at a space), full when it reaches it, lead when
// it starts a space further in than the column's text does (the space
// the cut fell on).
type piece struct {
	text               string
	spaced, full, lead bool
}

// record is one record of a bordered table being read: the first line,
// each column's pieces of text, whether rules set it apart (own), and
// the columns whose cell is merged with a record's above (no rule
// between them), with the index of the record the cell starts in.
type record struct {
	n      int32
	ff     bool
	own    bool
	parts  [][]piece
	merged []mergedCell
}

// mergedCell is a column of a record that a cell of record from covers.
type mergedCell struct{ col, from int }

// line joins each cell's pieces into a tab-separated line: a piece cut
// at the border goes on with no space, one wrapped at a space with one
// between Latin letters or digits (see needsSpace); a grid table's bold
// marks become <b> as in a pipe table's cells.
func (rc *record) line() line {
	cells := make([]string, len(rc.parts))
	for c, ps := range rc.parts {
		x := ""
		for k, p := range ps {
			if k > 0 && (ps[k-1].spaced && needsSpace(x, p.text) || ps[k-1].full && p.lead) {
				x += " "
			}
			x += p.text
		}
		cells[c] = pipeCell(strings.ReplaceAll(x, "\t", " "))
	}
	l := line{n: rc.n, marks: markBoxed | ffMark(rc.ff)}
	if rc.own {
		l.marks |= markOwn
	}
	for _, m := range rc.merged {
		cells[m.col] = " " // its text went to the record the cell starts in
		l.marks |= markSpans
	}
	l.setText(strings.Join(cells, "\t"))
	return l
}

// room is the least room each column's pieces leave after the left
// border (lead) and before the right one (trail): the padding of a cell
// filled to it.
type room struct{ lead, trail []int }

func (bt *borderTable) room(cuts [][]segment) room {
	lead, trail := make([]int, len(bt.edges)-1), make([]int, len(bt.edges)-1)
	for c := range lead {
		lead[c], trail[c] = -1, -1
	}
	least := func(n int, p *int) {
		if *p < 0 || n < *p {
			*p = n
		}
	}
	for _, segs := range cuts {
		for _, s := range segs {
			if x := trim(s.text); s.to-s.from == 1 && x != "" && !s.ruled {
				least(len(s.text)-len(strings.TrimRight(s.text, " ")), &trail[s.from])
				least(len(s.text)-len(strings.TrimLeft(s.text, " ")), &lead[s.from])
			}
		}
	}
	return room{lead, trail}
}

// ruledBody finds the rule under the header (the first full rule between
// rows; -1 when none) and whether the lines between two rules below it
// are one record: a rule parts rows below it, or its rows are one block
// in which no line but the first starts a record (fills the first
// column). Else each line below it is a row of its own, and a wrapped
// cell is told by its width (see wrapped) or the tab-table rules. A grid
// table's rows are ruled apart by definition.
func (bt *borderTable) ruledBody(cuts [][]segment) (head int, ruled bool) {
	head = -1
	seenRow, lastRow := false, -1
	for k, kind := range bt.kinds {
		if kind == rowLine {
			lastRow = k
		}
	}
	for k, kind := range bt.kinds {
		switch {
		case kind == rowLine:
			seenRow = true
		case !seenRow || k > lastRow:
		case head < 0 && kind == ruleLine:
			head = k
		case head >= 0:
			return head, true
		}
	}
	if bt.grid {
		return head, true
	}
	first := true
	for k := head + 1; k < len(cuts); k++ {
		if bt.kinds[k] != rowLine {
			continue
		}
		if !first && len(cuts[k]) > 0 && cuts[k][0].from == 0 && trim(cuts[k][0].text) != "" {
			return head, false
		}
		first = false
	}
	return head, true
}

// wrapped reports whether a row line carries on the cells of the line
// above, segs the cuts of both: each cell it fills continues one that a
// wrap cut, its text reaching the border (within a wide character: the
// next did not fit, or the cut fell on a space) and at
// least wrapWide cells long (shorter ones, names and dates, are printed
// whole, and one filling a narrow column says nothing). A line with a
// first cell must also leave empty a cell the line above fills, as a
// record would fill it.
func (bt *borderTable) wrapped(above, segs []segment, rm room) bool {
	filled, first, gap := false, false, false
	for _, s := range segs {
		k := slices.IndexFunc(above, func(a segment) bool { return a.from == s.from && a.to == s.to })
		if trim(s.text) == "" {
			gap = gap || k >= 0 && trim(above[k].text) != ""
			continue
		}
		if k < 0 || s.to-s.from > 1 {
			return false
		}
		x := strings.TrimRight(above[k].text, " ")
		if len(above[k].text)-len(x) > rm.trail[s.from]+2 || textWidth(trim(x), bt.m) < wrapWide {
			return false
		}
		filled, first = true, first || s.from == 0
	}
	return filled && (!first || gap)
}

// wrapWide is the length, in display cells, of the shortest text a wrap
// is told by: ten Chinese characters.
const wrapWide = 20

// records reads the rows into records. A column a partial rule leaves
// open (or a rule that leaves its stretch blank) keeps its cell: the text
// below goes to the record above (a merged cell), and the records below
// inherit it, whichever column it is in (see markSpans).
func (bt *borderTable) records(warn warnFunc) []*record {
	cols := len(bt.edges) - 1
	cuts := make([][]segment, len(bt.run))
	for k, l := range bt.run {
		switch bt.kinds[k] {
		case partialLine:
			cuts[k] = bt.cut(l.text)
		case rowLine:
			cuts[k] = bt.cutRow(l, warn)
		}
	}
	rm := bt.room(cuts)
	head, ruled := bt.ruledBody(cuts)
	var recs []*record
	owner := make([]int, cols) // the record each column's open cell is of
	for c := range owner {
		owner[c] = -1
	}
	open, ff, prev := false, false, -1
	for k, l := range bt.run {
		ff = ff || l.ff()
		switch bt.kinds[k] {
		case ruleLine:
			open, prev = false, -1
			for c := range owner {
				owner[c] = -1
			}
			continue
		case partialLine:
			open, prev = false, -1
			bt.partial(cuts[k], owner, recs, rm)
			continue
		}
		perLine := k > head && !ruled
		if perLine && open && prev >= 0 && bt.wrapped(cuts[prev], cuts[k], rm) {
			warn(int(l.n), fmt.Sprintf("table row continues the record on line %d (every cell it fills continues one cut at its border); joined to it", recs[len(recs)-1].n))
		} else if !open || perLine {
			recs = append(recs, &record{n: l.n, ff: ff, own: !perLine, parts: make([][]piece, cols)})
			ff, open = false, true
			claim(owner, recs, perLine)
		}
		prev = k
		for _, s := range cuts[k] {
			add(recs, owner, s, rm)
			if s.to-s.from > 1 && s.to-s.from < cols && trim(s.text) != "" {
				warn(int(l.n), fmt.Sprintf("a bordered table's cell spans columns %d–%d; its text is kept in column %d", s.from+1, s.to, s.from+1))
			}
		}
	}
	headLine := int32(0)
	if head >= 0 {
		headLine = bt.run[head].n
	}
	reportMerged(recs, headLine, warn)
	return recs
}

// add adds a segment's text to the cell of its column's record.
func add(recs []*record, owner []int, s segment, rm room) {
	x := trim(s.text)
	if x == "" || owner[s.from] < 0 {
		return
	}
	trail := len(s.text) - len(strings.TrimRight(s.text, " "))
	lead := len(s.text) - len(strings.TrimLeft(s.text, " "))
	c := s.from
	p := &recs[owner[c]].parts[c]
	*p = append(*p, piece{text: x, spaced: trail > rm.trail[c], full: trail == rm.trail[c], lead: lead == rm.lead[c]+1})
}

// claim gives the columns to the new record, the last of recs, but for
// those a partial rule left open (below a rule, all are closed): their
// cell is a merged one of a record above, noted in the record.
func claim(owner []int, recs []*record, perLine bool) {
	cur := len(recs) - 1
	for c := range owner {
		if owner[c] >= 0 && !perLine {
			recs[cur].merged = append(recs[cur].merged, mergedCell{col: c, from: owner[c]})
			continue
		}
		owner[c] = cur
	}
}

// reportMerged reports each merged cell whose record above holds text
// (its text may be printed on any of the rows it spans, so this waits
// for all of them): the record inherits it. A merged cell with no text
// is no more than an empty one, and so is one of the header's rows
// (those above line head, 0 when there is no header rule), whose column
// the header names once: they are written empty.
func reportMerged(recs []*record, head int32, warn warnFunc) {
	for _, rc := range recs {
		keep := rc.merged[:0]
		for _, m := range rc.merged {
			if rc.n < head || len(recs[m.from].parts[m.col]) == 0 {
				continue
			}
			keep = append(keep, m)
			warn(int(rc.n), fmt.Sprintf("a bordered table's cell in column %d is merged over the rows from line %d; its text is kept in that row and inherited by this one", m.col+1, recs[m.from].n))
		}
		rc.merged = keep
	}
}

// partial reads a partial rule: its ruled stretches close their columns'
// cells, the text of its open ones goes on in the cells above.
func (bt *borderTable) partial(segs []segment, owner []int, recs []*record, rm room) {
	for _, s := range segs {
		if !s.ruled {
			add(recs, owner, s, rm)
			continue
		}
		for c := s.from; c < s.to; c++ {
			owner[c] = -1
		}
	}
}
