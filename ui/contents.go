package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	say "gazette/ui/msg"
	"gazette/ui/page"
)

// contents is an issue's contents page: the printed entries, selectable,
// each opening its document.
type contents struct {
	c     *common
	issue int
	lay   page.Contents
	width int        // the width lay was made for, 0 for none
	list  cursorList // over lay.Items, in lines of lay.Lines
	note  string
}

func newContents(c *common, issue int) *contents {
	p := &contents{c: c, issue: issue}
	p.list.span = p.span
	p.resize()
	return p
}

func (p *contents) entry() *entry { return p.c.issues[p.issue] }

// resize lays the page out again when the width changed, keeping the
// cursor's entry.
func (p *contents) resize() {
	e := p.entry()
	if !e.loaded || e.err != nil {
		return
	}
	if w := p.c.width - 1; w != p.width {
		p.lay = page.LayContents(e.issue, w, p.c.m, PageWords(p.c.t))
		p.width = w
	}
	p.list.resizeLines(len(p.lay.Items), len(p.lay.Lines), p.c.bodyHeight())
}

func (p *contents) loaded(i int) {
	if i == p.issue {
		p.resize()
	}
}

func (p *contents) typing() bool { return false }

// selectDocument puts the cursor on the first entry that opens doc.
func (p *contents) selectDocument(doc int) {
	for i, it := range p.lay.Items {
		if it.Document == doc {
			p.list.to(i)
			return
		}
	}
}

// span is the lines of entry i for the list: its own, with the category
// heading above a category's first entry when they fit, and the masthead
// above the first entry.
func (p *contents) span(i int) (first, last int) {
	it := p.lay.Items[i]
	if i == 0 {
		return 0, it.Last
	}
	first = it.First
	for first > 0 && len(p.lay.Lines[first-1].Spans) > 0 && p.lay.Lines[first-1].Spans[0].Class != page.Gutter &&
		it.Last-first+1 < p.c.bodyHeight() {
		first--
	}
	return first, it.Last
}

func (p *contents) update(msg tea.Msg) (nav tea.Msg, cmd tea.Cmd) {
	p.note = ""
	if p.list.update(msg, p.c.keys) {
		return nil, nil
	}
	km, ok := msg.(tea.KeyMsg)
	switch {
	case !ok:
	case key.Matches(km, p.c.keys.Back):
		return backMsg{}, nil
	case key.Matches(km, p.c.keys.Open) && len(p.lay.Items) > 0:
		if d := p.lay.Items[p.list.cursor].Document; d >= 0 {
			return openDocMsg{p.issue, d}, nil
		}
		p.note = p.c.t.T(say.ContentsNoDoc)
	}
	return nil, nil
}

func (p *contents) view() string {
	e := p.entry()
	h := p.c.bodyHeight()
	switch {
	case !e.loaded:
		return fill([]string{"", " " + p.c.t.F(say.Loading, page.Clean(e.name, p.c.m))}, h)
	case e.err != nil:
		return fill([]string{"", p.c.paint.classes[page.Unmatched].paint(" " + p.c.m.Truncate(page.Clean(oneLine(e.err.Error()), p.c.m), p.c.width-2, "…"))}, h)
	}
	var sel page.Item
	if len(p.lay.Items) > 0 {
		sel = p.lay.Items[p.list.cursor]
	}
	out := make([]string, 0, h)
	for i := p.list.top; i < len(p.lay.Lines) && i < p.list.top+h; i++ {
		l := p.lay.Lines[i]
		if len(p.lay.Items) > 0 && i >= sel.First && i <= sel.Last {
			s := l.String()
			if i == sel.First {
				s = ">" + s[1:] // the gutter's first cell is a space
			}
			out = append(out, p.c.paint.selected.paint(s))
			continue
		}
		out = append(out, p.c.paint.line(l))
	}
	return fill(out, h)
}

func (p *contents) status() (string, string) {
	e := p.entry()
	left := issueName(p.c, e) + " › " + p.c.t.T(say.ContentsName)
	if p.note != "" {
		return p.note, ""
	}
	return left, p.list.position()
}

// ShortHelp lists the contents page's main keys.
func (p *contents) ShortHelp() []key.Binding {
	k := p.c.keys
	return []key.Binding{k.Open, k.Back, k.Quit}
}

// FullHelp lists every key of the contents page.
func (p *contents) FullHelp() [][]key.Binding {
	k := p.c.keys
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{k.Open, k.Back, k.Help, k.Quit},
	}
}

// issueName names an issue for the status line: its title and number
// once loaded, else its source name.
func issueName(c *common, e *entry) string {
	if !e.loaded || e.issue == nil {
		return e.name
	}
	s := e.issue.Title
	if e.issue.Number > 0 {
		s += c.t.F(say.IssueNumber, e.issue.Number)
	}
	return s
}
