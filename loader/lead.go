package loader

import (
	"fmt"
	"strings"

	"gazette/data"
)

// The text before the first document found (by its 文号, a 令 head, the
// contents page or a 主送 line) is the masthead, the contents page and
// the page furniture, which the loader reads as such; but a document
// without any of these marks can come first (a regulation, a notice with
// no 文号 that no contents page lists). Text must never vanish: when the
// lines before the first document hold body text — a sentence or a
// numbered chapter, article or heading, which no cover or colophon
// prints — they start a document of their own, after the last line of
// the cover. Its title is its first line when that is title-like (with
// the title-like lines printed right under it); else it is untitled as a
// file without any document is: its first line, shortened, names it.

// leadStart returns the document that the lines ls[from:first] before
// the first document hold, if they hold one, and the source line of its
// last line that is not blank.
func leadStart(ls []line, from, first int) (docStart, int, bool) {
	b := -1 // the first line of body text
	for i := from; i < first && b < 0; i++ {
		if bodyText(stripped(ls[i].text)) {
			b = i
		}
	}
	if b < 0 {
		return docStart{}, 0, false
	}
	s := from // the first line after the cover
	for i := from; i < b; i++ {
		if coverLine(stripped(ls[i].text)) {
			s = i + 1
		}
	}
	for s < b && stripped(ls[s].text) == "" {
		s++
	}
	last := first - 1
	for last > s && stripped(ls[last].text) == "" {
		last--
	}
	ds := docStart{start: s, body: s + 1, line: int(ls[s].n), kind: data.KindDocument}
	t := stripped(ls[s].text)
	if s < b && titleLike(t) && !stopsTitle(t) {
		parts := []string{joinCJK(t)}
		for ds.body < b && len(parts) < 3 {
			u := stripped(ls[ds.body].text)
			if u == "" || !titleLike(u) || stopsTitle(u) {
				break
			}
			parts = append(parts, joinCJK(u))
			ds.body++
		}
		ds.title = strings.Join(parts, "")
		return ds, int(ls[last].n), true
	}
	ds.title = joinCJK(t)
	if runeLen(ds.title) > 60 {
		// The name is shortened: the line stays whole in the text.
		ds.title, ds.body = string([]rune(ds.title)[:60])+"…", s
	}
	return ds, int(ls[last].n), true
}

// withLead puts the document that the text before the first document
// holds, if any, before the others, and says so.
func withLead(ls []line, from int, starts []docStart, warn warnFunc) []docStart {
	if len(starts) == 0 {
		return starts
	}
	ds, last, ok := leadStart(ls, from, starts[0].start)
	if !ok {
		return starts
	}
	warn(ds.line, fmt.Sprintf("the text before the first document found (lines %d–%d) is shown as a document of its own", ds.line, last))
	return append([]docStart{ds}, starts...)
}

// bodyText reports whether a line is text of a document's body, which no
// cover, colophon or contents page prints: a sentence, or a line that
// opens with the numbering of a chapter, a section, an article or a
// heading (第一章, 第一条, 一、, (一)).
func bodyText(t string) bool {
	if hasSuffixAny(t, "。", "；", "！", "？", ";", "!", "?") {
		return true
	}
	switch k, _, _ := numbering(t); k {
	case kindChapter, kindPart, kindArticle, kindCN, kindParenCN:
		return true
	}
	return false
}

// coverLine reports whether a line is one the masthead is read from (see
// parseMasthead): the gazette's name, its issue, year, date or frequency,
// a 目录 heading, or a colophon's label and value (主 办：…, 委 员:).
func coverLine(t string) bool {
	s := removeSpaces(t)
	if s == "" {
		return false
	}
	n := runeLen(s)
	switch {
	case isContentsHeading(s), n <= 20 && strings.HasSuffix(s, "公报"), mastheadLike(s, ""), leadingYear(s) > 0:
		return true
	case n <= 30 && (strings.Contains(s, "出版") || strings.HasSuffix(s, "主办")):
		return true
	}
	for _, f := range frequencies {
		if n <= 20 && strings.Contains(s, f) {
			return true
		}
	}
	if c := strings.IndexAny(s, ":："); c > 0 {
		label := s[:c]
		return runeLen(label) <= 6 && !strings.ContainsAny(label, "、，,（(")
	}
	return false
}
