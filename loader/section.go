package loader

import (
	"strings"
	"sync"
	"unicode/utf8"

	"gazette/data"
)

// frame is one open section on the builder's stack: its kind and its
// index among the builder's sections.
type frame struct {
	kind int
	sec  int
}

// builder turns body items (lines and finished blocks) into blocks and a
// section tree.
type builder struct {
	base  int  // level of top-level sections
	width wrap // the width the text is hard-wrapped at, and its unit (see wrap)
	warn  warnFunc
	// The blocks and sections found, in order, and where each section
	// sits: they reach the tree when the builder finishes, each kind in
	// one array of its own size rather than one grown piece by piece
	// (see tree). A section takes the blocks from its heading to the
	// next heading, the top level those before the first heading.
	blocks []data.Block
	secs   []data.Section
	nodes  []node
	stack  []frame
	counts []int // children's buffer

	para       []string
	buf        []byte // joinPara's
	paraLine   int
	paraEnd    string // last line of the pending paragraph
	paraEndLen int    // its length in runes, -1 until counted (endLen)
	paraBefore int    // the longest line before it, in runes (0 if none)
	paraLead   int    // length of a run-in heading printed before it on its line, in the wrap width's unit
	paraIndent int    // leading spaces of its last line
	paraFirst  int    // leading spaces of its first line
	list       []string
	listLines  []int
	blanks     int
	inSequence map[int]bool // lines reported to go on with a numbering
}

// node places one section: the index of its parent (-1 for the top
// level) and of its first block.
type node struct{ parent, from int }

// newBuilder takes a builder from builders: its buffers, grown anew for
// each of the documents of a large file, would cost as much memory as
// the tree kept.
func newBuilder(base int, width wrap, warn warnFunc) *builder {
	b := builders.Get().(*builder)
	b.base, b.width, b.warn = base, width, warn
	return b
}

// builders holds finished builders, empty but for their buffers.
var builders = sync.Pool{New: func() any { return new(builder) }}

// add appends a block to the current section (or the top level): the
// section opened last, which takes blocks until the next one opens.
func (b *builder) add(bl data.Block) {
	b.blocks = append(b.blocks, bl)
}

func (b *builder) flush() {
	b.flushPara()
	if len(b.list) > 0 {
		b.add(data.Block{Kind: data.List, Line: b.listLines[0], Items: b.list, ItemLines: b.listLines})
		b.list, b.listLines = nil, nil
	}
}

// open starts a new section of the given kind, placed by the numbering
// stack: a kind already open closes back to it (a sibling); a new kind
// nests under every open kind of higher rank.
func (b *builder) open(kind int, token, heading string, n int) {
	b.flush()
	for i, f := range b.stack {
		if f.kind == kind {
			b.stack = b.stack[:i]
			break
		}
	}
	for len(b.stack) > 0 && b.stack[len(b.stack)-1].kind > kind {
		b.stack = b.stack[:len(b.stack)-1]
	}
	parent := -1
	if len(b.stack) > 0 {
		parent = b.stack[len(b.stack)-1].sec
	}
	b.secs = append(b.secs, data.Section{Heading: heading, Numbering: token, Level: b.base + len(b.stack), Line: n})
	b.nodes = append(b.nodes, node{parent: parent, from: len(b.blocks)})
	b.stack = append(b.stack, frame{kind: kind, sec: len(b.secs) - 1})
}

// feed processes body items in order: tables and raw blocks as they are,
// text line by line, but for lines a hard wrap cut from one.
func (b *builder) feed(items []bodyItem) {
	p := lineAt{items: items}
	for p.i < len(items) {
		if bl := items[p.i].block; bl != nil {
			b.flush()
			b.add(*bl)
			b.blanks = 0
			p = lineAt{items: items, i: p.i + 1}
			continue
		}
		if p.j >= len(items[p.i].lines) {
			p = lineAt{items: items, i: p.i + 1}
			continue
		}
		if b.width.n > 0 { // else no line is hard-wrapped
			if n := b.wrappedLines(p); n > 1 {
				b.joinWrapped(p, n)
				p = p.skip(n)
				continue
			}
		}
		b.line(&items[p.i].lines[p.j])
		p.j++
	}
}

