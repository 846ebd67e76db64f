package loader

import (
	"slices"
	"strings"
	"unicode/utf8"

	"gazette/data"
)

// titleKey normalises a title for matching a contents entry with a
// document: whitespace removed, full/half-width punctuation and quotes
// folded, dashes unified, and any issuer prefix before 关于 dropped.
func titleKey(s string) string {
	k := foldKey(s)
	if i := strings.Index(k, "关于"); i > 0 {
		k = k[i:]
	}
	return k
}

// foldKey is titleKey with the issuer prefix kept. A title is mostly
// Han characters (lead bytes E4 to E9) and ASCII, which it keeps as they
// are; the characters it folds or drops are ASCII or lead with E2, E3 or
// EF, and are decoded. The runs of bytes kept are copied whole, and a
// title that needs no change, as many do, is returned as it is.
func foldKey(s string) string {
	var b strings.Builder
	start := 0 // where the run of bytes kept as they are starts
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && c != ' ' && c != '\t' && c != '\n' && c != '~' {
			i++
			continue
		}
		if c >= 0xE4 && c <= 0xE9 && i+2 < len(s) && cont2(s[i+1], s[i+2]) {
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		f := folded(r)
		if f == r && (r != utf8.RuneError || n > 1) { // kept, bytes and all
			i += n
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[start:i])
		if f >= 0 {
			b.WriteRune(f) // an invalid byte as U+FFFD
		}
		i += n
		start = i
	}
	if b.Cap() == 0 {
		return s
	}
	b.WriteString(s[start:])
	return b.String()
}

// folded is what foldKey makes of rune r: one ASCII character for
// several that print alike, -1 for a space it drops, else r.
func folded(r rune) rune {
	switch r {
	case ' ', '\t', '\n':
		return -1
	case '（':
		return '('
	case '）':
		return ')'
	case '“', '”', '＂', '„':
		return '"'
	case '‘', '’':
		return '\''
	case '，':
		return ','
	case '：':
		return ':'
	case '；':
		return ';'
	case '—', '－', '–', '~', '～', '―':
		return '-'
	case '〔', '［':
		return '['
	case '〕', '］':
		return ']'
	}
	return r
}

// editDistance is the Levenshtein distance between a and b in runes,
// giving up (returning max+1) once it exceeds max. Only the band of cells
// within max of the diagonal is computed.
func editDistance(a, b []rune, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	const inf = 1 << 30
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max0(i-max), min(len(b), i+max)
		cur[0] = i
		if lo > 1 {
			cur[lo-1] = inf
		}
		best := inf
		if lo == 0 {
			best = i
			lo = 1
		}
		for j := lo; j <= hi; j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			if v := prev[j] + 1; v < c {
				c = v
			}
			if v := cur[j-1] + 1; v < c {
				c = v
			}
			cur[j] = c
			if c < best {
				best = c
			}
		}
		if hi < len(b) {
			cur[hi+1] = inf
		}
		if best > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], max+1)
}

func max0(n int) int { return max(n, 0) }

// titleIndex holds the documents' title keys for matching contents
// entries: exact keys hashed, and every rune bigram's documents for the
// fuzzy search, so that matching stays near-linear in the issue's size.
type titleIndex struct {
	titles  []string   // the key of each document
	keys    [][]rune   // the keys' runes, built on first use
	grams   [][]uint64 // sorted bigrams of each key, built with keys
	exact   map[string][]int
	byGram  map[uint64][]int // built on first use
	used    []bool
	visited []int // per document: the entry that last examined it, +1
}

func bigram(a, b rune) uint64 { return uint64(a)<<32 | uint64(b) }

func newTitleIndex(docs []*data.Document) *titleIndex {
	x := &titleIndex{exact: map[string][]int{},
		used: make([]bool, len(docs)), visited: make([]int, len(docs))}
	for i, d := range docs {
		k := titleKey(d.Title)
		x.exact[k] = append(x.exact[k], i)
		if dk, ok := decreeKey(d.Number); ok && dk != k {
			x.exact[dk] = append(x.exact[dk], i) // an entry may name the 令
		}
		x.titles = append(x.titles, k)
	}
	return x
}

