package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/data"
	"gazette/ui/cjk"
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
	// lineScroll scrolls the text: top is its first line on screen.
	lineScroll
	pane outline
	find search
	// hit is set while the reader shows a library search hit: Esc then
	// returns to the results at once, highlights and all.
	hit bool
	// mark is the line of interest (a match, a heading jumped to), -1
	// for none: the status line names its section.
	mark int
	// note says why the last key did nothing, until the next key.
	note string
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
	r.top, r.mark = 0, -1
	r.find.clear()
	r.hit = false
	r.resize()
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
		d := page.LayDocument(r.document(), tw, r.c.m, PageWords(r.c.t))
		lay = &d
		r.lays[tw] = lay
	}
	if lay != r.lay {
		if r.lay != nil {
			src, off := page.Place(r.lay.Lines, r.top)
			r.top = page.At(lay.Lines, src, off)
			if r.mark >= 0 {
				src, off = page.Place(r.lay.Lines, r.mark)
				r.mark = page.At(lay.Lines, src, off)
			}
		}
		r.lay = lay
		r.find.run(lay.Lines)
		r.pane.relist(outlineItems(r.c.t, r.document(), lay), r.c.bodyHeight())
	}
	r.pane.resize(r.c.bodyHeight())
}

func (r *reader) loaded(int) {}

func (r *reader) typing() bool { return r.find.editing }

// scrolls is true but while typing a search: the text then stays put.
func (r *reader) scrolls() bool { return !r.find.editing }

// section returns the index of the section the focus line is in, -1
// before the first section.
func (r *reader) section() int {
	if f := r.focus(); f < len(r.lay.Lines) {
		return r.lay.Lines[f].Section
	}
	return len(r.lay.Sections) - 1
}

// follow moves the outline's cursor to the section or table on screen.
func (r *reader) follow() {
	if !r.pane.focus {
		r.pane.follow(r.focus())
	}
}

// jump puts line i at the top of the screen.
func (r *reader) jump(i int) {
	r.top = min(max(i, 0), max(len(r.lay.Lines)-1, 0))
}

func (r *reader) update(msg tea.Msg) (nav tea.Msg, cmd tea.Cmd) {
	r.size(len(r.lay.Lines), r.c.bodyHeight())
	if wheel(msg) != 0 {
		move(r, msg, r.c.keys)
		r.mark = -1
		r.follow()
		return nil, nil
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, nil
	}
	r.note = ""
	if r.find.editing {
		cmd, done := r.find.edit(km, r.lay.Lines)
		if done {
			r.find.seek(r.top)
			r.showMatch()
		}
		return nil, cmd
	}
	if r.pane.focus {
		if ok, nav := r.paneKey(km); ok {
			return nav, nil
		}
	}
	if nav, cmd, ok := r.command(km); ok {
		return nav, cmd
	}
	if move(r, km, r.c.keys) {
		r.mark = -1
	}
	r.follow()
	return nil, nil
}

// command handles the reader's keys other than moving ones, and reports
// whether km was one. A key that cannot act says why in the status line.
func (r *reader) command(km tea.KeyMsg) (nav tea.Msg, cmd tea.Cmd, ok bool) {
	k, t := r.c.keys, r.c.t
	docs := len(r.c.issues[r.issue].issue.Documents)
	switch {
	case key.Matches(km, k.Back):
		if r.find.active() && !r.hit {
			r.find.clear()
			return nil, nil, true
		}
		return backMsg{}, nil, true
	case key.Matches(km, k.NextSection):
		r.nextSection(1)
	case key.Matches(km, k.PrevSection):
		r.nextSection(-1)
	case key.Matches(km, k.NextDoc) && r.doc+1 >= docs:
		r.note = t.T(say.LastDocument)
	case key.Matches(km, k.NextDoc):
		r.open(r.doc + 1)
	case key.Matches(km, k.PrevDoc) && r.doc == 0:
		r.note = t.T(say.FirstDocument)
	case key.Matches(km, k.PrevDoc):
		r.open(r.doc - 1)
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
	case key.Matches(km, k.Tables):
		if len(r.document().Tables()) == 0 {
			r.note = t.T(say.NoTables)
			break
		}
		return openTablesMsg{r.issue, r.doc}, nil, true
	case key.Matches(km, k.Open):
		if ti := r.tableOnScreen(); ti >= 0 {
			return openTableMsg{r.issue, r.doc, ti}, nil, true
		}
		r.note = t.T(say.NoTableOnScreen)
	case key.Matches(km, k.Search):
		r.hit = false
		return nil, r.find.start(), true
	case key.Matches(km, k.NextMatch), key.Matches(km, k.PrevMatch):
		if !r.find.active() {
			r.note = t.T(say.NoSearch)
			break
		}
		d := 1
		if key.Matches(km, k.PrevMatch) {
			d = -1
		}
		r.find.next(d)
		r.showMatch()
	default:
		return nil, nil, false
	}
	r.follow()
	return nil, nil, true
}

