package cli

import (
	"context"
	"errors"
	"fmt"

	"gazette/data/query"
	"gazette/loader/catalog"
	"gazette/ui"
	say "gazette/ui/msg"
)

// openLibrary lists srcs, found below the directories roots, from the
// catalogue for the interface, bringing it up to date first (with a
// progress bar on stderr); the interface then parses an issue only when
// it is opened, and its ctrl+f searches through the index. It returns a
// nil library, having said why when it is an error, when there is no
// catalogue to use: the interface then loads every issue itself. close
// closes the catalogue when the interface is done.
func openLibrary(env *Env, srcs []source, roots []string) (lib *ui.Library, close func(), err error) {
	path := catalog.DefaultPath(env.Getenv)
	if path == "" || len(roots) == 0 {
		return nil, nil, nil
	}
	cat, err := openCatalog(env, path)
	if err != nil {
		fmt.Fprintf(env.Stderr, "gazette: %v; loading every issue\n", err)
		return nil, nil, nil
	}
	if _, err := syncCatalog(env, cat, srcs, roots); err != nil {
		cat.Close()
		fmt.Fprintf(env.Stderr, "gazette: %v; loading every issue\n", err)
		return nil, nil, nil
	}
	files := make([]string, len(srcs))
	for i, s := range srcs {
		files[i] = s.name
	}
	entries, err := cat.List(context.Background(), files)
	if err != nil {
		cat.Close()
		return nil, nil, err
	}
	lib = &ui.Library{Issues: make([]ui.Summary, len(entries))}
	t := say.New(env.lang)
	for i, e := range entries {
		lib.Issues[i] = ui.Summary{Title: e.Title, Year: e.Year, Number: e.Number, TotalNumber: e.TotalNumber,
			Date: e.Date, Publisher: e.Publisher, Documents: len(e.Documents), Warnings: len(e.Warnings),
			Err: localizeText(t, files[i], e.Err)}
	}
	lib.Search = func(m *query.Matcher) ([]query.Hit, error) {
		return librarySearch(env, cat, srcs, files, m)
	}
	return lib, func() { cat.Close() }, nil
}

// librarySearch searches the library as gazette search does: through the
// index, or by scanning when the query cannot use it.
func librarySearch(env *Env, cat *catalog.Catalog, srcs []source, files []string, m *query.Matcher) ([]query.Hit, error) {
	if catalog.Indexable(m) {
		hits, _, err := cat.Search(context.Background(), files, m)
		if err == nil {
			return hits, nil
		}
		if !errors.Is(err, catalog.ErrNotIndexable) {
			return nil, err
		}
	}
	hits, _ := searchSources(env, srcs, m)
	return hits, nil
}
