package loader

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"gazette/data"
)

// Wrapped cells. Some converters put the rest of a cell's text on the next
// line: a row with an empty 序号 and partial text in one or more cells.
// The same shape is also a real sub-record under a merged cell (jincheng's
// task table: one task, several responsible units). The text decides: a
// row is joined to the record above only with evidence that a cell was cut.

// sentenceColumns marks the columns whose cells read as sentences: most of
// their non-empty cells end with sentence-final punctuation. Repeats of
// the header (rows starting with its first cell) do not count, nor do
// cells that the row below may carry on (a wrap cuts most of them).
func sentenceColumns(body []row, cols int, header []string) []bool {
	ends := make([]int, cols)
	all := make([]int, cols)
	first := ""
	if header != nil {
		first = trim(header[0])
	}
	for i := range body {
		r := &body[i]
		if first != "" && trim(r.cells[0]) == first {
			continue
		}
		// The row below may carry on a cell of this one when it has text
		// there and no first cell: the first cell is asked of once a row,
		// not once a cell.
		var below []string
		if i+1 < len(body) && len(body[i+1].cells) > 0 && trim(body[i+1].cells[0]) == "" {
			below = body[i+1].cells
		}
		for c := 0; c < cols && c < len(r.cells); c++ {
			x := trim(r.cells[c])
			if x == "" || c > 0 && c < len(below) && trim(below[c]) != "" {
				continue
			}
			all[c]++
			if endsClause(strings.TrimSuffix(x, "</p>")) {
				ends[c]++
			}
		}
	}
	out := make([]bool, cols)
	for c := range out {
		out[c] = all[c] >= 2 && ends[c]*2 >= all[c]
	}
	return out
}

// endsClause reports whether the last character of s ends a sentence or
// a clause: 。；：！？;:!?. It reads the last bytes rather than decoding
// the last rune, for every cell of a table: 。 is E3 80 82, and ；：！？
// are EF BC 9B, 9A, 81 and 9F, whose last three bytes are that rune
// whatever comes before them.
func endsClause(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	switch s[n-1] {
	case ';', ':', '!', '?':
		return true
	case 0x82:
		return n >= 3 && s[n-3] == 0xE3 && s[n-2] == 0x80
	case 0x9B, 0x9A, 0x81, 0x9F:
		return n >= 3 && s[n-3] == 0xEF && s[n-2] == 0xBC
	}
	return false
}

// wrapWidth returns the width a converter wrapped column c at: the
// length of its longest cells, spaces included (a cut may end on one),
// found the first time it is asked (a table's rows ask of few columns).
// A cell that keeps its line breaks tells nothing. A column of figures
// that all have one length (phone numbers, dates in one form) shows no
// width: such figures are printed whole, and a wrap would leave the rest
// of a cut one shorter.
func (tb *tableBuilder) wrapWidth(c int) int {
	if tb.widths == nil {
		tb.widths, tb.two = make([]int, tb.cols), make([]bool, tb.cols)
		for d := range tb.widths {
			tb.widths[d] = -1 // not found yet
		}
	}
	if tb.widths[c] < 0 {
		tb.widths[c], tb.two[c] = columnWidth(tb.body, c)
	}
	return tb.widths[c]
}

// columnWidth is wrapWidth for column c of the body rows; two is set
// when two different cells reach it. A cell is decoded text cut at tabs,
// bars or spaces, valid UTF-8: runeLen counts it a word at a time.
func columnWidth(body []row, c int) (width int, two bool) {
	first := "" // a longest cell
	// figures: all cells are numbers; short: one is shorter than a
	// longest.
	figures, short := true, false
	for k := range body {
		r := &body[k]
		if c >= len(r.cells) {
			continue
		}
		x := r.cells[c]
		if x == "" {
			continue
		}
		if !r.plain { // a plain row's cells hold no markup and no break
			if x = stripTags(x); strings.IndexByte(x, '\n') >= 0 || x == "" {
				continue
			}
		}
		figures = figures && cellKind(x) == 'n'
		if len(x) < width { // fewer bytes than the longest has characters
			short = true
			continue
		}
		switch n := runeLen(x); {
		case n > width:
			short = short || first != ""
			width, first, two = n, x, false
		case n < width:
			short = true
		case x != first:
			two = true
		}
	}
	if figures && !short {
		return 0, false
	}
	return width, two
}

// shows reports whether the table shows the width column c was wrapped
// at: at least ten characters (names and dates are shorter, and a column
// of them says nothing) reached by two different cells, or by one when
// two cells of another column reach that length.
func (tb *tableBuilder) shows(c int) bool {
	w := tb.wrapWidth(c)
	if w < 10 {
		return false
	}
	for d := range tb.cols {
		if tb.wrapWidth(d) == w && tb.two[d] {
			return true
		}
	}
	return false
}

