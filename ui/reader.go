package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/data"
	"gazette/ui/keys"
	say "gazette/ui/msg"
	"gazette/ui/page"
)

// reader shows one document: its text laid out at the width of the
// screen, an outline pane of its sections, and search.
type reader struct {
	c          *common
	issue, doc int
	// lays caches the document's layout by text width, so that toggling
	// the outline pane or resizing back lays nothing out again.
	lays map[int]*page.Document
	lay  *page.Document
	top  int // first line on screen
	pane outline
	find search
	// hit is set while the reader shows a library search hit: Esc then
	// returns to the results at once, highlights and all.
	hit bool
}

func newReader(c *common, issue, doc int) *reader {
	r := &reader{c: c, issue: issue}
	r.find.input = newInput("/")
	r.open(doc)
	return r
}

// open shows document doc of the issue from its top.
func (r *reader) open(doc int) {
	r.doc = doc
	r.lays = map[int]*page.Document{}
	r.lay = nil
	r.top = 0
	r.find.clear()
	r.hit = false
	r.resize()
	r.pane.cursor = 0
	r.follow()
}

func (r *reader) document() *data.Document {
	return r.c.issues[r.issue].issue.Documents[r.doc]
}

// geometry returns the width of the outline pane (0 when closed), the
// separator after it, and the margin and width of the text.
func (r *reader) geometry() (paneW int, sep string, margin, textW int) {
	w := r.c.width
	if r.pane.open {
		paneW = min(max(w/3, 16), 36)
		sep = "│ "
		w -= paneW + r.c.m.String(sep)
	}
	margin = 1
	if w >= 60 {
		margin = 2
	}
	return paneW, sep, margin, max(w-2*margin, 10)
}

// resize lays the document out at the current text width, from the cache
// when it was laid out at that width before, keeping the source line at
// the top of the screen.
func (r *reader) resize() {
	_, _, _, tw := r.geometry()
	lay := r.lays[tw]
	if lay == nil {
		d := page.LayDocument(r.document(), tw, r.c.m)
		lay = &d
		r.lays[tw] = lay
	}
	if lay != r.lay {
		if r.lay != nil {
			src, off := page.Place(r.lay.Lines, r.top)
			r.top = page.At(lay.Lines, src, off)
		}
		r.lay = lay
		r.find.run(lay.Lines)
	}
	r.pane.scroll(r.c.bodyHeight())
}

func (r *reader) loaded(int) {}

func (r *reader) typing() bool { return r.find.editing }

// section returns the index of the section the top line is in, -1 before
// the first section.
func (r *reader) section() int {
	if r.top < len(r.lay.Lines) {
		return r.lay.Lines[r.top].Section
	}
	return len(r.lay.Sections) - 1
}

// follow moves the outline's cursor to the section on screen.
func (r *reader) follow() {
	if !r.pane.focus {
		r.pane.cursor = max(r.section(), 0)
		r.pane.scroll(r.c.bodyHeight())
	}
}

// scrollBy moves the view n lines, stopping at the last page.
func (r *reader) scrollBy(n int) {
	last := max(len(r.lay.Lines)-r.c.bodyHeight(), 0)
	if n > 0 {
		r.top = min(r.top+n, max(last, r.top))
	} else {
		r.top = max(r.top+n, 0)
	}
}

// jump puts line i at the top of the screen.
func (r *reader) jump(i int) {
	r.top = min(max(i, 0), max(len(r.lay.Lines)-1, 0))
}

func (r *reader) update(msg tea.Msg) (nav tea.Msg, cmd tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, nil
	}
	if r.find.editing {
		cmd, done := r.find.edit(km, r.lay.Lines)
		if done {
			r.find.seek(r.top)
			r.showMatch()
		}
		return nil, cmd
	}
	if r.pane.focus && r.paneKey(km) {
		return nil, nil
	}
	k := r.c.keys
	h := r.c.bodyHeight()
	switch {
	case key.Matches(km, k.Back):
		if r.find.active() && !r.hit {
			r.find.clear()
			return nil, nil
		}
		return backMsg{}, nil
	case key.Matches(km, k.Down):
		r.scrollBy(1)
	case key.Matches(km, k.Up):
		r.scrollBy(-1)
	case key.Matches(km, k.PageDown):
		r.scrollBy(max(h-1, 1))
	case key.Matches(km, k.PageUp):
		r.scrollBy(-max(h-1, 1))
	case key.Matches(km, k.Top):
		r.top = 0
	case key.Matches(km, k.Bottom):
		r.top = max(len(r.lay.Lines)-h, 0)
	case key.Matches(km, k.NextSection):
		for _, a := range r.lay.Sections {
			if a.Line > r.top {
				r.jump(a.Line)
				break
			}
		}
	case key.Matches(km, k.PrevSection):
		for i := len(r.lay.Sections) - 1; i >= 0; i-- {
			if a := r.lay.Sections[i]; a.Line < r.top {
				r.jump(a.Line)
				break
			}
		}
	case key.Matches(km, k.NextDoc):
		if r.doc+1 < len(r.c.issues[r.issue].issue.Documents) {
			r.open(r.doc + 1)
		}
	case key.Matches(km, k.PrevDoc):
		if r.doc > 0 {
			r.open(r.doc - 1)
		}
	case key.Matches(km, k.Outline):
		r.pane.open = !r.pane.open
		r.pane.focus = r.pane.open
		r.resize()
	case key.Matches(km, k.Focus):
		r.pane.focus = !r.pane.open || !r.pane.focus
		if !r.pane.open {
			r.pane.open = true
			r.resize()
		}
	case key.Matches(km, k.Open):
		if ti := r.tableOnScreen(); ti >= 0 {
			return openTableMsg{r.issue, r.doc, ti}, nil
		}
	case key.Matches(km, k.Search):
		r.hit = false
		return nil, r.find.start()
	case key.Matches(km, k.NextMatch):
		r.find.next(1)
		r.showMatch()
	case key.Matches(km, k.PrevMatch):
		r.find.next(-1)
		r.showMatch()
	}
	r.follow()
	return nil, nil
}

