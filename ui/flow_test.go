package ui

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"

	"gazette/data"
	"gazette/ui/page"
)

// TestFlow drives the whole program: library, contents, reader, outline,
// search, back, quit.
func TestFlow(t *testing.T) {
	o := library3()
	tm := teatest.NewTestModel(t, New(o), teatest.WithInitialTermSize(80, 24))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("晋城市人民政府公报")) && bytes.Contains(b, []byte("binary file"))
	}, teatest.WithDuration(5*time.Second))
	tm.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter}) // open 鸡西
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter}) // open document 1
	tm.Type("]]/english")                   // to （一）, then search
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	tm.Type("o")
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("1/1"))
	}, teatest.WithDuration(5*time.Second))
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*model)
	view := ansi.Strip(m.View())
	for _, want := range []string{"（一）坚持贯彻新发展理念", "English", "Outline", "1/1", "› （一）坚持贯彻新发展理念"} {
		if !strings.Contains(view, want) {
			t.Errorf("final view lacks %q:\n%s", want, view)
		}
	}
	if r, ok := m.top().(*reader); !ok || r.doc != 0 || !r.pane.open {
		t.Errorf("final screen %T, want the reader of document 1 with the outline open", m.top())
	}
}

// TestResizeKeepsPlace narrows the reader: the line at the top still
// starts the same paragraph text.
func TestResizeKeepsPlace(t *testing.T) {
	for _, sz := range sizes {
		m := start(t, Options{Sources: fixed(sampleIssue())}, sz.w, sz.h)
		press(m, "enter", "]", "j", "j", "j")
		r := m.top().(*reader)
		src, _ := page.Place(r.lay.Lines, r.top)
		m.Update(tea.WindowSizeMsg{Width: sz.w - 30, Height: sz.h - 4})
		if got, _ := page.Place(r.lay.Lines, r.top); got != src {
			t.Errorf("%s: top source line %d after resize, want %d", sz.name, got, src)
		}
		golden(t, "resize-"+sz.name, shot(m))
	}
}

// TestHighlight paints matches with visible markers instead of styles.
func TestHighlight(t *testing.T) {
	p := painter{classes: map[page.Class]wrap{page.Text: {}, page.Meta: {"<", ">"}},
		match: wrap{"[", "]"}, current: wrap{"{", "}"}}
	l := page.Line{Spans: []page.Span{{Text: "鸡西市", Class: page.Text}, {Text: "人民政府", Class: page.Meta}}}
	got := p.marked(l, []highlight{{3, 12, false}, {15, 18, true}})
	if want := "鸡[西市][人]<民>{政}<府>"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestLoadFailure shows a failing and a panicking source as errors, and
// Enter shows the whole error.
func TestLoadFailure(t *testing.T) {
	o := Options{Sources: []Source{
		{Name: "panic.txt", Load: func() (*data.Issue, error) { panic("boom") }},
		{Name: "nil.txt", Load: func() (*data.Issue, error) { return nil, nil }},
	}}
	m := start(t, o, 80, 24)
	view := shot(m)
	for _, want := range []string{"panic.txt: boom", "nil.txt: no issue"} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
	press(m, "enter") // a failed issue shows its whole error
	if v := shot(m); !strings.Contains(v, "cannot load panic.txt: boom") {
		t.Errorf("enter on a failed issue shows:\n%s", v)
	}
	press(m, "esc")
	if _, ok := m.top().(*library); !ok {
		t.Errorf("screen %T after esc on the error", m.top())
	}
}

// TestSaveFailsOnce: a failing save of reading positions is said once in
// the status line, not at every save.
func TestSaveFailsOnce(t *testing.T) {
	m := start(t, library3(), 80, 24)
	m.Update(savedMsg{errors.New("read-only file system")})
	if v := shot(m); !strings.Contains(v, "reading positions not saved: read-only file system") {
		t.Errorf("no warning:\n%s", v)
	}
	press(m, "j")
	m.Update(savedMsg{errors.New("read-only file system")})
	if v := shot(m); strings.Contains(v, "not saved") {
		t.Errorf("the warning again:\n%s", v)
	}
}
