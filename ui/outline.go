package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/ui/keys"
	say "gazette/ui/msg"
	"gazette/ui/page"
)

// outline is the reader's pane listing the document's sections. Moving
// its cursor jumps the text to the section; while the text has the focus,
// the cursor follows the section on screen.
type outline struct {
	open, focus bool
	cursor      int // index into the layout's sections
	top         int // first section on screen
}

// scroll keeps the cursor inside the pane's h lines (the first line is
// the pane's title).
func (o *outline) scroll(h int) {
	rows := max(h-1, 1)
	o.top = min(o.top, o.cursor)
	if o.cursor >= o.top+rows {
		o.top = o.cursor - rows + 1
	}
	o.top = max(o.top, 0)
}

// paneKey handles a key while the pane has the focus, and reports whether
// it did.
func (r *reader) paneKey(km tea.KeyMsg) bool {
	k := r.c.keys
	n := len(r.lay.Sections)
	h := r.c.bodyHeight()
	o := &r.pane
	move := func(i int) {
		if n == 0 {
			return
		}
		o.cursor = min(max(i, 0), n-1)
		o.scroll(h)
		r.jump(r.lay.Sections[o.cursor].Line)
	}
	switch {
	case key.Matches(km, k.Down):
		move(o.cursor + 1)
	case key.Matches(km, k.Up):
		move(o.cursor - 1)
	case key.Matches(km, k.PageDown):
		move(o.cursor + h - 2)
	case key.Matches(km, k.PageUp):
		move(o.cursor - h + 2)
	case key.Matches(km, k.Top):
		move(0)
	case key.Matches(km, k.Bottom):
		move(n - 1)
	case key.Matches(km, k.Open), key.Matches(km, k.Back):
		o.focus = false
	default:
		return false
	}
	return true
}

// keys are the pane's movement keys, described for the help.
func (o *outline) keys(t say.Catalog, k keys.KeyMap) []key.Binding {
	return []key.Binding{keys.Relabel(t, k.Down, say.KeyNextInOutline), keys.Relabel(t, k.Up, say.KeyPrevInOutline),
		keys.Relabel(t, k.Top, say.KeyFirstInOutline), keys.Relabel(t, k.Bottom, say.KeyLastInOutline)}
}

// lines draws the pane: h lines of exactly w cells, a title and then one
// line per section, indented by level.
func (o *outline) lines(c *common, secs []page.Anchor, w, h int) []string {
	m := c.m
	title := c.paint.classes[page.Category]
	if o.focus {
		title = c.paint.selected
	}
	out := make([]string, 0, h)
	out = append(out, title.paint(m.Pad(c.t.T(say.OutlineTitle), w)))
	if len(secs) == 0 {
		out = append(out, c.paint.classes[page.Meta].paint(m.Pad(c.t.T(say.OutlineEmpty), w)))
	}
	for i := o.top; i < len(secs) && len(out) < h; i++ {
		s := secs[i].Section
		text := strings.Repeat("  ", max(s.Level-1, 0)) + page.Clean(s.Heading, m)
		if i == o.cursor {
			line := m.Pad(m.Truncate(">"+text, w, "…"), w)
			if o.focus {
				line = c.paint.selected.paint(line)
			} else {
				line = c.paint.classes[page.Heading2].paint(line)
			}
			out = append(out, line)
			continue
		}
		out = append(out, c.paint.classes[page.Text].paint(m.Pad(m.Truncate(" "+text, w, "…"), w)))
	}
	for len(out) < h {
		out = append(out, strings.Repeat(" ", w))
	}
	return out
}
