package loader

import (
	"fmt"
	"strings"
)

// Hard-wrapped text (a converter that cuts every line at a fixed number
// of characters) is recognised by its line lengths: most lines that are
// not the last of their paragraph have the same length, the wrap width,
// and hardly any line is longer. A line that ends exactly at the width
// without ending a sentence continues on the next line, whatever that
// line starts with (……密切配合形成合 / 力,…; ……收费标准为 / 2.05元/立方).

// wrapWidth measures the width ls was hard-wrapped at, in runes (the
// spaces a converter puts between digits and Han characters closed up):
// the length most lines of 15 runes or more have, when at least five do
// and no more than a fifth as many lines are longer (table rows and "#"
// headings are not measured). It is 0 when the text is not hard-wrapped.
func wrapWidth(ls []line) int {
	const most = 200 // longer lines are not measured as a width
	var count [most + 1]int
	for i := range ls {
		l := &ls[i]
		// A line of fewer bytes has fewer characters than are measured.
		if len(l.text) < 15 || l.block != nil || l.tabbed() || strings.HasPrefix(l.text, "#") {
			continue
		}
		if len(l.text) > 3*most { // more runes than measured (Han take three bytes)
			count[most]++
			continue
		}
		if n := l.wrapLen(); n >= 15 {
			count[min(n, most)]++
		}
	}
	w := 0
	for n := 15; n < most; n++ {
		if count[n] >= count[w] {
			w = n
		}
	}
	longer := 0
	for n := w + 1; n <= most; n++ {
		longer += count[n]
	}
	if count[w] < 5 || longer*5 > count[w] {
		return 0
	}
	return w
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
func lineWidth(ls []line, warn warnFunc) int {
	if w := wrapWidth(ls); w != 0 {
		return w
	}
	text, blank := 0, 0
	for i := range ls {
		switch {
		case ls[i].block != nil:
		case ls[i].first() == 0:
			if blank++; blank*20 >= len(ls) {
				return 0 // spaced text: more blank lines than the text allows
			}
		default:
			text++
		}
	}
	if text < 20 || blank*20 >= text {
		return 0
	}
	long := 0
	for i := range ls {
		if l := &ls[i]; len(l.text) > 60 && l.block == nil && !l.tabbed() && runesOver(l.text, 60) {
			long++
		}
	}
	if long*20 >= text {
		warn(int(ls[0].n), "the text is not wrapped and sets no blank line between paragraphs: each line is read as a paragraph")
		return unwrapped
	}
	return 0
}

// fillsWidth reports whether a line runs to the wrap width without ending
// a sentence, so that the next line continues it.
func fillsWidth(t string, width int) bool {
	t = trim(t)
	return width > 0 && joinedUpTo(t, width) >= width && !endsPara(t)
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
// not cut. The text is hard-wrapped (b.width > 0): feed asks of no other.
func (b *builder) wrappedLines(p lineAt) int {
	prev, _ := p.line(0)
	first, hash := stripMarkup(prev.text)
	if hash || !b.fills(first) {
		return 1
	}
	kind, token, _ := numbering(trim(first))
	if kind == kindNone {
		return 1
	}
	n, at0 := 1, int(prev.n)
	for b.fills(prev.text) {
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
		b.warn(int(l.n), fmt.Sprintf("a heading hard-wrapped at %d characters joined with the %d lines after it", b.width, n-1))
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
