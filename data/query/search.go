package query

import (
	"slices"
	"strconv"
	"strings"

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
	// KindCaption is a hit in a table's caption.
	KindCaption Kind = "caption"
	// KindGroup is a hit in a table's group label (一、加快构建现代产业体系),
	// the row above the group's records.
	KindGroup Kind = "group"
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
	// the cell was printed on; for a group label its first record's row;
	// for a caption, which the tree keeps no line of, the table's first
	// row, below the caption.
	Line int
	Kind Kind
	// Table is the index into Document.Tables() of a table, caption or
	// group hit, else -1.
	Table int
	// Record is the index into Table.Records of a table hit, or of the
	// first record of a group hit's group; else -1.
	Record int
	// Date is the issue's date (YYYY-MM-DD), or its year, or "": at equal
	// rank the newer issue comes first.
	Date string
	// Score is how well the hit holds the query (see Measure).
	Score Score
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
	return searchIssue(is, issueIndex, m, true)
}

// RankIssue returns the hits SearchIssue returns without their Context and
// Match, which take most of its allocations: enough to rank them
// (CompareHits), for a caller that picks which to show before finding
// them in full.
func RankIssue(is *data.Issue, issueIndex int, m *Matcher) []Hit {
	return searchIssue(is, issueIndex, m, false)
}

func searchIssue(is *data.Issue, issueIndex int, m *Matcher, contexts bool) []Hit {
	if is == nil || m == nil || m.negated {
		return nil
	}
	s := &searcher{m: m, issue: issueIndex, date: issueDate(is), contexts: contexts}
	for di, d := range is.Documents {
		if d == nil {
			continue
		}
		s.doc, s.d, s.table = di, d, 0
		title := [2]data.Cell{{Text: d.Title}, {Text: d.Number}}
		if m.containsCells(title[:]) {
			h := s.hit(KindTitle, d.Line, nil, []string{d.Title, d.Number}, " ")
			// A 文号 or a title alone that holds the query outranks the two.
			for _, part := range []string{d.Title, d.Number} {
				if m.contains(part) {
					if sc := Measure(m, part); CompareHits(Hit{Score: sc}, Hit{Score: h.Score}) < 0 {
						h.Score = sc
					}
				}
			}
		}
		s.blocks(d.Blocks, nil)
		s.sections(d.Sections, nil)
	}
	return s.hits
}

// issueDate is the date hits of is are ranked by: its date, else its
// year.
func issueDate(is *data.Issue) string {
	switch {
	case is.Date != "":
		return is.Date
	case is.Year > 0:
		return strconv.Itoa(is.Year)
	}
	return ""
}

// searcher walks one issue collecting hits.
type searcher struct {
	m     *Matcher
	issue int
	date  string
	doc   int
	d     *data.Document
	// table counts the current document's tables so far.
	table int
	hits  []Hit
	// contexts is set when hits get their Context and Match.
	contexts bool
}

// hit appends a hit scored on parts joined by sep, whose Context (with
// s.contexts) is built from them: cut as one text, or for a table record
// part by part.
func (s *searcher) hit(kind Kind, line int, path []string, parts []string, sep string) *Hit {
	var ctx string
	var match [][2]int
	if s.contexts {
		cut := snippet
		if kind == KindTable {
			cut = recordSnippet
		}
		ctx, match = cut(s.m, parts, sep)
	}
	s.hits = append(s.hits, Hit{
		Issue: s.issue, Document: s.doc, Number: s.d.Number, Title: s.d.Title,
		Path: path, Line: line, Kind: kind, Table: -1, Record: -1,
		Date: s.date, Score: Measure(s.m, strings.Join(parts, sep)),
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
				s.labels(b.Table, path)
				s.records(b.Table, path)
				s.table++
			}
		}
	}
}

// labels adds a hit for t's caption and for each group label holding all
// terms. A caption that is the heading of its section (the loader often
// takes the heading above a table as its caption) is found as the heading.
func (s *searcher) labels(t *data.Table, path []string) {
	heading := ""
	if len(path) > 0 {
		heading = Normalize(path[len(path)-1])
	}
	if t.Caption != "" && s.m.contains(t.Caption) && Normalize(t.Caption) != heading {
		h := s.hit(KindCaption, t.Line, path, []string{t.Caption}, "")
		h.Table = s.table
	}
	for g, label := range t.Groups {
		if !s.m.contains(label) {
			continue
		}
		first := slices.IndexFunc(t.Records, func(r data.Record) bool { return r.Group == g })
		line := t.Line
		if first >= 0 {
			line = t.Records[first].Line
		}
		h := s.hit(KindGroup, line, path, []string{label}, "")
		h.Table, h.Record = s.table, first
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
