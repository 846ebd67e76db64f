package ui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/data"
	"gazette/ui/cjk"
	"gazette/ui/keys"
	say "gazette/ui/msg"
	"gazette/ui/page"
)

// outline is the reader's pane listing the document's sections and, under
// each, its tables. Moving its cursor jumps the text to the item; Enter on
// a table opens it. While the text has the focus, the cursor follows the
// text on screen.
type outline struct {
	open, focus bool
	items       []outlineItem
	list        cursorList
}

// outlineItem is one line of the outline: a section heading or a table.
type outlineItem struct {
	level int
	// line is the laid-out line the item starts on.
	line int
	// table is the index into Document.Tables of a table, -1 for a section.
	table int
	text  string     // the heading
	label tableLabel // the table's label
}

// tableLabel names a table in a list: its caption, the columns that tell
// it from another table of the same caption, and its record count.
type tableLabel struct{ caption, columns, count string }

// tableLabels labels the tables of d. A table without a caption is named
// by its columns (numbered when it has none either); tables whose captions
// are the same get the name of their first column that differs (主要目标,
// 重点工作任务).
func tableLabels(t say.Catalog, d *data.Document) []tableLabel {
	ts := d.Tables()
	out := make([]tableLabel, len(ts))
	for i, tb := range ts {
		l := tableLabel{caption: strings.Join(strings.Fields(tb.Caption), " "), count: t.N(say.TableRecords, len(tb.Records))}
		if l.caption == "" {
			// No title printed above it: its column names say what it holds.
			l.caption = strings.Join(strings.Fields(strings.Join(tb.Columns, " ")), " ")
		}
		if l.caption == "" {
			l.caption = t.F(say.TableUntitled, i+1)
		}
		out[i] = l
	}
	for i, tb := range ts {
		for j, other := range ts {
			if i == j || out[j].caption != out[i].caption {
				continue
			}
			k := 0
			for k < len(tb.Columns) && k < len(other.Columns) && tb.Columns[k] == other.Columns[k] {
				k++
			}
			if k < len(tb.Columns) {
				out[i].columns = strings.Join(strings.Fields(tb.Columns[k]), "")
			}
			break
		}
	}
	return out
}

// fit is the label in w cells: ▦ [columns · ]caption · count. What
// tells tables apart stays: the caption is cut first, or left out.
func (l tableLabel) fit(m *cjk.Width, w int) string {
	head := "▦ "
	if l.columns != "" {
		head += l.columns + " · "
	}
	tail := " · " + l.count
	room := w - m.String(head) - m.String(tail)
	switch {
	case room >= min(m.String(l.caption), 6):
		return head + m.Truncate(l.caption, room, "…") + tail
	case l.columns != "":
		return m.Truncate("▦ "+l.columns+tail, w, "…")
	}
	return m.Truncate(head+l.caption+tail, w, "…")
}

// tableLines returns the source line of each table of d, in the order of
// Document.Tables.
func tableLines(d *data.Document) []int {
	var out []int
	add := func(bs []data.Block) {
		for _, b := range bs {
			if b.Kind == data.TableBlock && b.Table != nil {
				out = append(out, b.Line)
			}
		}
	}
	add(d.Blocks)
	d.Walk(func(s *data.Section) bool { add(s.Blocks); return true })
	return out
}

// outlineItems lists the sections of lay and the tables of d in reading
// order, each table one level below the section it is in.
func outlineItems(t say.Catalog, d *data.Document, lay *page.Document) []outlineItem {
	var items []outlineItem
	for _, a := range lay.Sections {
		items = append(items, outlineItem{level: a.Section.Level, line: a.Line, table: -1, text: a.Section.Heading})
	}
	labels := tableLabels(t, d)
	for i, src := range tableLines(d) {
		at := page.At(lay.Lines, src, 0)
		level := 1
		if s := lay.Lines[at].Section; s >= 0 {
			level = lay.Sections[s].Section.Level + 1
		}
		items = append(items, outlineItem{level: level, line: at, table: i, label: labels[i]})
	}
	slices.SortStableFunc(items, func(a, b outlineItem) int { return a.line - b.line })
	return items
}

// relist takes the items of a new layout, with h lines for the pane.
func (o *outline) relist(items []outlineItem, h int) {
	o.items = items
	o.resize(h)
}

// resize fits the list to the pane's h lines (the first is its title).
func (o *outline) resize(h int) { o.list.resize(len(o.items), h-1) }

// follow puts the cursor on the last item at or above line top.
func (o *outline) follow(top int) {
	i, _ := slices.BinarySearchFunc(o.items, top+1, func(it outlineItem, l int) int { return it.line - l })
	o.list.to(i - 1)
}

// paneKey handles a message while the pane has the focus, and reports
// whether it did. nav is set when Enter opens a table.
func (r *reader) paneKey(msg tea.Msg) (handled bool, nav tea.Msg) {
	k := r.c.keys
	o := &r.pane
	if o.list.update(msg, k) {
		if len(o.items) > 0 {
			r.jump(o.items[o.list.cursor].line)
		}
		return true, nil
	}
	km, ok := msg.(tea.KeyMsg)
	switch {
	case !ok:
		return false, nil
	case key.Matches(km, k.Open):
		if len(o.items) > 0 {
			if ti := o.items[o.list.cursor].table; ti >= 0 {
				return true, openTableMsg{r.issue, r.doc, ti}
			}
		}
		o.focus = false
	case key.Matches(km, k.Back):
		o.focus = false
	default:
		return false, nil
	}
	return true, nil
}

// keys are the pane's movement keys, described for the help.
func (o *outline) keys(t say.Catalog, k keys.KeyMap) []key.Binding {
	return []key.Binding{keys.Relabel(t, k.Down, say.KeyNextInOutline), keys.Relabel(t, k.Up, say.KeyPrevInOutline),
		k.PageDown, k.PageUp,
		keys.Relabel(t, k.Top, say.KeyFirstInOutline), keys.Relabel(t, k.Bottom, say.KeyLastInOutline)}
}

// lines draws the pane: h lines of exactly w cells, a title and then one
// line per item, indented by level.
func (o *outline) lines(c *common, w, h int) []string {
	m := c.m
	title := c.paint.classes[page.Category]
	if o.focus {
		title = c.paint.selected
	}
	out := make([]string, 0, h)
	out = append(out, title.paint(m.Pad(c.t.T(say.OutlineTitle), w)))
	if len(o.items) == 0 {
		out = append(out, c.paint.classes[page.Meta].paint(m.Pad(c.t.T(say.OutlineEmpty), w)))
	}
	first, end := o.list.window()
	for i := first; i < end && len(out) < h; i++ {
		it := o.items[i]
		indent := strings.Repeat("  ", max(it.level-1, 0))
		text, class := indent+page.Clean(it.text, m), page.Text
		if it.table >= 0 {
			text, class = indent+it.label.fit(m, w-1-m.String(indent)), page.Meta
		}
		if i == o.list.cursor {
			// > is the pane's cursor, › the place in the text it follows.
			line := m.Pad(m.Truncate("›"+text, w, "…"), w)
			if o.focus {
				line = c.paint.selected.paint(m.Pad(m.Truncate(">"+text, w, "…"), w))
			} else {
				line = c.paint.classes[page.Heading2].paint(line)
			}
			out = append(out, line)
			continue
		}
		out = append(out, c.paint.classes[class].paint(m.Pad(m.Truncate(" "+text, w, "…"), w)))
	}
	for len(out) < h {
		out = append(out, strings.Repeat(" ", w))
	}
	return out
}