// bulleted reports whether t starts with a list item's mark: markdown's
// "- " and "* " (html2text's "  * "), or the bullet of plain text and web
// pages.
func bulleted(t string) bool {
	return len(t) > 1 && t[1] == ' ' && (t[0] == '-' || t[0] == '*') || strings.HasPrefix(t, "• ")
}

// line handles one text line.
func (b *builder) line(l *line) {
	if l.first() == 0 { // blank, known without reading it: a third of the lines
		b.blanks++
		return
	}
	raw, hash := l.plain() // plain text: tags, entities and math done
	t := trim(raw)
	if t == "" {
		b.blanks++
		return
	}
	blanks := b.blanks
	b.blanks = 0
	if l.join() && b.continueAcross(t) {
		return
	}
	// An aligned item holds a run of spaces: a line decoding found no
	// space in is passed over unread.
	if !hash && !l.spaceless() {
		if item, ok := alignedItem(l.text); ok {
			b.flushPara()
			b.list = append(b.list, item)
			b.listLines = append(b.listLines, int(l.n))
			return
		}
	}
	if blanks == 0 && !hash && !bulleted(t) && b.wrapped() {
		if tok, at := b.goesOn(t); at > 0 {
			b.goesOnAt(int(l.n), tok, at)
		} else if b.continueAcross(t) {
			return
		}
	}
	bullet := false
	if bulleted(t) {
		bullet = true
		t = trim(t[strings.IndexByte(t, ' ')+1:])
	}
	kind, token, rest := numbering(t)
	if b.heading(t, kind, token, rest, hash, bullet, int(l.n)) {
		return
	}
	if bullet {
		b.flushPara()
		b.list = append(b.list, joinCJK(t))
		b.listLines = append(b.listLines, int(l.n))
		return
	}
	// startsItem(t), its numbering already known:
	numbered := kind != kindNone
	if len(b.list) > 0 && blanks == 0 && !numbered && !startsUnnumbered(t) {
		b.list[len(b.list)-1] += joinCJK(t)
		return
	}
	if len(b.para) > 0 && blanks <= 3 && !numbered && !startsUnnumbered(t) && !l.title() && (blanks == 0 && !b.endedBefore(l.text) || blanks > 0 && !endsPara(b.paraEnd)) {
		if needsSpace(b.paraEnd, t) {
			b.para = append(b.para, " ")
		}
		b.para = append(b.para, t)
		b.endWith(t)
		b.paraIndent = indent(l.text)
		return
	}
	b.startPara(t, int(l.n))
	b.paraIndent = indent(l.text)
	b.paraFirst = b.paraIndent
}

// heading opens a section when the line is a heading: a numbered line
// of a heading kind (its numbering as numbering gives it), or a "#" line
// that reads as a title. It reports whether it did.
func (b *builder) heading(t string, kind int, token, rest string, hash, bullet bool, n int) bool {
	switch kind {
	case kindChapter, kindPart, kindCN, kindParenCN, kindDec2, kindDec3, kindDec4:
		if kind >= kindDec2 && bullet {
			break // an embedded outline of the document (- 1.1 编制目的)
		}
		heading, body := runIn(t, rest)
		if kind >= kindDec2 && body == "" && runesOver(heading, 40) {
			break
		}
		b.open(kind, token, heading, n)
		if body != "" {
			b.startRunIn(body, t, n)
		}
		return true
	case kindArticle:
		b.open(kind, token, token, n)
		if rest != "" {
			b.startRunIn(rest, t, n)
		}
		return true
	case kindArabic:
		if bullet {
			break
		}
		heading, body := runIn(t, rest)
		short := !joinedOver(rest, 16) && !holdsAny(rest, ",，、;；")
		if hash || !runesOver(heading, 25) && (body != "" || short) {
			b.open(kind, token, heading, n)
			if body != "" {
				b.startRunIn(body, t, n)
			}
			return true
		}
	case kindParen:
		if hash || (!bullet && !joinedOver(t, 20) && !strings.Contains(t, "。") && !endsSentence(t)) {
			b.open(kind, token, joinCJK(t), n)
			return true
		}
	case kindNone:
		if hash && titleLike(t) {
			b.open(kindTitled, "", joinCJK(t), n)
			return true
		}
	}
	return false
}

