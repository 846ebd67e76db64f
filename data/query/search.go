package query

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"gazette/data"
)

// Kind tells where a search hit is.
type Kind string

// Kinds of hits.
const (
	// KindTitle is a hit in a document's title or 文号.
	KindTitle Kind = "title"
	// KindHeading is a hit in a section heading.
	KindHeading Kind = "heading"
	// KindParagraph is a hit in a paragraph, a list item or a raw block.
	KindParagraph Kind = "paragraph"
	// KindTable is a hit in a table record.
	KindTable Kind = "table"
)

// Hit is one place where a search matched: a title, a heading, a paragraph,
// a list item, a raw block or a table record.
type Hit struct {
	// Issue is the issue's index as passed to SearchIssue (its index in
	// the slice given to Search).
	Issue int
	// Document is the index into Issue.Documents.
	Document int
	// Number and Title are the document's 文号 and title.
	Number string
	Title  string
	// Path holds the section headings from the top-level section down to
	// the section holding the hit (the heading itself for a heading hit);
	// nil for a title or for text before the first section.
	Path []string
	// Line is a 1-based source line holding the matched text: the start of
	// the paragraph, list, heading, title or table row; for a raw block the
	// line of the first match; for a match in a merged table cell the row
	// the cell was printed on.
	Line int
	Kind Kind
	// Table is the index into Document.Tables() of a table hit, else -1.
	Table int
	// Record is the index into Table.Records of a table hit, else -1.
	Record int
	// Context is one line of text around the first match, whitespace
	// collapsed and cut with … to about 100 display cells. For a table hit
	// it is the record's key columns (序号, task, 责任单位, 完成时限) and the
	// columns that match, joined with " | ".
	Context string
	// Match holds the byte ranges of the matches inside Context.
	Match [][2]int
}

// Search searches every issue (see SearchIssue), in issue order; call
// SortHits to rank the result.
func Search(issues []*data.Issue, m *Matcher) []Hit {
	var out []Hit
	for i, is := range issues {
		out = append(out, SearchIssue(is, i, m)...)
	}
	return out
}

// SearchIssue returns the places in is where every term of m occurs, in
// reading order, each hit's Issue set to issueIndex. Terms must all occur in
// one title (with its 文号), one heading, one paragraph, one list item, one
// raw block or one table record, not across them. A negated matcher finds
// nothing. SearchIssue only reads is and m, so issues may be searched in
// parallel.
func SearchIssue(is *data.Issue, issueIndex int, m *Matcher) []Hit {
	if is == nil || m == nil || m.negated {
		return nil
	}
	s := &searcher{m: m, issue: issueIndex}
	for di, d := range is.Documents {
		if d == nil {
			continue
		}
		s.doc, s.d, s.table = di, d, 0
		title := [2]data.Cell{{Text: d.Title}, {Text: d.Number}}
		if m.containsCells(title[:]) {
			s.hit(KindTitle, d.Line, nil, []string{d.Title, d.Number}, " ")
		}
		s.blocks(d.Blocks, nil)
		s.sections(d.Sections, nil)
	}
	return s.hits
}

// searcher walks one issue collecting hits.
type searcher struct {
	m     *Matcher
	issue int
	doc   int
	d     *data.Document
	// table counts the current document's tables so far.
	table int
	hits  []Hit
}

// hit appends a hit whose Context is built from parts joined by sep: cut
// as one text, or for a table record part by part.
func (s *searcher) hit(kind Kind, line int, path []string, parts []string, sep string) *Hit {
	cut := snippet
	if kind == KindTable {
		cut = recordSnippet
	}
	ctx, match := cut(s.m, parts, sep)
	s.hits = append(s.hits, Hit{
		Issue: s.issue, Document: s.doc, Number: s.d.Number, Title: s.d.Title,
		Path: path, Line: line, Kind: kind, Table: -1, Record: -1,
		Context: ctx, Match: match,
	})
	return &s.hits[len(s.hits)-1]
}

func (s *searcher) sections(secs []*data.Section, parent []string) {
	for _, sec := range secs {
		if sec == nil {
			continue
		}
		path := append(parent[:len(parent):len(parent)], sec.Heading)
		if s.m.contains(sec.Heading) {
			s.hit(KindHeading, sec.Line, path, []string{sec.Heading}, "")
		}
		s.blocks(sec.Blocks, path)
		s.sections(sec.Sections, path)
	}
}