// key returns document di's key as runes, and its bigrams, building
// them on first use: only a fuzzy match reads them, of the documents it
// tries, and most issues' entries all match exactly.
func (x *titleIndex) key(di int) ([]rune, []uint64) {
	if x.keys == nil {
		x.keys, x.grams = make([][]rune, len(x.titles)), make([][]uint64, len(x.titles))
	}
	if x.grams[di] == nil {
		x.keys[di] = []rune(x.titles[di])
		x.grams[di] = bigrams(x.keys[di]) // never nil
	}
	return x.keys[di], x.grams[di]
}

// gramPostings returns the documents whose key holds bigram v, indexing
// every key the first time it is asked (most issues never need it).
func (x *titleIndex) gramPostings(v uint64) []int {
	if x.byGram == nil {
		x.byGram = map[uint64][]int{}
		for i := range x.titles {
			_, g := x.key(i)
			for j, v := range g {
				if j == 0 || v != g[j-1] {
					x.byGram[v] = append(x.byGram[v], i)
				}
			}
		}
	}
	return x.byGram[v]
}

// bigrams returns the sorted rune bigrams of r.
func bigrams(r []rune) []uint64 {
	g := make([]uint64, 0, len(r))
	for i := 1; i < len(r); i++ {
		g = append(g, bigram(r[i-1], r[i]))
	}
	slices.Sort(g)
	return g
}

// shared counts the bigrams two sorted lists have in common.
func sharedGrams(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n, i, j = n+1, i+1, j+1
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// exactMatch is the first unused document at or after next whose key is
// k, else the first unused one anywhere; -1 if none.
func (x *titleIndex) exactMatch(k string, next int) int {
	first := -1
	for _, di := range x.exact[k] {
		if x.used[di] {
			continue
		}
		if di >= next {
			return di
		}
		if first < 0 {
			first = di
		}
	}
	return first
}

// fuzzyWindow is how many documents after the last match an entry's
// document is looked for first (an issue's contents list its documents
// in order, skipping a few).
const fuzzyWindow = 32

// fuzzyMatch finds the unused document closest to key within limit
// edits: first in a window of documents after next, then among the
// documents that share a rare bigram with one of limit+1 pieces of the
// key (one piece survives limit edits whole). A cheap length and bigram
// count test comes before the edit distance.
func (x *titleIndex) fuzzyMatch(key []rune, limit, next, entry int) int {
	g := bigrams(key)
	best, bestD := -1, limit+1
	try := func(di int) {
		if x.used[di] || x.visited[di] == entry+1 {
			return
		}
		x.visited[di] = entry + 1
		dk, dg := x.key(di)
		if d := len(dk) - len(key); d > limit || -d > limit {
			return
		}
		// Each edit removes at most two bigrams.
		if sharedGrams(g, dg) < max(len(g), len(dg))-2*limit {
			return
		}
		if d := editDistance(key, dk, limit); d < bestD || d == bestD && di < best {
			best, bestD = di, d
		}
	}
	for di := max0(next - 2); di < len(x.titles) && di < next+fuzzyWindow; di++ {
		try(di)
	}
	if best >= 0 || len(key) < 2 {
		return best
	}
	piece := max(len(key)/(limit+1), 2)
	for from := 0; from+1 < len(key); from += piece {
		to := min(from+piece, len(key))
		var rare []int
		for i := from + 1; i < to; i++ {
			if p := x.gramPostings(bigram(key[i-1], key[i])); rare == nil || len(p) < len(rare) {
				rare = p
			}
		}
		for _, di := range rare {
			try(di)
		}
	}
	return best
}

// matchContents points every contents entry at its document: the next
// document (in order) whose normalised title equals the entry's, else
// the closest within a few edits. Entries that match nothing keep -1 and
// are reported.
func matchContents(is *data.Issue, warn warnFunc) {
	x := newTitleIndex(is.Documents)
	next := 0
	for ei := range is.Contents {
		e := &is.Contents[ei]
		k := titleKey(e.Title)
		if dk, ok := decreeKey(e.Title); ok {
			k = dk
		}
		found := x.exactMatch(k, next)
		if found < 0 && len(k) <= 600 {
			r := []rune(k)
			found = x.fuzzyMatch(r, min(len(r)/6+1, 6), next, ei)
		}
		if found < 0 {
			warn(e.Line, "contents entry matches no document: "+e.Title)
			continue
		}
		x.used[found] = true
		e.Document = found
		next = found + 1
	}
}
