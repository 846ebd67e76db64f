package ui

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"

	say "gazette/ui/msg"
	"gazette/ui/state"
)

// TestSearchFlow drives the library search in the program: ctrl+f, a
// query, Enter, down to the seventh hit, Enter opens its document at the
// match, Esc returns to the results with the cursor kept.
func TestSearchFlow(t *testing.T) {
	tm := teatest.NewTestModel(t, New(library3()), teatest.WithInitialTermSize(80, 24))
	waitOutput(t, tm, "binary file")
	tm.Send(ctrlF)
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("企业")})
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitOutput(t, tm, "10 hits in 2 issues")
	tm.Type("jjjjjj")
	waitOutput(t, tm, "7/10")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitOutput(t, tm, "二、工作目标")
	tm.Send(tea.KeyMsg{Type: tea.KeyEsc})
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'q'}})
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*model)
	r, ok := m.top().(*results)
	if !ok || r.list.cursor != 6 || len(m.stack) != 2 {
		t.Fatalf("final screen %T (stack of %d), want the results with the cursor on hit 7", m.top(), len(m.stack))
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "  > 力争到2025年年底") {
		t.Errorf("the cursor is not on the seventh hit:\n%s", v)
	}
}

// waitOutput waits until the program has drawn text.
func waitOutput(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(text))
	}, teatest.WithDuration(5*time.Second))
}

// keyed is library3 with state keys.
func keyed() Options {
	o := library3()
	for i := range o.Sources {
		o.Sources[i].Key = state.SampleKey(o.Sources[i].Name, int64(i))
	}
	return o
}

// stateDir points XDG_STATE_HOME at a temporary directory and returns the
// state directory below it.
func stateDir(t *testing.T) string {
	t.Helper()
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir, err := state.Dir(os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestStateRoundTrip reads an issue, quits, and starts again: the
// library lists that issue first and opening it returns to the same
// document and line; Esc goes to its contents page.
func TestStateRoundTrip(t *testing.T) {
	dir := stateDir(t)
	st, err := state.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	o := keyed()
	o.State = st
	tm := teatest.NewTestModel(t, New(o), teatest.WithInitialTermSize(80, 24))
	waitOutput(t, tm, "binary file")
	tm.Type("j")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter}) // 晋城
	tm.Type("jj")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter}) // its second document
	tm.Type("]")                            // 第一章 总则
	waitOutput(t, tm, "› 第一章 总则")
	tm.Type("q")
	first := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*model)
	left := first.top().(*reader)
	if _, err := os.Stat(filepath.Join(dir, "state.json")); err != nil {
		t.Fatalf("quit saved no state: %v", err)
	}

	st, err = state.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	o = keyed()
	o.State = st
	m := start(t, o, 80, 24)
	if v := shot(m); !strings.Contains(strings.Split(v, "\n")[2], "晋城市人民政府公报") {
		t.Errorf("the issue read last is not listed first:\n%s", v)
	}
	press(m, "enter")
	r, ok := m.top().(*reader)
	if !ok {
		t.Fatalf("reopening shows %T, want the reader", m.top())
	}
	if r.issue != 1 || r.doc != left.doc || r.top != left.top {
		t.Errorf("reopened issue %d doc %d top %d, want 1 %d %d", r.issue, r.doc, r.top, left.doc, left.top)
	}
	if got, want := shot(m), ansi.Strip(first.View()); got != want {
		t.Errorf("reopened screen differs:\n--- got\n%s\n--- want\n%s", got, want)
	}
	press(m, "esc")
	if c, ok := m.top().(*contents); !ok || c.lay.Items[c.list.cursor].Document != left.doc {
		t.Errorf("esc went to %T, want the contents page on the document", m.top())
	}
}

