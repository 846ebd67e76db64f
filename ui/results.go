package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/data/query"
	"gazette/ui/keys"
	say "gazette/ui/msg"
	"gazette/ui/page"
)

// results is the library search: a prompt, then every place in every
// issue where the query matched, ranked as gazette search ranks them
// (query.SortHits), each with a line of context and the match
// highlighted, under the name of its document. Each issue is searched in
// a command of its own, and its hits are ranked in among the others when
// it is done; an issue that finishes loading later is searched then.
type results struct {
	c       *common
	input   textinput.Model
	editing bool
	query   string         // the query searched for, "" before the first
	matcher *query.Matcher // query compiled, nil before the first search
	note    string         // why the last query could not be searched
	// gen counts searches; a foundMsg of an earlier search is dropped.
	gen int
	// byIssue holds each issue's hits once it was searched; searched
	// tells which were, pending how many are running.
	byIssue  [][]query.Hit
	searched []bool
	pending  int
	hits     []query.Hit // every hit, ranked
	rows     []resultRow // the rows of the list at width laidW
	laidW    int
	rowOf    []int // the row of each hit
	// cursor is the index into hits; moved tells that the user moved it
	// since the search started, else it stays on the first hit.
	cursor int
	moved  bool
	top    int // first row on screen
}

// resultRow is one line of the result list: a document or a hit with the
// byte ranges of its matches.
type resultRow struct {
	text  string
	class page.Class
	hit   int // index into hits, -1 for a document line
	marks [][2]int
}

// Messages of the library search.
type (
	// foundMsg is the hits of one issue for search gen.
	foundMsg struct {
		gen, issue int
		hits       []query.Hit
	}
	// openHitMsg asks the root to open a hit: the document (or table
	// record) scrolled to it, the query highlighted. It is an opener.
	openHitMsg struct {
		hit     query.Hit
		query   string
		matcher *query.Matcher
	}
)

// hitIndent is where a hit's context starts; the cursor marker is drawn
// inside it.
const hitIndent = "    "

func newResults(c *common) *results {
	r := &results{c: c, input: newInput(c.t.T(say.SearchPrompt))}
	r.resize()
	return r
}

// edit opens the prompt holding q; a non-empty q is searched at once.
func (r *results) edit(q string) tea.Cmd {
	if q != "" {
		r.input.SetValue(q)
		return r.search()
	}
	r.editing = true
	r.input.SetValue(r.query)
	r.input.CursorEnd()
	return r.input.Focus()
}

// search runs the prompt's query over every loaded issue.
func (r *results) search() tea.Cmd {
	r.editing = false
	r.input.Blur()
	q := strings.TrimSpace(r.input.Value())
	m, err := query.Compile(q)
	if err != nil {
		r.note = r.c.t.F(say.SearchCannot, err)
		return nil
	}
	n := len(r.c.issues)
	r.query, r.matcher, r.note = q, m, ""
	r.gen++
	r.byIssue, r.searched, r.pending = make([][]query.Hit, n), make([]bool, n), 0
	r.cursor, r.moved, r.top = 0, false, 0
	var cmds []tea.Cmd
	for i := range r.c.issues {
		if cmd := r.searchIssue(i); cmd != nil {
			cmds = append(cmds, cmd)
		}
	}
	r.relist()
	return tea.Batch(cmds...)
}

// searchIssue returns the command that searches issue i, or nil when it
// is not loaded, failed or was searched already.
func (r *results) searchIssue(i int) tea.Cmd {
	e := r.c.issues[i]
	if r.matcher == nil || r.searched[i] || !e.loaded || e.err != nil {
		return nil
	}
	r.searched[i] = true
	r.pending++
	gen, is, m := r.gen, e.issue, r.matcher
	return func() tea.Msg {
		return foundMsg{gen: gen, issue: i, hits: query.SearchIssue(is, i, m)}
	}
}

// found takes the hits of one issue, keeping the cursor on its hit.
func (r *results) found(msg foundMsg) {
	if msg.gen != r.gen {
		return
	}
	r.pending--
	r.byIssue[msg.issue] = msg.hits
	r.relist()
}

