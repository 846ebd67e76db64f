package cjk

import (
	"hash/maphash"
	"slices"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// closing reports whether r is closing punctuation, which must not begin a
// line.
func closing(r rune) bool {
	switch r {
	case '，', '。', '、', '；', '：', '？', '！', '）', '」', '』', '】', '〕', '》', '〉',
		'〗', '］', '｝', '”', '’', '…', '‥', '・', '．', '％',
		',', '.', ';', ':', '?', '!', ')', ']', '}':
		return true
	}
	return false
}

// opening reports whether r is an opening bracket or quote, which must not
// end a line.
func opening(r rune) bool {
	switch r {
	case '（', '「', '『', '【', '〔', '《', '〈', '〖', '［', '｛', '“', '‘', '(', '[', '{':
		return true
	}
	return false
}

// isSpace reports whether r is a space that a line may break after and
// that is dropped at a break.
func isSpace(r rune) bool { return r == ' ' || r == '\u3000' }

// isIdeograph reports whether r is a CJK unified ideograph of the basic
// block or extension A, all of line-breaking class ID.
func isIdeograph(r rune) bool { return r >= 0x4e00 && r <= 0x9fff || r >= 0x3400 && r <= 0x4dbf }

// breaker finds where one line may break. Between two Chinese characters
// UAX #14 always allows a break (ID ÷ ID, rule LB31), and its state after
// the first is that of a line starting with the second; so the line is
// cut into chunks there, and uniseg is run only on the chunk around a
// position asked about, most often a few characters long. The chunk's
// opportunities are kept for the next question.
type breaker struct {
	ln   string
	glue glue
	a, c int // the chunk ln[a:c] whose opportunities are in opp
	opp  []int32
}

// reset makes b the breaker of ln.
func (b *breaker) reset(ln string) {
	b.ln = ln
	b.glue.reset(ln)
	b.a, b.c = 0, 0
}

// opportunity reports whether UAX #14, with the Chinese quotation marks
// adjusted, allows a break at q, 0 < q < len(b.ln), between l and r.
func (b *breaker) opportunity(q int, l, r rune) bool {
	if isIdeograph(l) && isIdeograph(r) {
		return true
	}
	if q <= b.a || q >= b.c {
		b.chunk(q)
	}
	_, found := slices.BinarySearch(b.opp, int32(q))
	return found
}

// chunk finds the opportunities of the chunk around q.
func (b *breaker) chunk(q int) {
	ln := b.ln
	a, next := q, rune(0)
	for a > 0 {
		l, size := utf8.DecodeLastRuneInString(ln[:a])
		if a < q && isIdeograph(l) && isIdeograph(next) {
			break
		}
		next, a = l, a-size
	}
	c, prev := q, rune(0)
	for c < len(ln) {
		r, size := decodeAt(ln, c)
		if c > q && isIdeograph(prev) && isIdeograph(r) {
			break
		}
		prev, c = r, c+size
	}
	b.a, b.c, b.opp = a, c, b.opp[:0]
	if c-a > maxMemo {
		b.opp = opportunities(b.opp, ln[a:c])
	} else {
		b.opp = append(b.opp, memo(ln[a:c])...)
	}
	for i := range b.opp {
		b.opp[i] += int32(a)
	}
}

// opportunities appends to dst the positions inside chunk where UAX #14,
// with the Chinese quotation marks adjusted, allows a break.
func opportunities(dst []int32, chunk string) []int32 {
	state, pos := -1, 0
	for rest := chunk; len(rest) > 0; {
		var seg string
		seg, rest, _, state = uniseg.FirstLineSegmentInString(rest, state)
		if strings.Contains(seg, "\xe2\x80") { // “ ” ‘ ’ are U+2018 to U+201D
			dst = quoteBreaks(dst, chunk, pos, pos+len(seg))
		}
		pos += len(seg)
		if len(rest) > 0 {
			dst = append(dst, int32(pos))
		}
	}
	return dst
}

// maxMemo is the longest chunk, in bytes, whose opportunities are
// remembered.
const maxMemo = 48

// memoEntry is a chunk and its opportunities.
type memoEntry struct {
	chunk string
	opp   []int32
}

// memoTable remembers the opportunities of short chunks, which recur
// through Chinese text (a comma between two characters, 2020年): a
// direct-mapped cache, each slot replaced whole.
var (
	memoTable [1024]atomic.Pointer[memoEntry]
	memoSeed  = maphash.MakeSeed()
)

// memo returns the opportunities of chunk, from memoTable if it is there.
// The chunk is looked up with each of its Chinese characters written 一:
// they are all of the same line-breaking class, and of three bytes.
func memo(chunk string) []int32 {
	var buf [maxMemo]byte
	key := buf[:len(chunk)]
	copy(key, chunk)
	for i := 0; i < len(key); {
		r, size := decode(chunk, i)
		if isIdeograph(r) {
			copy(key[i:], "一")
		}
		i += size
	}
	slot := &memoTable[maphash.Bytes(memoSeed, key)%uint64(len(memoTable))]
	if e := slot.Load(); e != nil && e.chunk == string(key) {
		return e.opp
	}
	e := &memoEntry{chunk: string(key)}
	e.opp = opportunities(nil, e.chunk)
	slot.Store(e)
	return e.opp
}

// quoteBreaks appends to dst the positions inside ln[from:to] before an
// opening or after a closing Chinese quotation mark with Chinese text on
// its other side. UAX #14 (before Unicode 15.1) never breaks next to a
// quotation mark, since it cannot tell an opening “ from a closing one;
// Chinese text can, and breaks there as next to any bracket.
func quoteBreaks(dst []int32, ln string, from, to int) []int32 {
	prev, size := decodeAt(ln, from)
	for q := from + size; q < to; q += size {
		var r rune
		r, size = decodeAt(ln, q)
		before := (r == '“' || r == '‘') && wideScript(prev) && !opening(prev)
		after := (prev == '”' || prev == '’') && (wideScript(r) && !closing(r) || r == '“' || r == '‘')
		if before || after {
			dst = append(dst, int32(q))
		}
		prev = r
	}
	return dst
}

// wideScript reports whether r belongs to the East Asian scripts and
// their full-width punctuation (from the CJK radicals on).
func wideScript(r rune) bool { return r >= 0x2e80 }

// decodeAt decodes the rune at ln[i], or returns 0 at the end of ln.
func decodeAt(ln string, i int) (rune, int) {
	if i >= len(ln) {
		return 0, 0
	}
	return decode(ln, i)
}

// trim returns the end of ln[from:to] without its trailing spaces.
func trim(ln string, from, to int) int {
	if to > from && ln[to-1] != ' ' && !strings.HasSuffix(ln[from:to], "\u3000") {
		return to
	}
	for to > from {
		r, size := utf8.DecodeLastRuneInString(ln[from:to])
		if !isSpace(r) {
			break
		}
		to -= size
	}
	return to
}

// allowed reports whether a line from pos may end at q, between l and r,
// by kinsoku: it holds more than spaces, does not end with an opening
// bracket, and the next line does not begin with closing punctuation.
func (b *breaker) allowed(pos, q int, l, r rune) bool {
	if closing(r) {
		return false
	}
	if isSpace(l) {
		t := trim(b.ln, pos, q)
		if t == pos {
			return false
		}
		l, _ = utf8.DecodeLastRuneInString(b.ln[:t])
	}
	return !opening(l)
}

// Levels of glue that a search keeps a line from breaking inside.
const (
	allGlue    = iota // numbers, ranges and names
	strongGlue        // numbers and names: a range may break after its dash
	noGlue            // UAX #14 alone
)

// search returns the last opportunity q in (pos, e] at which a line from
// pos may end, or -1, keeping the glue of level.
func (b *breaker) search(pos, e int, level int) int {
	r, _ := decodeAt(b.ln, e)
	for q := e; q > pos; {
		l, size := utf8.DecodeLastRuneInString(b.ln[:q])
		if q < len(b.ln) && b.allowed(pos, q, l, r) && b.breakable(q, level, l, r) {
			return q
		}
		q, r = q-size, l
	}
	return -1
}

// breakable reports whether a line may break at q, between l and r,
// keeping the glue of level.
func (b *breaker) breakable(q, level int, l, r rune) bool {
	if level < noGlue {
		strong, weak, dash := b.glue.at(q, l)
		switch {
		case strong, weak && level == allGlue:
			return false
		case dash && level == strongGlue:
			return true
		}
	}
	return b.opportunity(q, l, r)
}

// hard returns where to break a line from pos that no opportunity breaks
// by e: the last boundary between grapheme clusters by e that kinsoku
// allows, else the last one, else inside the first cluster, wider than the
// line on its own.
func (b *breaker) hard(pos, e int) int {
	best, last := -1, -1
	state, p := -1, pos
	for rest := b.ln[pos:]; len(rest) > 0; {
		var g string
		g, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		if p+len(g) > e && last > 0 {
			break
		}
		if p+len(g) > e {
			// A cluster wider than the line on its own (a character and a
			// wide tone mark): break between its characters rather than
			// let the line overflow.
			return runeCut(b.ln, p, p+len(g), e)
		}
		p += len(g)
		last = p
		l, _ := utf8.DecodeLastRuneInString(g)
		r, _ := decodeAt(b.ln, p)
		if p < len(b.ln) && b.allowed(pos, p, l, r) {
			best = p
		}
	}
	if best > 0 {
		return best
	}
	return last
}

// runeCut returns the last boundary between the characters of ln[from:to]
// by e, else the end of its first character.
func runeCut(ln string, from, to, e int) int {
	_, n := utf8.DecodeRuneInString(ln[from:])
	cut := from + n
	for p := cut; p < to; {
		_, n := utf8.DecodeRuneInString(ln[p:])
		if p+n > e {
			break
		}
		p += n
		cut = p
	}
	return cut
}
