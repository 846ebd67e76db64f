package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/ui/keys"
	say "gazette/ui/msg"
	"gazette/ui/page"
)

// library lists the issues, one line each, and filters them as you type.
type library struct {
	c       *common
	rows    []string // one line of text per issue, without the cursor
	order   []int    // the issues in the order listed: recently read first
	shown   []int    // the issues that pass the filter
	cursor  int      // index into shown
	top     int      // first shown row on screen
	filter  textinput.Model
	editing bool
}

func newLibrary(c *common) *library {
	l := &library{c: c, filter: newInput("/"), order: recentFirst(c)}
	l.resize()
	return l
}

// resize lays out the rows again: the columns depend on the width.
func (l *library) resize() {
	l.filter.Width = max(l.c.width-3, 1)
	l.relayout()
}

func (l *library) loaded(int) { l.relayout() }

func (l *library) typing() bool { return l.editing }

// relayout builds the rows in columns: name, number, date, documents.
func (l *library) relayout() {
	m := l.c.m
	cols := make([][4]string, len(l.c.issues))
	var ws [4]int
	for i, e := range l.c.issues {
		switch {
		case !e.loaded:
			cols[i] = [4]string{page.Clean(e.name, m), l.c.t.T(say.LibraryLoading)}
		case e.err != nil:
			cols[i] = [4]string{page.Clean(e.name, m), l.c.t.F(say.LibraryError, page.Clean(oneLine(e.err.Error()), m))}
		default:
			is := e.issue
			cols[i] = [4]string{page.Clean(is.Title, m), page.IssueNumber(is), is.Date, l.c.t.N(say.LibraryDocuments, len(is.Documents))}
		}
		if e.loaded && e.err == nil {
			for k, s := range cols[i] {
				ws[k] = max(ws[k], m.String(s))
			}
		}
	}
	ws[0] = min(ws[0], max(l.c.width/2, 10))
	l.rows = make([]string, len(cols))
	for i, cs := range cols {
		e := l.c.issues[i]
		if !e.loaded || e.err != nil {
			l.rows[i] = cs[0] + "  " + cs[1]
			continue
		}
		l.rows[i] = strings.Join([]string{m.Pad(cs[0], ws[0]), m.Pad(cs[1], ws[1]),
			m.Pad(cs[2], ws[2]), m.PadLeft(cs[3], ws[3])}, "  ")
	}
	l.applyFilter()
}

// applyFilter keeps the rows that contain the filter text.
func (l *library) applyFilter() {
	q := strings.ToLower(strings.TrimSpace(l.filter.Value()))
	l.shown = l.shown[:0]
	for _, i := range l.order {
		if q == "" || strings.Contains(strings.ToLower(l.rows[i]+" "+l.c.issues[i].name), q) {
			l.shown = append(l.shown, i)
		}
	}
	l.cursor = min(l.cursor, max(len(l.shown)-1, 0))
	l.scroll()
}

// listHeight is the number of rows on screen: the body less the title
// line and, while filtering, the filter line.
func (l *library) listHeight() int {
	h := l.c.bodyHeight() - 2
	if l.filtering() {
		h--
	}
	return max(h, 1)
}

func (l *library) filtering() bool { return l.editing || l.filter.Value() != "" }

// scroll keeps the cursor on screen.
func (l *library) scroll() {
	h := l.listHeight()
	l.top = min(l.top, l.cursor)
	if l.cursor >= l.top+h {
		l.top = l.cursor - h + 1
	}
	l.top = max(l.top, 0)
}

func (l *library) update(msg tea.Msg) (nav tea.Msg, cmd tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, nil
	}
	k := l.c.keys
	if l.editing {
		switch km.Type {
		case tea.KeyEnter:
			l.editing = false
			l.filter.Blur()
			return nil, nil
		case tea.KeyEsc:
			l.editing = false
			l.filter.Blur()
			l.filter.SetValue("")
			l.applyFilter()
			return nil, nil
		}
		l.filter, cmd = l.filter.Update(msg)
		l.applyFilter()
		return nil, cmd
	}
	switch {
	case key.Matches(km, k.Down):
		l.cursor = min(l.cursor+1, max(len(l.shown)-1, 0))
	case key.Matches(km, k.Up):
		l.cursor = max(l.cursor-1, 0)
	case key.Matches(km, k.PageDown):
		l.cursor = min(l.cursor+l.listHeight(), max(len(l.shown)-1, 0))
	case key.Matches(km, k.PageUp):
		l.cursor = max(l.cursor-l.listHeight(), 0)
	case key.Matches(km, k.Top):
		l.cursor = 0
	case key.Matches(km, k.Bottom):
		l.cursor = max(len(l.shown)-1, 0)
	case key.Matches(km, k.Filter):
		l.editing = true
		return nil, l.filter.Focus()
	case key.Matches(km, k.Back):
		if l.filter.Value() != "" {
			l.filter.SetValue("")
			l.applyFilter()
		}
	case key.Matches(km, k.Open):
		if len(l.shown) > 0 {
			i := l.shown[l.cursor]
			if e := l.c.issues[i]; e.loaded && e.err == nil {
				return openIssueMsg{i}, nil
			}
		}
	}
	l.scroll()
	return nil, nil
}

func (l *library) view() string {
	m, w := l.c.m, l.c.width
	lines := make([]string, 0, l.c.bodyHeight())
	lines = append(lines, l.c.paint.classes[page.Title].paint(m.Truncate(l.c.t.T(say.LibraryTitle), w, "")), "")
	if l.filtering() {
		lines = append(lines, l.filter.View())
	}
	if len(l.shown) == 0 {
		lines = append(lines, l.c.paint.classes[page.Meta].paint(l.c.t.T(say.LibraryNoMatch)))
	}
	for r := l.top; r < len(l.shown) && r < l.top+l.listHeight(); r++ {
		i := l.shown[r]
		e := l.c.issues[i]
		text := m.Truncate(l.rows[i], w-3, "…")
		switch {
		case r == l.cursor:
			lines = append(lines, l.c.paint.selected.paint(m.Pad(" > "+text, w)))
		case e.err != nil:
			lines = append(lines, "   "+l.c.paint.classes[page.Unmatched].paint(text))
		default:
			lines = append(lines, "   "+text)
		}
	}
	return fill(lines, l.c.bodyHeight())
}

func (l *library) status() (string, string) {
	t := l.c.t
	left := t.N(say.LibraryIssues, len(l.c.issues))
	if l.filtering() {
		left = t.F(say.LibraryShown, len(l.shown), left)
	}
	if l.editing {
		return left, t.T(say.LibraryFilterKeys)
	}
	return left, ""
}

// ShortHelp lists the library's main keys.
func (l *library) ShortHelp() []key.Binding {
	k := l.c.keys
	return []key.Binding{k.Open, k.Filter, k.Quit}
}

// FullHelp lists every key of the library.
func (l *library) FullHelp() [][]key.Binding {
	k := l.c.keys
	back := keys.Relabel(l.c.t, k.Back, say.KeyClearFilter)
	back.SetEnabled(l.filter.Value() != "")
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{k.Open, k.Filter, back, k.Help, k.Quit},
	}
}

// fill pads lines with empty ones, or cuts them, to exactly h lines.
func fill(lines []string, h int) string {
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// oneLine keeps the first line of s.
func oneLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
