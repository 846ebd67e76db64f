package cjk

import (
	"strings"
	"sync"
)

// Character classes for wrapping, as bit flags on a unit.
const (
	space   = 1 << iota // a break opportunity, trimmed at the start of a continuation line
	noStart             // closing punctuation: must not begin a line
	noEnd               // opening bracket: must not end a line
)

// class returns the wrapping flags of r.
func class(r rune) uint8 {
	switch r {
	case ' ', '\u3000':
		return space
	case '，', '。', '、', '；', '：', '？', '！', '）', '》', '」', '』', '”', '’',
		'〕', '】', '〉', '］', '｝', '…', ',', '.', ';', ':', '?', '!', ')', ']', '}':
		return noStart
	case '（', '《', '「', '『', '“', '‘', '〔', '【', '〈', '［', '｛', '(', '[', '{':
		return noEnd
	}
	return 0
}

// unit is an unbreakable piece of a line: one character with any
// zero-width characters after it, or a whole Latin word.
type unit struct {
	start int32 // byte offset in the line
	width int32
	flags uint8
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// Wrap breaks s into lines at most width cells wide.
//
// The line breaks already in s ("\n") are kept, and an empty line stays an
// empty line; Wrap("", width) is []string{""}. Each line is then broken
// greedily, never inside a character, and by the Chinese line-breaking
// rules (kinsoku): no line begins with closing punctuation such as ，。、）》”
// and no line ends with an opening bracket such as （《“ — the character
// before the break is moved down to the next line instead, unless that
// would leave a line empty. Runs of ASCII letters and digits are broken
// only when they are wider than width. Spaces at the start of a
// continuation line are dropped, as are spaces at the end of a broken line.
//
// Callers must pass width >= 2: a character wider than width (a Chinese
// character when width is 1) is put on a line of its own, which is then
// wider than width.
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
	scratch := scratchPool.Get().(*[]unit)
	defer scratchPool.Put(scratch)
	for {
		line, rest, more := strings.Cut(s, "\n")
		dst = wrapLine(w, dst, line, width, scratch, mk)
		if !more {
			return dst
		}
		s = rest
	}
}

// scratchPool holds the unit slices wrapLine works in, so that wrapping
// allocates nothing but its result.
var scratchPool = sync.Pool{New: func() any { return new([]unit) }}

// wrapLine appends the wrapped lines of ln, which holds no "\n", to dst,
// using *scratch as scratch space.
func wrapLine[T any](w *Width, dst []T, ln string, width int, scratch *[]unit, mk func(string, int) T) []T {
	if len(ln) <= width { // no character is wider than its UTF-8 encoding
		return append(dst, mk(ln, w.String(ln)))
	}
	units, total := w.units((*scratch)[:0], ln, width)
	*scratch = units
	if total <= width {
		return append(dst, mk(ln, total))
	}
	n := len(units)
	// emit appends the line of units[from:to].
	emit := func(from, to int) {
		end, lw := len(ln), 0
		if to < n {
			end = int(units[to].start)
		}
		for _, u := range units[from:to] {
			lw += int(u.width)
		}
		dst = append(dst, mk(ln[units[from].start:end], lw))
	}
	for i, first := 0, true; i < n; first = false {
		if !first {
			for i < n && units[i].flags&space != 0 {
				i++
			}
			if i == n {
				break
			}
		}
		start, used := i, 0
		for i < n && used+int(units[i].width) <= width {
			used += int(units[i].width)
			i++
		}
		switch {
		case i == n:
		case i == start:
			i++ // a character wider than width: a line of its own
		default:
			b := i
			for b > start && (units[b].flags&noStart != 0 || units[b-1].flags&noEnd != 0) {
				b--
			}
			if b > start {
				i = b
			}
			for b = i; b > start+1 && units[b-1].flags&space != 0; b-- {
			}
			emit(start, b)
			continue
		}
		emit(start, i)
	}
	return dst
}

// units splits ln into units, appending them to dst, and returns them with
// the width of ln. Words wider than width are split into one unit per
// letter.
func (w *Width) units(dst []unit, ln string, width int) ([]unit, int) {
	total := 0
	for i := 0; i < len(ln); {
		c := ln[i]
		if isWordByte(c) {
			j := i + 1
			for j < len(ln) && isWordByte(ln[j]) {
				j++
			}
			total += j - i
			if j-i <= width {
				dst = append(dst, unit{start: int32(i), width: int32(j - i)})
				i = j
				continue
			}
			for ; i < j; i++ {
				dst = append(dst, unit{start: int32(i), width: 1})
			}
			continue
		}
		r, size := decode(ln, i)
		rw := w.Rune(r)
		total += rw
		if rw == 0 && len(dst) > 0 {
			dst[len(dst)-1].flags &^= space // a space with a mark on it is kept
			i += size                       // belongs to the character before it
			continue
		}
		dst = append(dst, unit{start: int32(i), width: int32(rw), flags: class(r)})
		i += size
	}
	return dst, total
}
