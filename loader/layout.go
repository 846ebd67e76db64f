package loader

import (
	"fmt"
	"strings"

	eaw "golang.org/x/text/width"
)

// A ruled table printed by pdftotext -layout (or by any converter that
// aligns columns with spaces) has no tabs: each row is a block of lines
// between blank lines, each cell a column of text at its x-position, a
// wrapped cell continues on the lines below inside its column, and a cell
// shorter than its row is centred vertically. layoutTables finds such
// tables from a header line and the gutters between the columns (x-ranges
// where no line of the table has text), and rewrites each row as one line
// of tab-separated cells, so that the tab-table rules (pages merged,
// repeated headers dropped, groups, captions) apply to them as to any
// converter's tables.

// textRun is a run of text in a line: runs are separated by two or more
// spaces. start and end are in characters (pdftotext lays text on a grid
// of characters, whatever their display width).
type textRun struct {
	start, end int
	text       string
}

// measure is how far a character moves the pen: pdftotext lays text on a
// grid of characters (byRune), a converter aligning for the eye on
// display cells, two for a Chinese character (byWidth).
type measure func(r rune) int

func byRune(rune) int { return 1 }

func byWidth(r rune) int {
	switch eaw.LookupRune(r).Kind() {
	case eaw.EastAsianWide, eaw.EastAsianFullwidth:
		return 2
	}
	return 1
}

// textRuns splits a line into its runs of text.
func textRuns(s string, m measure) []textRun {
	var out []textRun
	x, start, gap := 0, -1, 0
	var b strings.Builder
	flush := func() {
		if start >= 0 {
			out = append(out, textRun{start: start, end: x - gap, text: strings.TrimSpace(b.String())})
		}
		start, gap = -1, 0
		b.Reset()
	}
	for _, r := range s {
		switch {
		case r == '\f':
			continue
		case r == ' ':
			gap++
			if gap == 2 {
				x++
				flush()
				x--
			}
		case start < 0:
			start, gap = x, 0
			b.WriteRune(r)
		default:
			if gap == 1 {
				b.WriteByte(' ')
			}
			gap = 0
			b.WriteRune(r)
		}
		x += m(r)
	}
	if start >= 0 {
		x -= gap
		gap = 0
		flush()
	}
	return out
}

// mayBeHeader is the quick test before a line is cut into runs: a header
// of two labels or more has a gap of two spaces or more after its first
// label, and no tab.
func mayBeHeader(t string) bool {
	// The gap first: most lines have none, and are read once.
	return strings.Contains(strings.TrimLeft(t, " "), "  ") && strings.IndexByte(t, '\t') < 0
}

// sentenceMarks are the marks of a sentence (or of a figure, a leader of
// dots) that no header label holds.
const sentenceMarks = "。；，…·."

// maxHeaderCell is the longest header cell, in characters: header cells
// are labels (序号, 重点工作任务, 牵头单位), never sentences.
const maxHeaderCell = 12

// isLayoutHeader reports whether sp, the spans of one line, can be a
// table's header: two or more short labels, none of them a sentence,
// a number or a page number of a contents line, but for years (2016)
// among more labels of words: a table of figures by year.
func isLayoutHeader(sp []textRun) bool {
	if len(sp) < 2 {
		return false
	}
	years := 0
	for _, s := range sp {
		if isDigits(s.text) && len(s.text) == 4 && (s.text[:2] == "19" || s.text[:2] == "20") {
			years++
			continue
		}
		n := labelLen(s.text)
		if n > maxHeaderCell || isDigits(s.text) || strings.ContainsAny(s.text, sentenceMarks) {
			return false
		}
	}
	return years*2 < len(sp)
}

