package loader

import (
	"strings"
	"sync"
	"unicode/utf8"

	"gazette/data"
)

// frame is one open section on the builder's stack.
type frame struct {
	kind int
	sec  *data.Section
}

// builder turns body items (lines and finished blocks) into blocks and a
// section tree.
type builder struct {
	base   int // level of top-level sections
	width  int // the width the text is hard-wrapped at, 0 if it is not
	warn   warnFunc
	opened int // how many sections have been opened
	blocks []data.Block
	secs   []*data.Section
	stack  []frame
	// pend holds the blocks of the section opened last (or of the top
	// level) until the next opens: they reach the tree in one slice of
	// their own size rather than one grown block by block. It comes from
	// pends and goes back there when the builder finishes.
	pend []data.Block
	box  *[]data.Block // what pend came in, to go back in

	para       []string
	paraLine   int
	paraEnd    string // last line of the pending paragraph
	paraEndLen int    // its length in runes, -1 until counted (endLen)
	paraBefore int    // the longest line before it, in runes (0 if none)
	paraLead   int    // runes of a run-in heading printed before it on its line
	paraIndent int    // leading spaces of its last line
	paraFirst  int    // leading spaces of its first line
	list       []string
	listLines  []int
	blanks     int
	inSequence map[int]bool // lines reported to go on with a numbering
}

func newBuilder(base, width int, warn warnFunc) *builder {
	box := pends.Get().(*[]data.Block)
	return &builder{base: base, width: width, warn: warn, pend: *box, box: box}
}

// pends holds builders' pend buffers, empty: grown anew for each of the
// documents of a large file they cost as much memory as the blocks kept.
var pends = sync.Pool{New: func() any { return new([]data.Block) }}

// add appends a block to the current section (or the top level): the
// section opened last, which takes blocks until the next one opens.
func (b *builder) add(bl data.Block) {
	b.pend = append(b.pend, bl)
}

// settle moves the pending blocks to the current section (or the top
// level).
func (b *builder) settle() {
	if len(b.pend) == 0 {
		return
	}
	to := &b.blocks
	if n := len(b.stack); n > 0 {
		to = &b.stack[n-1].sec.Blocks
	}
	if len(*to) == 0 {
		*to = make([]data.Block, 0, len(b.pend))
	}
	*to = append(*to, b.pend...)
	b.pend = b.pend[:0]
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
	b.settle()
	for i, f := range b.stack {
		if f.kind == kind {
			b.stack = b.stack[:i]
			break
		}
	}
	for len(b.stack) > 0 && b.stack[len(b.stack)-1].kind > kind {
		b.stack = b.stack[:len(b.stack)-1]
	}
	s := &data.Section{Heading: heading, Numbering: token, Level: b.base + len(b.stack), Line: n}
	if len(b.stack) > 0 {
		p := b.stack[len(b.stack)-1].sec
		p.Sections = append(p.Sections, s)
	} else {
		b.secs = append(b.secs, s)
	}
	b.stack = append(b.stack, frame{kind: kind, sec: s})
	b.opened++
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
		if n := b.wrappedLines(p); n > 1 {
			b.joinWrapped(p, n)
			p = p.skip(n)
			continue
		}
		b.line(items[p.i].lines[p.j])
		p.j++
	}
}

