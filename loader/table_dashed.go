package loader

import (
	"fmt"
	"strings"
)

// Tables ruled with runs of dashes or equals signs, which mark each
// column's extent on a line of their own and draw no verticals: pandoc's
// simple and multiline tables (-t plain, -t markdown: a header line over
// a rule of dash runs, rows one per line down to a blank line; or, when a
// cell wraps, a full dash rule above the header and below the last row,
// rows set apart by blank lines, a cell's text wrapped within its run's
// columns) and reStructuredText's simple tables (= runs above and below
// the header and below the last row, a line with an empty first column
// going on with the row above). A headerless table opens and closes with
// the rule of runs. The runs are the columns: a row's text is cut where
// a run starts, measured as the printer measured it (Han characters two
// columns wide or one), and a table whose text crosses the space between
// two runs in any line is none. dashedTables rewrites each table as
// tab-separated lines, one per record, the wrapped lines of a cell
// joined, so that the tab-table rules (captions, headers, group rows,
// merged cells) apply to them as to any converter's tables.

// dashRun is one run of a rule: the columns from start to end.
type dashRun struct{ start, end int }

// dashed is a table ruled with runs, found around a rule of runs.
type dashed struct {
	runs      []dashRun
	head      []line   // the header's lines (none: a headerless table)
	rows      [][]line // each record's lines
	top, end  int      // the table's first line and the index after it
	closeRule bool     // a rule closes the table (the line before end)
	closeN    int32    // the closing rule's line number
	multi     bool     // a multiline table: blank lines part its records
	m         measure  // how the printer measured the rows' characters
}

// dashedTables rewrites every table ruled with runs in ls as tab-separated
// lines and passes other lines through.
func dashedTables(ls []line, warn warnFunc) []line {
	return dashedAt(ls, leadIndex(ls, &dashLead), warn)
}

// dashedAt is dashedTables given at, the indices in order of the lines
// of ls that may start a rule (those whose first byte is in dashLead,
// and maybe others).
func dashedAt(ls []line, at []int, warn warnFunc) []line {
	var out []line // made only when a table is found
	kept, next := 0, 0
	for _, i := range at {
		if i < next || !dashLead[ls[i].first()] {
			continue
		}
		dt, ok := readDashed(ls, i, kept)
		if !ok {
			continue
		}
		if out == nil {
			out = make([]line, 0, len(ls))
		}
		out = append(append(out, ls[kept:dt.top]...), dt.lines()...)
		warn(int(ls[dt.top].n), fmt.Sprintf("a table ruled with runs of %c (lines %d–%d) was read by the columns its runs mark",
			trim(ls[i].text)[0], ls[dt.top].n, ls[dt.end-1].n))
		kept, next = dt.end, dt.end
	}
	if out == nil {
		return ls
	}
	return append(out, ls[kept:]...)
}

// ruleRuns returns the runs of a rule of two runs or more of one
// character (- or =) with spaces between them, and that character.
func ruleRuns(t string) ([]dashRun, byte) {
	t = strings.TrimRight(t, " ")
	var runs []dashRun
	var ch byte
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == ' ':
		case c != '-' && c != '=' || ch != 0 && c != ch:
			return nil, 0
		default:
			ch = c
			if i == 0 || t[i-1] == ' ' {
				runs = append(runs, dashRun{start: i})
			}
			runs[len(runs)-1].end = i + 1
		}
	}
	if len(runs) < 2 {
		return nil, 0
	}
	return runs, ch
}

// fullDash reports whether t is a dash rule of one run across the runs:
// from where the first starts into the last.
func fullDash(t string, runs []dashRun) bool {
	s := strings.TrimRight(t, " ")
	lead := len(s) - len(strings.TrimLeft(s, " "))
	return lead == runs[0].start && len(s) > runs[len(runs)-1].start && strings.Trim(s, "-") == strings.Repeat(" ", lead)
}

