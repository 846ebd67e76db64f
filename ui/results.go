package ui

import (
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
	// list's cursor is the index into hits; moved tells that the user
	// moved it since the search started, else it stays on the first hit.
	list  cursorList // over hits, in rows
	moved bool
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
	r.list.span = r.span
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
	r.list.cursor, r.moved = 0, false
	if r.c.lib != nil {
		r.relist()
		return r.searchIndex()
	}
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
	if r.moved && r.list.cursor < len(r.hits) {
		h := r.hits[r.list.cursor]
		at = &h
	}
	r.hits = r.hits[:0]
	for _, hs := range r.byIssue {
		r.hits = append(r.hits, hs...)
	}
	query.SortHits(r.hits)
	r.list.cursor = 0
	if at != nil {
		r.list.cursor = max(slices.IndexFunc(r.hits, func(h query.Hit) bool { return query.CompareHits(h, *at) == 0 }), 0)
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
	r.place()
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
	r.place()
}

func (r *results) loaded(int) {}

func (r *results) typing() bool { return r.editing }

// place fits the list of hits to the rows below the prompt line and a
// blank line, the cursor kept on screen.
func (r *results) place() {
	r.list.resizeLines(len(r.hits), len(r.rows), r.c.bodyHeight()-2)
}

// span is the rows of hit i for the list: its own, with its document's
// line above it (and, for the first hit, everything above).
func (r *results) span(i int) (first, last int) {
	row := r.rowOf[i]
	if i == 0 {
		return 0, row
	}
	if row > 0 && r.rows[row-1].hit < 0 {
		return row - 1, row
	}
	return row, row
}

func (r *results) update(msg tea.Msg) (nav tea.Msg, cmd tea.Cmd) {
	if r.editing {
		return r.edited(msg)
	}
	r.note = ""
	if r.list.update(msg, r.c.keys) {
		r.moved = true
		return nil, nil
	}
	km, ok := msg.(tea.KeyMsg)
	switch {
	case !ok:
	case key.Matches(km, r.c.keys.Back):
		return backMsg{}, nil
	case key.Matches(km, r.c.keys.Search):
		return nil, r.edit("")
	case key.Matches(km, r.c.keys.Open) && len(r.hits) > 0:
		return openHitMsg{hit: r.hits[r.list.cursor], query: r.query, matcher: r.matcher}, nil
	}
	return nil, nil
}

// edited handles a message while the prompt has the keyboard.
func (r *results) edited(msg tea.Msg) (tea.Msg, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, nil
	}
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
	var cmd tea.Cmd
	r.input, cmd = r.input.Update(km)
	return nil, cmd
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
	for i := r.list.top; i < len(r.rows) && len(lines) < r.c.bodyHeight(); i++ {
		row := r.rows[i]
		var b strings.Builder
		switch {
		case row.hit < 0:
			b.WriteString(p.classes[row.class].paint(row.text))
		case row.hit == r.list.cursor:
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
	return left, r.list.position()
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
