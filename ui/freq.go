package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/data/query"
	"gazette/ui/grid"
	"gazette/ui/keys"
	say "gazette/ui/msg"
)

// openFreqMsg opens the value counts of the table's current column.
type openFreqMsg struct{ tb *table }

func (o openFreqMsg) open(c *common) screen { return newFreq(c, o.tb) }

// freq lists the units (see query.Table.Units) of a table column over the
// records shown, each with its record count, largest first. Enter filters
// the table to the unit under the cursor (COL=unit).
type freq struct {
	c     *common
	tb    *table
	col   int
	items []query.Freq
	list  cursorList
	err   string
}

func newFreq(c *common, tb *table) *freq {
	f := &freq{c: c, tb: tb, col: tb.col, items: query.Frequencies(tb.q, tb.recs, tb.col)}
	f.resize()
	return f
}

func (f *freq) loaded(int) {}

func (f *freq) typing() bool { return false }

func (f *freq) resize() { f.list.resize(len(f.items), f.window()) }

// window is the number of list lines on screen, below the title line.
func (f *freq) window() int { return max(f.c.bodyHeight()-2, 1) }

func (f *freq) update(msg tea.Msg) (tea.Msg, tea.Cmd) {
	if f.list.update(msg, f.c.keys) {
		f.err = ""
		return nil, nil
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, nil
	}
	f.err = ""
	k := f.c.keys
	switch {
	case key.Matches(km, k.Back):
		return backMsg{}, nil
	case key.Matches(km, k.Open):
		if f.list.cursor >= len(f.items) {
			return nil, nil
		}
		f.tb.update(filterMsg{query.UnitFilter(f.tb.q, f.col, f.items[f.list.cursor].Value)})
		return backMsg{}, nil
	}
	return nil, nil
}

func (f *freq) view() string {
	m := f.c.m
	h := f.c.bodyHeight()
	p := &f.tb.paint
	out := make([]string, 0, h)
	t := f.c.t
	title := t.F(say.TableUnitsIn, columnName(f.tb.t, f.col), t.N(say.TableUnitCount, len(f.items)), t.N(say.TableRecordCount, len(f.tb.recs)))
	out = append(out, p.classes[grid.Header].paint(m.Truncate(title, f.c.width, "…")), "")
	digits := 1
	if len(f.items) > 0 {
		digits = len(strconv.Itoa(f.items[0].Count))
	}
	first, _ := f.list.window()
	for i := first; i < first+f.window(); i++ {
		if i >= len(f.items) {
			out = append(out, "")
			continue
		}
		it := f.items[i]
		v := strings.ReplaceAll(it.Value, "\n", " ")
		if v == "" {
			v = t.T(say.TableEmptyValue)
		}
		line := m.Pad(fmt.Sprintf("  %*d  %s", digits, it.Count, m.Truncate(v, max(f.c.width-digits-6, 4), "…")), f.c.width)
		if i == f.list.cursor {
			line = "›" + strings.TrimPrefix(line, " ")
			line = f.c.paint.selected.paint(line)
		}
		out = append(out, line)
	}
	return strings.Join(out[:min(len(out), h)], "\n")
}

// status names the column and the position in the list.
func (f *freq) status() (string, string) {
	left := f.c.m.Truncate(f.tb.title(), max(f.c.width/3, 10), "…") + " › " + f.c.t.F(say.TableUnitsOf, columnName(f.tb.t, f.col))
	if f.err != "" {
		left = f.err
	}
	return left, fmt.Sprintf("%d/%d", min(f.list.cursor+1, len(f.items)), len(f.items))
}

// ShortHelp lists the main keys of the value counts.
func (f *freq) ShortHelp() []key.Binding {
	k := f.c.keys
	return []key.Binding{k.Open, k.Back}
}

// FullHelp lists exactly the keys of the value counts.
func (f *freq) FullHelp() [][]key.Binding {
	k, t := f.c.keys, f.c.t
	open := keys.Relabel(t, k.Open, say.KeyFilterToValue)
	back := keys.Relabel(t, k.Back, say.KeyBackToTable)
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{open, back, k.Help, k.Quit},
	}
}
