package catalog

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"gazette/data"
	"gazette/data/query"
)

// ErrNotIndexable is returned by Search for a query no term of which has
// two or more characters: search it by scanning.
var ErrNotIndexable = errors.New("query has no term of two or more characters")

// Search finds the hits of m in files (which Sync has brought up to date)
// through the index: the index names the candidate blocks, which are put
// back into a tree of their documents and sections (with their tables
// whole), and query.SearchIssue finds the hits in that tree exactly as in
// the parsed file. Hit.Issue is the index into files; hits are in file
// order, like query.Search's, for the caller to rank. errs holds, per file,
// the loader's error for a file it refused, as a scan would report it.
func (c *Catalog) Search(ctx context.Context, files []string, m *query.Matcher) (hits []query.Hit, errs []error, err error) {
	fts, ok := ftsQuery(m)
	if !ok {
		return nil, nil, ErrNotIndexable
	}
	// One read transaction: every query sees the same catalogue, and the
	// file's shared lock is taken once instead of at every statement.
	conn, err := c.db.Conn(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("catalogue: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN"); err != nil {
		return nil, nil, fmt.Errorf("catalogue: %w", err)
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")
	byID, errs, err := fileIDs(ctx, conn, files)
	if err != nil {
		return nil, nil, err
	}
	cands, err := candidates(ctx, conn, fts, byID)
	if err != nil {
		return nil, nil, err
	}
	ids := make([]int64, 0, len(cands))
	for id := range cands {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b int64) int { return byID[a].index - byID[b].index })
	st, err := prepare(ctx, conn)
	if err != nil {
		return nil, nil, fmt.Errorf("catalogue: %w", err)
	}
	defer st.close()
	for _, id := range ids {
		is, err := st.sparseIssue(ctx, id, byID[id], cands[id])
		if err != nil {
			return nil, nil, fmt.Errorf("catalogue: %w", err)
		}
		hits = append(hits, query.SearchIssue(is, byID[id].index, m)...)
	}
	return hits, errs, nil
}

// fileInfo is what a search needs of a file's catalogue row: its index
// among the files searched, its number of documents and the masthead's
// year and date, which rank hits across issues (newest first).
type fileInfo struct {
	index, docs int
	year        int
	date        string
}

// stmts are the statements a search runs once per candidate file or
// table, prepared once.
type stmts struct {
	docs, table *sql.Stmt
}

func prepare(ctx context.Context, conn *sql.Conn) (*stmts, error) {
	docs, err := conn.PrepareContext(ctx, `SELECT doc, kind, title, number, date, issuer, line
		FROM documents WHERE file = ?`)
	if err != nil {
		return nil, err
	}
	table, err := conn.PrepareContext(ctx, "SELECT data FROM tables WHERE file = ? AND doc = ? AND tbl = ?")
	if err != nil {
		docs.Close()
		return nil, err
	}
	return &stmts{docs: docs, table: table}, nil
}

func (s *stmts) close() {
	s.docs.Close()
	s.table.Close()
}

// fileIDs maps the catalogue id of every file in files to its index there,
// and returns each file's stored error.
func fileIDs(ctx context.Context, conn *sql.Conn, files []string) (map[int64]fileInfo, []error, error) {
	index := make(map[string]int, len(files))
	for i, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			return nil, nil, err
		}
		index[abs] = i
	}
	rows, err := conn.QueryContext(ctx, "SELECT id, path, err, documents, year, date FROM files")
	if err != nil {
		return nil, nil, fmt.Errorf("catalogue: %w", err)
	}
	defer rows.Close()
	byID := make(map[int64]fileInfo, len(files))
	errs := make([]error, len(files))
	for rows.Next() {
		var id int64
		var p, msg string
		var f fileInfo
		if err := rows.Scan(&id, &p, &msg, &f.docs, &f.year, &f.date); err != nil {
			return nil, nil, fmt.Errorf("catalogue: %w", err)
		}
		i, ok := index[p]
		if !ok {
			continue
		}
		f.index = i
		byID[id] = f
		if msg != "" {
			// The stored message names the file by its absolute path;
			// report it under the name the caller gave.
			errs[i] = errors.New(files[i] + strings.TrimPrefix(msg, p))
		}
	}
	return byID, errs, rows.Err()
}

