package loader

import (
	"slices"
	"strings"

	"gazette/data"
)

// line is one source line after decoding and sanitising.
// Its number and flags share one word: a large file has hundreds of
// thousands of lines, each 32 bytes rather than 40.
type line struct {
	text string // decoded UTF-8, control characters removed, no line end
	// block is a finished block standing where the line is (a table of a
	// web page, built from its cells); text is then "".
	block *data.Block
	n     int32  // 1-based line number in the source file (see parse)
	marks uint16 // markJoin, markOwn, markPlain, markBoxed, markHead, markSpaceless, markTabless, markTitle, markSpans, markFF, markNative, markHard; the slack (see setSlack)
	// lead and tail are the first and last bytes of text without its
	// spaces and tabs at either end, recorded on decoding (0 when not
	// recorded, and for a blank line): a stage that wants lines starting
	// or ending with certain bytes passes over the others without reading
	// their text, which a large file holds far from the line table.
	// Whatever changes a line's text records them anew (see setText) or
	// sets them to 0.
	lead, tail byte
}

// decoded is line n of a file, its text t, with its edges recorded.
func decoded(n int, t string) line {
	l := line{n: int32(n), text: t}
	l.lead, l.tail = textEdges(t)
	return l
}

// setText gives the line new text, and records what it tells anew.
func (l *line) setText(t string) {
	l.text = t
	l.lead, l.tail = textEdges(t)
	l.marks &^= markPlain | markSpaceless | markTabless | markNative | slackMarks
}

// Bits 12 to 15 of a line's marks hold its slack, 3×runes − bytes, as
// one more than its half, when decoding counted it and it is even and
// 28 or less: the count of runes of a line of Han characters (three
// bytes each) and a few ASCII ones (one byte, a slack of 2 each), which
// the wrap width takes from every line, is then known without reading
// the text. 0 when not recorded.
const (
	slackShift = 12
	slackMarks = 0xF << slackShift
)

// setSlack records the slack of the line's text, when it fits.
func (l *line) setSlack(slack int) {
	if slack >= 0 && slack <= 28 && slack%2 == 0 {
		l.marks = l.marks&^slackMarks | uint16(slack/2+1)<<slackShift
	}
}

// runes is runeLen of the line's text, from its slack when recorded.
func (l *line) runes() int {
	if v := int(l.marks >> slackShift); v != 0 {
		return (len(l.text) + 2*(v-1)) / 3
	}
	return runeLen(l.text)
}

// plain is stripMarkup of the line's text, which a text that decoding
// found no byte of markup in is without being read again.
func (l *line) plain() (string, bool) {
	if l.marks&markPlain != 0 {
		return l.text, false
	}
	return stripMarkup(l.text)
}

// The marks of a line.
const (
	// markJoin: the line continues the line before it across a removed
	// page break.
	markJoin = 1 << iota
	// markOwn: a row a laid-out table's x-positions show to be a record
	// of its own under merged cells: no rule joins it to the row above.
	markOwn
	// markPlain: decoding found none of the bytes markup starts with in
	// the text (see markupStarts).
	markPlain
	// markBoxed: a row of a table drawn with borders, whose reader joined
	// the lines its cells' borders show to be wrapped: a count of
	// characters shows no more cuts (see borderedTables); on a blank
	// line, the rule that closed such a table.
	markBoxed
	// markHead: the header row of a table whose printer set it apart
	// (a rule of runs under it: see dashedTables).
	markHead
	// markSpaceless: decoding found no space in the text. Most lines of
	// Chinese text have none, and the stages that look for spaces on
	// every line (a wrap width's count, a laid-out table's gaps) pass
	// over them without reading their text.
	markSpaceless
	// markTabless: decoding found no tab in the text, as markSpaceless
	// for the stages that look for a table's row on every line.
	markTabless
	// markTitle: the title of the table below it, on a line of its own
	// (see titleAbove): no rule joins it to the text above.
	markTitle
	// markSpans: a row of a table drawn with borders in which a cell of
	// one space is one its borders show merged with the record above's
	// (no rule between them): the record inherits that cell's text. Any
	// other empty cell is written empty.
	markSpans
	// markFF: the source line held a form feed, or, once the page
	// furniture is gone, the blank line stands for a page break: a page
	// starts here.
	markFF
	// markNative: decoding found no character in the text that garbageIn
	// looks closer at (see garbageLeads): a table's quality check counts
	// no garbage on the line without reading it again.
	markNative
	// markHard: the source line ended in two spaces or more after its
	// text, markdown's hard line break (a <br>, or the end of a table
	// row in html2text's output), which trimming the spaces would lose.
	markHard
)

