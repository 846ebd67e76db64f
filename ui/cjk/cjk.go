// Package cjk measures, wraps, truncates and pads Chinese text in terminal
// display cells.
//
// All of gazette's width arithmetic goes through one *Width, which holds a
// single go-runewidth Condition. Mixing width functions (lipgloss, ansi,
// runewidth's package-level default) is what misaligns tables: East Asian
// ambiguous characters such as “ ” ○ ★ ① and the box-drawing characters
// are one cell in a Western terminal and two in a CJK one, and every part of
// the program has to agree on which.
//
// The text measured here never contains ANSI escapes: the width of a string
// is the sum of the widths of its runes.
package cjk

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// Ambiguous is how wide East Asian ambiguous characters are drawn.
type Ambiguous int

const (
	// Narrow draws ambiguous characters one cell wide (most Western
	// terminals).
	Narrow Ambiguous = iota
	// Wide draws ambiguous characters two cells wide (CJK terminals and
	// fonts).
	Wide
)

// String returns "narrow" or "wide", the spelling ParseAmbiguous accepts.
func (a Ambiguous) String() string {
	switch a {
	case Narrow:
		return "narrow"
	case Wide:
		return "wide"
	}
	return fmt.Sprintf("Ambiguous(%d)", int(a))
}

// ParseAmbiguous parses "narrow" or "wide", in any letter case.
func ParseAmbiguous(s string) (Ambiguous, error) {
	switch {
	case strings.EqualFold(s, "narrow"):
		return Narrow, nil
	case strings.EqualFold(s, "wide"):
		return Wide, nil
	}
	return Narrow, fmt.Errorf("ambiguous width %q: want narrow or wide", s)
}

// AmbiguousFromEnv returns Wide when getenv("RUNEWIDTH_EASTASIAN") is "1",
// the variable go-runewidth itself honours, and Narrow otherwise. Pass
// os.Getenv.
func AmbiguousFromEnv(getenv func(string) string) Ambiguous {
	if getenv("RUNEWIDTH_EASTASIAN") == "1" {
		return Wide
	}
	return Narrow
}

// Width is the display-width function. It is safe for concurrent use.
type Width struct {
	cond *runewidth.Condition
	amb  Ambiguous
}

// New returns the width function for ambiguous characters drawn as a.
func New(a Ambiguous) *Width {
	return &Width{
		cond: &runewidth.Condition{EastAsianWidth: a == Wide, StrictEmojiNeutral: true},
		amb:  a,
	}
}

// Ambiguous returns the ambiguous-width setting w was made with.
func (w *Width) Ambiguous() Ambiguous { return w.amb }

// Rune returns the display width of r: 0 for control and combining
// characters, 2 for wide characters, 1 or 2 for ambiguous ones.
func (w *Width) Rune(r rune) int {
	if r < 0x20 || (r >= 0x7f && r < 0xa0) {
		return 0
	}
	if r < 0x7f {
		return 1
	}
	if isIdeograph(r) { // most of a gazette: wide whatever the setting
		return 2
	}
	return w.cond.RuneWidth(r)
}

// String returns the display width of s, the sum of its runes' widths.
func (w *Width) String(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != 0x7f {
				n++
			}
			i++
			continue
		}
		if ideograph(s, i) {
			n += 2
			i += 3
			continue
		}
		r, size := decode(s, i)
		n += w.cond.RuneWidth(r)
		i += size
	}
	return n
}

// ideograph reports whether s[i:] starts with a Chinese character of the
// basic block, U+4E00 to U+9FFF (three bytes, E4 B8 80 to E9 BF BF): two
// cells wide whatever the setting, and most of a gazette.
func ideograph(s string, i int) bool {
	if i+2 >= len(s) {
		return false
	}
	c, c1 := s[i], s[i+1]
	return (c >= 0xe5 && c <= 0xe9 || c == 0xe4 && c1 >= 0xb8) && c1&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80
}

// decode decodes the rune at s[i], like utf8.DecodeRuneInString(s[i:]) but
// with the three-byte sequences of Chinese text decoded inline.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c&0xf0 == 0xe0 && i+2 < len(s) {
		c1, c2 := s[i+1], s[i+2]
		if c1&0xc0 == 0x80 && c2&0xc0 == 0x80 {
			r := rune(c&0x0f)<<12 | rune(c1&0x3f)<<6 | rune(c2&0x3f)
			if r >= 0x800 && (r < 0xd800 || r > 0xdfff) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Truncate cuts s to at most width cells. When s has to be cut, tail (such
// as "…") is appended and counted in width; a tail wider than width is
// dropped. A double-width character is never split: the result may be one
// cell narrower than width.
func (w *Width) Truncate(s string, width int, tail string) string {
	if w.String(s) <= width {
		return s
	}
	tw := w.String(tail)
	if tw > width {
		tail, tw = "", 0
	}
	cut := w.prefix(s, width-tw)
	return s[:cut] + tail
}

// prefix returns the length in bytes of the longest prefix of s at most
// width cells wide, zero-width runes after its last character included.
func (w *Width) prefix(s string, width int) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := decode(s, i)
		n += w.Rune(r)
		if n > width {
			return i
		}
		i += size
	}
	return len(s)
}

// Pad truncates s to width cells (without a tail) and pads it on the right
// with spaces to exactly width cells.
func (w *Width) Pad(s string, width int) string {
	s, n := w.fit(s, width)
	return pad(s, 0, width-n)
}

// PadLeft truncates s to width cells (without a tail) and pads it on the
// left with spaces to exactly width cells, aligning it to the right.
func (w *Width) PadLeft(s string, width int) string {
	s, n := w.fit(s, width)
	return pad(s, width-n, 0)
}

// Center truncates s to width cells (without a tail) and pads it on both
// sides to exactly width cells; an odd cell of padding goes on the right.
func (w *Width) Center(s string, width int) string {
	s, n := w.fit(s, width)
	left := (width - n) / 2
	return pad(s, left, width-n-left)
}

// fit truncates s to width cells and returns it with its width.
func (w *Width) fit(s string, width int) (string, int) {
	n := w.String(s)
	if n > width {
		s = s[:w.prefix(s, width)]
		n = w.String(s)
	}
	return s, n
}

// pad returns s with left spaces before it and right spaces after it.
func pad(s string, left, right int) string {
	if left <= 0 && right <= 0 {
		return s
	}
	left, right = max(left, 0), max(right, 0)
	var b strings.Builder
	b.Grow(left + len(s) + right)
	for range left {
		b.WriteByte(' ')
	}
	b.WriteString(s)
	for range right {
		b.WriteByte(' ')
	}
	return b.String()
}
