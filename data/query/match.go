// Package query finds things in gazette documents: a normalised text
// matcher shared by the table filter and the library search, table filters,
// natural-order sorting and frequency counts of table columns, and the
// library search over whole issues.
//
// Matching ignores whitespace (including U+3000, NBSP and line breaks) and
// full-width/half-width differences, and folds ASCII case, so 鸡政发〔2022〕1 号
// finds 鸡政发〔2022〕1号 and 主办: 市发改委 equals 主办：市发改委.
package query

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"gazette/data"
)

// ErrEmpty is returned by Compile (and ParseFilter) for a query with no
// search terms.
var ErrEmpty = errors.New("empty query")

// ignored is what fold returns for a rune that matching skips.
const ignored rune = -1

// fold maps r to the rune it is compared as: ASCII letters to lower case,
// full-width ASCII forms (U+FF01–U+FF5E, such as （，：；Ａ１) to their ASCII
// counterparts, the 文号 brackets 〔〕 to [] (converters print both), and
// whitespace and zero-width spaces to ignored.
func fold(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		if r == ' ' || '\t' <= r && r <= '\r' {
			return ignored
		}
		return r
	case 0xFF01 <= r && r <= 0xFF5E:
		r -= 0xFEE0
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	case r == '〔' || r == '【':
		return '['
	case r == '〕' || r == '】':
		return ']'
	case r == 0x85, r == 0xA0, r == 0x1680, 0x2000 <= r && r <= 0x200B,
		r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000, r == 0xFEFF:
		return ignored
	}
	return r
}

// Normalize returns s as the matcher compares it: whitespace removed,
// full-width ASCII forms replaced by ASCII and ASCII letters lower-cased.
// It returns s itself when nothing changes.
func Normalize(s string) string {
	for i, r := range s {
		if fold(r) != r {
			var b strings.Builder
			b.Grow(len(s))
			b.WriteString(s[:i])
			for _, r := range s[i:] {
				if f := fold(r); f != ignored {
					b.WriteRune(f)
				}
			}
			return b.String()
		}
	}
	return s
}

// term is one normalised search term.
type term struct {
	text  string
	runes []rune
	// first holds the encodings of every rune that folds to runes[0].
	first []string
}

func newTerm(norm string) term {
	t := term{text: norm, runes: []rune(norm)}
	r := t.runes[0]
	t.first = []string{string(r)}
	if '!' <= r && r <= '~' {
		t.first = append(t.first, string(r+0xFEE0))
		if 'a' <= r && r <= 'z' {
			t.first = append(t.first, string(r-'a'+'A'), string(r-'a'+'A'+0xFEE0))
		}
	}
	return t
}

// index returns the byte range of the first occurrence of t in s that starts
// at or after from, or -1, -1.
func (t *term) index(s string, from int) (int, int) {
	if len(t.first) == 1 {
		f := t.first[0]
		for from < len(s) {
			i := strings.Index(s[from:], f)
			if i < 0 {
				break
			}
			start := from + i
			from = start + len(f)
			if end := t.rest(s, from); end >= 0 {
				return start, end
			}
		}
		return -1, -1
	}
	// Several encodings start a match: follow the next occurrence of each.
	var next [4]int
	for i := range t.first {
		next[i] = -2
	}
	for from < len(s) {
		best, size := -1, 0
		for i, f := range t.first {
			if next[i] != -1 && next[i] < from {
				if j := strings.Index(s[from:], f); j < 0 {
					next[i] = -1
				} else {
					next[i] = from + j
				}
			}
			if next[i] >= 0 && (best < 0 || next[i] < best) {
				best, size = next[i], len(f)
			}
		}
		if best < 0 {
			break
		}
		from = best + size
		if end := t.rest(s, from); end >= 0 {
			return best, end
		}
	}
	return -1, -1
}

// rest matches the term's runes after the first against s from byte p on,
// skipping ignored runes, and returns the end of the match or -1.
func (t *term) rest(s string, p int) int {
	for _, want := range t.runes[1:] {
		for {
			if p >= len(s) {
				return -1
			}
			r, n := rune(s[p]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[p:])
			}
			p += n
			f := fold(r)
			if f == want {
				break
			}
			if f != ignored {
				return -1
			}
		}
	}
	return p
}

// Matcher is a compiled query: one or more terms that must all occur, the
// result optionally negated. A Matcher is safe for concurrent use.
type Matcher struct {
	terms   []term
	negated bool
}

