package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	say "gazette/ui/msg"
	"gazette/ui/page"
)

// contents is an issue's contents page: the printed entries, selectable,
// each opening its document.
type contents struct {
	c      *common
	issue  int
	lay    page.Contents
	width  int // the width lay was made for, 0 for none
	cursor int // index into lay.Items
	top    int // first line on screen
	note   string
}

func newContents(c *common, issue int) *contents {
	p := &contents{c: c, issue: issue}
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
		p.lay = page.LayContents(e.issue, w, p.c.m)
		p.width = w
		p.cursor = min(p.cursor, max(len(p.lay.Items)-1, 0))
	}
	p.scroll()
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
			p.cursor = i
			p.scroll()
			return
		}
	}
}

// scroll keeps the cursor's entry on screen (with the masthead while the
// first entry is selected).
func (p *contents) scroll() {
	if len(p.lay.Items) == 0 {
		p.top = 0
		return
	}
	h := p.c.bodyHeight()
	it := p.lay.Items[p.cursor]
	if p.cursor == 0 {
		p.top = 0
	}
	if it.Last >= p.top+h {
		p.top = it.Last - h + 1
	}
	if it.First < p.top {
		p.top = it.First
	}
	// show the category heading above a category's first entry
	if p.top == it.First {
		for p.top > 0 && p.lay.Lines[p.top-1].Spans[0].Class != page.Gutter && it.Last < p.top-1+h {
			p.top--
		}
	}
}

func (p *contents) update(msg tea.Msg) (nav tea.Msg, cmd tea.Cmd) {
	if d := wheel(msg); d != 0 && len(p.lay.Items) > 0 {
		p.cursor = min(max(p.cursor+d, 0), len(p.lay.Items)-1)
		p.scroll()
		return nil, nil
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, nil
	}
	k := p.c.keys
	n := len(p.lay.Items)
	p.note = ""
	switch {
	case key.Matches(km, k.Back):
		return backMsg{}, nil
	case n == 0:
		return nil, nil
	case key.Matches(km, k.Down):
		p.cursor = min(p.cursor+1, n-1)
	case key.Matches(km, k.Up):
		p.cursor = max(p.cursor-1, 0)
	case key.Matches(km, k.PageDown):
		p.cursor = p.itemAt(p.lay.Items[p.cursor].First + p.c.bodyHeight())
	case key.Matches(km, k.PageUp):
		p.cursor = p.itemAt(p.lay.Items[p.cursor].First - p.c.bodyHeight())
	case key.Matches(km, k.Top):
		p.cursor = 0
	case key.Matches(km, k.Bottom):
		p.cursor = n - 1
	case key.Matches(km, k.Open):
		if d := p.lay.Items[p.cursor].Document; d >= 0 {
			return openDocMsg{p.issue, d}, nil
		}
		p.note = p.c.t.T(say.ContentsNoDoc)
	}
	p.scroll()
	return nil, nil
}

// itemAt returns the last item that starts at or before line i.
func (p *contents) itemAt(i int) int {
	best := 0
	for k, it := range p.lay.Items {
		if it.First <= i {
			best = k
		}
	}
	return best
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
		sel = p.lay.Items[p.cursor]
	}
	out := make([]string, 0, h)
	for i := p.top; i < len(p.lay.Lines) && i < p.top+h; i++ {
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
	if len(p.lay.Items) == 0 {
		return left, ""
	}
	return left, fmt.Sprintf("%d/%d", p.cursor+1, len(p.lay.Items))
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
