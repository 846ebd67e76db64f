package ui

import (
	"reflect"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"gazette/data"
	"gazette/data/query"
)

var ctrlF = tea.KeyMsg{Type: tea.KeyCtrlF}

// send delivers msg, then every message its commands produce, in order,
// until none is left: a synchronous stand-in for the program's loop.
// Every command of this package's search and state returns at once.
func send(m *model, msg tea.Msg) {
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		msg, queue = queue[0], queue[1:]
		_, cmd := m.Update(msg)
		queue = append(queue, run(cmd)...)
	}
}

// run runs cmd and returns the messages it produced, those of a batch
// flattened.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// searchAll opens the library search and searches for q.
func searchAll(m *model, q string) {
	send(m, ctrlF)
	send(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(q)})
	send(m, tea.KeyMsg{Type: tea.KeyEnter})
}

// TestResultsScreens are golden screens of the library search: the prompt,
// and the results of 企业 in two issues with the cursor moved down.
func TestResultsScreens(t *testing.T) {
	for _, sz := range sizes {
		t.Run("prompt-"+sz.name, func(t *testing.T) {
			m := start(t, library3(), sz.w, sz.h)
			send(m, ctrlF)
			press(m, "企业")
			golden(t, "results/prompt-"+sz.name, shot(m))
		})
		t.Run("list-"+sz.name, func(t *testing.T) {
			m := start(t, library3(), sz.w, sz.h)
			searchAll(m, "企业")
			press(m, "j", "j", "j")
			golden(t, "results/list-"+sz.name, shot(m))
		})
	}
}

// TestResultsOrder ranks the hits as gazette search does (query.SortHits),
// whatever order the issues finish in, with the cursor on the first hit
// until it is moved and on the same hit after.
func TestResultsOrder(t *testing.T) {
	m := start(t, library3(), 80, 24)
	send(m, ctrlF)
	press(m, "企业")
	m.Update(tea.KeyMsg{Type: tea.KeyEnter}) // the searches are not run yet
	r := m.top().(*results)
	is := m.c.issues
	r.found(foundMsg{gen: r.gen, issue: 1, hits: query.SearchIssue(is[1].issue, 1, r.matcher)})
	if r.list.cursor != 0 || r.hits[0].Issue != 1 {
		t.Fatalf("cursor %d on issue %d, want the first hit of issue 1", r.list.cursor, r.hits[0].Issue)
	}
	press(m, "j")
	moved := r.hits[r.list.cursor]
	r.found(foundMsg{gen: r.gen, issue: 0, hits: query.SearchIssue(is[0].issue, 0, r.matcher)})
	r.found(foundMsg{gen: r.gen - 1, issue: 0, hits: []query.Hit{{Issue: 0}}}) // stale: dropped
	if got := r.hits[r.list.cursor]; got.Issue != moved.Issue || got.Line != moved.Line || got.Context != moved.Context {
		t.Errorf("cursor moved to %+v, want %+v", got, moved)
	}
	want := query.Search([]*data.Issue{is[0].issue, is[1].issue}, r.matcher)
	query.SortHits(want)
	if !reflect.DeepEqual(r.hits, want) {
		t.Errorf("hits in another order than gazette search's:\n got %v\nwant %v", r.hits, want)
	}
	if r.pending != 0 {
		t.Errorf("%d searches pending, want 0", r.pending)
	}
}

// TestResultsOpenTable opens a table record's hit: the table screen with
// the cursor on the record and its matching column, and Esc returns to
// the results.
func TestResultsOpenTable(t *testing.T) {
	m := start(t, library3(), 80, 24)
	searchAll(m, "石墨")
	r := m.top().(*results)
	press(m, "j")
	h := r.hits[r.list.cursor]
	press(m, "enter")
	tb, ok := m.top().(*table)
	if !ok || h.Kind != query.KindTable {
		t.Fatalf("enter on a %s hit opened %T", h.Kind, m.top())
	}
	if tb.issue != 1 || tb.record() != h.Record || tb.col != 1 {
		t.Errorf("table of issue %d on record %d column %d, want issue 1 record %d column 1", tb.issue, tb.record(), tb.col, h.Record)
	}
	if v := shot(m); !strings.Contains(v, "发展石墨新材料产业") {
		t.Errorf("the record is not on screen:\n%s", v)
	}
	press(m, "esc")
	if m.top() != r || r.list.cursor != 1 {
		t.Errorf("esc went to %T, cursor %d", m.top(), r.list.cursor)
	}
}

// TestResultsOpen opens hits: the reader shows the match highlighted on
// screen as the current one, and Esc returns to the results with the
// cursor where it was.
func TestResultsOpen(t *testing.T) {
	cases := []struct {
		query string
		down  int
		kind  query.Kind
		src   int // the source line of the match's block
	}{
		{"企业", 0, query.KindTitle, 40},
		{"企业", 6, query.KindParagraph, 59},
		{"社会 责任", 0, query.KindParagraph, 55}, // two words, in a list item
		{"合计", 0, query.KindParagraph, 72},    // the second line of a raw block
	}
	for _, c := range cases {
		for _, sz := range sizes {
			m := start(t, library3(), sz.w, sz.h)
			searchAll(m, c.query)
			for range c.down {
				press(m, "j")
			}
			r := m.top().(*results)
			h := r.hits[r.list.cursor]
			if h.Kind != c.kind {
				t.Fatalf("%s: hit %d is a %s hit, want %s", c.query, c.down, h.Kind, c.kind)
			}
			press(m, "enter")
			rd, ok := m.top().(*reader)
			if !ok {
				t.Fatalf("%s: enter opened %T", c.query, m.top())
			}
			if rd.issue != h.Issue || rd.doc != h.Document {
				t.Errorf("%s: reader on issue %d doc %d, want %d %d", c.query, rd.issue, rd.doc, h.Issue, h.Document)
			}
			cur, ok := rd.find.current()
			if !ok {
				t.Fatalf("%s: no current match", c.query)
			}
			if cur.line < rd.top || cur.line >= rd.top+m.c.bodyHeight() {
				t.Errorf("%s %s: current match on line %d, screen shows %d…", c.query, sz.name, cur.line, rd.top)
			}
			line := rd.lay.Lines[cur.line]
			if word := line.String()[cur.start:cur.end]; !strings.Contains(query.Normalize(c.query), word) {
				t.Errorf("%s: current match is %q", c.query, word)
			}
			if line.Source != c.src {
				t.Errorf("%s: match in the block of source line %d, want %d", c.query, line.Source, c.src)
			}
			press(m, "esc")
			if back, ok := m.top().(*results); !ok || back != r || r.list.cursor != c.down {
				t.Errorf("%s: esc went to %T, cursor %d, want the results with cursor %d", c.query, m.top(), r.list.cursor, c.down)
			}
		}
	}
}

// TestResultsOpenGroup opens a group label's hit: the table on the
// group's first record.
func TestResultsOpenGroup(t *testing.T) {
	m := start(t, Options{Sources: fixed(sampleIssue())}, 80, 24)
	searchAll(m, "加快构建")
	r := m.top().(*results)
	if len(r.hits) != 1 || r.hits[0].Kind != query.KindGroup {
		t.Fatalf("hits %+v, want the group label", r.hits)
	}
	press(m, "enter")
	if tb, ok := m.top().(*table); !ok || tb.record() != 0 {
		t.Errorf("enter opened %T", m.top())
	}
}