// Compile parses a query. Words separated by whitespace are separate terms
// that must all occur; text in double quotes ("…" or “…”) is one term, its
// inner spaces ignored like everywhere else. A leading ! (or ！) negates the
// query. It returns ErrEmpty when the query has no terms and an error for an
// unbalanced quote.
func Compile(q string) (*Matcher, error) {
	s := strings.TrimSpace(q)
	m := &Matcher{}
	if rest, ok := cutNegation(s); ok {
		m.negated = true
		s = rest
	}
	words, err := splitQuery(s)
	if err != nil {
		return nil, err
	}
	for _, w := range words {
		n := Normalize(w)
		if n == "" || slices.ContainsFunc(m.terms, func(t term) bool { return t.text == n }) {
			continue
		}
		m.terms = append(m.terms, newTerm(n))
	}
	if len(m.terms) == 0 {
		return nil, ErrEmpty
	}
	return m, nil
}

// cutNegation strips a leading ! or ！ from s.
func cutNegation(s string) (string, bool) {
	for _, p := range []string{"!", "！"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// isOpenQuote and isCloseQuote tell the quote characters of a phrase.
func isOpenQuote(r rune) bool  { return r == '"' || r == '“' || r == '＂' }
func isCloseQuote(r rune) bool { return r == '"' || r == '”' || r == '＂' }

// splitQuery splits a query into words and quoted phrases.
func splitQuery(s string) ([]string, error) {
	var out []string
	start, quoted := -1, false
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, s[start:end])
		}
		start = -1
	}
	for i, r := range s {
		switch {
		case quoted:
			if isCloseQuote(r) {
				flush(i)
				quoted = false
			} else if start < 0 {
				start = i
			}
		case isOpenQuote(r):
			flush(i)
			quoted = true
		case unicode.IsSpace(r):
			flush(i)
		case start < 0:
			start = i
		}
	}
	if quoted {
		return nil, fmt.Errorf("unbalanced quote in %q", s)
	}
	flush(len(s))
	return out, nil
}

// Terms returns the query's terms, normalised as they are compared.
func (m *Matcher) Terms() []string {
	out := make([]string, len(m.terms))
	for i, t := range m.terms {
		out[i] = t.text
	}
	return out
}

// Negated reports whether the query started with !.
func (m *Matcher) Negated() bool { return m.negated }

// contains reports whether every term occurs in text, ignoring negation.
func (m *Matcher) contains(text string) bool {
	for i := range m.terms {
		if s, _ := m.terms[i].index(text, 0); s < 0 {
			return false
		}
	}
	return true
}

// Match reports whether every term occurs in text, inverted when the query
// is negated. It does not allocate.
func (m *Matcher) Match(text string) bool {
	return m.contains(text) != m.negated
}

// containsCells reports whether every term occurs in at least one of the
// cells (each term may be in a different cell), ignoring negation.
func (m *Matcher) containsCells(cells []data.Cell) bool {
	for i := range m.terms {
		t := &m.terms[i]
		found := false
		for _, c := range cells {
			if s, _ := t.index(c.Text, 0); s >= 0 {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// any reports whether at least one term occurs in text.
func (m *Matcher) any(text string) bool {
	for i := range m.terms {
		if s, _ := m.terms[i].index(text, 0); s >= 0 {
			return true
		}
	}
	return false
}

// Find returns the byte ranges in text of every occurrence of every term,
// sorted, with overlapping or touching ranges merged, for highlighting. A range may
// span whitespace that matching skipped. Negation is ignored: a negated
// query still reports where its terms occur.
func (m *Matcher) Find(text string) [][2]int {
	var out [][2]int
	for i := range m.terms {
		t := &m.terms[i]
		for from := 0; ; {
			s, e := t.index(text, from)
			if s < 0 {
				break
			}
			out = append(out, [2]int{s, e})
			_, n := utf8.DecodeRuneInString(text[s:])
			from = s + n
		}
	}
	return mergeRanges(out)
}

// mergeRanges sorts ranges and merges overlapping and touching ones.
func mergeRanges(rs [][2]int) [][2]int {
	if len(rs) < 2 {
		return rs
	}
	slices.SortFunc(rs, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	out := rs[:1]
	for _, r := range rs[1:] {
		last := &out[len(out)-1]
		if r[0] <= last[1] {
			last[1] = max(last[1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}
