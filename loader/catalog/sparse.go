package catalog

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"gazette/data"
)

// sparseIssue rebuilds the part of file id's tree that holds the blocks
// bs (sorted by seq): every document the blocks are in, with its title,
// 文号 and line; the sections down to each block, with their headings; the
// blocks themselves, a table whole, preceded by empty tables for the
// document's tables before it that the index did not name, so that the
// table is counted at its place. Searching this tree yields the hits of
// the whole file for these blocks. Without cells, tables are read without
// their records' cells (the head a caption's row holds): their caption and
// group hits are the same, and they have no record hits.
func (st *stmts) sparseIssue(ctx context.Context, id int64, f fileInfo, bs []candidate, cells bool, docs map[docKey]*data.Document, recs *[]data.Record) (*data.Issue, error) {
	is := &data.Issue{Year: f.year, Date: f.date}
	if err := documents(id, f.docs, bs, docs, is); err != nil {
		return nil, err
	}
	b := &sparse{st: st, ctx: ctx, file: id, is: is, cells: cells, recs: recs, sections: map[string]*data.Section{}, tables: map[int]int{}}
	for i := range bs {
		if err := b.add(&bs[i]); err != nil {
			return nil, err
		}
	}
	return is, nil
}

// documents sets is.Documents to ndocs documents, of which those holding a
// block of bs, of file id, are taken from docs (readDocuments), the others
// nil.
func documents(id int64, ndocs int, bs []candidate, docs map[docKey]*data.Document, is *data.Issue) error {
	is.Documents = make([]*data.Document, ndocs)
	for _, b := range bs {
		if b.doc < 0 || b.doc >= ndocs {
			return fmt.Errorf("block of document %d in a file of %d", b.doc, ndocs)
		}
		d := docs[docKey{id, b.doc}]
		if d == nil {
			return fmt.Errorf("document %d is not in the catalogue", b.doc)
		}
		is.Documents[b.doc] = d
	}
	return nil
}

// docKey names a document: its file's id and its index there.
type docKey struct {
	file int64
	doc  int
}

// docsPerQuery bounds the documents one statement reads, well under
// SQLite's limit on parameters.
const docsPerQuery = 500

// readDocuments reads the documents that hold a block of cands (sorted by
// seq) of the files ids, by key, a few hundred per statement: a search usually needs
// few of an issue's documents, and a statement per document cost a new
// process some 20 µs each, 2 ms for 市发改委.
func readDocuments(ctx context.Context, conn *sql.Conn, ids []int64, cands map[int64][]candidate) (map[docKey]*data.Document, error) {
	// A file's blocks are in seq order, so a document's are together.
	var keys []docKey
	for _, id := range ids {
		for _, b := range cands[id] {
			if k := (docKey{id, b.doc}); len(keys) == 0 || keys[len(keys)-1] != k {
				keys = append(keys, k)
			}
		}
	}
	docs := make(map[docKey]*data.Document, len(keys))
	for start := 0; start < len(keys); start += docsPerQuery {
		if err := readSomeDocuments(ctx, conn, keys[start:min(start+docsPerQuery, len(keys))], docs); err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// readSomeDocuments reads the documents keys into docs, in one statement.
func readSomeDocuments(ctx context.Context, conn *sql.Conn, keys []docKey, docs map[docKey]*data.Document) error {
	args := make([]any, 0, 2*len(keys))
	for _, k := range keys {
		args = append(args, k.file, k.doc)
	}
	rows, err := conn.QueryContext(ctx, `SELECT file, doc, kind, title, number, date, issuer, line
		FROM documents WHERE (file, doc) IN (VALUES `+strings.Repeat("(?, ?), ", len(keys)-1)+"(?, ?))", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k docKey
		d := &data.Document{}
		if err := rows.Scan(&k.file, &k.doc, &d.Kind, &d.Title, &d.Number, &d.Date, &d.Issuer, &d.Line); err != nil {
			return err
		}
		docs[k] = d
	}
	return rows.Err()
}

// sparse builds a sparse tree.
type sparse struct {
	st       *stmts
	ctx      context.Context
	file     int64
	is       *data.Issue
	cells    bool                     // decode the records' cells
	recs     *[]data.Record           // the tables' records are cut from it
	sections map[string]*data.Section // by document and section index path
	tables   map[int]int              // tables placed so far, per document
	last     [2]int                   // doc and seq of the last table added
	hasLast  bool
}

func (s *sparse) add(b *candidate) error {
	d := s.is.Documents[b.doc]
	if b.kind == blockTitle {
		return nil // the document's title is searched whenever it is there
	}
	blocks := s.section(d, b)
	switch b.kind {
	case blockPara, blockRaw, blockItem:
		*blocks = append(*blocks, leaf(b))
	case blockRecord, blockCaption:
		return s.table(blocks, b)
	}
	return nil
}

// leaf returns the tree block of a paragraph, raw block or list item.
func leaf(b *candidate) data.Block {
	switch b.kind {
	case blockRaw:
		return data.Block{Kind: data.Raw, Line: b.line, Text: b.text}
	case blockItem:
		return data.Block{Kind: data.List, Line: b.line, Items: []string{b.text}, ItemLines: []int{b.line}}
	}
	return data.Block{Kind: data.Paragraph, Line: b.line, Text: b.text}
}

// section returns the block list of b's section (or document), making the
// sections down to it.
func (s *sparse) section(d *data.Document, b *candidate) *[]data.Block {
	if b.sect == "" {
		return &d.Blocks
	}
	headings := strings.Split(b.path, pathSep)
	ids := strings.Split(b.sect, ".")
	secs := &d.Sections
	var sec *data.Section
	key := fmt.Sprint(b.doc)
	for level, id := range ids {
		key += "." + id
		sec = s.sections[key]
		if sec == nil {
			sec = &data.Section{Level: level + 1}
			if level < len(headings) {
				sec.Heading = headings[level]
			}
			s.sections[key] = sec
			*secs = append(*secs, sec)
		}
		secs = &sec.Sections
	}
	if b.kind == blockHeading {
		sec.Line = b.line
	}
	return &sec.Blocks
}

// table appends the table of b to blocks, after empty tables standing for
// the document's tables before it, unless it was just added.
func (s *sparse) table(blocks *[]data.Block, b *candidate) error {
	key := [2]int{b.doc, b.seq}
	if s.hasLast && s.last == key {
		return nil
	}
	s.last, s.hasLast = key, true
	var t *data.Table
	var err error
	if s.cells {
		var head, cells string
		if err := s.st.table.QueryRowContext(s.ctx, s.file, b.doc, b.tbl).Scan(&head, &cells); err != nil {
			return err
		}
		t, err = decodeInto(head, cells, true, s.recs)
	} else {
		// Without cells the table is a caption's, whose row holds the head.
		t, err = decodeInto(b.head, "", false, s.recs)
	}
	if err != nil {
		return err
	}
	for s.tables[b.doc] < b.tbl {
		*blocks = append(*blocks, data.Block{Kind: data.TableBlock, Table: &data.Table{}})
		s.tables[b.doc]++
	}
	*blocks = append(*blocks, data.Block{Kind: data.TableBlock, Line: t.Line, Table: t})
	s.tables[b.doc]++
	return nil
}