// ff reports whether the source line held a form feed: a page starts
// here.
func (l *line) ff() bool { return l.marks&markFF != 0 }

// ffMark is markFF for a line whose source held a form feed, else 0.
func ffMark(ff bool) uint16 {
	if ff {
		return markFF
	}
	return 0
}

func (l *line) join() bool  { return l.marks&markJoin != 0 }
func (l *line) own() bool   { return l.marks&markOwn != 0 }
func (l *line) boxed() bool { return l.marks&markBoxed != 0 }
func (l *line) head() bool  { return l.marks&markHead != 0 }
func (l *line) title() bool { return l.marks&markTitle != 0 }

// spaceless reports whether the line's text surely holds no space: false
// when it was not recorded.
func (l *line) spaceless() bool { return l.marks&markSpaceless != 0 }

// tabbed reports whether the line's text holds a tab, without reading it
// when decoding recorded that it holds none.
func (l *line) tabbed() bool {
	return l.marks&markTabless == 0 && strings.IndexByte(l.text, '\t') >= 0
}
func (l *line) spans() bool { return l.marks&markSpans != 0 }
func (l *line) hard() bool  { return l.marks&markHard != 0 }

// textEdges returns the lead and tail of a line with text t.
func textEdges(t string) (lead, tail byte) {
	if t = trim(t); t == "" {
		return 0, 0
	}
	return t[0], t[len(t)-1]
}

// first returns the first byte of the line's text after its leading
// spaces and tabs, 0 for a blank line: its lead when decoding recorded
// it, else read from the text. An empty text, a third of most files'
// lines, which stage after stage asks, is answered without a call.
func (l *line) first() byte {
	if l.lead != 0 || l.text == "" {
		return l.lead
	}
	return leadOf(l.text)
}

// last is first for the last byte before the trailing spaces and tabs.
func (l *line) last() byte {
	if l.tail != 0 || l.text == "" {
		return l.tail
	}
	return tailOf(l.text)
}

// leadOf and tailOf are the lead and tail of a line with text t. They
// are kept out of line: inlined, they made first and last too large to
// be inlined where they are called, on every line by stage after stage.
//
//go:noinline
func leadOf(t string) byte {
	c, _ := textEdges(t)
	return c
}

//go:noinline
func tailOf(t string) byte {
	_, c := textEdges(t)
	return c
}

// mayStartIn is mayStartWith for a line and the characters of e: no
// line whose first byte starts none of them nor markup is read, and the
// text of one that does is compared byte for byte with those of them
// that start with that byte: its first character is never decoded and
// looked up in the set (a line's text is valid UTF-8, in which a
// character's bytes start no other).
func (l *line) mayStartIn(e *charSet) bool {
	c := l.first()
	if c == 0 || !markupStarts[c] && e.startAt[c] == 0 {
		return false
	}
	t := trim(l.text)
	if t == "" || markupStarts[t[0]] {
		return t != ""
	}
	for i := int(e.startAt[t[0]]) - 1; i >= 0 && i < len(e.starts) && e.starts[i][0] == t[0]; i++ {
		if strings.HasPrefix(t, e.starts[i]) {
			return true
		}
	}
	return false
}