// sameRule reports whether t is a rule of the runs given, of character ch.
func sameRule(t string, runs []dashRun, ch byte) bool {
	r, c := ruleRuns(t)
	if c != ch || len(r) != len(runs) {
		return false
	}
	for k := range r {
		if r[k] != runs[k] {
			return false
		}
	}
	return true
}

func blankLine(l line) bool { return l.block == nil && blank(l.text) }

// readDashed reads the table around the rule of runs ls[i]; no line
// before from may be part of it. ok is false when ls[i] is no such rule
// or no table stands around it.
func readDashed(ls []line, i, from int) (dashed, bool) {
	runs, ch := ruleRuns(ls[i].text)
	if runs == nil {
		return dashed{}, false
	}
	dt := dashed{runs: runs, top: i}
	var body []line
	var ok bool
	if ch == '=' {
		body, ok = dt.restructured(ls, i, from)
	} else {
		body, ok = dt.pandoc(ls, i, from)
	}
	if !ok || !dt.measure(body) {
		return dashed{}, false
	}
	dt.rows = dt.records(body, ch)
	return dt, len(dt.rows) > 0
}

// pandoc finds a pandoc table's header and body around its rule of runs
// ls[i]: a header line (or, under a full rule, the lines of a multiline
// header), or none when a blank line stands above the rule.
func (dt *dashed) pandoc(ls []line, i, from int) ([]line, bool) {
	h := i
	for h > from && h > i-8 && !blankLine(ls[h-1]) && ls[h-1].block == nil && !fullDash(ls[h-1].text, dt.runs) {
		h--
	}
	multi := h > from && h < i && fullDash(ls[h-1].text, dt.runs)
	dt.multi = multi
	switch {
	case multi:
		dt.head, dt.top = ls[h:i], h-1
	case h < i:
		dt.head, dt.top = ls[i-1:i], i-1 // a simple table's header is one line
	}
	var body []line
	for k := i + 1; k < len(ls) && ls[k].block == nil; k++ {
		t := ls[k].text
		switch {
		case multi && fullDash(t, dt.runs), !multi && sameRule(t, dt.runs, '-'):
			dt.end, dt.closeRule, dt.closeN = k+1, true, ls[k].n
			return body, len(body) > 0
		case blankLine(ls[k]) && h < i && !multi:
			dt.end = k
			return body, len(body) > 0 // a simple table ends at a blank line
		}
		body = append(body, ls[k])
	}
	return nil, false // no closing rule
}

// restructured finds a reStructuredText table's header and body from its
// opening rule ls[i]: the rule must stand after a blank line; a second
// rule followed by text is the rule under the header, and a third one
// closes the table.
func (dt *dashed) restructured(ls []line, i, from int) ([]line, bool) {
	if i > from && !blankLine(ls[i-1]) {
		return nil, false
	}
	var parts [][]line
	start := i + 1
	for k := i + 1; k < len(ls) && ls[k].block == nil && len(parts) < 2; k++ {
		if !sameRule(ls[k].text, dt.runs, '=') {
			continue
		}
		parts = append(parts, ls[start:k])
		start = k + 1
		dt.end, dt.closeRule, dt.closeN = k+1, true, ls[k].n
		if len(parts) == 1 && (k+1 >= len(ls) || blankLine(ls[k+1])) {
			break // a headerless table
		}
	}
	switch {
	case len(parts) == 2:
		dt.head = parts[0]
		return parts[1], len(parts[0]) > 0 && len(parts[1]) > 0
	case len(parts) == 1:
		return parts[0], len(parts[0]) > 0
	}
	return nil, false
}

// measure chooses how the printer measured the text: the first measure
// under which no line of the header and body crosses the space between
// two runs (nor starts left of the first). It reports false when there
// is none.
func (dt *dashed) measure(body []line) bool {
	for _, m := range []measure{byWidth, wideAmbiguous, byRune} {
		if dt.fits(dt.head, m) && dt.fits(body, m) {
			dt.m = m
			return true
		}
	}
	return false
}