// TestStateSingleFile reopens a single file, which starts on its contents
// page, straight at the remembered place; leaving the document saves it.
func TestStateSingleFile(t *testing.T) {
	dir := stateDir(t)
	st, _ := state.Open(dir)
	o := keyed()
	o.Sources, o.State = o.Sources[:1], st
	m := start(t, o, 80, 24)
	press(m, "enter", "]", "]")
	top := m.top().(*reader).top
	send(m, tea.KeyMsg{Type: tea.KeyEsc}) // leaving the document saves
	if _, err := os.Stat(filepath.Join(dir, "state.json")); err != nil {
		t.Fatalf("leaving the document saved no state: %v", err)
	}
	st, _ = state.Open(dir)
	o.State = st
	m = start(t, o, 80, 24)
	if r, ok := m.top().(*reader); !ok || r.doc != 0 || r.top != top {
		t.Errorf("reopened on %T, want the reader of document 1 at line %d", m.top(), top)
	}
}

// TestStateCorrupt starts with a corrupt state file: the warning shows in
// the status line until the next key, the interface works, and quitting
// replaces the file with a good one.
func TestStateCorrupt(t *testing.T) {
	dir := stateDir(t)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "state.json"), []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	st, err := state.Open(dir)
	if !errors.Is(err, state.ErrCorrupt) {
		t.Fatalf("a corrupt state file: %v", err)
	}
	o := keyed()
	o.State, o.Notices = st, []string{StateNotice(say.New(say.En), dir, err)}
	tm := teatest.NewTestModel(t, New(o), teatest.WithInitialTermSize(120, 24))
	waitOutput(t, tm, "damaged")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitOutput(t, tm, "鸡政发〔2022〕1号")
	tm.Type("q")
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*model)
	if v := ansi.Strip(m.View()); strings.Contains(v, "damaged") {
		t.Errorf("the warning is still shown:\n%s", v)
	}
	if _, err := state.Open(dir); err != nil {
		t.Errorf("the state file is still bad after quitting: %v", err)
	}
}

// TestCommand runs the library search from the command line, and reports
// an unknown command once.
func TestCommand(t *testing.T) {
	m := start(t, library3(), 80, 24)
	press(m, ":", "bogus", "enter")
	if s := statusOf(m); !strings.Contains(s, "unknown command :bogus") {
		t.Errorf("status %q", s)
	}
	press(m, "j")
	if s := statusOf(m); strings.Contains(s, "unknown") {
		t.Errorf("the notice stays: %q", s)
	}
	press(m, ":")
	send(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("se 石墨")})
	send(m, tea.KeyMsg{Type: tea.KeyEnter})
	r, ok := m.top().(*results)
	if !ok || r.query != "石墨" || len(r.hits) != 2 {
		t.Fatalf("screen %T, want the results of 石墨", m.top())
	}
	press(m, "enter")
	send(m, ctrlF) // back to the same results, prompt open
	if m.top() != r || !r.editing || len(m.stack) != 2 {
		t.Errorf("ctrl+f from the reader shows %T (stack of %d)", m.top(), len(m.stack))
	}
}

// statusOf returns the status line of the screen.
func statusOf(m *model) string {
	lines := strings.Split(shot(m), "\n")
	return lines[len(lines)-1]
}

// TestCommandChinese: the prompt's commands in Chinese, and its notice.
func TestCommandChinese(t *testing.T) {
	o := library3()
	o.Lang = say.Zh
	m := start(t, o, 80, 24)
	press(m, ":", "胡乱", "enter")
	if s := statusOf(m); !strings.Contains(s, "没有命令 :胡乱") {
		t.Errorf("status %q", s)
	}
	press(m, ":")
	send(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("搜索 石墨")})
	send(m, tea.KeyMsg{Type: tea.KeyEnter})
	if r, ok := m.top().(*results); !ok || r.query != "石墨" {
		t.Fatalf("screen %T, want the results of 石墨", m.top())
	}
	if s := statusOf(m); !strings.Contains(s, "2条结果，2期") {
		t.Errorf("status %q", s)
	}
}
