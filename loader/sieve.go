package loader

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"gazette/data"
)

// The scanning search's sieve: a file is parsed only when its bytes may
// give a tree holding every character searched for, and of a file that is
// parsed only the documents whose lines may hold them are built. The sieve
// lives here because only the loader knows what its repairs write into
// the tree that is not in the file as printed:
//   - a character is in the tree as itself, or came from a Kangxi radical
//     or CJK compatibility ideograph that sanitize replaced (⽇→日);
//   - a file the loader does not read as UTF-8 is decoded as GB18030, so
//     the character's GB18030 bytes are looked for too;
//   - a numeric character reference (&#31992; or &#x79F8;) writes any
//     character, a named one (&middot;) or LaTeX math ($m^3$) writes only
//     characters that are not Han;
//   - the heading of an attachment that prints neither label nor title is
//     the loader's own word 附件 (see attachments).
//   - two Han characters next to each other in the tree are so in a line
//     of the file, or joined where a line ends or where the loader drops
//     or splits at something that is not Han (see pairHolds).
// Web pages, PDFs and files Parse refuses (empty, blank, binary) are
// always parsed.

// madeText is the text the loader writes into a tree by itself.
const madeText = "附件"

// Sieve holds the characters a search needs; it is safe for concurrent use.
type Sieve struct {
	need []needle
	// pairs are the two Han characters next to each other in a term.
	pairs [][2]rune
}

// needle is one character needed and the byte strings that may give it.
type needle struct {
	r   rune
	han bool // only a numeric character reference writes it otherwise
	// raw are its encodings in the file, each with the index of its
	// rarest byte, which is looked for first.
	raw []encoding
	// forms are the UTF-8 encodings of its radical and compatibility
	// forms.
	forms []encoding
}

type encoding struct {
	b    []byte
	rare int
}

// NewSieve returns the sieve of a search for text holding every one of
// terms, normalised as the matcher compares them (no whitespace, no
// full-width forms): its ASCII characters are not looked for (nearly
// every file holds them).
func NewSieve(terms []string) *Sieve {
	s := &Sieve{}
	for _, t := range terms {
		rs := []rune(t)
		for i, r := range rs {
			if i+1 < len(rs) && unicode.Is(unicode.Han, r) && unicode.Is(unicode.Han, rs[i+1]) {
				s.pairs = append(s.pairs, [2]rune{r, rs[i+1]})
			}
			if r < utf8.RuneSelf || r == utf8.RuneError || strings.ContainsRune(madeText, r) ||
				slices.ContainsFunc(s.need, func(n needle) bool { return n.r == r }) {
				continue
			}
			n := needle{r: r, han: unicode.Is(unicode.Han, r)}
			for _, f := range formsOf(r) {
				n.raw = append(n.raw, newEncoding([]byte(string(f))))
				if f != r {
					n.forms = append(n.forms, newEncoding([]byte(string(f))))
				}
				if gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(string(f))); err == nil {
					n.raw = append(n.raw, newEncoding(gb))
				}
			}
			s.need = append(s.need, n)
		}
	}
	return s
}

// formsOf returns r and the radicals and compatibility ideographs that
// sanitize replaces by r.
func formsOf(r rune) []rune {
	out := []rune{r}
	for o, to := range ordinary() {
		if to == r {
			out = append(out, o)
		}
	}
	return out
}

// newEncoding picks the byte of b least frequent in Chinese text: not the
// lead byte of a three-byte UTF-8 character, which nearly every Han
// character starts with.
func newEncoding(b []byte) encoding {
	weight := func(c byte) int {
		switch {
		case c >= 0xE0 && c <= 0xEF:
			return 3
		case c < utf8.RuneSelf:
			return 2
		case c < 0xC0:
			return 1
		}
		return 0
	}
	rare := len(b) - 1
	for i := range b {
		if weight(b[i]) < weight(b[rare]) {
			rare = i
		}
	}
	return encoding{b, rare}
}

// in reports whether e occurs in b.
func (e encoding) in(b []byte) bool {
	c, at := e.b[e.rare], 0
	for {
		i := bytes.IndexByte(b[at:], c)
		if i < 0 {
			return false
		}
		start := at + i - e.rare
		if start >= 0 && start+len(e.b) <= len(b) && bytes.Equal(b[start:start+len(e.b)], e.b) {
			return true
		}
		at += i + 1
	}
}