// mayEndIn is mayStartIn for the last character.
func (l *line) mayEndIn(e *charSet) bool {
	c := l.last()
	if c == 0 || !markupEnds[c] && e.endAt[c] == 0 {
		return false
	}
	t := trim(l.text)
	if t == "" || markupEnds[t[len(t)-1]] {
		return t != ""
	}
	z := t[len(t)-1]
	for i := int(e.endAt[z]) - 1; i >= 0 && i < len(e.ends) && e.ends[i][len(e.ends[i])-1] == z; i++ {
		if strings.HasSuffix(t, e.ends[i]) {
			return true
		}
	}
	return false
}

// charSet is a set of characters, each its own string, in order of
// their first bytes (starts) and of their last (ends). startAt[c] is one
// more than the index in starts of the first that starts with the byte
// c, 0 when none does; endAt is startAt for ends.
type charSet struct {
	starts, ends   []string
	startAt, endAt [256]uint8
}

func newCharSet(set string) *charSet {
	e := &charSet{}
	for _, r := range set {
		e.starts = append(e.starts, string(r))
	}
	e.ends = slices.Clone(e.starts)
	slices.SortFunc(e.starts, func(a, b string) int { return int(a[0]) - int(b[0]) })
	slices.SortFunc(e.ends, func(a, b string) int { return int(a[len(a)-1]) - int(b[len(b)-1]) })
	for i := len(e.starts) - 1; i >= 0; i-- { // the first of each byte is written last
		e.startAt[e.starts[i][0]] = uint8(i + 1)
		e.endAt[e.ends[i][len(e.ends[i])-1]] = uint8(i + 1)
	}
	return e
}

// mayEnd is mayEndWith for a line: no line whose last byte ends neither
// c nor markup is read.
func (l *line) mayEnd(c string) bool {
	e := l.last()
	return e != 0 && (markupEnds[e] || e == c[len(c)-1]) && mayEndWith(l.text, c)
}

// mayStart is mayStartWith for a line: no line whose first byte starts
// none of cs (nor markup) is read.
func (l *line) mayStart(cs ...string) bool {
	c := l.first()
	if c == 0 {
		return false
	}
	if !markupStarts[c] && !leadsAny(c, cs) {
		return false
	}
	return mayStartWith(l.text, cs...)
}

// leadsAny reports whether one of cs starts with the byte c.
func leadsAny(c byte, cs []string) bool {
	for _, s := range cs {
		if s != "" && s[0] == c {
			return true
		}
	}
	return false
}

// bodyItem is one item of a document body after table extraction: either
// a run of consecutive source lines of running text, or a finished block
// (a table, or a raw block for a region that could not be structured).
// A run shares the memory of the body's lines: one item a line cost more
// than the lines themselves.
type bodyItem struct {
	lines []line      // valid when block == nil
	block *data.Block // a TableBlock or Raw block with Line set, or nil
}

// addLine appends the line ls[i] to items, extending the last run when
// it ends at ls[i-1].
func addLine(items []bodyItem, ls []line, i int) []bodyItem {
	if n := len(items); n > 0 && i > 0 && items[n-1].block == nil {
		if r := items[n-1].lines; len(r) > 0 && &r[len(r)-1] == &ls[i-1] {
			items[n-1].lines = r[:len(r)+1]
			return items
		}
	}
	return append(items, bodyItem{lines: ls[i : i+1]})
}

// splitTail makes each of the last n lines of the runs that end items an
// item of its own, for code that looks at the last few lines one by one.
func splitTail(items []bodyItem, n int) []bodyItem {
	k, lines := len(items), 0
	for k > 0 && items[k-1].block == nil && lines < n {
		k--
		lines += len(items[k].lines)
	}
	skip := lines - n // lines of the first runs that stay together
	tail := make([]bodyItem, 0, len(items)-k+min(lines, n))
	for _, it := range items[k:] {
		r := it.lines
		if skip >= len(r) {
			tail = append(tail, it)
			skip -= len(r)
			continue
		}
		if skip > 0 {
			tail = append(tail, bodyItem{lines: r[:skip]})
			r, skip = r[skip:], 0
		}
		for x := range r {
			tail = append(tail, bodyItem{lines: r[x : x+1]})
		}
	}
	return append(items[:k], tail...)
}

// warnFunc records a warning at a source line.
type warnFunc func(n int, msg string)