// labelLen is a label's length in characters, a number counting as one
// (晋城市2020年重点工作任务 is as long as 晋城市今年重点工作任务).
func labelLen(s string) int {
	n, digit := 0, false
	for _, r := range s {
		d := r >= '0' && r <= '9'
		if !d || !digit {
			n++
		}
		digit = d
	}
	return n
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// nextSpaced returns the index of the first line of ls from i on that
// may hold a space (see spaceless), len(ls) when there is none: a table
// laid out in columns has spaces between them, and most lines have none.
func nextSpaced(ls []line, i int) int {
	for i < len(ls) && ls[i].spaceless() {
		i++
	}
	return i
}

// layoutTables rewrites every space-aligned table in ls as tab-separated
// lines, one per row, and passes other lines through.
func layoutTables(ls []line, warn warnFunc) []line {
	// out is made only when a table is found: most files have none, and
	// a copy of every line is then waste. ls[kept:i] are the lines that
	// go into out as they are.
	var out []line
	kept := 0
	var last laid
	for i := nextSpaced(ls, 0); i < len(ls); i = nextSpaced(ls, i+1) {
		// A running header spaced out over a page's top (the issue at
		// the left, the gazette's name at the right) looks like a row of
		// two cells: it is the page's furniture, and starts no table.
		if !mayBeHeader(ls[i].text) || ls[i].ff() && laidFurniture(ls[i].text, byRune) || officialLine(trim(ls[i].text)) {
			continue
		}
		top, rows, end, ok := i, []line(nil), i+1, false
		var notes []warning // the page breaks the table read by its header went over
		if isLayoutHeader(textRuns(ls[i].text, byRune)) || startsStacked(ls, i) {
			top, rows, end, ok = laidTable(ls, i, &last)
		}
		if ok {
			notes = append(notes, last.notes...)
			// a header at a page's foot with its rows on the next page
			// is a table as long as they, against a grid of its rows
			rows, end = carryOver(ls, rows, end, &last, func(n int, msg string) { notes = append(notes, warning{n, msg}) })
		}
		if t := blockTop(ls, i); (t == i || !mayBeHeader(ls[t].text)) && !(ok && last.twoLevel) {
			// a table with no header row, tried once for each block (a
			// header of two levels, its upper row a line of one name, is
			// one)
			if gr, ge, gl, gok := gridTable(ls, t); gok && (!ok || ge > end || (ge == end && wider(gr, rows)) || headerOfRows(ls, t, ge, top, rows, gl)) {
				top, rows, end, ok = t, gr, ge, true
				last, notes = gl, nil
			}
		}
		if !ok {
			rows, end, notes, ok = formTable(ls, i)
		}
		if !ok || numberedText(rows) {
			continue
		}
		if t, above := rowsAbove(ls, top, kept, last); above != nil {
			warn(int(ls[t].n), fmt.Sprintf("a line of one run above a table (line %d) was read as the group row over its first rows", ls[t].n))
			top, rows = t, append(above, rows...)
		}
		for _, w := range notes {
			warn(w.n, w.msg)
		}
		rows, end = carryOver(ls, rows, end, &last, warn)
		warn(int(ls[top].n), fmt.Sprintf("a table laid out in columns (lines %d–%d) was read by the x-positions of its columns", ls[top].n, ls[end-1].n))
		if out == nil {
			out = make([]line, 0, len(ls))
		}
		out = append(out, ls[kept:i]...)
		out = append(out[:len(out)-(i-top)], rows...)
		kept, i = end, end-1
	}
	if out == nil {
		return ls
	}
	return append(out, ls[kept:]...)
}

// laid is what the last laid-out table found said of itself: its header
// (as a tab-separated line, "" for a table read by its gutters; the lower
// row of a header of two levels), whether its rows are set apart by blank
// lines, its columns' edges, where each column's text starts and where
// the table's text ends (see colExtent), all measured by m, and whether
// its header has two levels. The same header on a later page continues
// it: a single row under it makes a table, and its rows are spaced as
// before. The rest carries the columns over a page break with no header
// repeated (see continued).
type laid struct {
	header   string
	spaced   bool
	top      bool // cells start on their row's first line (see topAligned)
	cols     []int
	starts   []int
	right    int
	m        measure
	twoLevel bool
	tail     rowBlock  // the last block of rows read
	tailRows int       // how many rows tail was read as
	widest   []int     // each column's widest run on its rows (see runWidths)
	notes    []warning // lines of short cells read as records (see recordNotes)
}

// rowSet is how the table's rows are set (see rowBlock.rows).
func (t *laid) rowSet() rowSet { return rowSet{t.spaced, t.top, t.widest} }

// wider reports whether the rows a read a table as have more columns than
// the rows b: the rows' own gutters can show columns that a header's
// labels (one spanning two columns) run together.
func wider(a, b []line) bool {
	return strings.Count(a[0].text, "\t") > strings.Count(b[0].text, "\t")
}

// laidTable reads the table whose header holds ls[h]: where its header
// starts (a header may wrap over lines above and below h), its rows, and
// the index of the first line after it. ok is false when the lines below
// do not line up with the header: more than one row in ten has text
// across a column's edge. Both ways of measuring x are tried; the one with
// fewer runs of text across an edge wins. last is the table before, and
// becomes this one.
func laidTable(ls []line, h int, last *laid) (top int, rows []line, end int, ok bool) {
	for _, whole := range []bool{true, false} {
		if top, rows, end, ok = laidTableBy(ls, h, whole, last); ok {
			return top, rows, end, ok
		}
	}
	return h, nil, h + 1, false
}

// laidTableBy is laidTable with the header's block of lines taken whole
// between blank lines, figures included, or not (see headerBlock). A
// header of two levels is read as such first, as one of one level else.
func laidTableBy(ls []line, h int, whole bool, last *laid) (top int, rows []line, end int, ok bool) {
	best, bestOrphans, found := -1, 0, laid{}
	for _, m := range []measure{byWidth, byRune} {
		t, bottom, header := headerBlock(ls, h, m, whole)
		if len(header) < 2 {
			continue // the labels of the lines around run into each other
		}
		var c laidCandidate
		up, labels, low, two := stackedHeader(ls, t, m)
		lone := whole || (two && up.alone(ls, low))
		if !two {
			up, labels, two = twoLevelHeader(ls, t, bottom, m)
			low = bottom
		}
		if two {
			c, two = readLaid(ls, up.top, low, labels, &up, m, lone, last)
		}
		if !two {
			if c, ok = readLaid(ls, t, bottom, header, nil, m, whole, last); !ok {
				continue
			}
		}
		if best >= 0 && c.orphans >= bestOrphans {
			continue
		}
		best, bestOrphans, rows, top, found = c.end, c.orphans, c.rows, c.top, c.laid
	}
	if best < 0 {
		return h, nil, h + 1, false
	}
	*last = found
	return top, rows, best, true
}

// laidCandidate is one reading of a laid-out table: its first line, rows,
// end, how many runs cross its columns' edges, and what it says of itself.
type laidCandidate struct {
	top, end, orphans int
	rows              []line
	laid              laid
}

// readLaid reads the table whose header (labels, of the lines
// ls[t:bottom+1]) is of one level, or of two when up is set.
func readLaid(ls []line, t, bottom int, header []textRun, up *upperRow, m measure, whole bool, last *laid) (laidCandidate, bool) {
	all, ends := rowBlocks(ls, bottom+1, header, m)
	blocks := all[:solidRows(all)]
	alone := countRows(blocks) == 0 && whole && headerAlone(ls, t, header)
	if countRows(blocks) == 0 && !alone {
		return laidCandidate{}, false
	}
	cols, orphans := columns(header, blocks)
	if cols != nil {
		cols = unnamedColumns(cols, blocks)
	}
	if cols == nil || orphans*10 > countRows(blocks) || (len(header) == 2 && (orphans > 0 || !underFirst(header, blocks))) {
		return laidCandidate{}, false
	}
	head := []line{{n: ls[t].n, text: strings.Join(cellTexts([][]textRun{header}, cols, m), "\t")}}
	if up != nil {
		row1, row2, ok := up.heads(header, cols, m)
		if !ok {
			return laidCandidate{}, false
		}
		head = []line{{n: ls[t].n, text: row1}, {n: ls[bottom].n, text: row2}}
	}
	key := head[len(head)-1].text
	again := key == last.header
	few := countRows(blocks) < minRows(len(cols)) && !again && !alone && !alignedRow(header, blocks)
	spaced := solid(blocks) > 1 || (again && last.spaced)
	top := !spaced && (topAligned(blocks, cols) || again && last.top)
	blocks = all[:tableEnd(all, len(blocks), cols, spaced)]
	e := bottom + 1
	if len(blocks) > 0 {
		e = ends[len(blocks)-1]
	}
	lines := [][]textRun{header}
	var tail rowBlock
	tailRows := 0
	widest := runWidths(blocks, cols, nil)
	for _, b := range blocks {
		r := b.rows(cols, m, rowSet{spaced, top, widest})
		tail, tailRows = b, len(r)
		head = append(append(head, b.pass...), r...)
		lines = append(lines, b.lines...)
	}
	starts, right := colExtent(lines, cols)
	found := laid{header: key, spaced: spaced, top: top, cols: cols, starts: starts, right: right, m: m, twoLevel: up != nil, tail: tail,
		tailRows: tailRows, widest: widest, notes: recordNotes(ls, bottom, header, blocks, m)}
	if few && countRows(blocks)+carriedRows(ls, e, found) < minRows(len(cols)) {
		return laidCandidate{}, false
	}
	return laidCandidate{top: t, end: e, orphans: orphans, rows: head, laid: found}, true
}

// minRows is how many rows of two cells or more a table of cols columns
// needs below its header: two, but three for a table of two columns, which
// a line of text spaced out in two parts (a signature and a date)
// resembles more; such a table's rows must also keep to its columns
// without exception. A header of two labels over rows of three columns
// (one unnamed) is a table of three.
func minRows(cols int) int {
	if cols == 2 {
		return 3
	}
	return 2
}

// alignedRow reports whether a line of blocks has a cell under each of
// the header's three labels or more, each starting where its label
// starts: a table of a single row, which a line of text spaced out in
// parts does not resemble.
func alignedRow(header []textRun, blocks []rowBlock) bool {
	for _, b := range blocks {
		for _, l := range b.lines {
			if len(header) >= 3 && len(l) == len(header) && underLabels(l, header) {
				return true
			}
		}
	}
	return false
}

// underLabels reports whether each run of l starts where the label of
// header in its place starts.
func underLabels(l, header []textRun) bool {
	for i, r := range l {
		if abs(r.start-header[i].start) > jitter {
			return false
		}
	}
	return true
}

// underFirst reports whether the first cell of every row of two cells or
// more reaches under the header's first label: a line of two labels
// further right (a page's running header above the rows) is no header.
func underFirst(header []textRun, blocks []rowBlock) bool {
	for _, b := range blocks {
		for _, l := range b.lines {
			if len(l) > 1 && l[0].end < header[0].start {
				return false
			}
		}
	}
	return true
}