// continueAcross appends a line that the furniture stage found to
// continue the text before a page break to the pending paragraph or list
// item, even when it starts like a heading (……实施 / 2. …). It reports
// whether there was one.
func (b *builder) continueAcross(t string) bool {
	switch {
	case len(b.list) > 0:
		b.list[len(b.list)-1] += joinCJK(t)
	case len(b.para) > 0:
		// A number cut by the wrap is one number (共计2 / 38项).
		if needsSpace(b.paraEnd, t) && !(isDigit(b.paraEnd[len(b.paraEnd)-1]) && isDigit(t[0])) {
			b.para = append(b.para, " ")
		}
		b.para = append(b.para, t)
		b.endWith(t)
	default:
		return false
	}
	return true
}

// wrapped reports whether the pending paragraph's last line was cut by
// a hard wrap: it fills the width (as long as the paragraph's longest
// line, and not short) without ending a sentence. The next line then
// continues it even when it starts like a numbered heading (……实施2 /
// 38项, ……共实施 / 12 项).
func (b *builder) wrapped() bool {
	if len(b.para) == 0 || endsPara(b.paraEnd) || b.width.n == unwrapped {
		return false
	}
	// As long as the paragraph's longest line less two, and not short.
	return b.endAtLeast(max(15, b.paraBefore-2)) || b.fills(b.paraEnd)
}

// endedBefore reports whether the pending paragraph ended before the
// next line raw although no blank line follows it (hard-wrapped text sets
// paragraphs apart by a short last line or an indented first line): its
// last line ends a sentence and is shorter than the paragraph's longest
// or than the width the text is hard-wrapped at, or the next line is indented deeper than the last, or as deep as the
// paragraph's first line was, or is a table's title (……增长6%。 /
// 重点工作任务分解表): a line that continues a paragraph after a sentence
// does not stop short of one. In unwrapped text every line ends one.
func (b *builder) endedBefore(raw string) bool {
	if b.width.n == unwrapped {
		return true // every line is a paragraph
	}
	if !endsPara(b.paraEnd) {
		return false
	}
	in := indent(raw)
	shorter := b.paraBefore > 2 && !b.endAtLeast(b.paraBefore-2) || // than the longest, less two,
		b.shortOfWidth() // or than the hard wrap's width
	return shorter || in > b.paraIndent+1 || in >= 2 && in >= b.paraFirst || tableTitle(trim(raw))
}

// tableTitle reports whether a line is a table's title standing alone: a
// caption (表1 …, ……分解表) of one short line without a clause in it.
func tableTitle(t string) bool {
	return !runesOver(t, 30) && captionLike(t) && !holdsAny(t, "，。；：,;:")
}

// indent is the number of spaces a line starts with (U+3000 counts as
// one: it was turned into a space on decoding).
func indent(s string) int {
	return len(s) - len(strings.TrimLeft(s, " "))
}

