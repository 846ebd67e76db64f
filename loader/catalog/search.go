package catalog

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"slices"

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
	err = c.search(ctx, files, m, func(s *searcher) error {
		errs = s.errs
		return s.scan(ctx, false, func(h []query.Hit) bool {
			hits = append(hits, h...)
			return true
		})
	})
	return hits, errs, err
}

// SearchTop returns the first limit hits of m in files as Search would
// find and query.SortHits rank them (all of them when limit <= 0), and
// errs as Search does. It reads the index one rank class at a time, best
// first (titles, then headings and captions, text, table records; see
// query.Class), and stops at the class that completes limit hits: every
// hit of a later class ranks after them, so the blocks of those classes
// are never read, nor their tables decoded.
func (c *Catalog) SearchTop(ctx context.Context, files []string, m *query.Matcher, limit int) (hits []query.Hit, errs []error, err error) {
	err = c.search(ctx, files, m, func(s *searcher) error {
		errs = s.errs
		s.need = limit
		return s.scan(ctx, true, func(h []query.Hit) bool {
			hits = append(hits, h...)
			s.need = limit - len(hits)
			return limit <= 0 || len(hits) < limit
		})
	})
	if err != nil {
		return nil, nil, err
	}
	// Hits of different classes never tie, and within a class they are in
	// file order, so the stable sort orders them as it orders Search's.
	query.SortHits(hits)
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit:limit]
	}
	return hits, errs, nil
}

