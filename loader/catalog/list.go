package catalog

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"

	"gazette/data"
)

// Entry is what the catalogue knows of one issue file, enough to list it
// without parsing it.
type Entry struct {
	Path        string // absolute
	Size, MTime int64  // MTime in nanoseconds since 1970
	Hash        string // SHA-256 of the content, hex
	Err         string // the loader's error for a file it refused
	// The masthead, as in data.Issue.
	Title                     string
	Year, Number, TotalNumber int
	Date, Publisher           string
	Documents                 []Document
	Tables                    []Table
	Warnings                  []data.Warning
}

// Document is a catalogued document.
type Document struct {
	Kind                        data.Kind
	Title, Number, Date, Issuer string
	Line                        int
}

// Table is a catalogued table: Document and Index as in search hits.
type Table struct {
	Document, Index, Line, Records int
	Caption                        string
	Columns                        []string
}

// List returns the catalogue's entries for files, in their order; a file
// not in the catalogue (Sync it first) has an entry with only its Path.
func (c *Catalog) List(ctx context.Context, files []string) ([]Entry, error) {
	out := make([]Entry, len(files))
	byPath := map[string]int{}
	for i, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			return nil, err
		}
		out[i].Path, byPath[abs] = abs, i
	}
	byID := map[int64]*Entry{}
	rows, err := c.db.QueryContext(ctx, `SELECT id, path, size, mtime, hash, err, title, year,
		issue, total_issue, date, publisher FROM files`)
	if err != nil {
		return nil, fmt.Errorf("catalogue: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var e Entry
		if err := rows.Scan(&id, &e.Path, &e.Size, &e.MTime, &e.Hash, &e.Err, &e.Title, &e.Year,
			&e.Number, &e.TotalNumber, &e.Date, &e.Publisher); err != nil {
			return nil, fmt.Errorf("catalogue: %w", err)
		}
		if i, ok := byPath[e.Path]; ok {
			out[i] = e
			byID[id] = &out[i]
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("catalogue: %w", err)
	}
	if err := c.listParts(ctx, byID); err != nil {
		return nil, fmt.Errorf("catalogue: %w", err)
	}
	return out, nil
}

// scanner is what a row offers.
type scanner interface{ Scan(dest ...any) error }

// listParts fills the documents, tables and warnings of the entries.
func (c *Catalog) listParts(ctx context.Context, byID map[int64]*Entry) error {
	entry := func(file int64) *Entry {
		if e := byID[file]; e != nil {
			return e
		}
		return &Entry{} // a file not asked for
	}
	parts := []struct {
		q    string
		scan func(r scanner) error
	}{
		{`SELECT file, kind, title, number, date, issuer, line FROM documents ORDER BY file, doc`,
			func(r scanner) error {
				var d Document
				var file int64
				if err := r.Scan(&file, &d.Kind, &d.Title, &d.Number, &d.Date, &d.Issuer, &d.Line); err != nil {
					return err
				}
				e := entry(file)
				e.Documents = append(e.Documents, d)
				return nil
			}},
		{`SELECT file, doc, tbl, line, records, caption, columns FROM tables ORDER BY file, doc, tbl`,
			func(r scanner) error {
				var t Table
				var file int64
				var cols string
				if err := r.Scan(&file, &t.Document, &t.Index, &t.Line, &t.Records, &t.Caption, &cols); err != nil {
					return err
				}
				if err := json.Unmarshal([]byte(cols), &t.Columns); err != nil {
					return err
				}
				e := entry(file)
				e.Tables = append(e.Tables, t)
				return nil
			}},
		{`SELECT file, line, message FROM warnings ORDER BY file, rowid`,
			func(r scanner) error {
				var w data.Warning
				var file int64
				if err := r.Scan(&file, &w.Line, &w.Message); err != nil {
					return err
				}
				e := entry(file)
				e.Warnings = append(e.Warnings, w)
				return nil
			}},
	}
	for _, p := range parts {
		rows, err := c.db.QueryContext(ctx, p.q)
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := p.scan(rows); err != nil {
				rows.Close()
				return err
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// Head is what a library lists of an issue file: its masthead and the
// numbers of its documents and warnings, read from the catalogue's small
// files table (and the warnings' index) alone, so that listing thousands
// of issues never reads their documents, tables or blocks.
type Head struct {
	Path string // absolute
	// Listed is false for a file the catalogue does not hold yet.
	Listed bool
	Err    string // the loader's error for a file it refused
	// The masthead, as in data.Issue.
	Title                     string
	Year, Number, TotalNumber int
	Date, Publisher           string
	Documents, Warnings       int
	// Lead is the title of the file's first document, which a list shows
	// for a file without a masthead (one 公文, one web page).
	Lead string
}

// Heads returns the heads of files, in their order, as the catalogue
// holds them now: it neither stats nor reads the files (Sync does).
func (c *Catalog) Heads(ctx context.Context, files []string) ([]Head, error) {
	out := make([]Head, len(files))
	byPath := make(map[string]int, len(files))
	for i, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			return nil, err
		}
		out[i].Path, byPath[abs] = abs, i
	}
	rows, err := c.db.QueryContext(ctx, `SELECT path, err, title, year, issue, total_issue, date,
		publisher, documents, (SELECT count(*) FROM warnings WHERE warnings.file = files.id),
		ifnull((SELECT title FROM documents WHERE documents.file = files.id ORDER BY doc LIMIT 1), '') FROM files`)
	if err != nil {
		return nil, fmt.Errorf("catalogue: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		h := Head{Listed: true}
		if err := rows.Scan(&h.Path, &h.Err, &h.Title, &h.Year, &h.Number, &h.TotalNumber, &h.Date,
			&h.Publisher, &h.Documents, &h.Warnings, &h.Lead); err != nil {
			return nil, fmt.Errorf("catalogue: %w", err)
		}
		if i, ok := byPath[h.Path]; ok {
			out[i] = h
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("catalogue: %w", err)
	}
	return out, nil
}