// alignedItem recognises a line of an aligned list — a post and a name
// per line, columns lined up with runs of spaces (U+3000 in print), a
// continuation indented under the names — as in a list of 指挥部组成人员:
//
//	总 指 挥：张三　　市长
//	　　　　　李四　　副市长
//
// A line is one when its first column (after a label such as 组长：) is a
// person's name, two to four Han characters, and it holds no sentence
// punctuation (a justified line of running text has commas); a numbering
// token (第一章  总则) is no name. Each such line is an item of its own; the
// columns are kept apart by one space and the spaced-out label is closed
// up.
func alignedItem(raw string) (string, bool) {
	t := trim(raw)
	if len(t) > 160 || !strings.Contains(t, "  ") || runesOver(t, 40) || holdsAny(t, "\t。，,；;") {
		return "", false
	}
	label, rest := "", t
	if c := strings.IndexAny(t, ":："); c > 0 && runeLen(t[:c]) <= 12 {
		_, size := utf8.DecodeRuneInString(t[c:])
		label, rest = removeSpaces(t[:c+size]), trim(t[c+size:])
	}
	var fields []string
	for _, f := range strings.Split(rest, "  ") {
		if f = trim(f); f != "" {
			fields = append(fields, joinCJK(f))
		}
	}
	if len(fields) == 0 || !personName(fields[0]) || wholeToken(fields[0]) || label == "" && len(fields) < 2 {
		return "", false
	}
	return label + strings.Join(fields, " "), true
}

// finish closes everything and returns the top-level blocks and
// sections. The builder goes back to builders: it must not be used
// after.
func (b *builder) finish() ([]data.Block, []*data.Section) {
	b.flush()
	blocks, secs := b.tree()
	b.release()
	listItems(&blocks, &secs)
	return blocks, secs
}

// runIn splits a numbered line into its heading and the body text that
// runs on after it: "(一) 推进线下办事。完善…" → "(一) 推进线下办事。", "完善…".
func runIn(t, rest string) (heading, body string) {
	i := strings.Index(rest, "。")
	if i < 0 || i+len("。") >= len(rest) {
		return joinCJK(t), ""
	}
	cut := len(t) - len(rest) + i + len("。")
	return joinCJK(trim(t[:cut])), trim(t[cut:])
}

// endsPara reports whether a line ends a paragraph (so a following line
// after a blank starts a new one).
func endsPara(s string) bool {
	return s != "" && paraLasts[s[len(s)-1]] && hasSuffixAny(s, paraEnds...)
}

// paraEnds are the characters a paragraph ends with, and paraLasts their
// last bytes: most lines end in another byte, and are passed over at the
// first test.
var (
	paraEnds  = []string{"。", "；", "：", "！", "？", ";", ":", "!", "?", "”", "）", ")", "》"}
	paraLasts = func() (t [256]bool) {
		for _, e := range paraEnds {
			t[e[len(e)-1]] = true
		}
		return t
	}()
)

// startsItem reports whether a line starts something of its own: a
// numbered item, a circled item, a chronicle entry (3月3日 …, ※ …), a 附件
// label or a date.
func startsItem(t string) bool {
	k, _, _ := numbering(t)
	return k != kindNone || startsUnnumbered(t)
}

// startsUnnumbered reports whether a line starts something of its own
// but a numbered item.
func startsUnnumbered(t string) bool {
	r, _ := firstRune(t)
	if isCircled(r) || r == '※' || r == '—' {
		return true
	}
	if strings.HasPrefix(t, "附件") || strings.HasPrefix(t, "专栏") {
		return true
	}
	if d := digitPrefix(t); d > 0 && d <= 2 && strings.HasPrefix(t[d:], "月") {
		return true
	}
	if _, _, ok := dateLine(t); ok {
		return true
	}
	return false
}

// needsSpace reports whether joining a and b needs a space: both sides are
// Latin letters or digits.
func needsSpace(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	x, y := a[len(a)-1], b[0]
	alnum := func(c byte) bool {
		return c < 0x80 && (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
	}
	return alnum(x) && alnum(y)
}

// personName reports whether a column of an aligned list is a person's
// name: two to four Han characters (spaced out or not).
func personName(f string) bool {
	f = removeSpaces(f)
	n := runeLen(f)
	return n >= 2 && n <= 4 && onlyHan(f)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
