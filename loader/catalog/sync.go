package catalog

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"gazette/loader"
)

// Summary tells what a Sync did.
type Summary struct {
	Files     int // files asked for
	Added     int // new files indexed
	Updated   int // changed files indexed again
	Touched   int // files whose time changed but not their content
	Removed   int // files gone from the directories
	Unchanged int // files left alone
	Failed    int // files the loader refused or could not read
	Bytes     int64
}

// Progress is told how many of the files to (re)index are done; it is
// called from one goroutine.
type Progress func(done, total int)

// known is a file's catalogue row as Sync compares it, and what a search
// needs of it (see fileInfo and view).
type known struct {
	id          int64
	path        string
	size, mtime int64
	err         string
	docs, year  int
	date        string
	seen        bool // Sync was given the file
}

// Sync brings the catalogue up to date with files (paths, made absolute)
// and with roots, the directories they were found in: a file that is new,
// or whose size or modification time changed and whose content hash then
// differs, is parsed and indexed again; a catalogued file below a root that
// is not in files is removed. Files are parsed on every processor and
// written from one goroutine in transactions.
func (c *Catalog) Sync(ctx context.Context, files, roots []string, progress Progress) (Summary, error) {
	c.view.Store(nil)
	sum := Summary{Files: len(files)}
	abs := make([]string, len(files))
	for i, f := range files {
		var err error
		if abs[i], err = filepath.Abs(f); err != nil {
			return sum, err
		}
	}
	// The files are statted while the catalogue is read.
	var stats []stamp
	done := make(chan struct{})
	go func() {
		defer close(done)
		stats = statAll(abs)
	}()
	v, err := c.readKnown(ctx, files, abs)
	<-done
	if err != nil {
		return sum, fmt.Errorf("catalogue: %w", err)
	}
	var jobs []string
	for i, p := range abs {
		k, ok := v.get(p)
		if ok {
			k.seen = true
		}
		if st := stats[i]; ok && st.ok && k.size == st.size && k.mtime == st.mtime {
			sum.Unchanged++
			continue
		}
		jobs = append(jobs, p)
	}
	var gone []int64
	for _, k := range v.rows {
		if !k.seen && below(k.path, roots) {
			gone = append(gone, k.id)
		}
	}
	if len(jobs) == 0 && len(gone) == 0 {
		c.view.Store(v)
		return sum, nil
	}
	if _, err := c.db.ExecContext(ctx, writeCache); err != nil {
		return sum, fmt.Errorf("catalogue: %w", err)
	}
	defer c.db.ExecContext(context.Background(), readCache)
	old, err := c.hashes(ctx, v, jobs)
	if err != nil {
		return sum, err
	}
	w := &writer{c: c, ctx: ctx, old: old, sum: &sum}
	if err := w.remove(gone); err != nil {
		return sum, err
	}
	if err := w.run(jobs, progress); err != nil {
		return sum, err
	}
	if err := c.tidy(ctx, sum.Added+sum.Updated, len(v.rows)-sum.Removed+sum.Added); err != nil {
		return sum, err
	}
	return sum, c.checkpoint(ctx)
}

// checkpoint copies the write-ahead log into the database and empties it.
// The command line exits without closing the catalogue, which would do
// it; and the first process to open a catalogue rebuilds the log's index
// by reading the whole log, so a log left full made every later search
// read it (150 MB after indexing 1,000 issues: 0.6 s each). A reader in
// another process makes the writer wait (busy_timeout); one that holds on
// leaves the log as it is, for a later sync.
func (c *Catalog) checkpoint(ctx context.Context) error {
	if _, err := c.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		return fmt.Errorf("catalogue: %w", err)
	}
	return nil
}

