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
	type ranked struct {
		hit  query.Hit
		file int64
	}
	var hits []ranked
	var recs []data.Record // the records of the caption's table ranked last
	for _, id := range all {
		f := s.byID[id]
		for i := range cands[id] {
			b := &cands[id][i]
			is, ok := alone(f, b, &recs)
			if !ok {
				return all
			}
			for _, h := range query.RankIssue(is, f.index, s.m) {
				// The heading above a caption is there for the rule
				// of query.labels, not for its own hit.
				if query.Class(h.Kind) == class && (h.Kind != query.KindHeading || b.kind == blockHeading) {
					hits = append(hits, ranked{h, id})
				}
			}
		}
	}
	if need <= 0 || len(hits) <= need {
		return all
	}
	slices.SortFunc(hits, func(a, b ranked) int { return query.CompareHits(a.hit, b.hit) })
	var ids []int64
	for _, h := range hits[:need] {
		if !slices.Contains(ids, h.file) {
			ids = append(ids, h.file)
		}
	}
	return ids
}

// alone returns the tree of block b of file f alone, as a file's tree holds
// it, but without its document's title and 文号 or the headings above its
// section but the last: the tree gives the hits b gives in f's tree, with
// the same rank (query.CompareHits), and for a caption a hit of that
// heading. A caption's table has its records in *recs, which then holds
// them for the next call: the tree is valid until then. ok is false for a
// block whose hits the row does not tell (a title, a table record).
func alone(f fileInfo, b *candidate, recs *[]data.Record) (is *data.Issue, ok bool) {
	d := &data.Document{}
	heading := b.path[strings.LastIndex(b.path, pathSep)+1:]
	switch b.kind {
	case blockPara, blockRaw, blockItem:
		d.Blocks = []data.Block{leaf(b)}
	case blockHeading:
		d.Sections = []*data.Section{{Level: 1, Heading: heading, Line: b.line}}
	case blockCaption:
		t, err := decodeInto(b.head, nil, false, *recs)
		if err != nil {
			return nil, false
		}
		// The document's tables before it, counted as in its tree.
		blocks := make([]data.Block, b.tbl, b.tbl+1)
		for i := range blocks {
			blocks[i] = data.Block{Kind: data.TableBlock, Table: &data.Table{}}
		}
		blocks = append(blocks, data.Block{Kind: data.TableBlock, Line: t.Line, Table: t})
		*recs = t.Records
		if b.path == "" {
			d.Blocks = blocks
		} else {
			d.Sections = []*data.Section{{Level: 1, Heading: heading, Blocks: blocks}}
		}
	default:
		return nil, false
	}
	is = &data.Issue{Year: f.year, Date: f.date, Documents: make([]*data.Document, b.doc+1)}
	is.Documents[b.doc] = d
	return is, true
}
