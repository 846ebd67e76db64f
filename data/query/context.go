package query

import (
	"strings"
	"unicode/utf8"
)

// Context window sizes, in characters (runes): package query measures no
// display widths; the interface lays contexts out with its own width
// function.
const (
	contextBefore = 15 // before the first match
	contextTotal  = 50 // the whole context
	keyPart       = 12 // a table cell this short is shown whole
)

// snippet joins the non-empty parts, whitespace collapsed, with sep and
// cuts the result around the first match of m.
func snippet(m *Matcher, parts []string, sep string) (string, [][2]int) {
	var b strings.Builder
	var rs [][2]int
	for _, p := range parts {
		p = collapse(clip(m, p))
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		off := b.Len()
		for _, r := range m.Find(p) {
			rs = append(rs, [2]int{r[0] + off, r[1] + off})
		}
		b.WriteString(p)
	}
	return window(b.String(), rs, contextTotal, contextBefore)
}

// recordSnippet is snippet for a table record: each cell is cut on its
// own, around its first match, so that the short key cells (序号, 完成时限)
// stay whole next to a long task text.
func recordSnippet(m *Matcher, parts []string, sep string) (string, [][2]int) {
	type cell struct {
		text string
		rs   [][2]int
	}
	var cells []cell
	fixed, long := 0, 0
	for _, p := range parts {
		p = collapse(clip(m, p))
		if p == "" {
			continue
		}
		cells = append(cells, cell{p, m.Find(p)})
		if n := utf8.RuneCountInString(p); n <= keyPart {
			fixed += n
		} else {
			long++
		}
	}
	per := 0
	if long > 0 {
		per = max((contextTotal-fixed)/long, keyPart)
	}
	var b strings.Builder
	var rs [][2]int
	for i, c := range cells {
		text, crs := c.text, c.rs
		if !fits(text, keyPart) {
			text, crs = window(text, crs, per, per/3)
		}
		if i > 0 {
			b.WriteString(sep)
		}
		off := b.Len()
		for _, r := range crs {
			rs = append(rs, [2]int{r[0] + off, r[1] + off})
		}
		b.WriteString(text)
	}
	return b.String(), rs
}

// clipBytes bounds the text around the first match that snippet looks at.
const clipBytes = 300

// clip cuts a long text s to about clipBytes around the first match of m,
// marking the cuts with ….
func clip(m *Matcher, s string) string {
	if len(s) <= clipBytes {
		return s
	}
	first := len(s)
	for i := range m.terms {
		if j, _ := m.terms[i].index(s, 0); j >= 0 {
			first = min(first, j)
		}
	}
	if first == len(s) {
		first = 0
	}
	start, end := max(first-clipBytes/2, 0), min(first+clipBytes, len(s))
	for start > 0 && !utf8.RuneStart(s[start]) {
		start++
	}
	for end < len(s) && !utf8.RuneStart(s[end]) {
		end--
	}
	out := s[start:end]
	if start > 0 {
		out = ellipsis + out
	}
	if end < len(s) {
		out += ellipsis
	}
	return out
}

// ellipsis marks where a context is cut.
const ellipsis = "…"

// collapse replaces every run of whitespace in s by one space and trims s.
// It returns s itself when nothing changes.
func collapse(s string) string {
	var b strings.Builder
	done := 0 // s[:done] is in b
	for i := 0; i < len(s); {
		n := spaceAt(s, i)
		if n == 0 {
			i++
			continue
		}
		j := i + n
		for j < len(s) {
			n = spaceAt(s, j)
			if n == 0 {
				break
			}
			j += n
		}
		if j == i+1 && s[i] == ' ' && i > 0 && j < len(s) {
			i = j
			continue
		}
		b.Grow(len(s))
		b.WriteString(s[done:i])
		if i > 0 && j < len(s) {
			b.WriteByte(' ')
		}
		done, i = j, j
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// spaceAt returns the length of the rune at s[i] when matching ignores it
// (see fold), else 0.
func spaceAt(s string, i int) int {
	switch c := s[i]; {
	case c < utf8.RuneSelf:
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
	case c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 || c == 0xEF:
		// The lead bytes of the non-ASCII runes fold ignores.
		if r, n := utf8.DecodeRuneInString(s[i:]); fold(r) == ignored {
			return n
		}
	}
	return 0
}

// window cuts s to about total characters, starting up to before
// characters ahead of the first range, marking cuts with …, and moves the
// ranges with the text (ranges cut off are dropped).
func window(s string, rs [][2]int, total, before int) (string, [][2]int) {
	if fits(s, total) {
		return s, rs
	}
	anchor := 0
	if len(rs) > 0 {
		anchor = rs[0][0]
	}
	start, w := anchor, 0
	for start > 0 && w < before {
		_, n := utf8.DecodeLastRuneInString(s[:start])
		w++
		start -= n
	}
	end := start
	w = 0
	for end < len(s) && (w < total || end <= anchor) {
		_, n := utf8.DecodeRuneInString(s[end:])
		w++
		end += n
	}
	for start > 0 && w < total {
		_, n := utf8.DecodeLastRuneInString(s[:start])
		w++
		start -= n
	}
	prefix, suffix := "", ""
	if start > 0 {
		prefix = ellipsis
	}
	if end < len(s) {
		suffix = ellipsis
	}
	var out [][2]int
	for _, r := range rs {
		a, b := max(r[0], start), min(r[1], end)
		if a < b {
			out = append(out, [2]int{a - start + len(prefix), b - start + len(prefix)})
		}
	}
	return prefix + s[start:end] + suffix, out
}

// fits reports whether s has at most n characters.
func fits(s string, n int) bool {
	return len(s) <= n || utf8.RuneCountInString(s) <= n
}