// candidate is a block the index found.
type candidate struct {
	seq, doc, kind, line, tbl int
	sect, path, text          string
}

// candidates runs the FTS query and returns the blocks it finds in the
// files of byID, per file, in the order query.SearchIssue walks them.
func candidates(ctx context.Context, conn *sql.Conn, fts string, byID map[int64]fileInfo) (map[int64][]candidate, error) {
	rows, err := conn.QueryContext(ctx, `SELECT file, seq, doc, sect, path, kind, line, tbl, text
		FROM blocks WHERE blocks MATCH ?`, fts)
	if err != nil {
		return nil, fmt.Errorf("catalogue: %w", err)
	}
	defer rows.Close()
	out := map[int64][]candidate{}
	for rows.Next() {
		var file int64
		var b candidate
		if err := rows.Scan(&file, &b.seq, &b.doc, &b.sect, &b.path, &b.kind, &b.line, &b.tbl, &b.text); err != nil {
			return nil, fmt.Errorf("catalogue: %w", err)
		}
		if _, ok := byID[file]; ok {
			out[file] = append(out[file], b)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("catalogue: %w", err)
	}
	for _, bs := range out {
		slices.SortStableFunc(bs, func(a, b candidate) int { return a.seq - b.seq })
	}
	return out, nil
}

// sparseIssue rebuilds the part of file id's tree that holds the blocks
// bs (sorted by seq): every document the blocks are in, with its title,
// 文号 and line; the sections down to each block, with their headings; the
// blocks themselves, a table whole, preceded by empty tables for the
// document's tables before it that the index did not name, so that the
// table is counted at its place. Searching this tree yields the hits of
// the whole file for these blocks.
func (st *stmts) sparseIssue(ctx context.Context, id int64, f fileInfo, bs []candidate) (*data.Issue, error) {
	is := &data.Issue{Year: f.year, Date: f.date}
	if err := st.documents(ctx, id, f.docs, bs, is); err != nil {
		return nil, err
	}
	b := &sparse{st: st, ctx: ctx, file: id, is: is, sections: map[string]*data.Section{}, tables: map[int]int{}}
	for i := range bs {
		if err := b.add(&bs[i]); err != nil {
			return nil, err
		}
	}
	return is, nil
}

// documents sets is.Documents to ndocs documents, of which those holding a
// block of bs are read from the catalogue, the others nil.
func (st *stmts) documents(ctx context.Context, id int64, ndocs int, bs []candidate, is *data.Issue) error {
	is.Documents = make([]*data.Document, ndocs)
	want := make([]bool, ndocs)
	for _, b := range bs {
		if b.doc < 0 || b.doc >= ndocs {
			return fmt.Errorf("block of document %d in a file of %d", b.doc, ndocs)
		}
		want[b.doc] = true
	}
	rows, err := st.docs.QueryContext(ctx, id)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var di int
		d := &data.Document{}
		if err := rows.Scan(&di, &d.Kind, &d.Title, &d.Number, &d.Date, &d.Issuer, &d.Line); err != nil {
			return err
		}
		if di >= 0 && di < ndocs && want[di] {
			is.Documents[di] = d
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for di, w := range want {
		if w && is.Documents[di] == nil {
			return fmt.Errorf("document %d is not in the catalogue", di)
		}
	}
	return nil
}

// sparse builds a sparse tree.
type sparse struct {
	st       *stmts
	ctx      context.Context
	file     int64
	is       *data.Issue
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
	case blockPara:
		*blocks = append(*blocks, data.Block{Kind: data.Paragraph, Line: b.line, Text: b.text})
	case blockRaw:
		*blocks = append(*blocks, data.Block{Kind: data.Raw, Line: b.line, Text: b.text})
	case blockItem:
		*blocks = append(*blocks, data.Block{Kind: data.List, Line: b.line,
			Items: []string{b.text}, ItemLines: []int{b.line}})
	case blockRecord, blockCaption:
		return s.table(blocks, b)
	}
	return nil
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
	var raw []byte
	err := s.st.table.QueryRowContext(s.ctx, s.file, b.doc, b.tbl).Scan(&raw)
	if err != nil {
		return err
	}
	t, err := decodeTable(raw)
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
