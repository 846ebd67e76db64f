package loader

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// holdsHan is strings.Contains(s, c) for c a Han character of three
// bytes, in a quarter of the time on Chinese text: strings.Contains
// looks for c's first byte, which starts every sixth Han character or so
// (E4 to E9), and compares there; holdsHan looks for its last byte, one
// of 64, with IndexByte's vector search.
func holdsHan(s, c string) bool {
	last := c[len(c)-1]
	for i := len(c) - 1; i < len(s); i++ {
		j := strings.IndexByte(s[i:], last)
		if j < 0 {
			return false
		}
		// The byte before the last tells most places apart without a
		// call to compare them.
		if i += j; s[i-1] == c[len(c)-2] && s[i+1-len(c):i+1] == c {
			return true
		}
	}
	return false
}

// wrapLen is runeLen(joinCJK(text)) of the line, the characters of a
// line as a wrap width counts them: the count of its runes n (l.runes(),
// recorded on decoding for most lines; the caller counts display cells
// from it too, and it is read once), less the spaces of each
// run of them joinCJK removes, and less all but one of a run it keeps
// (the text is decoded, valid UTF-8). A line decoding found no space in
// is known to hold none without being searched.
func (l *line) wrapLen(n int) int {
	s := l.text
	if l.spaceless() {
		return n
	}
	for i := strings.IndexByte(s, ' '); i >= 0; {
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		n -= j - i
		if i > 0 && j < len(s) {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[j:])
			if !isCJK(prev) && !isCJK(next) {
				n++
			}
		}
		k := strings.IndexByte(s[j:], ' ')
		if k < 0 {
			break
		}
		i = j + k
	}
	return n
}

// runeLen is the number of runes in s, taken sixteen bytes at a time.
// s is valid UTF-8, as all text is once decoded: a rune is a byte that
// does not continue one (10xxxxxx). On other bytes it still returns, with
// a count of its own.
func runeLen(s string) int {
	n := len(s)
	// Sixteen bytes a step: the continuation bytes of the second eight
	// are marked a bit lower than those of the first, and all counted
	// at once.
	for ; len(s) >= 16; s = s[16:] {
		b := s[:16]
		v := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		w := uint64(b[8]) | uint64(b[9])<<8 | uint64(b[10])<<16 | uint64(b[11])<<24 |
			uint64(b[12])<<32 | uint64(b[13])<<40 | uint64(b[14])<<48 | uint64(b[15])<<56
		n -= bits.OnesCount64(v&^(v<<1)&0x8080808080808080 | (w&^(w<<1)&0x8080808080808080)>>1)
	}
	for ; len(s) >= 8; s = s[8:] {
		b := s[:8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		n -= bits.OnesCount64(w &^ (w << 1) & 0x8080808080808080)
	}
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// holdsAny is strings.ContainsAny(s, chars) for a few chars not all
// ASCII, where the library decodes every character of s and looks it up
// in chars with a call each: it searches s once for each of chars, with
// IndexByte's vector search (see holdsHan).
func holdsAny(s, chars string) bool {
	for i := 0; i < len(chars); {
		n := runeBytes(chars[i])
		if c := chars[i : i+n]; n == 1 && strings.IndexByte(s, c[0]) >= 0 || n > 1 && holdsHan(s, c) {
			return true
		}
		i += n
	}
	return false
}

// hanSet is a set of Han characters of the main block, U+4E00 to U+9FFF,
// a bit each: a test of a character following every number of a line is
// a load and a shift, where strings.ContainsRune makes a string of it and
// searches the set's text.
type hanSet [(0x9FFF - 0x4E00 + 64) / 64]uint64

// newHanSet is the set of chars, all of the main block.
func newHanSet(chars string) *hanSet {
	var s hanSet
	for _, r := range chars {
		i := uint32(r - 0x4E00)
		if i > 0x9FFF-0x4E00 {
			panic("hanSet: " + string(r) + " is not of the main block of Han characters")
		}
		s[i/64] |= 1 << (i % 64)
	}
	return &s
}

// has reports whether r is in the set.
func (s *hanSet) has(r rune) bool {
	i := uint32(r - 0x4E00)
	return i <= 0x9FFF-0x4E00 && s[i/64]&(1<<(i%64)) != 0
}