func (s *searcher) blocks(bs []data.Block, path []string) {
	for i := range bs {
		b := &bs[i]
		switch b.Kind {
		case data.Paragraph:
			if s.m.contains(b.Text) {
				s.hit(KindParagraph, b.Line, path, []string{b.Text}, "")
			}
		case data.List:
			for i, item := range b.Items {
				if s.m.contains(item) {
					line := b.Line
					if i < len(b.ItemLines) {
						line = b.ItemLines[i]
					}
					s.hit(KindParagraph, line, path, []string{item}, "")
				}
			}
		case data.Raw:
			if s.m.contains(b.Text) {
				first := s.m.Find(b.Text)[0][0]
				line := b.Line + strings.Count(b.Text[:first], "\n")
				s.hit(KindParagraph, line, path, []string{b.Text}, "")
			}
		case data.TableBlock:
			if b.Table != nil {
				s.records(b.Table, path)
				s.table++
			}
		}
	}
}

// records adds a hit for every record of t holding all terms.
func (s *searcher) records(t *data.Table, path []string) {
	var keys []int
	for ri := range t.Records {
		rec := &t.Records[ri]
		if !s.m.containsCells(rec.Cells) {
			continue
		}
		if keys == nil {
			keys = keyColumns(t)
		}
		var parts []string
		for c, cell := range rec.Cells {
			if slices.Contains(keys, c) || s.m.any(cell.Text) {
				parts = append(parts, cell.Text)
			}
		}
		h := s.hit(KindTable, recordLine(t, ri, s.m), path, parts, " | ")
		h.Table, h.Record = s.table, ri
	}
}

// recordLine returns the source line of the first match in record ri: the
// record's line, or the line of the row a merged cell was printed on when
// the record matches only in inherited cells.
func recordLine(t *data.Table, ri int, m *Matcher) int {
	rec := &t.Records[ri]
	first := -1
	for c, cell := range rec.Cells {
		if m.any(cell.Text) {
			if !cell.Inherited {
				return rec.Line
			}
			if first < 0 {
				first = c
			}
		}
	}
	for r := ri - 1; r >= 0 && first >= 0; r-- {
		if cells := t.Records[r].Cells; first < len(cells) && !cells[first].Inherited {
			return t.Records[r].Line
		}
	}
	return rec.Line
}

// keyColumns picks the columns of t shown in a table hit's Context: 序号
// (else the first column), 完成时限, 责任单位 and the task column (named
// like 任务 or 内容, else the column with the most text), in column order.
func keyColumns(t *data.Table) []int {
	var keys []int
	pick := func(words ...string) bool {
		for _, w := range words {
			for c, name := range t.Columns {
				if !slices.Contains(keys, c) && strings.Contains(Normalize(name), w) {
					keys = append(keys, c)
					return true
				}
			}
		}
		return false
	}
	if !pick("序号", "编号") && len(t.Columns) > 0 {
		keys = append(keys, 0)
	}
	pick("时限", "时间", "期限")
	if !pick("责任单位", "牵头单位") {
		pick("单位", "部门")
	}
	if !pick("任务", "工作", "内容", "事项", "措施", "举措", "项目") {
		best, most := -1, 0
		for c := range t.Columns {
			n := 0
			for r := range t.Records {
				n += len(t.Text(r, c))
			}
			if n > most && !slices.Contains(keys, c) {
				best, most = c, n
			}
		}
		if best >= 0 {
			keys = append(keys, best)
		}
	}
	slices.Sort(keys)
	return keys
}

// SortHits ranks hits: titles and headings first, then paragraphs, list
// items and raw blocks, then table records; within a rank by issue,
// document and line, otherwise keeping their order.
func SortHits(h []Hit) {
	rank := func(k Kind) int {
		switch k {
		case KindTitle, KindHeading:
			return 0
		case KindTable:
			return 2
		}
		return 1
	}
	slices.SortStableFunc(h, func(a, b Hit) int {
		return cmp.Or(
			cmp.Compare(rank(a.Kind), rank(b.Kind)),
			cmp.Compare(a.Issue, b.Issue),
			cmp.Compare(a.Document, b.Document),
			cmp.Compare(a.Line, b.Line),
		)
	})
}

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
