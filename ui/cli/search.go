package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"gazette/data/query"
	"gazette/loader"
)

// runSearch handles "gazette search QUERY [PATH…]". Like grep, it exits
// with status 2 when a file could not be searched, even if others had hits.
func runSearch(env *Env, args []string) error {
	fs := newFlags("search")
	asJSON := fs.Bool("json", false, "") // help: msg.FlagUsage
	noIndex := fs.Bool("no-index", false, "")
	limit := fs.Int("limit", 0, "")
	pos, err := parseFlags(env, fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("needs a QUERY")
	}
	if *limit < 0 {
		return usagef("--limit %d: must be 0 (every hit) or more", *limit)
	}
	m, err := query.Compile(pos[0])
	if err != nil {
		return usagef("query %q: %v", pos[0], err)
	}
	if m.Negated() {
		return usagef("query %q: a search cannot be negated", pos[0])
	}
	var srcs []source
	var roots []string
	var open *earlyCatalog
	if len(pos) == 1 {
		srcs, err = sampleSources(env)
	} else {
		roots = dirs(pos[1:])
		if !*noIndex {
			open = openEarly(env, roots, m)
		}
		srcs, err = expandPaths(env, pos[1:])
	}
	if err != nil {
		open.discard()
		return err
	}
	hits, errs, indexed := indexedSearch(env, open, srcs, roots, m, *limit)
	if !indexed {
		hits, errs = searchSources(srcs, m)
	}
	failed := false
	for _, err := range errs {
		if err != nil {
			printError(env, err)
			failed = true
		}
	}
	query.SortHits(hits)
	if *limit > 0 && len(hits) > *limit {
		hits = hits[:*limit]
	}
	w := bufio.NewWriter(env.Stdout)
	if *asJSON {
		writeHitsJSON(w, srcs, hits)
	} else {
		writeHits(w, srcs, hits, colour(env))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	switch {
	case failed:
		return errReported
	case len(hits) == 0:
		return errNotFound
	}
	return nil
}

// searchSources loads the sources in parallel, one worker per processor,
// and searches each issue as soon as it is loaded; the issue is dropped
// right after. The loader's sieve skips a file in which some character of
// a term cannot occur, and builds only the documents that may hold every
// one (see loader.ParseFor). It returns the hits in source order
// (Hit.Issue is the index into srcs) and each source's error.
func searchSources(srcs []source, m *query.Matcher) ([]query.Hit, []error) {
	sieve := loader.NewSieve(m.Terms())
	hits := make([][]query.Hit, len(srcs))
	errs := make([]error, len(srcs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(srcs)) {
		wg.Go(func() {
			for i := range next {
				b, err := srcs[i].read()
				if err != nil {
					errs[i] = err
					continue
				}
				is, err := loader.ParseFor(srcs[i].name, b, sieve)
				if err != nil {
					errs[i] = err
					continue
				}
				hits[i] = detach(query.SearchIssue(is, i, m))
			}
		})
	}
	for i := range srcs {
		next <- i
	}
	close(next)
	wg.Wait()
	var out []query.Hit
	for _, h := range hits {
		out = append(out, h...)
	}
	return out, errs
}

// detach copies the strings of hits, which point into the parsed issue's
// text, so that the issue and the file's text can be freed: a search with
// many hits then holds only what it prints.
func detach(hits []query.Hit) []query.Hit {
	seen := map[string]string{}
	clone := func(s string) string {
		c, ok := seen[s]
		if !ok {
			c = strings.Clone(s)
			seen[s] = c
		}
		return c
	}
	for i := range hits {
		h := &hits[i]
		h.Title, h.Number, h.Context = clone(h.Title), clone(h.Number), strings.Clone(h.Context)
		if h.Path != nil {
			path := make([]string, len(h.Path))
			for j, p := range h.Path {
				path[j] = clone(p)
			}
			h.Path = path
		}
	}
	return hits
}

// SGR sequences that mark a match on a terminal: bold, reverse video.
const (
	sgrMatch = "\x1b[1;7m"
	sgrReset = "\x1b[0m"
)

// writeHits prints one hit per line:
//
//	FILE:LINE  文号  TITLE › SECTION › …: CONTEXT
//
// where the sections lead to the hit (a heading hit's own heading is its
// context) and a title hit is FILE:LINE and its context, the title and
// 文号. With hl the matches in the context are set off in bold reverse
// video.
func writeHits(w io.Writer, srcs []source, hits []query.Hit, hl bool) {
	for _, h := range hits {
		fmt.Fprintf(w, "%s:%d  ", loader.Clean(srcs[h.Issue].name), h.Line)
		if h.Kind != query.KindTitle {
			if h.Number != "" {
				fmt.Fprintf(w, "%s  ", h.Number)
			}
			io.WriteString(w, h.Title)
			path := h.Path
			if h.Kind == query.KindHeading && len(path) > 0 {
				path = path[:len(path)-1]
			}
			for _, p := range path {
				fmt.Fprintf(w, " › %s", p)
			}
			io.WriteString(w, ": ")
		}
		if !hl {
			io.WriteString(w, h.Context)
		} else {
			at := 0
			for _, r := range h.Match {
				fmt.Fprintf(w, "%s%s%s%s", h.Context[at:r[0]], sgrMatch, h.Context[r[0]:r[1]], sgrReset)
				at = r[1]
			}
			io.WriteString(w, h.Context[at:])
		}
		io.WriteString(w, "\n")
	}
}

// jsonHit is the JSON form of a search hit, a contract: indices are 0-based
// like those of inspect --json, match holds byte ranges into context.
type jsonHit struct {
	File     string   `json:"file"`
	Document int      `json:"document"`
	Number   string   `json:"number"`
	Title    string   `json:"title"`
	Path     []string `json:"path"`
	Line     int      `json:"line"`
	Kind     string   `json:"kind"`
	Table    *int     `json:"table"`
	Record   *int     `json:"record"`
	Context  string   `json:"context"`
	Match    [][2]int `json:"match"`
}

// writeHitsJSON prints the hits as a JSON array with one hit per line.
func writeHitsJSON(w io.Writer, srcs []source, hits []query.Hit) {
	io.WriteString(w, "[")
	for i, h := range hits {
		jh := jsonHit{File: srcs[h.Issue].name, Document: h.Document, Number: h.Number,
			Title: h.Title, Path: h.Path, Line: h.Line, Kind: string(h.Kind),
			Context: h.Context, Match: h.Match}
		if jh.Path == nil {
			jh.Path = []string{}
		}
		if jh.Match == nil {
			jh.Match = [][2]int{}
		}
		if h.Table >= 0 {
			jh.Table = &h.Table
		}
		if h.Record >= 0 {
			jh.Record = &h.Record
		}
		b, err := marshal(jh)
		if err != nil {
			panic(err) // a jsonHit holds only strings and numbers
		}
		if i > 0 {
			io.WriteString(w, ",")
		}
		io.WriteString(w, "\n")
		w.Write(b)
	}
	io.WriteString(w, "\n]\n")
}

// marshal encodes v as compact JSON without escaping <, > and &.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
