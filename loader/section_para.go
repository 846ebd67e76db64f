package loader

import (
	"strings"
	"unsafe"

	"gazette/data"
)

// The pending paragraph: its lines, and what the rules that tell where it
// ends need to know of them.

// flushPara adds the pending paragraph, if there is one, as a block.
func (b *builder) flushPara() {
	switch len(b.para) {
	case 0:
		return
	case 1: // the line itself when it needs no repair
		b.add(data.Block{Kind: data.Paragraph, Line: b.paraLine, Text: paragraphText(b.para[0])})
	default:
		b.add(data.Block{Kind: data.Paragraph, Line: b.paraLine, Text: b.joinPara()})
	}
	b.para = b.para[:0]
}

// joinPara returns the text of a pending paragraph of several lines. They
// are joined in the builder's buffer rather than in a string of their
// own, which paragraphText would mostly copy again, and the text is
// copied out of the buffer when paragraphText leaves it there.
func (b *builder) joinPara() string {
	buf := b.buf[:0]
	for _, p := range b.para {
		buf = append(buf, p...)
	}
	b.buf = buf
	t := paragraphText(unsafe.String(unsafe.SliceData(buf), len(buf)))
	if inBuffer(t, buf) {
		return strings.Clone(t)
	}
	return t
}

// inBuffer reports whether the text of t lies in buf.
func inBuffer(t string, buf []byte) bool {
	at := uintptr(unsafe.Pointer(unsafe.StringData(t)))
	start := uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
	return at >= start && at < start+uintptr(cap(buf))
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
// end of line: the heading before it is counted, not the whole line.
func (b *builder) startRunIn(body, line string, n int) {
	b.startPara(body, n)
	b.paraLead = b.width.lenOf(line[:len(line)-len(body)])
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
// hard-wrapped are one line, whose length is seldom asked for. The line
// is decoded text, valid UTF-8, whose runes runeLen counts eight
// bytes at a time.
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

// shortOfWidth reports whether the pending paragraph's last line, with
// the run-in heading before it, stops more than two characters short of
// the width the text is hard-wrapped at, measured in the width's unit.
func (b *builder) shortOfWidth() bool {
	w := b.width
	least := w.n - w.chars(2) - b.paraLead
	if !w.cells {
		return w.n > 2 && !b.endAtLeast(least)
	}
	return w.n > 4 && cellLen(b.endLen(), len(b.paraEnd), b.endLen()) < least
}
