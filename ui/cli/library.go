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
// catalogue for the interface, as the catalogue holds them now: the
// interface shows them at once and brings the catalogue up to date in
// the background (lib.Sync), updating the list when files changed. It
// then parses an issue only when it is opened, and its ctrl+f searches
// through the index. It returns a nil library, having said why when it
// is an error, when there is no catalogue to use: the interface then
// loads every issue itself. close stops the sync and closes the
// catalogue when the interface is done.
func openLibrary(env *Env, srcs []source, roots []string) (lib *ui.Library, close func(), err error) {
	path := catalog.DefaultPath(env.Getenv)
	if path == "" || len(roots) == 0 {
		return nil, nil, nil
	}
	cat, err := openCatalog(env, path)
	if err != nil {
		fmt.Fprintf(env.Stderr, "gazette: %s\n", say.New(env.lang).F(say.IndexNoCatalog, err))
		return nil, nil, nil
	}
	files := make([]string, len(srcs))
	for i, s := range srcs {
		files[i] = s.name
	}
	ctx, cancel := context.WithCancel(context.Background())
	close = func() { cancel(); cat.Close() }
	t := say.New(env.lang)
	list := func() ([]ui.Summary, error) {
		heads, err := cat.Heads(ctx, files)
		if err != nil {
			return nil, err
		}
		return summaries(t, files, heads), nil
	}
	issues, err := list()
	if err != nil {
		close()
		return nil, nil, err
	}
	lib = &ui.Library{Issues: issues, List: list}
	lib.Sync = func(progress func(done, total int)) ([]ui.Summary, error) {
		sum, err := cat.Sync(ctx, files, roots, progress)
		if err != nil || sum.Added+sum.Updated == 0 {
			return nil, err
		}
		return list()
	}
	lib.Search = func(m *query.Matcher) ([]query.Hit, error) {
		return librarySearch(env, cat, srcs, files, m)
	}
	return lib, close, nil
}

// summaries turns the catalogue's heads of files into the library's
// summaries, the loader's errors in the interface's language.
func summaries(t say.Catalog, files []string, heads []catalog.Head) []ui.Summary {
	out := make([]ui.Summary, len(heads))
	for i, h := range heads {
		out[i] = ui.Summary{Title: h.Title, Year: h.Year, Number: h.Number, TotalNumber: h.TotalNumber,
			Date: h.Date, Publisher: h.Publisher, Documents: h.Documents, Warnings: h.Warnings, Lead: h.Lead,
			Err: localizeText(t, files[i], h.Err), Pending: !h.Listed}
	}
	return out
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
	hits, _ := searchSources(srcs, m)
	return hits, nil
}