// fits reports whether every line's text stays within the runs under m.
func (dt *dashed) fits(ls []line, m measure) bool {
	for _, l := range ls {
		if _, ok := dt.split(l.text, m); !ok {
			return false
		}
	}
	return true
}

// records groups the body's lines into records: in a multiline table the
// lines between blank lines; in a reStructuredText table a line and the
// lines below it whose first column is empty; else each line.
func (dt *dashed) records(body []line, ch byte) [][]line {
	for _, l := range body {
		dt.multi = dt.multi || ch == '-' && blankLine(l)
	}
	var recs [][]line
	open := false
	for _, l := range body {
		switch {
		case blankLine(l):
			open = open && !dt.multi
		case open && (dt.multi || ch == '=' && trim(dt.cut(l.text)[0]) == ""):
			recs[len(recs)-1] = append(recs[len(recs)-1], l)
		default:
			recs = append(recs, []line{l})
			open = true
		}
	}
	return recs
}

// cut cuts a line's text at the columns where the runs start.
func (dt *dashed) cut(t string) []string {
	cells, _ := dt.split(t, dt.m)
	return cells
}

// split cuts a line's text, measured by m, at the columns where the runs
// start. ok is false when a character stands left of the first run or
// in the space between two (the last column's text may run on past its
// run), but for one that a single column more would set where the next
// run starts and before which the decode stage's repair of spaces in
// numbers took one out (2019年 2019年同比 → 2019年2019年同比): the
// rest of the line moves over by one.
func (dt *dashed) split(t string, m measure) (cells []string, ok bool) {
	if strings.IndexByte(t, '\t') >= 0 {
		return nil, false
	}
	cells = make([]string, len(dt.runs))
	x, k, from := 0, 0, 0
	for i, r := range t {
		w := m(r)
		for k+1 < len(dt.runs) && x >= dt.runs[k+1].start {
			cells[k], k, from = t[from:i], k+1, i
		}
		if r != ' ' && x < dt.runs[k].start {
			return nil, false
		}
		if r != ' ' && k+1 < len(dt.runs) && x+w > dt.runs[k].end {
			if dt.runs[k+1].start-x != 1 || !spaceTaken(t, i) {
				return nil, false
			}
			x++
			cells[k], k, from = t[from:i], k+1, i
		}
		x += w
	}
	cells[k] = t[from:]
	return cells, true
}

// joined joins the lines of a record (or of the header) cell by cell: a
// cell's pieces go on with no space, but for one between Latin letters
// or digits (see needsSpace).
func (dt *dashed) joined(ls []line) string {
	cells := make([]string, len(dt.runs))
	for _, l := range ls {
		for c, p := range dt.cut(l.text) {
			if p = trim(p); p == "" {
				continue
			}
			if needsSpace(cells[c], p) {
				cells[c] += " "
			}
			cells[c] += p
		}
	}
	for c := range cells {
		cells[c] = pipeCell(cells[c])
	}
	return strings.Join(cells, "\t")
}

// lines gives the table as tab-separated lines: the header's (marked: it
// is one whatever its words), one for
// each record (a record of its own: its lines are joined already), and
// for a closing rule a blank line, marked as a bordered table's is.
func (dt *dashed) lines() []line {
	out := make([]line, 0, len(dt.rows)+2)
	if len(dt.head) > 0 {
		l := line{n: dt.head[0].n, marks: markBoxed | markHead}
		l.setText(dt.joined(dt.head))
		out = append(out, l)
	}
	for _, r := range dt.rows {
		l := line{n: r[0].n, marks: markBoxed | markOwn}
		l.setText(dt.joined(r))
		out = append(out, l)
	}
	if dt.closeRule {
		out = append(out, line{n: dt.closeN, marks: markBoxed})
	}
	return out
}

// spaceTaken reports whether unitSpaces takes out a space put back
// before t[i].
func spaceTaken(t string, i int) bool {
	if i == 0 || t[i-1] == ' ' {
		return false
	}
	s := t[:i] + " " + t[i:]
	return glueNumber(s, i) || glueCounter(s, i)
}