// nextSection puts the heading of the next (d = 1) or previous (d = -1)
// section, after or before the marked line (else the top line), a third
// down the screen.
func (r *reader) nextSection(d int) {
	at, ok := r.marked()
	if !ok {
		at = r.top
	}
	secs := r.lay.Sections
	for i := range secs {
		if d < 0 {
			i = len(secs) - 1 - i
		}
		if a := secs[i]; d > 0 && a.Line > at || d < 0 && a.Line < at {
			r.markLine(a.Line)
			return
		}
	}
	if d > 0 {
		r.note = r.c.t.T(say.NoNextSection)
	} else {
		r.note = r.c.t.T(say.NoPrevSection)
	}
}

// markLine makes line i the line of interest and puts it a third down
// the screen.
func (r *reader) markLine(i int) {
	r.mark = i
	r.jump(i - r.c.bodyHeight()/3)
	// Start the screen on text, not on a blank line, so that the place
	// saved in the state store (page.Place) is the top line itself.
	for r.top < i && len(r.lay.Lines[r.top].Spans) == 0 {
		r.top++
	}
}

// marked returns the marked line (a search match, a heading jumped to)
// while it is on screen.
func (r *reader) marked() (int, bool) {
	return r.mark, r.mark >= r.top && r.mark < r.top+r.c.bodyHeight()
}

// focus is the line the reader looks at, whose section the status line
// names: the marked line, else the line a third down the screen, where
// ] and / put what they find.
func (r *reader) focus() int {
	if m, ok := r.marked(); ok {
		return m
	}
	return max(min(r.top+r.c.bodyHeight()/3, len(r.lay.Lines)-1), 0)
}

// showMatch marks the current match's line, a third down the screen.
func (r *reader) showMatch() {
	m, ok := r.find.current()
	if !ok {
		return
	}
	r.markLine(m.line)
	r.follow()
}

func (r *reader) view() string {
	h := r.c.bodyHeight()
	paneW, sep, margin, _ := r.geometry()
	pad := strings.Repeat(" ", margin)
	var pane []string
	if r.pane.open {
		pane = r.pane.lines(r.c, paneW, h)
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
		out[h-1] = inputView(r.c, r.find.input)
	}
	return strings.Join(out, "\n")
}

// status shows the document (its 文号, else the end of its title) and
// the section of the line looked at, the search count and the position
// in percent; or why the last key did nothing.
func (r *reader) status() (string, string) {
	right := r.percent()
	if f := r.find.count(r.c.t); f != "" {
		right = f + "  " + right
	}
	if r.note != "" {
		return r.note, right
	}
	left := tail(r.c.m, docName(r.document()), max(r.c.width/3, 12))
	if s := r.section(); s >= 0 {
		left += " › " + r.lay.Sections[s].Section.Heading
	}
	return left, right
}

// docName names a document in the status line: its 文号, which is
// unique, else the part of its title after the issuer and the verb
// (关于, 印发, 转发), which tells apart documents whose titles begin
// alike (鸡西市人民政府印发…).
func docName(d *data.Document) string {
	if d.Number != "" {
		return d.Number
	}
	t := d.Title
	if _, after, ok := strings.Cut(t, "关于"); ok && after != "" {
		t = after
	}
	for _, verb := range []string{"印发", "转发"} {
		if _, after, ok := strings.Cut(t, verb); ok && after != "" {
			t = after
			break
		}
	}
	return t
}

// tail cuts s to its last w cells, marking the cut with … at the start.
func tail(m *cjk.Width, s string, w int) string {
	switch {
	case m.String(s) <= w:
		return s
	case w < 1:
		return ""
	}
	rs := []rune(s)
	n := 1 // the ellipsis
	i := len(rs)
	for i > 0 && n+m.Rune(rs[i-1]) <= w {
		i--
		n += m.Rune(rs[i])
	}
	return "…" + string(rs[i:])
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
// pane when it has the focus. Keys that cannot act now (n without a
// search, enter without a table on screen) are listed too: they say why.
func (r *reader) FullHelp() [][]key.Binding {
	k, t := r.c.keys, r.c.t
	back := k.Back
	if r.find.active() {
		back = keys.Relabel(t, back, say.KeyClearSearch)
	}
	move := moveKeys(k)
	open := keys.Relabel(t, k.Open, say.KeyOpenTable)
	if r.pane.focus {
		move = r.pane.keys(t, k)
		back = keys.Relabel(t, back, say.KeyBackToText)
		open = keys.Relabel(t, k.Open, say.KeyOpenInOutline)
	}
	outline := k.Outline
	if r.pane.open {
		outline = keys.Relabel(t, outline, say.KeyCloseOutline)
	}
	return [][]key.Binding{
		move,
		{k.NextSection, k.PrevSection, k.NextDoc, k.PrevDoc, outline, k.Focus},
		{k.Search, k.NextMatch, k.PrevMatch, open, k.Tables, back, k.Help, k.Quit},
	}
}
