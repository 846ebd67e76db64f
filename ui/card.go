package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/ui/grid"
	bind "gazette/ui/keys"
	say "gazette/ui/msg"
)

// openCardMsg opens the record card of the record under the table's
// cursor.
type openCardMsg struct{ tb *table }

func (o openCardMsg) open(c *common) screen { return newCard(c, o.tb) }

// card shows one record of a table: every column's name and its full
// value, wrapped to the screen. It steps through the records the table
// shows, moving the table's cursor with it.
type card struct {
	c     *common
	tb    *table
	lines []cardLine
	text  lineScroll
	note  string // the outcome of the last copy, until the next key
}

// cardLine is a line of a card: its text, class, and the column whose
// value it shows (-1 for none).
type cardLine struct {
	text  string
	class grid.Class
	col   int
}

// cardIndent indents a value under its column's name.
const cardIndent = "  "

func newCard(c *common, tb *table) *card {
	k := &card{c: c, tb: tb}
	k.resize()
	return k
}

func (k *card) loaded(int) {}

func (k *card) typing() bool { return false }

// resize lays the record out at the screen's width, from its top.
func (k *card) resize() {
	k.lines = k.lines[:0]
	k.text.top = 0
	r := k.tb.record()
	if r < 0 {
		return
	}
	t, m := k.tb.t, k.c.m
	width := max(k.c.width-2, 10)
	add := func(s string, class grid.Class, col int, indent string) {
		for _, l := range m.Wrap(s, width-m.String(indent)) {
			k.lines = append(k.lines, cardLine{indent + l, class, col})
		}
	}
	if g := t.GroupOf(r); g != "" {
		add(g, grid.Group, -1, "")
		k.lines = append(k.lines, cardLine{class: grid.Border, col: -1})
	}
	rec := t.Records[r]
	for c := range t.Columns {
		add(columnName(t, c), grid.Header, -1, "")
		class, text := grid.Text, t.Text(r, c)
		if c < len(rec.Cells) && rec.Cells[c].Inherited {
			class = grid.Inherited
		}
		if strings.TrimSpace(text) == "" {
			class, text = grid.Border, "—"
		}
		add(text, class, c, cardIndent)
		k.lines = append(k.lines, cardLine{class: grid.Border, col: -1})
	}
}

func (k *card) update(msg tea.Msg) (tea.Msg, tea.Cmd) {
	if c, ok := msg.(copiedMsg); ok {
		k.note = c.text(k.c.t)
		return nil, nil
	}
	k.text.size(len(k.lines), k.c.bodyHeight())
	if move(&k.text, msg, k.c.keys) {
		k.note = ""
		if len(k.lines) <= k.text.rows {
			k.note = k.c.t.T(say.TableCardFits)
		}
		return nil, nil
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, nil
	}
	k.note = ""
	keys := k.c.keys
	switch {
	case key.Matches(km, keys.Back):
		return backMsg{}, nil
	case key.Matches(km, keys.Copy):
		if r := k.tb.record(); r >= 0 {
			k.note = copiedMsg{n: 1}.text(k.c.t)
			return nil, clipboardCmd(k.c.clipboard, tsv(k.tb.t, []int{r}), 1)
		}
	case key.Matches(km, keys.NextRecord):
		k.step(1)
	case key.Matches(km, keys.PrevRecord):
		k.step(-1)
	}
	return nil, nil
}

// step shows the next (d = 1) or previous (d = -1) record of the table.
func (k *card) step(d int) {
	i := k.tb.cur + d
	switch {
	case i < 0:
		k.note = k.c.t.T(say.TableFirstRecord)
		return
	case i >= len(k.tb.recs):
		k.note = k.c.t.T(say.TableLastRecord)
		return
	}
	k.tb.update(recordMsg{i})
	k.resize()
}

func (k *card) view() string {
	h := k.c.bodyHeight()
	p := &k.tb.paint
	out := make([]string, 0, h)
	for i := k.text.top; i < k.text.top+h; i++ {
		if i >= len(k.lines) {
			out = append(out, "")
			continue
		}
		l := k.lines[i]
		var b strings.Builder
		b.WriteString(" ")
		w := p.classes[l.class]
		if l.col >= 0 {
			paintMarked(&b, l.text, k.tb.marks.find(l.text, l.col), w, p.match)
		} else {
			b.WriteString(w.paint(l.text))
		}
		out = append(out, b.String())
	}
	return strings.Join(out, "\n")
}

// status names the table and the record's source line, and where the
// record is among those the table shows.
func (k *card) status() (string, string) {
	tb := k.tb
	left := k.c.m.Truncate(tb.title(), max(k.c.width/3, 10), "…")
	if r := tb.record(); r >= 0 {
		left += " › " + k.c.t.F(say.TableRecordOnLine, tb.t.Records[r].Line)
	}
	right := k.c.t.F(say.TableRecordOf, tb.cur+1, len(tb.recs))
	if k.note != "" {
		right = k.note + "  " + right
	}
	return left, right
}

// ShortHelp lists the card's main keys.
func (k *card) ShortHelp() []key.Binding {
	keys := k.c.keys
	return []key.Binding{keys.NextRecord, keys.PrevRecord, keys.Copy, keys.Back}
}

// FullHelp lists exactly the keys of the card.
func (k *card) FullHelp() [][]key.Binding {
	keys, t := k.c.keys, k.c.t
	back := bind.Relabel(t, keys.Back, say.KeyBackToTable)
	cp := bind.Relabel(t, keys.Copy, say.KeyCopyRecord)
	return [][]key.Binding{
		{keys.Down, keys.Up, keys.PageDown, keys.PageUp, keys.Top, keys.Bottom},
		{keys.NextRecord, keys.PrevRecord, cp, back, keys.Help, keys.Quit},
	}
}
