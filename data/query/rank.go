package query

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

// Score is how well one hit holds the query, compared within its kind.
// Measure computes it from the hit's text; SortHits orders by it.
type Score struct {
	// Whole is set when the hit holds the query as typed: its words next
	// to each other, in any order (always, for a one-word query).
	Whole bool
	// Spread is how close the words are: the characters (whitespace not
	// counted) from the start of the first word to the end of the last, in
	// the tightest stretch of the text holding every word.
	Spread int
	// Cover is how much of the hit the query is: the thousandths of its
	// characters (whitespace not counted) inside matches. A title that is
	// the query beats one that mentions it.
	Cover int
}

// Measure scores text, which holds every term of m, as a hit of m.
func Measure(m *Matcher, text string) Score {
	n := chars(text)
	if n == 0 || len(m.terms) == 0 {
		return Score{}
	}
	matched := 0
	for _, r := range m.Find(text) {
		matched += chars(text[r[0]:r[1]])
	}
	spread, words := tightest(m, text)
	return Score{Whole: spread >= 0 && spread == words, Spread: max(spread, 0), Cover: min(1000, matched*1000/n)}
}

// tightest returns the characters of the shortest stretch of text that
// holds an occurrence of every term of m, and the characters of those
// occurrences; -1 when a term does not occur.
func tightest(m *Matcher, text string) (spread, words int) {
	type occ struct{ term, start, end int }
	var occs []occ
	for i := range m.terms {
		found := false
		for from := 0; from < len(text); {
			s, e := m.terms[i].index(text, from)
			if s < 0 {
				break
			}
			occs = append(occs, occ{i, s, e})
			found = true
			_, size := utf8.DecodeRuneInString(text[s:])
			from = s + size
		}
		if !found {
			return -1, 0
		}
	}
	slices.SortFunc(occs, func(a, b occ) int { return cmp.Or(a.start-b.start, a.end-b.end) })
	// A sliding window over the occurrences in text order, holding the
	// last occurrence of each term.
	last := make([]int, len(m.terms))
	for i := range last {
		last[i] = -1
	}
	best, bestWords := -1, 0
	for k, o := range occs {
		last[o.term] = k
		first, end, ok := len(text), 0, true
		for _, j := range last {
			if j < 0 {
				ok = false
				break
			}
			first, end = min(first, occs[j].start), max(end, occs[j].end)
		}
		if !ok {
			continue
		}
		if s := chars(text[first:end]); best < 0 || s < best {
			best, bestWords = s, 0
			for _, j := range last {
				bestWords += chars(text[occs[j].start:occs[j].end])
			}
		}
	}
	return best, bestWords
}

// chars counts the characters of s that matching does not skip.
func chars(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if w := spaceAt(s, i); w > 0 {
			i += w
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}

// Class is the rank of a kind of hit: 文号 and titles first, then
// headings, table captions and group labels, then text, then table
// records.
func Class(k Kind) int {
	switch k {
	case KindTitle:
		return 0
	case KindHeading, KindCaption, KindGroup:
		return 1
	case KindParagraph:
		return 2
	}
	return 3
}

// CompareHits orders two hits by rank: by Class of their kind; within a
// class the hit holding the query whole first, then the one whose words
// are closer, then the one the query covers more of; at equal rank the
// newer issue first (by Hit.Date), then by issue, document and line. It
// is the one ranking of gazette: the scanning search, the interface's
// library search and any index must order hits with it.
func CompareHits(a, b Hit) int {
	return cmp.Or(
		cmp.Compare(Class(a.Kind), Class(b.Kind)),
		-compareBool(a.Score.Whole, b.Score.Whole),
		cmp.Compare(a.Score.Spread, b.Score.Spread),
		-cmp.Compare(a.Score.Cover, b.Score.Cover),
		-cmp.Compare(a.Date, b.Date),
		cmp.Compare(a.Issue, b.Issue),
		cmp.Compare(a.Document, b.Document),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Table, b.Table),
		cmp.Compare(a.Record, b.Record),
	)
}

func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// SortHits sorts hits by rank (CompareHits), keeping the order of hits
// that rank alike.
func SortHits(h []Hit) {
	slices.SortStableFunc(h, CompareHits)
}
