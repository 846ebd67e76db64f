package catalog

import (
	"slices"
	"strings"

	"gazette/data"
	"gazette/data/query"
)

// pick returns the files of cands (candidate blocks of rank class class,
// per file) that hold the need best hits of the class, when the blocks'
// own rows tell their hits; otherwise, or when the blocks give fewer than
// need hits, every file. Within a class hits rank by the text that holds
// them (query.CompareHits), then by issue: a paragraph, list item, raw
// block or heading gives its hit alone, from its text, line, document and
// issue, and a table's caption its caption and group label hits, from the
// head its row holds, the heading above it and its index among the
// document's tables; so a tree of that block alone (alone) gives the hits
// a file's tree gives. The need best of these are the need best hits of
// the class, and every hit of another file ranks after them (hits of two
// files never tie): the other files' trees need not be built, nor their
// documents read.
func (s *searcher) pick(class int, cands map[int64][]candidate, need int) []int64 {
	all := make([]int64, 0, len(cands))
	for id := range cands {
		all = append(all, id)
	}
	// A hit is ranked where RankIssue returned it: a copy in a growing
	// list would take ten times the memory.
	type ranked struct {
		hit  *query.Hit
		file int64
	}
	var hits []ranked
	var l loner
	for _, id := range all {
		f, _ := s.byID.get(id)
		for i := range cands[id] {
			b := &cands[id][i]
			is, ok := l.alone(f, b)
			if !ok {
				return all
			}
			found := query.RankIssue(is, f.index, s.m)
			for i := range found {
				// The heading above a caption is there for the rule
				// of query.labels, not for its own hit.
				if h := &found[i]; query.Class(h.Kind) == class && (h.Kind != query.KindHeading || b.kind == blockHeading) {
					hits = append(hits, ranked{h, id})
				}
			}
		}
	}
	if need <= 0 || len(hits) <= need {
		return all
	}
	slices.SortFunc(hits, func(a, b ranked) int { return query.CompareHits(*a.hit, *b.hit) })
	var ids []int64
	for _, h := range hits[:need] {
		if !slices.Contains(ids, h.file) {
			ids = append(ids, h.file)
		}
	}
	return ids
}

// loner builds trees of one block each (alone) in memory it reuses: a
// tree is valid until the next. pick ranks every candidate of a class so,
// and fresh memory is what a new process pays most for (page faults).
type loner struct {
	is     data.Issue
	doc    data.Document
	docs   []*data.Document
	sec    data.Section
	secs   [1]*data.Section
	blocks []data.Block
	recs   []data.Record // the records of the last caption's table
	blank  data.Table    // stands for each table before a caption's
}

// alone returns the tree of block b of file f alone, as a file's tree holds
// it, but without its document's title and 文号 or the headings above its
// section but the last: the tree gives the hits b gives in f's tree, with
// the same rank (query.CompareHits), and for a caption a hit of that
// heading. ok is false for a block whose hits the row does not tell (a
// title, a table record).
func (l *loner) alone(f fileInfo, b *candidate) (is *data.Issue, ok bool) {
	l.doc = data.Document{}
	l.sec = data.Section{Level: 1, Heading: b.path[strings.LastIndex(b.path, pathSep)+1:]}
	l.secs[0] = &l.sec
	l.blocks = l.blocks[:0]
	switch b.kind {
	case blockPara, blockRaw, blockItem:
		l.blocks = append(l.blocks, leaf(b))
		l.doc.Blocks = l.blocks
	case blockHeading:
		l.sec.Line = b.line
		l.doc.Sections = l.secs[:]
	case blockCaption:
		l.recs = l.recs[:0]
		t, err := decodeInto(b.head, "", false, &l.recs)
		if err != nil {
			return nil, false
		}
		// The document's tables before it, counted as in its tree.
		for range b.tbl {
			l.blocks = append(l.blocks, data.Block{Kind: data.TableBlock, Table: &l.blank})
		}
		l.blocks = append(l.blocks, data.Block{Kind: data.TableBlock, Line: t.Line, Table: t})
		if b.path == "" {
			l.doc.Blocks = l.blocks
		} else {
			l.sec.Blocks = l.blocks
			l.doc.Sections = l.secs[:]
		}
	default:
		return nil, false
	}
	clear(l.docs[:cap(l.docs)])
	l.docs = slices.Grow(l.docs[:0], b.doc+1)[:b.doc+1]
	l.docs[b.doc] = &l.doc
	l.is = data.Issue{Year: f.year, Date: f.date, Documents: l.docs}
	return &l.is, true
}
