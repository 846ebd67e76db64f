package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/ui/keys"
	say "gazette/ui/msg"
	"gazette/ui/page"
)

// docTables lists the tables of one document (t in the reader), each with
// its caption, record count and columns; Enter opens one.
type docTables struct {
	c          *common
	issue, doc int
	labels     []tableLabel
	columns    []string // each table's column names, joined
	list       cursorList
}

// openTablesMsg asks the root to list the tables of a document.
type openTablesMsg struct{ issue, doc int }

func (o openTablesMsg) open(c *common) screen {
	d := c.issues[o.issue].issue.Documents[o.doc]
	s := &docTables{c: c, issue: o.issue, doc: o.doc, labels: tableLabels(c.t, d)}
	for _, t := range d.Tables() {
		s.columns = append(s.columns, strings.Join(t.Columns, "、"))
	}
	s.resize()
	return s
}

// resize fits the list below the title: two lines per table.
func (s *docTables) resize() { s.list.resize(len(s.labels), (s.c.bodyHeight()-2)/2) }

func (s *docTables) loaded(int) {}

func (s *docTables) typing() bool { return false }

func (s *docTables) update(msg tea.Msg) (tea.Msg, tea.Cmd) {
	if s.list.update(msg, s.c.keys) {
		return nil, nil
	}
	km, ok := msg.(tea.KeyMsg)
	switch {
	case !ok:
	case key.Matches(km, s.c.keys.Back):
		return backMsg{}, nil
	case key.Matches(km, s.c.keys.Open) && len(s.labels) > 0:
		return openTableMsg{s.issue, s.doc, s.list.cursor}, nil
	}
	return nil, nil
}

func (s *docTables) view() string {
	m, w, p := s.c.m, s.c.width, s.c.paint
	d := s.c.issues[s.issue].issue.Documents[s.doc]
	lines := []string{p.classes[page.Title].paint(m.Truncate(s.c.t.T(say.TablesTitle)+"  "+page.Clean(d.Title, m), w, "…")), ""}
	first, end := s.list.window()
	for i := first; i < end; i++ {
		l := s.labels[i]
		num := fmt.Sprintf(" %2d ", i+1)
		head := num + l.fit(m, w-m.String(num)-1)
		cols := strings.Repeat(" ", m.String(num)+2) + m.Truncate(s.c.t.F(say.TableColumns, page.Clean(s.columns[i], m)), w-m.String(num)-3, "…")
		if i == s.list.cursor {
			lines = append(lines, p.selected.paint(m.Pad(">"+head[1:], w)))
		} else {
			lines = append(lines, p.classes[page.Text].paint(head))
		}
		lines = append(lines, p.classes[page.Meta].paint(cols))
	}
	if len(s.labels) == 0 {
		lines = append(lines, p.classes[page.Meta].paint(" "+s.c.t.T(say.NoTables)))
	}
	return fill(lines, s.c.bodyHeight())
}

func (s *docTables) status() (string, string) {
	d := s.c.issues[s.issue].issue.Documents[s.doc]
	left := docName(d) + " › " + strings.TrimSpace(s.c.t.T(say.TablesTitle))
	return left, s.list.position()
}

// ShortHelp lists the table list's main keys.
func (s *docTables) ShortHelp() []key.Binding {
	k := s.c.keys
	return []key.Binding{k.Open, k.Back, k.Quit}
}

// FullHelp lists every key of the table list.
func (s *docTables) FullHelp() [][]key.Binding {
	k := s.c.keys
	open := keys.Relabel(s.c.t, k.Open, say.KeyOpenTable)
	open.SetEnabled(len(s.labels) > 0)
	return [][]key.Binding{moveKeys(k), {open, keys.Relabel(s.c.t, k.Back, say.KeyTablesBack), k.Help, k.Quit}}
}