// atWidth reports whether cell c of the physical row above reached its
// column's width: the cut of a wrap. Spaces at the end of a line are
// lost, so a line's last cell may be one short of it.
func atWidth(above []string, c, width int) bool {
	if c >= len(above) || width < 10 {
		return false
	}
	x := stripTags(above[c])
	n := runeLen(x)
	return !strings.ContainsRune(x, '\n') && (n == width || c == len(above)-1 && n == width-1)
}

// atColumnWidth is atWidth for cell c of the row above and its column's
// wrap width, which is found only for a cell long enough to reach one
// that counts: nine characters or more (see atWidth). A 序号 column's
// width is never needed.
func (tb *tableBuilder) atColumnWidth(c int) bool {
	if c >= len(tb.above) || !runesOver(stripTags(tb.above[c]), 8) {
		return false
	}
	return atWidth(tb.above, c, tb.wrapWidth(c))
}

// widthEvidence says why a row whose cells filled are the only ones with
// text reads as the rest of cells of the row above that a wrap cut, or ""
// when the widths do not say so. Only the cells too wide for their column
// go on: each filled cell must continue one that reached its column's
// width. That width must show in the table, or be set by the column's
// longest cell when the row leaves empty the last column the record
// fills (a sub-record under merged cells fills the columns on its right
// as a record does) or the cut splits a number after an empty first cell.
func (tb *tableBuilder) widthEvidence(filled []int, prev, rec data.Record) string {
	set := true
	for _, c := range filled {
		if !tb.atColumnWidth(c) {
			return ""
		}
		set = set && tb.shows(c)
	}
	if set {
		return "every cell it fills continues one filled to the width its column wraps at"
	}
	last := len(prev.Cells) - 1
	for last > 0 && prev.Cells[last].Text == "" {
		last--
	}
	if filled[len(filled)-1] < last {
		return "every cell it fills continues the longest of its column, and the record's last column stays empty"
	}
	for _, c := range filled {
		if c == 0 {
			break // a number in a first cell starts a record
		}
		a, _ := utf8.DecodeLastRuneInString(prev.Cells[c].Text)
		b, _ := firstRune(rec.Cells[c].Text)
		if a >= '0' && a <= '9' && b >= '0' && b <= '9' {
			return "a number cut at the width of its column"
		}
	}
	return ""
}

// join adds the cells of a row to the record above when they continue its
// cut cells, and reports the join as a warning. It returns false, changing
// nothing, when the row is a record of its own: a cell where the record
// above has none (or an inherited one), a cell that starts a numbered
// item or is a number (a 序号 column further right) unless the widths
// show a cut, or no evidence of a cut. A row with a first cell (a 序号, or
// the name that starts a record) joins only when the widths show a cut
// and, as a record would fill every column the one above fills, when it
// leaves one of them empty or its text shows the cut too.
func (tb *tableBuilder) join(r *row, rec data.Record) bool {
	if r.line.own() {
		return false
	}
	// Most rows have a first cell that no cut of its column's width
	// carries on: they start a record, whatever the cells after it say
	// (see the cases below).
	if rec.Cells[0].Text != "" && (r.line.boxed() || !tb.atColumnWidth(0)) {
		return false
	}
	prev := &tb.t.Records[len(tb.t.Records)-1]
	var room [8]int // the filled cells of most rows, without an allocation
	filled := room[:0]
	for c := range rec.Cells {
		if rec.Cells[c].Text == "" {
			continue
		}
		if p := prev.Cells[c]; p.Text == "" || p.Inherited {
			return false
		}
		filled = append(filled, c)
	}
	if len(filled) == 0 {
		return false
	}
	// The text's evidence is sought only where it decides: most rows
	// start a record of their own, with a first cell and no width cut.
	// A bordered table's rows show no cut by their length.
	var reason string
	w := ""
	if !r.line.boxed() {
		w = tb.widthEvidence(filled, *prev, rec)
	}
	switch {
	case w != "" && (filled[0] > 0 || len(filled) < filledCells(*prev) || tb.cutEvidence(filled, prev, rec) != ""):
		reason = w
		for _, c := range filled {
			prev.Cells[c].Text = joinAtWidth(prev.Cells[c].Text, rec.Cells[c].Text, tb.above[c], r.cells[c])
		}
	case w != "" || filled[0] == 0 || numberedCell(filled, rec):
		return false
	default:
		if reason = tb.cutEvidence(filled, prev, rec); reason == "" {
			return false
		}
		for _, c := range filled {
			prev.Cells[c].Text = joinCut(prev.Cells[c].Text, rec.Cells[c].Text)
		}
	}
	tb.warn(int(r.line.n), "table row continues the record on line "+strconv.Itoa(prev.Line)+" ("+reason+"); joined to it")
	return true
}