// showMatch scrolls the current match into view, a third down the screen.
func (r *reader) showMatch() {
	m, ok := r.find.current()
	if !ok {
		return
	}
	h := r.c.bodyHeight()
	if m.line < r.top || m.line >= r.top+h-1 {
		r.jump(m.line - h/3)
	}
	r.follow()
}

func (r *reader) view() string {
	h := r.c.bodyHeight()
	paneW, sep, margin, _ := r.geometry()
	pad := strings.Repeat(" ", margin)
	var pane []string
	if r.pane.open {
		pane = r.pane.lines(r.c, r.lay.Sections, paneW, h)
	}
	sepW := r.c.paint.classes[page.Border]
	out := make([]string, 0, h)
	for row := range h {
		var b strings.Builder
		if pane != nil {
			b.WriteString(pane[row])
			b.WriteString(sepW.paint(sep))
		}
		if i := r.top + row; i < len(r.lay.Lines) {
			l := r.lay.Lines[i]
			if len(l.Spans) > 0 {
				b.WriteString(pad)
				if hs := r.find.on(i); hs != nil {
					b.WriteString(r.c.paint.marked(l, hs))
				} else {
					b.WriteString(r.c.paint.line(l))
				}
			}
		}
		out = append(out, b.String())
	}
	if r.find.editing {
		out[h-1] = r.find.input.View()
	}
	return strings.Join(out, "\n")
}

// status shows issue › document › section, the search count and the
// position in percent.
func (r *reader) status() (string, string) {
	m := r.c.m
	w := r.c.width
	parts := []string{m.Truncate(r.c.issues[r.issue].issue.Title, max(w/4, 8), "…"),
		m.Truncate(r.document().Title, max(w/3, 10), "…")}
	if s := r.section(); s >= 0 {
		parts = append(parts, r.lay.Sections[s].Section.Heading)
	}
	right := r.percent()
	if f := r.find.count(r.c.t); f != "" {
		right = f + "  " + right
	}
	return strings.Join(parts, " › "), right
}

// percent is how far down the document the bottom of the screen is.
func (r *reader) percent() string {
	n := len(r.lay.Lines)
	h := r.c.bodyHeight()
	if n <= h {
		return "100%"
	}
	return fmt.Sprintf("%d%%", min(100, (r.top+h)*100/n))
}

// ShortHelp lists the reader's main keys.
func (r *reader) ShortHelp() []key.Binding {
	k := r.c.keys
	return []key.Binding{k.NextSection, k.Outline, k.Search, k.Back}
}

// FullHelp lists exactly the keys that work now: those of the outline
// pane when it has the focus, and n/N only when there are matches.
func (r *reader) FullHelp() [][]key.Binding {
	k := r.c.keys
	t := r.c.t
	back := k.Back
	if r.find.active() {
		back = keys.Relabel(t, back, say.KeyClearSearch)
	}
	next, prev := k.NextMatch, k.PrevMatch
	next.SetEnabled(len(r.find.matches) > 0)
	prev.SetEnabled(len(r.find.matches) > 0)
	move := []key.Binding{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom}
	if r.pane.focus {
		move = r.pane.keys(t, k)
		back = keys.Relabel(t, back, say.KeyBackToText)
	}
	open := keys.Relabel(t, k.Open, say.KeyOpenTable)
	open.SetEnabled(!r.pane.focus && r.tableOnScreen() >= 0)
	outline, focus := k.Outline, k.Focus
	if r.pane.open {
		outline = keys.Relabel(t, outline, say.KeyCloseOutline)
	}
	return [][]key.Binding{
		move,
		{k.NextSection, k.PrevSection, k.NextDoc, k.PrevDoc, outline, focus},
		{k.Search, next, prev, open, back, k.Help, k.Quit},
	}
}
