package ui

import (
	"slices"

	tea "github.com/charmbracelet/bubbletea"

	"gazette/data"
	"gazette/ui/page"
	"gazette/ui/state"
)

// savedMsg reports the end of a state save.
type savedMsg struct{ err error }

// position is where the reader is, for the state store: the document and
// the source position of the top line (page.Place: the source line and
// the offset in its block, so that a different width finds it again).
func (r *reader) position() state.Position {
	line, off := page.Place(r.lay.Lines, r.top)
	return state.Position{Document: r.doc, Number: r.document().Number, Line: line, Offset: off}
}

// restore scrolls to a remembered position of the current document.
func (r *reader) restore(p state.Position) {
	if p.Line > 0 {
		r.jump(page.At(r.lay.Lines, p.Line, p.Offset))
	}
	r.follow()
}

// remember records in the store where each reader among ss is, in order,
// so that the last one of an issue wins, and how each table screen is
// left. It does no I/O: see save.
func (c *common) remember(ss ...screen) {
	for _, s := range ss {
		switch s := s.(type) {
		case *reader:
			if key := c.issues[s.issue].key; key != "" {
				p := s.position()
				if old, ok := c.state.Get(key); ok {
					p.Tables = old.Tables
				}
				c.state.Set(key, p)
			}
		case *table:
			c.keepTable(s)
		}
	}
}

// save writes the store in the background.
func (c *common) save() tea.Cmd {
	st := c.state
	return func() tea.Msg { return savedMsg{st.Save()} }
}

// quit remembers every open reader, saves, then quits.
func (m *model) quit() tea.Cmd {
	m.quitting = true
	m.c.remember(m.stack...)
	return tea.Sequence(m.c.save(), tea.Quit)
}

// resume opens the reader where the user left issue i, on top of its
// contents page, when the store remembers it.
func (m *model) resume(i int) {
	e := m.c.issues[i]
	if !e.loaded || e.err != nil || e.key == "" || len(e.issue.Documents) == 0 {
		return
	}
	p, ok := m.c.state.Get(e.key)
	if !ok {
		return
	}
	r := newReader(m.c, i, findDocument(e.issue, p))
	r.restore(p)
	m.push(r)
}

// resumeLoaded resumes issue i when it was opened straight on its
// contents page (a single file) and has just loaded.
func (m *model) resumeLoaded(i int) {
	if c, ok := m.top().(*contents); ok && len(m.stack) == 2 && c.issue == i {
		m.resume(i)
	}
}

// findDocument returns the index of the remembered document: by its 文号
// when it has one and the documents moved, else by index, clamped.
func findDocument(is *data.Issue, p state.Position) int {
	docs := is.Documents
	d := min(max(p.Document, 0), len(docs)-1)
	if p.Number == "" || docs[d] != nil && docs[d].Number == p.Number {
		return d
	}
	if i := slices.IndexFunc(docs, func(x *data.Document) bool { return x != nil && x.Number == p.Number }); i >= 0 {
		return i
	}
	return d
}

// recentFirst returns the issue indices in library order: the issues the
// store remembers, most recently read first, then the others as given.
func recentFirst(c *common) []int {
	at := map[string]int{}
	for i, e := range c.issues {
		if _, dup := at[e.key]; e.key != "" && !dup {
			at[e.key] = i
		}
	}
	order := make([]int, 0, len(c.issues))
	seen := make([]bool, len(c.issues))
	for _, k := range c.state.Recent() {
		if i, ok := at[k]; ok {
			order = append(order, i)
			seen[i] = true
		}
	}
	for i := range c.issues {
		if !seen[i] {
			order = append(order, i)
		}
	}
	return order
}

// back closes the active screen. Leaving a reader or a table screen
// remembers where it was left and saves.
func (m *model) back() tea.Cmd {
	if len(m.stack) == 1 {
		return nil
	}
	top := m.top()
	m.stack = m.stack[:len(m.stack)-1]
	switch s := top.(type) {
	case *table:
	case *reader:
		if c, ok := m.top().(*contents); ok {
			c.selectDocument(s.doc)
		}
	default:
		return nil
	}
	m.c.remember(top)
	return m.c.save()
}