// numberedCell reports whether a filled cell of rec starts a numbered
// item, is a number (a 序号 column further right) or starts with a
// circled number: the mark of a record of its own.
func numberedCell(filled []int, rec data.Record) bool {
	for _, c := range filled {
		x := rec.Cells[c].Text
		f, _ := firstRune(x)
		if k, _, _ := numbering(x); k != kindNone || digitPrefix(x) == len(x) || isCircled(f) {
			return true
		}
	}
	return false
}

// cutEvidence says why the filled cells of rec read as the rest of cells
// of prev cut in two (the first cell that says so), or "" when none does.
func (tb *tableBuilder) cutEvidence(filled []int, prev *data.Record, rec data.Record) string {
	for _, c := range filled {
		// The columns of sentences are found the first time a cell's
		// text leaves that question open: a pass over the whole table
		// that most tables never need.
		sentence := func() bool {
			if tb.sentence == nil {
				tb.sentence = sentenceColumns(tb.body, tb.cols, tb.header)
			}
			return tb.sentence[c]
		}
		if reason := cutEvidence(prev.Cells[c].Text, rec.Cells[c].Text, sentence, tb.brk); reason != "" {
			return reason
		}
	}
	return ""
}

// filledCells counts the cells of a record with text.
func filledCells(rec data.Record) int {
	n := 0
	for _, c := range rec.Cells {
		if c.Text != "" {
			n++
		}
	}
	return n
}

// joinAtWidth joins the two halves of a cell a wrap cut at its column's width;
// rawA and rawB are the two printed cells: a space only where one of them
// shows one at the cut.
func joinAtWidth(a, b, rawA, rawB string) string {
	if strings.HasSuffix(rawA, " ") || strings.HasPrefix(rawB, " ") {
		return a + " " + b
	}
	return a + b
}

// cutEvidence says why cell text p, continued by c on the next row, reads
// as one cell cut in two, or "" when nothing says so. sentence tells,
// asked last, whether the column is one of sentences; brk is set when a
// page break lies between the rows.
func cutEvidence(p, c string, sentence func() bool, brk bool) string {
	last, _ := utf8.DecodeLastRuneInString(p)
	first, _ := firstRune(c)
	switch {
	case openBrackets(p) > 0:
		return "an unclosed bracket"
	case strings.ContainsRune("）)》〕】]」』”’，,、。；;：:！!？?%％", first):
		return "a cell starting with punctuation"
	case strings.ContainsRune("，,、（(《〔【[「『“‘：:—-/和及与或的并将把对", last):
		return "a cell cut mid-phrase"
	case last >= '0' && last <= '9' && strings.ContainsRune("年月日号个项万亿元次家户人台辆吨亩米", first):
		return "a number cut from its unit"
	case isLatinLower(last) && isLatinLower(first):
		return "a word cut in two"
	case endsSentence(p) || !endsSentence(c) && !brk || !sentence():
		return ""
	case endsSentence(c):
		return "a sentence cut in two"
	}
	return "a record cut by a page break"
}

func isLatinLower(r rune) bool { return r >= 'a' && r <= 'z' }

// openBrackets counts the brackets s opens and does not close. It is
// asked of a growing cell at every row a long table joins, so it reads
// bytes rather than decoding runes, and passes over at once the bytes
// that start no bracket: the wide brackets are three-byte sequences,
// which in UTF-8 no other character's bytes can imitate.
func openBrackets(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !bracketByte[c] {
			continue
		}
		d := 0 // +1 opens, -1 closes
		switch {
		case c == '(' || c == '[':
			d = 1
		case c == ')' || c == ']':
			d = -1
		case i+2 < len(s):
			d = wideBracket(c, s[i+1], s[i+2])
		}
		switch {
		case d > 0:
			n++
		case d < 0 && n > 0:
			n--
		}
	}
	return n
}

// bracketByte marks the bytes a bracket starts with: ( ) [ ] and the
// lead bytes of the wide ones.
var bracketByte = [256]bool{'(': true, ')': true, '[': true, ']': true, 0xE2: true, 0xE3: true, 0xEF: true}

// wideBracket tells whether the three bytes a, b, c encode an opening
// bracket (1: （《〔【「『“‘), a closing one (-1: ）》〕】」』”’) or neither.
func wideBracket(a, b, c byte) int {
	switch {
	case a == 0xEF && b == 0xBC && (c == 0x88 || c == 0x89): // （ ）
		return int(0x89-c)*2 - 1
	case a == 0xE3 && b == 0x80 && c >= 0x8A && c <= 0x95 && c != 0x92 && c != 0x93: // 《》「」『』【】〔〕
		return 1 - int(c&1)*2
	case a == 0xE2 && b == 0x80 && (c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D): // ‘’“”
		return 1 - int(c&1)*2
	}
	return 0
}

// joinCut joins the two halves of a cut cell: a space only between two
// Latin letters or digits.
func joinCut(a, b string) string {
	if needsSpace(a, b) {
		return a + " " + b
	}
	return a + b
}