// relist ranks every issue's hits and puts the cursor back on the hit it
// was on (on the first hit until the user moves it).
func (r *results) relist() {
	var at *query.Hit
	if r.moved && r.cursor < len(r.hits) {
		h := r.hits[r.cursor]
		at = &h
	}
	r.hits = r.hits[:0]
	for _, hs := range r.byIssue {
		r.hits = append(r.hits, hs...)
	}
	query.SortHits(r.hits)
	r.cursor = 0
	if at != nil {
		r.cursor = max(slices.IndexFunc(r.hits, func(h query.Hit) bool { return query.CompareHits(h, *at) == 0 }), 0)
	}
	r.lay()
}

// lay lays out the rows at the screen's width: each hit under a line
// naming its document, written again whenever the document changes from
// the hit above.
func (r *results) lay() {
	m, w := r.c.m, r.c.width
	r.laidW = w
	r.rows, r.rowOf = r.rows[:0], r.rowOf[:0]
	for j, h := range r.hits {
		if j == 0 || h.Issue != r.hits[j-1].Issue || h.Document != r.hits[j-1].Document {
			r.rows = append(r.rows, resultRow{text: m.Truncate(" "+r.docLine(h), w, "…"), class: page.Heading2, hit: -1})
		}
		full := hitIndent + h.Context
		text := m.Truncate(full, w, "…")
		kept := len(text) // the bytes of full that text keeps
		if text != full {
			kept = len(strings.TrimSuffix(text, "…"))
		}
		var marks [][2]int
		for _, mk := range h.Match {
			a, b := mk[0]+len(hitIndent), min(mk[1]+len(hitIndent), kept)
			if a < b {
				marks = append(marks, [2]int{a, b})
			}
		}
		r.rowOf = append(r.rowOf, len(r.rows))
		r.rows = append(r.rows, resultRow{text: text, class: page.Text, hit: j, marks: marks})
	}
	r.scroll()
}

// docLine names a hit's document: its 文号 or title, and its issue.
func (r *results) docLine(h query.Hit) string {
	m := r.c.m
	name := page.Clean(h.Title, m)
	if h.Number != "" {
		name = page.Clean(h.Number, m) + "  " + name
	}
	return page.Clean(issueName(r.c, r.c.issues[h.Issue]), m) + " › " + name
}

// resize lays the rows out again when the width changed.
func (r *results) resize() {
	r.input.Width = max(r.c.width-r.c.m.String(r.input.Prompt)-1, 1)
	if r.laidW != r.c.width {
		r.lay()
	}
	r.scroll()
}

func (r *results) loaded(int) {}

func (r *results) typing() bool { return r.editing }

// listHeight is the number of rows on screen, below the prompt line and a
// blank line.
func (r *results) listHeight() int { return max(r.c.bodyHeight()-2, 1) }

// scroll keeps the cursor's row on screen, with the issue and document
// headings above it when they fit.
func (r *results) scroll() {
	if len(r.hits) == 0 {
		r.top = 0
		return
	}
	h := r.listHeight()
	row := r.rowOf[r.cursor]
	first := row
	for first > 0 && r.rows[first-1].hit < 0 && row-first < h-1 {
		first--
	}
	if r.cursor == 0 {
		first = 0
	}
	r.top = min(r.top, first)
	if row >= r.top+h {
		r.top = row - h + 1
	}
	r.top = max(r.top, 0)
}

func (r *results) update(msg tea.Msg) (nav tea.Msg, cmd tea.Cmd) {
	if d := wheel(msg); d != 0 && !r.editing && len(r.hits) > 0 {
		r.cursor = min(max(r.cursor+d, 0), len(r.hits)-1)
		r.moved = true
		r.scroll()
		return nil, nil
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, nil
	}
	if r.editing {
		switch km.Type {
		case tea.KeyEnter:
			return nil, r.search()
		case tea.KeyEsc:
			r.editing = false
			r.input.Blur()
			if r.matcher == nil {
				return backMsg{}, nil
			}
			return nil, nil
		}
		r.input, cmd = r.input.Update(km)
		return nil, cmd
	}
	k := r.c.keys
	n := len(r.hits)
	r.note = ""
	switch {
	case key.Matches(km, k.Back):
		return backMsg{}, nil
	case key.Matches(km, k.Search):
		return nil, r.edit("")
	case n == 0:
		return nil, nil
	case key.Matches(km, k.Down):
		r.cursor = min(r.cursor+1, n-1)
	case key.Matches(km, k.Up):
		r.cursor = max(r.cursor-1, 0)
	case key.Matches(km, k.PageDown):
		r.cursor = r.hitAt(r.rowOf[r.cursor]+r.listHeight(), n-1)
	case key.Matches(km, k.PageUp):
		r.cursor = r.hitAt(r.rowOf[r.cursor]-r.listHeight(), 0)
	case key.Matches(km, k.Top):
		r.cursor = 0
	case key.Matches(km, k.Bottom):
		r.cursor = n - 1
	case key.Matches(km, k.Open):
		return openHitMsg{hit: r.hits[r.cursor], query: r.query, matcher: r.matcher}, nil
	default:
		return nil, nil
	}
	r.moved = true
	r.scroll()
	return nil, nil
}

