package loader

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Hard-wrapped text (a converter that cuts every line at a fixed number
// of characters) is recognised by its line lengths: most lines that are
// not the last of their paragraph have the same length, the wrap width,
// and hardly any line is longer. A line that ends exactly at the width
// without ending a sentence continues on the next line, whatever that
// line starts with (……密切配合形成合 / 力,…; ……收费标准为 / 2.05元/立方).

// wrap is the width text was hard-wrapped at, n, and the unit it is
// measured in. A converter that folds text cuts it after so many
// characters, runes; a typeset page (a PDF) justifies its lines to a
// printed width, in display cells: a Han character or a full-width mark
// two, a Latin letter, a digit or an ASCII mark one. Every use of the
// width measures a line in its unit. n is 0 when the text is not
// hard-wrapped, unwrapped when its lines are its paragraphs.
type wrap struct {
	n     int
	cells bool // n counts display cells (see cellLen), not runes
}

// String is the width as a warning tells it.
func (w wrap) String() string {
	if w.cells {
		return fmt.Sprintf("%d cells", w.n)
	}
	return fmt.Sprintf("%d characters", w.n)
}

// upTo is min(t's length in the width's unit, most), t's spaces counted
// as joinCJK leaves them (see joinedUpTo).
func (w wrap) upTo(t string, most int) int {
	if !w.cells {
		return joinedUpTo(t, most)
	}
	return min(cellLen(joinedUpTo(t, len(t)), len(t), runeLen(t)), most)
}

// lenOf is t's length in the width's unit, every rune counted.
func (w wrap) lenOf(t string) int {
	n := runeLen(t)
	if w.cells {
		return cellLen(n, len(t), n)
	}
	return n
}

// chars is k characters of text in the width's unit: two cells a Han
// character, most of the text.
func (w wrap) chars(k int) int {
	if w.cells {
		return 2 * k
	}
	return k
}

// full reports whether a line of length n in the width's unit is as
// long as the width: in cells, one short too, where the wide character
// that came next did not fit.
func (w wrap) full(n int) bool {
	if w.cells {
		return n >= w.n-1
	}
	return n >= w.n
}

// cellLen is the display width of text of the given bytes and runes
// whose length with spaces joined up (see joinedUpTo) is joined runes:
// a character of one byte takes one cell, one of three two, so each adds
// half of its bytes and runes ((1+1)/2, (3+1)/2), and a space takes no
// more than a rune. It is read from counts decoding records for most
// lines, not from their text; the rare characters of two or four bytes
// count one cell and a half, two and a half.
func cellLen(joined, bytes, runes int) int {
	return joined + (bytes-runes)/2
}

// wrapWidth measures the width ls was hard-wrapped at, in runes and in
// display cells (the spaces a converter puts between digits and Han
// characters closed up): in each unit, the length most lines of 15 runes
// (30 cells) or more have, when at least five do and no more than a
// fifth as many lines are longer (table rows and "#" headings are not
// measured; in cells, a line set a cell short of the width, where the
// wide character that came next did not fit, is at the width, and a
// closing mark that hangs past it is not measured). Of the two, the unit more lines agree in is the text's: a
// line of Han characters alone is as long in both. It is 0 when the
// text is not hard-wrapped.
func wrapWidth(ls []line) wrap {
	const most = 200 // longer lines are not measured as a width, in runes
	var runes [most + 1]int
	var cells [2*most + 1]int
	for i := range ls {
		l := &ls[i]
		// A line of fewer bytes has fewer characters than are measured.
		if len(l.text) < 15 || l.block != nil || l.tabbed() || strings.HasPrefix(l.text, "#") {
			continue
		}
		if len(l.text) > 3*most { // more runes than measured (Han take three bytes)
			runes[most]++
			cells[2*most]++
			continue
		}
		r := l.runes()
		if n := l.wrapLen(r); n >= 15 {
			runes[min(n, most)]++
			cells[min(cellLen(n, len(l.text), r)-hangs(l), 2*most)]++
		}
	}
	r, byRunes := modeWidth(runes[:], 15, 0)
	c, byCells := modeWidth(cells[:], 30, 1)
	if byCells > byRunes {
		return wrap{n: c, cells: true}
	}
	return wrap{n: r}
}

// hangs is the display width of the closing mark that ends the text of
// a line, which a typesetter lets hang past the width rather than start
// a line with (see setLen), 0 if it ends in none. Most lines, ending in
// a Han character, are told by their last byte without being read.
func hangs(l *line) int {
	t := l.text
	if len(t) == 0 || t[len(t)-1] != l.tail {
		t = strings.TrimRight(t, " \t") // trailing spaces, or no tail recorded
	}
	if len(t) == 0 || !mayHang[t[len(t)-1]] {
		return 0
	}
	if t[len(t)-1] < utf8.RuneSelf {
		return 1 // ,.;:?!)]
	}
	if len(t) < 3 {
		return 0
	}
	// Each of hangingMarks is three bytes and two cells: a match at a
	// multiple of three is one of them.
	if i := strings.Index(hangingMarks, t[len(t)-3:]); i >= 0 && i%3 == 0 {
		return 2
	}
	return 0
}

// mayHang tells the last bytes of the closing marks that hang: those of
// hangingMarks, and their ASCII forms, as a converter prints a PDF's
// Latin font.
var mayHang = func() (t [256]bool) {
	for _, r := range hangingMarks + ",.;:?!)]" {
		s := string(r)
		t[s[len(s)-1]] = true
	}
	return t
}()

// modeWidth returns the length of count's most lines from least on, and
// how many they are: 0 and 0 when fewer than five lines have it or more
// than a fifth as many are longer. A line up to short less is as long
// (see wrap.full). The last count holds the lines too long to measure.
func modeWidth(count []int, least, short int) (int, int) {
	at := func(n int) int {
		k := 0
		for _, c := range count[n-short : n+1] {
			k += c
		}
		return k
	}
	w := least
	for n := least; n < len(count)-1; n++ {
		if at(n) >= at(w) {
			w = n
		}
	}
	longer := 0
	for _, k := range count[w+1:] {
		longer += k
	}
	if at(w) < 5 || longer*5 > at(w) {
		return 0, 0
	}
	return w, at(w)
}

// unwrapped is the width of text that is not wrapped at all: one
// paragraph a line however long, and no blank line between paragraphs,
// as Word and LibreOffice save a document as plain text (and as scripts
// print a .docx's paragraphs). Every line of it is a paragraph of its
// own: one ending without a full stop (a title, a label, a table's
// cell) is not cut by a wrap.
const unwrapped = -1

// lineWidth is wrapWidth, or unwrapped for text that is not hard-wrapped
// and whose lines are its paragraphs: fewer than one blank line in
// twenty lines of text, and one line in twenty longer than any printed
// line (60 runes) that is no table row. Reading text so is reported.
func lineWidth(ls []line, warn warnFunc) wrap {
	if w := wrapWidth(ls); w.n != 0 {
		return w
	}
	text, blank := 0, 0
	for i := range ls {
		switch {
		case ls[i].block != nil:
		case ls[i].first() == 0:
			if blank++; blank*20 >= len(ls) {
				return wrap{} // spaced text: more blank lines than the text allows
			}
		default:
			text++
		}
	}
	if text < 20 || blank*20 >= text {
		return wrap{}
	}
	long := 0
	for i := range ls {
		if l := &ls[i]; len(l.text) > 60 && l.block == nil && !l.tabbed() && runesOver(l.text, 60) {
			long++
		}
	}
	if long*20 >= text {
		warn(int(ls[0].n), "the text is not wrapped and sets no blank line between paragraphs: each line is read as a paragraph")
		return wrap{n: unwrapped}
	}
	return wrap{}
}

// fillsWidth reports whether a line runs to the wrap width without ending
// a sentence, so that the next line continues it.
func fillsWidth(t string, width wrap) bool {
	t = trim(t)
	return width.n > 0 && width.full(width.upTo(t, width.n)) && !endsPara(t)
}

// fillsFirst is fillsWidth for the first line of a paragraph: a typeset
// page sets it two characters in (a Chinese official document's
// first-line indent), which pdfminer and the like print as its
// position, no space; a converter that folds text cuts it as any other.
func fillsFirst(t string, width wrap) bool {
	if width.cells {
		width.n -= width.chars(2)
	}
	return fillsWidth(t, width)
}

func (b *builder) fills(t string) bool { return fillsWidth(t, b.width) }

// lineAt is a place among body items: line j of the text item items[i].
type lineAt struct {
	items []bodyItem
	i, j  int
}

// skip returns the place k lines of text after p.
func (p lineAt) skip(k int) lineAt {
	p.j += k
	for p.i < len(p.items) && p.items[p.i].block == nil && p.j >= len(p.items[p.i].lines) {
		p.j -= len(p.items[p.i].lines)
		p.i++
	}
	return p
}

// line returns the line of text k lines after p, false when a block or
// the end of the items comes first.
func (p lineAt) line(k int) (line, bool) {
	q := p.skip(k)
	if q.i >= len(q.items) || q.items[q.i].block != nil {
		return line{}, false
	}
	return q.items[q.i].lines[q.j], true
}

// wrappedLines is how many lines from p on are one line cut by the wrap: a
// line that starts like a heading (a numbering token), and each line after
// it while the one before fills the width. It is 1 when the first line is
// not cut. The text is hard-wrapped (b.width.n > 0): feed asks of no other.
func (b *builder) wrappedLines(p lineAt) int {
	prev, _ := p.line(0)
	first, hash := stripMarkup(prev.text)
	if hash || !fillsFirst(first, b.width) {
		return 1
	}
	kind, token, _ := numbering(trim(first))
	if kind == kindNone {
		return 1
	}
	n, at0 := 1, int(prev.n)
	for full := true; full; full = b.fills(prev.text) {
		next, ok := p.line(n)
		t := trim(next.text)
		if !ok || t == "" || strings.IndexByte(t, '\t') >= 0 || strings.HasPrefix(t, "#") ||
			indent(next.text) > indent(prev.text) {
			break
		}
		// The next heading of the numbering starts a line of its own.
		tok, at := b.goesOn(t)
		if own, ok := nextNumber(t, kind, token); ok {
			tok, at = own, at0
		}
		if at > 0 {
			b.goesOnAt(int(next.n), tok, at)
			break
		}
		prev = next
		n++
	}
	return n
}

// joinWrapped feeds the n lines from p on, cut by the wrap, as the one
// line they were, and reports the join when the line is a heading (a
// numbered line taken line by line would be a heading cut short, or
// running text).
func (b *builder) joinWrapped(p lineAt, n int) {
	l, _ := p.line(0)
	text := strings.TrimRight(l.text, " ")
	prev := trim(text)
	for k := 1; k < n; k++ {
		next, _ := p.line(k)
		t := trim(next.text)
		// A number cut by the wrap is one number (共计2 / 38项).
		if needsSpace(prev, t) && !(isDigit(prev[len(prev)-1]) && isDigit(t[0])) {
			text += " "
		}
		text += t
		prev = t
	}
	l.setText(text)
	opened := len(b.secs)
	longest := 0 // of the paragraph the lines go on, if they do
	if len(b.para) > 0 {
		longest = b.longest()
	}
	at := b.paraLine
	b.line(&l)
	if len(b.secs) > opened {
		b.warn(int(l.n), fmt.Sprintf("a heading hard-wrapped at %v joined with the %d lines after it", b.width, n-1))
	}
	if b.paraLine != at || len(b.secs) > opened {
		longest = 0
	}
	b.endAsPrinted(p, n, longest)
}

// endAsPrinted makes the pending paragraph, when it ends with the n lines
// from p on fed as one (after a paragraph whose longest line was
// longest, 0 if they start one), end as they were printed: its last line is the
// last of them, short when the paragraph ended there, and its longest is
// the wrap width, not the joined line's length (……人民政府] / 五、… then
// starts a heading, not a line the wrap cut).
func (b *builder) endAsPrinted(p lineAt, n, longest int) {
	last, _ := p.line(n - 1)
	t := trim(last.text)
	if len(b.para) == 0 || !strings.HasSuffix(b.paraEnd, t) {
		return
	}
	for k := range n {
		l, _ := p.line(k)
		longest = max(longest, runeLen(trim(l.text)))
	}
	// longest counts t too: it is the paragraph's longest line.
	b.paraEnd, b.paraEndLen, b.paraBefore, b.paraIndent = t, -1, longest, indent(last.text)
}

// goesOn returns the numbering token t starts with and the line of the
// open section whose number it follows (三、 → 四、, (一) → (二)), 0 if
// there is none: such a line starts a heading of its own even when the
// line before it looks cut by the wrap (a full line ending in a bracket
// or a number: ……人民政府] / 四、…).
func (b *builder) goesOn(t string) (string, int) {
	for _, f := range b.stack {
		s := &b.secs[f.sec]
		if tok, ok := nextNumber(t, f.kind, s.Numbering); ok {
			return tok, s.Line
		}
	}
	return "", 0
}

// nextNumber returns the numbering token t starts with when it is of the
// given kind and its number follows prev's (not a bare number: 2024).
func nextNumber(t string, kind int, prev string) (string, bool) {
	k, tok, _ := numbering(t)
	if k == kindNone || k != kind || digitPrefix(tok) == len(tok) || !follows(prev, tok) {
		return "", false
	}
	return tok, true
}

// goesOnAt reports, once, that line n is not joined to the line before
// it as it goes on with the numbering tok of line at.
func (b *builder) goesOnAt(n int, tok string, at int) {
	if !b.inSequence[n] {
		if b.inSequence == nil {
			b.inSequence = map[int]bool{}
		}
		b.inSequence[n] = true
		b.warn(n, fmt.Sprintf("%s goes on with the numbering of line %d: a heading of its own, not joined to the full line before it", tok, at))
	}
}
