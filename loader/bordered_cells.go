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
		case fullRule(l.text):
			bt.kinds[k] = ruleLine
		case slices.ContainsFunc(bt.cut(l.text), func(s segment) bool { return s.ruled }):
			bt.kinds[k] = partialLine
		}
	}
	return bt, true
}

// ruleEdges returns the positions of the junctions of the rules, sorted.
func ruleEdges(rules []string, m measure) []int {
	var edges []int
	for _, t := range rules {
		x := 0
		for _, r := range t {
			if r != ' ' && !horizontal(r) && !slices.Contains(edges, x) {
				edges = append(edges, x)
			}
			x += m(r)
		}
	}
	slices.Sort(edges)
	return edges
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

func newSegment(from, to int, text string) segment {
	ruled := text != ""
	for _, r := range text {
		ruled = ruled && horizontal(r)
	}
	return segment{from: from, to: to, text: text, ruled: ruled}
}

// record is one record of a bordered table being read: the first line,
// each column's pieces of text, and whether rules set it apart (own).
type record struct {
	n     int32
	ff    bool
	own   bool
	parts [][]string
}

// line joins each cell's pieces (a wrap cut them: see joinCut) into a
// tab-separated line; a grid table's bold marks become <b> as in a pipe
// table's cells.
func (rc *record) line() line {
	cells := make([]string, len(rc.parts))
	for c, ps := range rc.parts {
		x := ""
		for _, p := range ps {
			x = joinCut(x, p)
		}
		cells[c] = pipeCell(strings.ReplaceAll(x, "\t", " "))
	}
	return line{n: rc.n, ff: rc.ff, own: rc.own, text: strings.Join(cells, "\t")}
}

// ruledBody finds the rule under the header (the first full rule between
// rows; -1 when none) and whether a rule also parts rows below it: then
// the lines between two rules are one record; else each line below it
// is a row of its own (wrapped cells are told by the tab-table rules).
// A grid table's rows are ruled apart by definition.
func (bt *borderTable) ruledBody() (head int, ruled bool) {
	head = -1
	seenRow := false
	for k, kind := range bt.kinds {
		switch {
		case kind == rowLine:
			seenRow = true
		case !seenRow || !slices.Contains(bt.kinds[k+1:], rowLine):
		case head < 0 && kind == ruleLine:
			head = k
		case head >= 0:
			return head, true
		}
	}
	return head, bt.grid
}

// records reads the rows into records. A column a partial rule leaves
// open keeps its cell: the text below goes to the record above (a merged
// cell), and the records below leave it empty, as a text table prints a
// merged cell.
func (bt *borderTable) records(warn warnFunc) []*record {
	cols := len(bt.edges) - 1
	head, ruled := bt.ruledBody()
	var recs []*record
	owner := make([]int, cols) // the record each column's open cell is of
	for c := range owner {
		owner[c] = -1
	}
	open, ff := false, false
	for k, l := range bt.run {
		ff = ff || l.ff
		switch bt.kinds[k] {
		case ruleLine:
			open = false
			for c := range owner {
				owner[c] = -1
			}
			continue
		case partialLine:
			open = false
			bt.partial(l.text, owner, recs)
			continue
		}
		perLine := k > head && !ruled
		if !open || perLine {
			recs = append(recs, &record{n: l.n, ff: ff, own: !perLine, parts: make([][]string, cols)})
			ff, open = false, true
			bt.claim(owner, recs, perLine, warn)
		}
		for _, s := range bt.cut(l.text) {
			if x := trim(s.text); x != "" && owner[s.from] >= 0 {
				p := &recs[owner[s.from]].parts[s.from]
				*p = append(*p, x)
			}
			if s.to-s.from > 1 && s.to-s.from < cols && trim(s.text) != "" {
				warn(int(l.n), fmt.Sprintf("a bordered table's cell spans columns %d–%d; its text is kept in column %d", s.from+1, s.to, s.from+1))
			}
		}
	}
	return recs
}

// claim gives the columns whose cell a rule closed to the new record,
// the last of recs; a column still open is a merged cell of a record
// above, which is reported.
func (bt *borderTable) claim(owner []int, recs []*record, perLine bool, warn warnFunc) {
	cur := len(recs) - 1
	for c := range owner {
		if owner[c] >= 0 && !perLine {
			warn(int(recs[cur].n), fmt.Sprintf("a bordered table's cell in column %d is merged over the rows from line %d; its text is kept in that row", c+1, recs[owner[c]].n))
			continue
		}
		owner[c] = cur
	}
}

// partial reads a partial rule: its ruled stretches close their columns'
// cells, the text of its open ones goes on in the cells above.
func (bt *borderTable) partial(t string, owner []int, recs []*record) {
	for _, s := range bt.cut(t) {
		for c := s.from; c < s.to; c++ {
			switch {
			case s.ruled:
				owner[c] = -1
			case c == s.from && owner[c] >= 0 && trim(s.text) != "":
				p := &recs[owner[c]].parts[c]
				*p = append(*p, trim(s.text))
			}
		}
	}
}
