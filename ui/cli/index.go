package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"gazette/data/query"
	"gazette/loader/catalog"
	say "gazette/ui/msg"
)

// runIndex handles "gazette index DIR…": it brings the catalogue and
// search index up to date with every issue file below the directories (or
// the files given) and prints what it did.
func runIndex(env *Env, args []string) error {
	fs := newFlags("index")
	pos, err := parseFlags(env, fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("needs a DIR")
	}
	srcs, err := expandPaths(env, pos)
	if err != nil {
		return err
	}
	path := catalog.DefaultPath(env.Getenv)
	if path == "" {
		return fmt.Errorf("catalogue: neither XDG_CACHE_HOME nor HOME is set")
	}
	cat, err := openCatalog(env, path)
	if err != nil {
		return err
	}
	defer cat.Close()
	start := time.Now()
	sum, err := syncCatalog(env, cat, srcs, dirs(pos))
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, summaryLine(say.New(env.lang), cat, sum, time.Since(start)))
	if sum.Failed > 0 {
		return fmt.Errorf("%d of %d files could not be indexed (gazette search reports why)", sum.Failed, sum.Files)
	}
	return nil
}

// openCatalog opens the catalogue at path, saying on stderr when a damaged
// or foreign one was rebuilt.
func openCatalog(env *Env, path string) (*catalog.Catalog, error) {
	cat, err := catalog.Open(path)
	if err != nil {
		return nil, err
	}
	if cat.Rebuilt != "" {
		fmt.Fprintf(env.Stderr, "gazette: %s\n", say.New(env.lang).F(say.IndexRebuilt, path, cat.Rebuilt))
	}
	return cat, nil
}

// dirs returns the paths that are directories.
func dirs(paths []string) []string {
	var out []string
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			out = append(out, p)
		}
	}
	return out
}

// syncCatalog brings cat up to date with srcs, found below roots, drawing
// a progress bar on stderr when it is a terminal.
func syncCatalog(env *Env, cat *catalog.Catalog, srcs []source, roots []string) (catalog.Summary, error) {
	files := make([]string, len(srcs))
	for i, s := range srcs {
		files[i] = s.name
	}
	var progress catalog.Progress
	if env.IsTerminal(env.Stderr) {
		bar := &progressBar{w: env.Stderr, label: say.New(env.lang).T(say.IndexProgress)}
		progress = bar.draw
		defer bar.clear()
	}
	return cat.Sync(context.Background(), files, roots, progress)
}

// summaryLine says in t's language what a sync did.
func summaryLine(t say.Catalog, cat *catalog.Catalog, s catalog.Summary, took time.Duration) string {
	var b strings.Builder
	b.WriteString(t.F(say.IndexFiles, cat.Path(), s.Files))
	for _, n := range []struct {
		n    int
		what say.Text
	}{{s.Added, say.IndexAdded}, {s.Updated, say.IndexChanged}, {s.Touched, say.IndexTouched}, {s.Removed, say.IndexRemoved},
		{s.Unchanged, say.IndexUnchanged}, {s.Failed, say.IndexFailed}} {
		if n.n > 0 {
			b.WriteString(t.T(say.IndexSeparator) + t.F(n.what, n.n))
		}
	}
	if s.Bytes > 0 {
		b.WriteString(t.T(say.IndexSeparator) + t.F(say.IndexBytes, float64(s.Bytes)/1e6))
	}
	b.WriteString(t.F(say.IndexTook, took.Seconds()))
	return b.String()
}

// progressBar draws "indexing [#####-----] 120/1000" on one terminal line.
type progressBar struct {
	w     io.Writer
	label string // "indexing" in the reader's language
	drawn time.Time
	shown bool
}

const barWidth = 30

func (p *progressBar) draw(done, total int) {
	if done < total && time.Since(p.drawn) < 100*time.Millisecond {
		return
	}
	p.drawn, p.shown = time.Now(), true
	n := barWidth * done / max(total, 1)
	fmt.Fprintf(p.w, "\r%s [%s%s] %d/%d", p.label, strings.Repeat("#", n), strings.Repeat("-", barWidth-n), done, total)
}

// clear erases the bar.
func (p *progressBar) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// earlyCatalog is a catalogue being opened while the command lists the
// files to search: opening it (some 4 ms) and walking the directories
// (as long, for 1,000 issues) are independent, and a quick search pays
// for both.
type earlyCatalog struct {
	done chan struct{}
	cat  *catalog.Catalog
	err  error
}

// openEarly starts opening the catalogue for a search of m below roots,
// or returns nil when the index will not be used (no cache directory, no
// directory searched, a query of one-character terms).
func openEarly(env *Env, roots []string, m *query.Matcher) *earlyCatalog {
	path := catalog.DefaultPath(env.Getenv)
	if path == "" || len(roots) == 0 || !catalog.Indexable(m) {
		return nil
	}
	e := &earlyCatalog{done: make(chan struct{})}
	go func() {
		defer close(e.done)
		e.cat, e.err = openCatalog(env, path)
	}()
	return e
}

// wait returns the opened catalogue.
func (e *earlyCatalog) wait() (*catalog.Catalog, error) {
	<-e.done
	return e.cat, e.err
}

// discard closes the catalogue when the search will not use it.
func (e *earlyCatalog) discard() {
	if e == nil {
		return
	}
	if cat, err := e.wait(); err == nil {
		cat.Close()
	}
}

// indexedSearch searches srcs, found below the directories roots, through
// the catalogue that open (from openEarly) opens, bringing it up to date
// first. ok is false when the index cannot be used (open is nil, or the
// catalogue cannot be opened, which is reported): search by scanning.
// With limit > 0 only the limit best hits are found (catalog.SearchTop),
// ranked.
func indexedSearch(env *Env, open *earlyCatalog, srcs []source, roots []string, m *query.Matcher, limit int) (hits []query.Hit, errs []error, ok bool) {
	if open == nil {
		return nil, nil, false
	}
	cat, err := open.wait()
	if err != nil {
		fmt.Fprintf(env.Stderr, "gazette: %s\n", say.New(env.lang).F(say.IndexNoIndex, err))
		return nil, nil, false
	}
	if !env.Exits {
		defer cat.Close()
	}
	start := time.Now()
	sum, err := syncCatalog(env, cat, srcs, roots)
	if err != nil {
		fmt.Fprintf(env.Stderr, "gazette: %s\n", say.New(env.lang).F(say.IndexNoIndex, err))
		return nil, nil, false
	}
	if sum.Added+sum.Updated+sum.Removed > 0 && !env.IsTerminal(env.Stderr) {
		fmt.Fprintf(env.Stderr, "gazette: %s\n", summaryLine(say.New(env.lang), cat, sum, time.Since(start)))
	}
	files := make([]string, len(srcs))
	for i, s := range srcs {
		files[i] = s.name
	}
	hits, errs, err = cat.SearchTop(context.Background(), files, m, limit)
	if err != nil {
		if !errors.Is(err, catalog.ErrNotIndexable) {
			fmt.Fprintf(env.Stderr, "gazette: %s\n", say.New(env.lang).F(say.IndexNoIndex, err))
		}
		return nil, nil, false
	}
	return hits, errs, true
}