// line handles one text line.
func (b *builder) line(l line) {
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
	if item, ok := alignedItem(l.text); ok && !hash {
		b.flushPara()
		b.list = append(b.list, item)
		b.listLines = append(b.listLines, int(l.n))
		return
	}
	if blanks == 0 && !hash && !hasPrefixAny(t, "- ", "• ") && b.wrapped() {
		if tok, at := b.goesOn(t); at > 0 {
			b.goesOnAt(int(l.n), tok, at)
		} else if b.continueAcross(t) {
			return
		}
	}
	bullet := false
	if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "• ") {
		bullet = true
		t = trim(t[strings.IndexByte(t, ' ')+1:])
	}
	if b.heading(t, hash, bullet, int(l.n)) {
		return
	}
	if bullet {
		b.flushPara()
		b.list = append(b.list, joinCJK(t))
		b.listLines = append(b.listLines, int(l.n))
		return
	}
	if len(b.list) > 0 && blanks == 0 && !startsItem(t) {
		b.list[len(b.list)-1] += joinCJK(t)
		return
	}
	if len(b.para) > 0 && blanks <= 3 && !startsItem(t) && (blanks == 0 && !b.endedBefore(l.text) || blanks > 0 && !endsPara(b.paraEnd)) {
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
// of a heading kind, or a "#" line that reads as a title. It reports
// whether it did.
func (b *builder) heading(t string, hash, bullet bool, n int) bool {
	kind, token, rest := numbering(t)
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
		short := joinedLen(rest) <= 16 && !strings.ContainsAny(rest, ",，、;；")
		if hash || !runesOver(heading, 25) && (body != "" || short) {
			b.open(kind, token, heading, n)
			if body != "" {
				b.startRunIn(body, t, n)
			}
			return true
		}
	case kindParen:
		if hash || (!bullet && joinedLen(t) <= 20 && !strings.Contains(t, "。") && !endsSentence(t)) {
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
	if len(b.para) == 0 || endsPara(b.paraEnd) {
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
// does not stop short of one.
func (b *builder) endedBefore(raw string) bool {
	if !endsPara(b.paraEnd) {
		return false
	}
	in := indent(raw)
	shorter := b.paraBefore > 2 && !b.endAtLeast(b.paraBefore-2) || // than the longest, less two,
		b.width > 2 && !b.endAtLeast(b.width-2-b.paraLead) // or than the hard wrap's width
	return shorter || in > b.paraIndent+1 || in >= 2 && in >= b.paraFirst || tableTitle(trim(raw))
}

// tableTitle reports whether a line is a table's title standing alone: a
// caption (表1 …, ……分解表) of one short line without a clause in it.
func tableTitle(t string) bool {
	return runeLen(t) <= 30 && captionLike(t) && !strings.ContainsAny(t, "，。；：,;:")
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
	if !strings.Contains(t, "  ") || len(t) > 160 || runeLen(t) > 40 || strings.ContainsAny(t, "\t。，,；;") {
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

func (b *builder) flushPara() {
	if len(b.para) > 0 {
		b.add(data.Block{Kind: data.Paragraph, Line: b.paraLine, Text: paragraphText(strings.Join(b.para, ""))})
		b.para = b.para[:0]
	}
}

// paragraphText removes line-wrap spaces from a paragraph, keeping the
// space that separates a chronicle entry's date or ※ from its text
// (3月3日 市委农村工作领导小组会议召开。).
func paragraphText(t string) string {
	n := 0
	if d := digitPrefix(t); d > 0 && d <= 2 && strings.HasPrefix(t[d:], "月") {
		rest := t[d+len("月"):]
		if e := digitPrefix(rest); e > 0 && e <= 2 && strings.HasPrefix(rest[e:], "日") {
			n = d + len("月") + e + len("日")
		}
	} else if strings.HasPrefix(t, "※") {
		n = len("※")
	}
	if n > 0 && n < len(t) && t[n] == ' ' {
		return t[:n] + " " + joinCJK(trim(t[n:]))
	}
	return joinCJK(t)
}

func (b *builder) startPara(t string, n int) {
	b.flush()
	b.para = append(b.para[:0], t)
	b.paraLine = n
	b.paraEnd, b.paraEndLen, b.paraBefore, b.paraLead = t, -1, 0, 0
	b.paraIndent, b.paraFirst = 0, 0
}

// startRunIn starts a paragraph with the body of a run-in heading, the
// rest of line.
func (b *builder) startRunIn(body, line string, n int) {
	b.startPara(body, n)
	b.paraLead = runeLen(line) - runeLen(body)
}

// endWith makes t, just added to it, the pending paragraph's last line.
func (b *builder) endWith(t string) {
	b.paraBefore = b.longest()
	b.paraEnd, b.paraEndLen, b.paraLead = t, -1, 0
}

// longest is the length of the pending paragraph's longest line, in runes.
func (b *builder) longest() int { return max(b.paraBefore, b.endLen()) }

// endLen is the length of the pending paragraph's last line, in runes,
// counted when first asked for: most paragraphs of a file that is not
// hard-wrapped are one line, whose length is seldom asked for.
func (b *builder) endLen() int {
	if b.paraEndLen < 0 {
		b.paraEndLen = runeLen(b.paraEnd)
	}
	return b.paraEndLen
}

// endAtLeast reports whether the pending paragraph's last line is at
// least n runes long: surely when it has 4n bytes (a rune takes at most
// four), else by counting.
func (b *builder) endAtLeast(n int) bool {
	return b.paraEndLen < 0 && len(b.paraEnd) >= 4*n || b.endLen() >= n
}

// finish closes everything and returns the top-level blocks and sections.
func (b *builder) finish() ([]data.Block, []*data.Section) {
	b.flush()
	b.settle()
	clear(b.pend[:cap(b.pend)]) // hold on to no tree
	*b.box, b.pend = b.pend[:0], nil
	pends.Put(b.box)
	listItems(&b.blocks, &b.secs)
	return b.blocks, b.secs
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
	return hasSuffixAny(s, "。", "；", "：", "！", "？", ";", ":", "!", "?", "”", "）", ")", "》")
}

// startsItem reports whether a line starts something of its own: a
// numbered item, a circled item, a chronicle entry (3月3日 …, ※ …), a 附件
// label or a date.
func startsItem(t string) bool {
	if k, _, _ := numbering(t); k != kindNone {
		return true
	}
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
