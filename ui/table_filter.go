package ui

import (
	"io"
	"strings"

	"github.com/aymanbagabas/go-osc52/v2"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/data"
	"gazette/data/query"
	"gazette/ui/grid"
	say "gazette/ui/msg"
)

// filterEdit is the filter prompt of the table screen. The filter typed
// applies live, as pending, and is added to the table's filters on Enter.
type filterEdit struct {
	input textinput.Model
	on    bool
	// col is the column filtered on (f), -1 for a filter on any column or
	// in COL~TEXT syntax (/).
	col     int
	pending *query.Filter
	err     string
}

// startFilter opens the prompt for a filter on column col, -1 for any.
func (tb *table) startFilter(col int) tea.Cmd {
	tb.edit.on, tb.edit.col, tb.edit.pending, tb.edit.err = true, col, nil, ""
	tb.edit.input.SetValue("")
	tb.setPrompt()
	tb.follow()
	return tb.edit.input.Focus()
}

// setPrompt shows the column filtered on in the prompt: 责任单位 › .
func (tb *table) setPrompt() {
	if tb.edit.col < 0 {
		tb.edit.input.Prompt = "/"
		return
	}
	tb.edit.input.Prompt = columnName(tb.t, tb.edit.col) + " › "
}

// editKey handles a key while the filter prompt is open: Enter adds the
// filter, Esc drops it, Backspace on an empty prompt removes the last
// filter, Tab and Shift+Tab change the column of an f filter; other keys
// edit the text, and the records are filtered again at once.
func (tb *table) editKey(km tea.KeyMsg) tea.Cmd {
	e := &tb.edit
	switch km.Type {
	case tea.KeyEnter:
		if e.pending != nil {
			tb.filters = append(tb.filters, *e.pending)
		}
		tb.closeEdit()
		return nil
	case tea.KeyEsc:
		tb.closeEdit()
		return nil
	case tea.KeyBackspace:
		if e.input.Value() == "" {
			tb.unfilter()
			return nil
		}
	case tea.KeyTab, tea.KeyShiftTab:
		if e.col >= 0 {
			d := 1
			if km.Type == tea.KeyShiftTab {
				d = -1
			}
			n := len(tb.t.Columns)
			e.col = (e.col + d + n) % n
			tb.setPrompt()
			tb.parse()
		}
		return nil
	}
	var cmd tea.Cmd
	before := e.input.Value()
	e.input, cmd = e.input.Update(km)
	if e.input.Value() != before {
		tb.parse()
	}
	return cmd
}

// closeEdit closes the prompt; the pending filter is dropped.
func (tb *table) closeEdit() {
	e := &tb.edit
	e.on, e.pending, e.err = false, nil, ""
	e.input.Blur()
	tb.refilter()
}

// parse makes the text typed the pending filter and filters again.
func (tb *table) parse() {
	e := &tb.edit
	e.pending, e.err = nil, ""
	text := e.input.Value()
	if strings.TrimSpace(text) != "" {
		f, err := tb.compile(e.col, text)
		if err != nil {
			e.err = filterError(tb.c.t, err)
		} else {
			e.pending = &f
		}
	}
	tb.refilter()
}

// compile makes a filter of text: a query.ParseFilter expression whose
// column, when it names none, is col (any column for -1).
func (tb *table) compile(col int, text string) (query.Filter, error) {
	return query.ParseFilter(text, tb.q, col)
}

// unfilter removes the last filter.
func (tb *table) unfilter() {
	if n := len(tb.filters); n > 0 {
		tb.filters = tb.filters[:n-1]
		tb.refilter()
	}
}

// addFilter adds a filter, as picked from the value counts.
func (tb *table) addFilter(f query.Filter) {
	tb.filters = append(tb.filters, f)
	tb.refilter()
}

// barLine is the line above the status line: the filter prompt, or the
// filters as chips.
func (tb *table) barLine() string {
	m := tb.c.m
	if tb.edit.on {
		v := tb.edit.input.View()
		switch {
		case tb.edit.err != "":
			v += "  " + tb.c.styles.Error.Render(m.Truncate(tb.edit.err, max(tb.c.width/2, 10), "…"))
		case tb.edit.pending != nil:
			v += "  " + tb.c.t.F(say.TableMatching, len(tb.recs), len(tb.t.Records))
		}
		return v
	}
	chips := make([]string, len(tb.filters))
	for i, f := range tb.filters {
		chips[i] = chip(tb.c.t, f)
	}
	line := m.Truncate(" "+strings.Join(chips, " · "), tb.c.width, "…")
	return tb.c.styles.Category.Render(line)
}

// copiedMsg reports the outcome of copying records to the clipboard.
type copiedMsg struct {
	n   int
	err error
}

// text reports the outcome in the catalogue's language.
func (c copiedMsg) text(t say.Catalog) string {
	if c.err != nil {
		return t.F(say.TableCopyFailed, c.err)
	}
	return t.N(say.TableCopied, c.n)
}

// copy copies the record under the cursor, or with a filter set every
// record shown, as tab-separated values with a header line.
func (tb *table) copy() tea.Cmd {
	recs := tb.recs
	if len(tb.filters) == 0 {
		if tb.record() < 0 {
			return nil
		}
		recs = recs[tb.cur : tb.cur+1]
	}
	text := tsv(tb.t, recs)
	n := len(recs)
	tb.note = copiedMsg{n: n}.text(tb.c.t)
	return clipboardCmd(tb.c.clipboard, text, n)
}

// clipboardCmd writes the OSC 52 sequence that puts text on the
// terminal's clipboard to w.
func clipboardCmd(w io.Writer, text string, n int) tea.Cmd {
	return func() tea.Msg {
		_, err := osc52.New(text).WriteTo(w)
		return copiedMsg{n: n, err: err}
	}
}

// tsv returns the records recs of t as tab-separated values after a
// header line, written like gazette table --format tsv.
func tsv(t *data.Table, recs []int) string {
	var b strings.Builder
	_ = grid.WriteTSV(&b, grid.Rows(t, recs)) // a strings.Builder does not fail
	return b.String()
}