// hitAt returns the first hit at or after row (before it, for a row past
// the end), or dflt when there is none.
func (r *results) hitAt(row, dflt int) int {
	for i, ro := range r.rowOf {
		if ro >= row {
			return i
		}
	}
	return dflt
}

func (r *results) view() string {
	m, w, p := r.c.m, r.c.width, r.c.paint
	lines := make([]string, 0, r.c.bodyHeight())
	if r.editing {
		lines = append(lines, inputView(r.c, r.input))
	} else {
		lines = append(lines, p.classes[page.Title].paint(m.Truncate(r.input.Prompt+r.query, w, "…")))
	}
	lines = append(lines, "")
	meta := p.classes[page.Meta]
	switch {
	case r.matcher == nil:
		lines = append(lines, meta.paint(m.Truncate(r.c.t.T(say.SearchHint), w, "…")))
	case len(r.hits) == 0 && r.pending > 0:
		lines = append(lines, meta.paint(r.c.t.T(say.Searching)))
	case len(r.hits) == 0:
		lines = append(lines, meta.paint(m.Truncate(r.c.t.F(say.SearchNothing, r.query), w, "…")))
	}
	for i := r.top; i < len(r.rows) && len(lines) < r.c.bodyHeight(); i++ {
		row := r.rows[i]
		var b strings.Builder
		switch {
		case row.hit < 0:
			b.WriteString(p.classes[row.class].paint(row.text))
		case row.hit == r.cursor:
			text := m.Pad("  >"+row.text[len(hitIndent)-1:], w)
			paintMarked(&b, text, row.marks, p.selected, p.current)
		default:
			paintMarked(&b, row.text, row.marks, p.classes[row.class], p.match)
		}
		lines = append(lines, b.String())
	}
	return fill(lines, r.c.bodyHeight())
}

func (r *results) status() (string, string) {
	if r.note != "" {
		return r.note, ""
	}
	t := r.c.t
	if r.editing {
		return t.T(say.SearchTitle), t.T(say.SearchEditKeys)
	}
	if r.matcher == nil {
		return t.T(say.SearchTitle), ""
	}
	issues := 0 // the issues with hits
	for _, hs := range r.byIssue {
		if len(hs) > 0 {
			issues++
		}
	}
	left := t.F(say.SearchHitsIn, t.N(say.SearchHits, len(r.hits)), t.N(say.SearchIssues, issues))
	if r.pending > 0 {
		left += t.F(say.SearchPending, r.pending)
	}
	if len(r.hits) == 0 {
		return left, ""
	}
	return left, fmt.Sprintf("%d/%d", r.cursor+1, len(r.hits))
}

// ShortHelp lists the result list's main keys.
func (r *results) ShortHelp() []key.Binding {
	k := r.c.keys
	return []key.Binding{k.Open, k.Search, k.Back}
}

// FullHelp lists every key of the result list.
func (r *results) FullHelp() [][]key.Binding {
	k := r.c.keys
	search := keys.Relabel(r.c.t, k.Search, say.KeyNewSearch)
	back := keys.Relabel(r.c.t, k.Back, say.KeyCloseSearch)
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{k.Open, search, back, k.Help, k.Quit},
	}
}

// searchScreen returns the library search on the stack, or nil.
func (m *model) searchScreen() *results {
	for _, s := range m.stack {
		if r, ok := s.(*results); ok {
			return r
		}
	}
	return nil
}