// MayHold reports whether the tree Parse makes of the file may hold every
// character of the sieve, and in a UTF-8 file every pair of Han characters
// next to each other in a term (see pairHolds); false only when it surely
// does not, and never for a file Parse refuses, so that its error is
// reported.
func (s *Sieve) MayHold(name string, b []byte) bool {
	if len(s.need) == 0 || isHTML(name, b) || isPDF(b) {
		return true
	}
	b, _, err := unwrap(b)
	if err != nil || len(b) == 0 || blank(shared(b)) {
		return true
	}
	refs, named := references(shared(b))
	for _, n := range s.need {
		if refs || named && !n.han {
			continue
		}
		found := false
		for _, e := range n.raw {
			if e.in(b) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	if refs {
		return true
	}
	text := shared(b)
	for _, p := range s.pairs {
		if !s.madePair(p) && !pairHolds([]line{{text: text}}, p[0], p[1]) {
			// The file's text is its bytes, and pairHolds' rule holds
			// of it, when they are UTF-8 without radicals of the pair.
			return !utf8.Valid(b) || s.radicals(b, p)
		}
	}
	return true
}

// madePair reports whether the pair may be in the loader's own text.
func (s *Sieve) madePair(p [2]rune) bool {
	return strings.ContainsRune(madeText, p[0]) || strings.ContainsRune(madeText, p[1])
}

// radicals reports whether b holds a radical or compatibility form of a
// character of the pair.
func (s *Sieve) radicals(b []byte, p [2]rune) bool {
	for _, n := range s.need {
		if n.r != p[0] && n.r != p[1] {
			continue
		}
		for _, e := range n.forms {
			if e.in(b) {
				return true
			}
		}
	}
	return false
}

// references tells whether text may hold a numeric character reference
// (an & before #, whitespace between them allowed: a line may break
// there), and whether it may hold a named one or LaTeX math (any & or $).
func references(text string) (numeric, named bool) {
	for i := strings.IndexByte(text, '&'); i >= 0; {
		named = true
		rest := strings.TrimLeft(text[i+1:], " \t\r\n")
		if rest == "" || rest[0] == '#' {
			return true, true
		}
		j := strings.IndexByte(text[i+1:], '&')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false, named || strings.IndexByte(text, '$') >= 0
}

// linesHold is MayHold for the decoded lines of one document, in which
// sanitize has replaced the radicals already; it also asks that every pair
// of Han characters next to each other in a term may be so in the
// document's text (see pairHolds).
func (s *Sieve) linesHold(ls []line) bool {
	refs, named := false, false
	for _, l := range ls {
		if l.block != nil {
			return true // a table read from HTML: its text is not in lines
		}
		r, n := references(l.text)
		refs, named = refs || r, named || n
	}
	if refs {
		return true
	}
	for _, n := range s.need {
		if named && !n.han {
			continue
		}
		c := string(n.r)
		found := false
		for _, l := range ls {
			if strings.Contains(l.text, c) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	for _, p := range s.pairs {
		if !s.madePair(p) && !pairHolds(ls, p[0], p[1]) {
			return false
		}
	}
	return true
}

// pairHolds reports whether the tree built of ls may hold the Han
// characters a and b next to each other (whitespace between them is
// skipped by matching): some line holds ab, or the text may join a piece
// ending in a to one starting with b. The loader joins pieces of text only
// where a line ends or where it drops or splits at something that is not a
// Han character (whitespace, a tab, a table's rule or separator, markup,
// punctuation); it never cuts between two Han characters of a line to put
// other text there. So a join of a and b needs an a at the end of a line
// or before a character that is not Han, and a b at the start of a line or
// after one. TestSieveJoins checks that on every tree the tests parse.
func pairHolds(ls []line, a, b rune) bool {
	ab := string([]rune{a, b})
	aEnd, bStart := false, false
	for _, l := range ls {
		t := l.text
		if strings.Contains(t, ab) {
			return true
		}
		aEnd = aEnd || edgeAfter(t, a)
		bStart = bStart || edgeBefore(t, b)
		if aEnd && bStart {
			return true
		}
	}
	return false
}

// edgeAfter reports whether t holds r at its end or before a character
// that is not Han.
func edgeAfter(t string, r rune) bool {
	c := string(r)
	for i := strings.Index(t, c); i >= 0; {
		j := i + len(c)
		next, _ := utf8.DecodeRuneInString(t[j:])
		if j == len(t) || !unicode.Is(unicode.Han, next) {
			return true
		}
		k := strings.Index(t[j:], c)
		if k < 0 {
			break
		}
		i = j + k
	}
	return false
}

// edgeBefore reports whether t holds r at its start or after a character
// that is not Han.
func edgeBefore(t string, r rune) bool {
	c := string(r)
	for i := strings.Index(t, c); i >= 0; {
		prev, _ := utf8.DecodeLastRuneInString(t[:i])
		if i == 0 || !unicode.Is(unicode.Han, prev) {
			return true
		}
		k := strings.Index(t[i+len(c):], c)
		if k < 0 {
			break
		}
		i += len(c) + k
	}
	return false
}

// ParseFor parses b as Parse does, for a search of text holding every
// character of s: it returns nil and no error, without parsing, when
// s.MayHold says the file cannot hold them, and of a document whose lines
// cannot hold them it keeps only the title, 文号, issuer, kind and line,
// without text. A search of the tree finds what it finds in Parse's.
func ParseFor(name string, b []byte, s *Sieve) (*data.Issue, error) {
	if !s.MayHold(name, b) {
		return nil, nil
	}
	return parse(name, b, s)
}