// tidy merges the index's segments into one, having deleted the blocks of
// stale files (see deleteFile), when a sync wrote written files and
// live are catalogued. FTS5 writes a segment per transaction and merges
// them only a level at a time, which leaves a library indexed in one go
// with a dozen large segments (14 for 1,000 issues); a lookup then seeks
// each bigram in each of them, and in a new process every leaf page it
// reads is a page fault. One segment costs a third of the faults (the FTS5
// lookup of 市发改委 on 1,000 issues: 298 to 87). Merging rewrites the
// whole index (10 s for 1,000 issues), so a sync does it only when it
// wrote at least half of the files, when the merge costs a fraction of
// the indexing just done, or when the stale files reach an eighth of the
// live ones, whose blocks a lookup then walks past in vain: a sync that
// changes one file leaves a small segment and no tombstone, which a
// lookup hardly notices.
func (c *Catalog) tidy(ctx context.Context, written, live int) error {
	var stale int
	if err := c.db.QueryRowContext(ctx, "SELECT count(*) FROM stale").Scan(&stale); err != nil {
		return fmt.Errorf("catalogue: %w", err)
	}
	if (written == 0 || 2*written < live) && (stale == 0 || 8*stale < live) {
		return nil
	}
	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("catalogue: %w", err)
	}
	defer tx.Rollback()
	if err := purgeStale(tx); err != nil {
		return fmt.Errorf("catalogue: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO blocks (blocks) VALUES ('optimize')"); err != nil {
		return fmt.Errorf("catalogue: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("catalogue: %w", err)
	}
	return nil
}

// below reports whether p is inside one of the directories roots.
func below(p string, roots []string) bool {
	for _, r := range roots {
		r, err := filepath.Abs(r)
		if err == nil && strings.HasPrefix(p, r+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// hashes returns the stored content hash of each of the paths that v
// holds: a Sync reads the hashes of the files it reads again only, which
// are few but for the first time a library is indexed, when none is in
// the catalogue.
func (c *Catalog) hashes(ctx context.Context, v *view, paths []string) (map[string]string, error) {
	old := map[string]string{}
	for _, p := range paths {
		if _, ok := v.get(p); !ok {
			continue
		}
		var h string
		if err := c.db.QueryRowContext(ctx, "SELECT hash FROM files WHERE path = ?", p).Scan(&h); err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("catalogue: %w", err)
		}
		old[p] = h
	}
	return old, nil
}

// read builds the entry of the file at path: its bytes hashed, then parsed
// and flattened unless the hash is the one catalogued (old).
func read(path string, old string) *entry {
	// Until the file is read, size and mtime are -1: a file that cannot be
	// read is tried again next time.
	e := &entry{path: path, size: -1, mtime: -1}
	st, statErr := os.Stat(path)
	b, err := loader.ReadFile(path)
	if err != nil {
		e.err = err.Error() // as a scan reports it
		return e
	}
	if statErr == nil {
		e.size, e.mtime = st.Size(), st.ModTime().UnixNano()
	}
	sum := sha256.Sum256(b)
	e.hash = hex.EncodeToString(sum[:])
	if e.hash == old {
		e.unchanged = true
		return e
	}
	is, err := loader.Parse(path, b)
	if err != nil {
		e.err = err.Error()
		return e
	}
	e.flatten(is)
	return e
}

// writer writes the entries of a Sync in transactions from one goroutine.
type writer struct {
	c   *Catalog
	ctx context.Context
	old map[string]string // the stored hash of each catalogued file to read
	sum *Summary
}

// batch bounds a transaction: readers of the catalogue in other processes
// see the progress, and a crash loses little.
const (
	batchFiles = 16
	batchTime  = 5 * time.Second
)

func (w *writer) run(jobs []string, progress Progress) error {
	if progress != nil && len(jobs) > 0 {
		progress(0, len(jobs)) // before the first file, which may take long
	}
	in := make(chan string)
	out := make(chan *entry, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Go(func() {
			for p := range in {
				out <- read(p, w.old[p])
			}
		})
	}
	ctx, cancel := context.WithCancel(w.ctx)
	defer cancel()
	go func() {
		defer close(in)
		for _, p := range jobs {
			select {
			case in <- p:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(out) }()
	var tx *sql.Tx
	var started time.Time
	var err error
	n, pending := 0, 0
	for e := range out {
		n++
		if err != nil {
			continue // drain the workers
		}
		if tx == nil {
			if tx, err = w.c.db.BeginTx(w.ctx, nil); err != nil {
				cancel()
				continue
			}
			started, pending = time.Now(), 0
		}
		if err = w.put(tx, e); err != nil {
			cancel()
			continue
		}
		pending++
		if pending >= batchFiles || time.Since(started) > batchTime || n == len(jobs) {
			err = commit(tx)
			tx = nil
		}
		if progress != nil {
			progress(n, len(jobs))
		}
	}
	if tx != nil {
		if err == nil {
			err = commit(tx)
		} else {
			tx.Rollback()
		}
	}
	if err != nil {
		return fmt.Errorf("catalogue: %w", err)
	}
	return nil
}

// commit moves the pending blocks into the index and commits tx.
func commit(tx *sql.Tx) error {
	if err := flushPending(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// remove deletes the files with the given ids.
func (w *writer) remove(ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	tx, err := w.c.db.BeginTx(w.ctx, nil)
	if err != nil {
		return fmt.Errorf("catalogue: %w", err)
	}
	defer tx.Rollback()
	for _, id := range ids {
		if err := deleteFile(tx, id); err != nil {
			return fmt.Errorf("catalogue: %w", err)
		}
	}
	w.sum.Removed += len(ids)
	return tx.Commit()
}
