package cjk

import (
	"strings"
	"sync"
)

// Wrap breaks s into lines at most width cells wide. It is gazette's one
// line-breaking function: the reader, the table grid and the command line
// all wrap through it.
//
// The line breaks already in s ("\n") are kept, and an empty line stays an
// empty line; Wrap("", width) is []string{""}. A line that fits is kept as
// it is. A longer one is broken greedily at the line-break opportunities of
// Unicode's line-breaking algorithm (UAX #14, as rivo/uniseg finds them),
// adjusted for Chinese text:
//
//   - kinsoku: no line begins with closing punctuation such as 。，、）》”…
//     and no line ends with an opening bracket such as （《“;
//   - a number is never broken with its decimal point, range or unit
//     (6.5%, 346.3-385.8mm, 2022年6月, 〔2022〕1号), nor a name in a list
//     of names set apart by spaces (白军龙 张涛 王高毅);
//   - a Chinese quotation mark may break from the Chinese text outside it.
//
// A piece that no opportunity breaks and that is wider than width is broken
// between characters (never inside one, kinsoku permitting), so that no
// text is lost and no line is wider than width. The spaces at a break are
// dropped; a broken line keeps the indent it starts with.
//
// Every character must fit in width: a character wider than width (a
// Chinese character when width is 1) is put on a line of its own, which is
// then wider than width.
//
// The lines are substrings of s: wrapping allocates only the result slice.
func (w *Width) Wrap(s string, width int) []string {
	// Chinese text has two cells per three bytes, so this overestimates
	// its lines by half rather than measuring s twice.
	n := strings.Count(s, "\n") + 1
	if width > 0 {
		n += len(s) / width
	}
	return w.AppendWrap(make([]string, 0, n), s, width)
}

// AppendWrap appends the lines of Wrap(s, width) to dst and returns the
// extended slice, so that many cells can share one backing array.
func (w *Width) AppendWrap(dst []string, s string, width int) []string {
	return appendWrap(w, dst, s, width, func(text string, _ int) string { return text })
}

// Line is a line of wrapped text and its display width.
type Line struct {
	Text  string
	Width int
}

// AppendLines is AppendWrap for callers that need the width of every
// line: it appends the lines of Wrap(s, width) with their widths to dst,
// which saves measuring them again.
func (w *Width) AppendLines(dst []Line, s string, width int) []Line {
	return appendWrap(w, dst, s, width, func(text string, n int) Line { return Line{text, n} })
}

// appendWrap appends the lines of Wrap(s, width) to dst, each made by mk
// from its text and width.
func appendWrap[T any](w *Width, dst []T, s string, width int, mk func(string, int) T) []T {
	width = max(width, 1)
	var b *breaker
	for {
		line, rest, more := strings.Cut(s, "\n")
		if len(line) <= width { // no character is wider than its UTF-8 encoding
			dst = append(dst, mk(line, w.String(line)))
		} else {
			if b == nil {
				b = breakers.Get().(*breaker)
			}
			dst = breakLine(w, dst, b, line, width, mk)
		}
		if !more {
			break
		}
		s = rest
	}
	if b != nil {
		breakers.Put(b)
	}
	return dst
}

// breakers holds the breakers that wrapping works with, so that wrapping
// allocates nothing but its result.
var breakers = sync.Pool{New: func() any { return new(breaker) }}

// breakLine appends the lines of ln, which holds no "\n", to dst. Each
// line ends at the last opportunity that fits, outside numbers and names;
// failing that at the last that fits; failing that between characters.
func breakLine[T any](w *Width, dst []T, b *breaker, ln string, width int, mk func(string, int) T) []T {
	e, lw := w.fill(ln, 0, width)
	if e == len(ln) {
		return append(dst, mk(ln, lw))
	}
	b.reset(ln)
	for pos := 0; ; {
		f := e
		for f < len(ln) {
			r, size := decode(ln, f)
			if !isSpace(r) {
				break
			}
			f += size
		}
		if f == len(ln) { // only spaces left
			t := trim(ln, pos, e)
			return append(dst, mk(ln[pos:t], lw-w.String(ln[t:e])))
		}
		q := -1
		for level := allGlue; q < 0 && level <= noGlue; level++ {
			q = b.search(pos, f, level)
		}
		if q < 0 {
			q = b.hard(pos, e)
		}
		t := trim(ln, pos, q)
		if t <= e {
			lw -= w.String(ln[t:e])
		} else { // a character wider than the line
			lw = w.String(ln[pos:t])
		}
		dst = append(dst, mk(ln[pos:t], lw))
		for pos = q; pos < len(ln); {
			r, size := decode(ln, pos)
			if !isSpace(r) {
				break
			}
			pos += size
		}
		if pos == len(ln) {
			return dst
		}
		if e, lw = w.fill(ln, pos, width); e == len(ln) {
			return append(dst, mk(ln[pos:], lw))
		}
	}
}

// fill returns the end of the longest piece of ln from pos at most width
// cells wide, the zero-width characters after it included, and its width.
func (w *Width) fill(ln string, pos, width int) (int, int) {
	n := 0
	for i := pos; i < len(ln); {
		r, size, rw := rune(0), 3, 2
		if !ideograph(ln, i) {
			r, size = decode(ln, i)
			rw = w.Rune(r)
		}
		if n+rw > width {
			return i, n
		}
		n += rw
		i += size
	}
	return len(ln), n
}
