// Package catalog keeps a catalogue and a search index of gazette issue
// files in one SQLite file (modernc.org/sqlite, no cgo): each file's size,
// modification time and content hash, its masthead, documents, tables and
// warnings, and an FTS5 index of its blocks. It is a cache: deleting the
// file loses nothing, and a file it cannot read or of another schema
// version is rebuilt.
//
// Several gazette processes may use one catalogue at once: the database is
// in WAL mode, waits for a busy lock instead of failing, and every write is
// an immediate transaction.
package catalog

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// schemaVersion is stored in PRAGMA user_version; a catalogue of another
// version is rebuilt. Raise it whenever the schema or what is stored
// changes (the loader's output included).
const schemaVersion = 7

// FileName is the catalogue's name in its directory.
const FileName = "catalog.sqlite"

// Catalog is an open catalogue.
type Catalog struct {
	db   *sql.DB
	path string
	// Rebuilt tells why an unreadable or foreign catalogue was replaced by
	// an empty one when it was opened, "" when it was not.
	Rebuilt string
	// view is what the last Sync read of the files, when it wrote nothing.
	view atomic.Pointer[view]
}

// DefaultPath returns where the catalogue lives: $XDG_CACHE_HOME/gazette/,
// else ~/.cache/gazette/; "" when getenv knows neither.
func DefaultPath(getenv func(string) string) string {
	if d := getenv("XDG_CACHE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "gazette", FileName)
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".cache", "gazette", FileName)
	}
	return ""
}

// Open opens the catalogue at path, creating it and its directory when
// missing. A file that is not a SQLite database, is damaged or holds
// another schema version is replaced by an empty catalogue, and Rebuilt
// says why.
func Open(path string) (*Catalog, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("catalogue: %w", err)
	}
	c, err := openWaiting(path)
	if err == nil {
		return c, nil
	}
	if !damaged(err) {
		return nil, err
	}
	why := err.Error()
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(path + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("catalogue: %w", err)
		}
	}
	c, err = open(path)
	if err != nil {
		return nil, err
	}
	c.Rebuilt = why
	return c, nil
}

// openWaiting opens the catalogue, trying again for a few seconds while
// the file is busy: a connection's first statement can meet SQLITE_BUSY
// without SQLite's busy timeout applying, when another process is creating
// the file or turning on its write-ahead log at that moment
// (TestConcurrent, 1 run in 15 before).
func openWaiting(path string) (*Catalog, error) {
	for wait := 10 * time.Millisecond; ; wait *= 2 {
		c, err := open(path)
		var se *sqlite.Error
		if err == nil || !errors.As(err, &se) || se.Code()&0xff != sqlite3.SQLITE_BUSY || wait > 2*time.Second {
			return c, err
		}
		time.Sleep(wait)
	}
}

// errForeign is a catalogue of another schema version.
var errForeign = errors.New("catalogue of another version")

// damaged reports whether err from open means the file must be rebuilt.
func damaged(err error) bool {
	if errors.Is(err, errForeign) {
		return true
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
			return true
		}
	}
	return false
}

// Page cache sizes (PRAGMA cache_size, in KiB when negative). A search in
// a new process reads a few hundred pages scattered over the file, once
// each, and what it costs is page faults (some 30 µs each on a small VM):
// a memory map (mmap_size) faults once per page read, and a large cache
// once per fresh page of memory it fills. A cache of 16 pages, recycled,
// faults only while it fills, and a page then costs a pread: gazette
// search --limit 100 on the 1,000-issue archive took 1,759 faults instead
// of 2,220 through the map (市发改委), 1,989 instead of 2,336 (the phrase),
// with 32 pages. 16 pages read no page more often than 32 (266, 621 and
// 390 preads for 秸秆, 市发改委 and the phrase), and fault 40 to 55 times
// less; 8 pages read up to twice as many (508, 768, 446). Writing wants
// the large cache: a sync's b-tree and index merges revisit their pages.
const (
	readCache  = "PRAGMA cache_size = -128"
	writeCache = "PRAGMA cache_size = -4096"
)

// open opens the catalogue, with the small page cache of a reader.
func open(path string) (*Catalog, error) {
	dsn := "file:" + path + "?_txlock=immediate&_pragma=busy_timeout(30000)" +
		"&_pragma=synchronous(NORMAL)&_pragma=cache_size(-128)" +
		"&_pragma=temp_store(MEMORY)&_pragma=foreign_keys(OFF)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("catalogue %s: %w", path, err)
	}
	// One connection: a catalogue is used by one goroutine at a time, and
	// every connection has its own page cache to fill and free.
	db.SetMaxOpenConns(1)
	// A new file gets pages of 8 KiB, set before the write-ahead log is
	// turned on, which creates the file (the driver runs the pragmas of the
	// DSN in alphabetical order, journal_mode first): an index leaf (pgsz
	// 8000) then fits one page rather than spilling into overflow pages, and
	// a search of 1,000 issues in a new process takes 150 to 300 fewer page
	// faults. On an existing file both are no-ops.
	for _, p := range []string{"PRAGMA page_size = 8192", "PRAGMA journal_mode = WAL"} {
		if _, err := db.Exec(p); err != nil {
			db.Close()
			return nil, fmt.Errorf("catalogue %s: %w", path, err)
		}
	}
	c := &Catalog{db: db, path: path}
	if err := c.init(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("catalogue %s: %w", path, err)
	}
	return c, nil
}

// init checks the schema version and creates the tables of a new file.
func (c *Catalog) init(ctx context.Context) error {
	var v int
	if err := c.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v == schemaVersion {
		return c.check(ctx)
	}
	if v != 0 {
		return fmt.Errorf("%w (%d, this gazette writes %d)", errForeign, v, schemaVersion)
	}
	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Another process may have created the schema while this one waited.
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v == schemaVersion {
		return tx.Commit()
	}
	if v != 0 {
		return fmt.Errorf("%w (%d, this gazette writes %d)", errForeign, v, schemaVersion)
	}
	for _, stmt := range strings.Split(schema, ";\n") {
		if strings.TrimSpace(stmt) == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("%w: %s", err, stmt)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", schemaVersion)); err != nil {
		return err
	}
	return tx.Commit()
}

// check reads one row of every table, so that a damaged file is found when
// it is opened rather than in the middle of a search.
func (c *Catalog) check(ctx context.Context) error {
	for _, t := range []string{"files", "documents", "tables", "warnings", "stale", "blocks"} {
		rows, err := c.db.QueryContext(ctx, "SELECT 1 FROM "+t+" LIMIT 1")
		if err != nil {
			return err
		}
		rows.Close()
	}
	return nil
}

// Close closes the catalogue.
func (c *Catalog) Close() error { return c.db.Close() }

// Path returns the catalogue's file.
func (c *Catalog) Path() string { return c.path }