// search runs do with a searcher for m in files, inside one read
// transaction: every query sees the same catalogue, and the file's shared
// lock is taken once instead of at every statement.
func (c *Catalog) search(ctx context.Context, files []string, m *query.Matcher, do func(*searcher) error) error {
	fts, ok := ftsQuery(m)
	if !ok {
		return ErrNotIndexable
	}
	conn, err := c.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("catalogue: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN"); err != nil {
		return fmt.Errorf("catalogue: %w", err)
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")
	s := &searcher{conn: conn, fts: fts, m: m}
	if s.byID, s.errs, err = c.fileIDs(ctx, conn, files); err != nil {
		return err
	}
	if s.st, err = prepare(ctx, conn); err != nil {
		return fmt.Errorf("catalogue: %w", err)
	}
	defer s.st.close()
	if err := do(s); err != nil {
		return fmt.Errorf("catalogue: %w", err)
	}
	return nil
}

// searcher holds what the rank classes of one search share.
type searcher struct {
	conn *sql.Conn
	fts  string
	m    *query.Matcher
	byID fileSet
	errs []error
	st   *stmts
	// need is how many more hits a ranked search wants (SearchTop): the
	// class read next need only give its need best (pick). 0: all of them.
	need int
	// recs holds the records of the tables of the tree being searched.
	recs []data.Record
}

// scan looks the blocks of m up in the index, once, and reads them in
// rowid order, which is rank class order (see blockRowid). With byClass it
// hands yield the hits of each class, and only those, in file order, as
// soon as the class's blocks are read, and stops when yield returns false:
// the blocks of later classes are not read. Otherwise it hands yield every
// hit of every block at once.
func (s *searcher) scan(ctx context.Context, byClass bool, yield func([]query.Hit) bool) error {
	rows, err := s.conn.QueryContext(ctx, `SELECT rowid, file, seq, doc, sect, path, kind, line, tbl, text, ifnull(head, '')
		FROM blocks WHERE blocks MATCH ?`, s.fts)
	if err != nil {
		return err
	}
	defer rows.Close()
	class := -1
	cands := map[int64][]candidate{}
	// flush hands yield the hits of cands, of class, and empties it.
	flush := func() (bool, error) {
		if len(cands) == 0 {
			return true, nil
		}
		hits, err := s.find(ctx, class, cands)
		clear(cands)
		if err != nil {
			return false, err
		}
		return yield(hits), nil
	}
	for rows.Next() {
		var rowid, file int64
		var b candidate
		if err := rows.Scan(&rowid, &file, &b.seq, &b.doc, &b.sect, &b.path, &b.kind, &b.line, &b.tbl, &b.text, &b.head); err != nil {
			return err
		}
		if c := int(rowid >> classShift); byClass && c != class {
			if more, err := flush(); !more {
				return err
			}
			class = c
		}
		if _, ok := s.byID.get(file); ok {
			cands[file] = append(cands[file], b)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	_, err = flush()
	return err
}

// find returns the hits of the candidate blocks cands (per file) of rank
// class class (every class when it is -1) and only the hits of that class,
// in file order. A class before the table records' needs of a table only
// its caption, group labels and the group and line of its records, not
// their cells.
func (s *searcher) find(ctx context.Context, class int, cands map[int64][]candidate) ([]query.Hit, error) {
	var ids []int64
	if class >= 0 && s.need > 0 {
		ids = s.pick(class, cands, s.need)
	} else {
		for id := range cands {
			ids = append(ids, id)
		}
	}
	for _, id := range ids {
		slices.SortStableFunc(cands[id], func(a, b candidate) int { return a.seq - b.seq })
	}
	index := func(id int64) int { f, _ := s.byID.get(id); return f.index }
	slices.SortFunc(ids, func(a, b int64) int { return index(a) - index(b) })
	cells := class < 0 || class == query.Class(query.KindTable)
	docs, err := readDocuments(ctx, s.conn, ids, cands)
	if err != nil {
		return nil, err
	}
	var hits []query.Hit
	for _, id := range ids {
		// The records of the tables of a file's tree are dropped once its
		// hits are found, and their memory serves the next file's.
		s.recs = s.recs[:0]
		f, _ := s.byID.get(id)
		is, err := s.st.sparseIssue(ctx, id, f, cands[id], cells, docs, &s.recs)
		if err != nil {
			return nil, err
		}
		for _, h := range query.SearchIssue(is, f.index, s.m) {
			if class < 0 || query.Class(h.Kind) == class {
				hits = append(hits, h)
			}
		}
	}
	return hits, nil
}

// fileInfo is what a search needs of a file's catalogue row: its index
// among the files searched, its number of documents and the masthead's
// year and date, which rank hits across issues (newest first).
type fileInfo struct {
	index, docs int
	year        int
	date        string
}

// stmts are the statements a search runs once per candidate table,
// prepared once.
type stmts struct {
	table *sql.Stmt
}

func prepare(ctx context.Context, conn *sql.Conn) (*stmts, error) {
	table, err := conn.PrepareContext(ctx, "SELECT head, cells FROM tables WHERE file = ? AND doc = ? AND tbl = ?")
	if err != nil {
		return nil, err
	}
	return &stmts{table: table}, nil
}

func (s *stmts) close() {
	s.table.Close()
}

// fileIDs maps the catalogue id of every file in files to its index there,
// and returns each file's stored error: from the view of the Sync before,
// when the catalogue is as it read it, else from the files table. It runs
// on conn after the search began its read transaction, and after Sync
// returned: a Sync that writes drops the view before.
func (c *Catalog) fileIDs(ctx context.Context, conn *sql.Conn, files []string) (fileSet, []error, error) {
	if v := c.view.Load(); v != nil {
		ok, err := v.current(ctx, conn, files)
		if err != nil {
			return fileSet{}, nil, fmt.Errorf("catalogue: %w", err)
		}
		if ok {
			byID, errs := v.fileIDs()
			return byID, errs, nil
		}
	}
	return readFileIDs(ctx, conn, files)
}

// readFileIDs does what fileIDs does from the files table.
func readFileIDs(ctx context.Context, conn *sql.Conn, files []string) (fileSet, []error, error) {
	index := make(map[string]int, len(files))
	for i, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			return fileSet{}, nil, err
		}
		index[abs] = i
	}
	rows, err := conn.QueryContext(ctx, "SELECT id, path, err, documents, year, date FROM files ORDER BY id")
	if err != nil {
		return fileSet{}, nil, fmt.Errorf("catalogue: %w", err)
	}
	defer rows.Close()
	var byID fileSet
	errs := make([]error, len(files))
	for rows.Next() {
		var id int64
		var p, msg string
		var f fileInfo
		if err := rows.Scan(&id, &p, &msg, &f.docs, &f.year, &f.date); err != nil {
			return fileSet{}, nil, fmt.Errorf("catalogue: %w", err)
		}
		i, ok := index[p]
		if !ok {
			continue
		}
		f.index = i
		byID.add(id, f)
		if msg != "" {
			errs[i] = fileError(files[i], p, msg)
		}
	}
	return byID, errs, rows.Err()
}

// fileSet is what a search needs of the files searched, by catalogue id:
// a list sorted by id, which takes half the memory of a map.
type fileSet struct {
	ids   []int64
	infos []fileInfo
}

// add adds the file id, greater than any added before.
func (s *fileSet) add(id int64, f fileInfo) {
	s.ids = append(s.ids, id)
	s.infos = append(s.infos, f)
}

// get returns the file id, and false when it is not searched.
func (s *fileSet) get(id int64) (fileInfo, bool) {
	i, ok := slices.BinarySearch(s.ids, id)
	if !ok {
		return fileInfo{}, false
	}
	return s.infos[i], true
}

// candidate is a block the index found.
type candidate struct {
	seq, doc, kind, line, tbl int
	sect, path, text          string
	head                      string // a caption's: its table's head
}
