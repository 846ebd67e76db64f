package catalog

import (
	"strings"
	"unicode/utf8"

	"gazette/data/query"
)

// The search index stores text as overlapping character bigrams, the
// approach of Lucene's CJK analyzer: 构建现代 is indexed as 构建 建现 现代, and
// a query term of two or more characters is looked up as its bigrams (see
// ftsQuery). Every character is split so, not only Chinese ones, because the
// matcher of package query ignores whitespace (鸡政发〔2022〕1 号 finds
// 鸡政发〔2022〕1号, "lo wo" finds "hello world"): a term may start or end
// inside a word, so words are not a unit the index could look up.
//
// Text is first normalised as the matcher compares it (query.Normalize), so
// a term that occurs in a text occurs in its normalised form as a substring,
// and its bigrams occur among the text's bigrams: the query finds every
// block the matcher would match (and sometimes more, which the matcher then
// drops). FTS5's ascii tokenizer splits the bigrams on the spaces put
// between them; whatever else it does to a bigram (dropping ASCII
// punctuation, which it counts as a separator) it does alike to the text
// and to the query, so the lookup still finds the block.

// bigrams appends to b the bigrams of the normalised text, separated by
// spaces, leaving out those in seen and adding the others to it (when seen
// is not nil): the index keeps no positions or counts, so a bigram written
// twice for one block only costs the writer time. A text of one character
// is indexed as that character, which no lookup uses (one-character
// queries scan) but keeps the row non-empty.
func bigrams(b *strings.Builder, seen map[string]bool, text string) {
	n := query.Normalize(text)
	if n == "" {
		return
	}
	write := func(g string) {
		if seen != nil {
			if seen[g] {
				return
			}
			seen[g] = true
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(g)
	}
	_, first := utf8.DecodeRuneInString(n)
	if first == len(n) {
		write(n)
		return
	}
	for i := 0; ; {
		_, a := utf8.DecodeRuneInString(n[i:])
		if i+a >= len(n) {
			return
		}
		_, c := utf8.DecodeRuneInString(n[i+a:])
		write(n[i : i+a+c])
		i += a
	}
}

// ftsQuery returns the FTS5 query that finds the blocks holding every
// bigram of every term of m of two or more characters, and false when no
// term is that long: such a query cannot use the index. The index keeps no
// positions (detail=none: a third of the size and of the time to build),
// so a term is not looked up as the phrase of its bigrams but as all of
// them anywhere in the block; that finds every block the phrase would, and
// the matcher drops the few whose bigrams are not in a row.
func ftsQuery(m *query.Matcher) (string, bool) {
	var parts []string
	seen := map[string]bool{}
	for _, t := range m.Terms() {
		if utf8.RuneCountInString(t) < 2 || !strings.ContainsFunc(t, tokenRune) {
			continue
		}
		var b strings.Builder
		bigrams(&b, nil, t)
		for _, g := range strings.Split(b.String(), " ") {
			if seen[g] || !strings.ContainsFunc(g, tokenRune) {
				continue
			}
			seen[g] = true
			parts = append(parts, `"`+strings.ReplaceAll(g, `"`, `""`)+`"`)
		}
	}
	return strings.Join(parts, " AND "), len(parts) > 0
}

// Indexable reports whether the index can answer m: some term has two or
// more characters. Otherwise search by scanning.
func Indexable(m *query.Matcher) bool {
	_, ok := ftsQuery(m)
	return ok
}

// tokenRune reports whether the ascii tokenizer keeps r in a token: a term
// of nothing else (such as "()") is an empty phrase, which the index cannot
// look up.
func tokenRune(r rune) bool {
	return r >= utf8.RuneSelf || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
}
