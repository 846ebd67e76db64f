package catalog

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
)

// view is the catalogue's files as a Sync that wrote nothing read them:
// the search that follows it takes the files' ids, counts and errors from
// it rather than reading the files table again (1,000 rows, a few hundred
// KB of fresh memory in a new process), as long as the catalogue is the
// same. It is: PRAGMA data_version, on the connection that read the view,
// tells whether another connection committed since, and every write of
// this process is a Sync's, which drops the view before it writes.
type view struct {
	files   []string       // the paths Sync was given
	abs     []string       // files made absolute
	rows    []known        // the catalogue's files, by id
	have    map[string]int // their indices in rows by path
	conn    any            // the driver connection that read rows
	version int64          // its data_version before reading rows
}

// get returns the catalogue's row of the file at path p.
func (v *view) get(p string) (*known, bool) {
	i, ok := v.have[p]
	if !ok {
		return nil, false
	}
	return &v.rows[i], true
}

// readKnown reads the catalogue's files by path into a view of files,
// made absolute (abs).
func (c *Catalog) readKnown(ctx context.Context, files, abs []string) (*view, error) {
	conn, err := c.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	v := &view{files: slices.Clone(files), abs: abs, rows: make([]known, 0, len(files)), have: make(map[string]int, len(files))}
	if v.conn, err = driverConn(conn); err != nil {
		return nil, err
	}
	// The version is read first: a commit between the two statements
	// leaves it older than the rows, and a search then reads them again.
	if err := conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v.version); err != nil {
		return nil, err
	}
	rows, err := conn.QueryContext(ctx, "SELECT id, path, size, mtime, err, documents, year, date FROM files ORDER BY id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		// Scanned into its place in rows: a row scanned into a variable
		// would be allocated on its own.
		v.rows = append(v.rows, known{})
		k := &v.rows[len(v.rows)-1]
		if err := rows.Scan(&k.id, &k.path, &k.size, &k.mtime, &k.err, &k.docs, &k.year, &k.date); err != nil {
			return nil, err
		}
		v.have[k.path] = len(v.rows) - 1
	}
	return v, rows.Err()
}

// driverConn returns the driver's connection under conn, which tells two
// connections apart.
func driverConn(conn *sql.Conn) (any, error) {
	var dc any
	err := conn.Raw(func(c any) error {
		dc = c
		return nil
	})
	return dc, err
}

// current reports whether v still holds the catalogue's files for files,
// as conn, in a read transaction, sees them.
func (v *view) current(ctx context.Context, conn *sql.Conn, files []string) (bool, error) {
	if !slices.Equal(v.files, files) {
		return false, nil
	}
	dc, err := driverConn(conn)
	if err != nil || dc != v.conn {
		return false, err
	}
	var version int64
	if err := conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&version); err != nil {
		return false, err
	}
	return version == v.version, nil
}

// fileIDs does what the function fileIDs does, from the view.
func (v *view) fileIDs() (fileSet, []error) {
	at := make([]int, len(v.rows)) // per row, 1 + its file's index; 0: not given
	errs := make([]error, len(v.abs))
	n := 0
	// A path given twice is searched at its last place, as fileIDs does.
	for i := len(v.abs) - 1; i >= 0; i-- {
		r, ok := v.have[v.abs[i]]
		if !ok || at[r] > 0 {
			continue
		}
		at[r], n = i+1, n+1
		if k := &v.rows[r]; k.err != "" {
			errs[i] = fileError(v.files[i], v.abs[i], k.err)
		}
	}
	byID := fileSet{ids: make([]int64, 0, n), infos: make([]fileInfo, 0, n)}
	for r, a := range at {
		if k := &v.rows[r]; a > 0 {
			byID.add(k.id, fileInfo{index: a - 1, docs: k.docs, year: k.year, date: k.date})
		}
	}
	return byID, errs
}

// fileError is the stored error msg of the file at path abs, which names
// it by that path, as reported under the name the caller gave.
func fileError(name, abs, msg string) error {
	return errors.New(name + strings.TrimPrefix(msg, abs))
}
