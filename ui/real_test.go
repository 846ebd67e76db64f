package ui_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"gazette/data"
	"gazette/loader"
	"gazette/ui"
	"gazette/ui/msg"
)

// The real issues of the test suite. Only the tests load them: package ui
// itself never imports the loader.
const gazettes = "../testdata/gazettes/"

var realFiles = []string{"jixi-2022-02", "jincheng-2020-02", "yangcheng-2022-03", "shuangyashan-2024-05", "hegang-2022-emergency-plan"}

func source(name string) ui.Source {
	p := gazettes + name + ".txt"
	return ui.Source{Name: name + ".txt", Load: func() (*data.Issue, error) { return loader.Load(p) }}
}

// run starts the public model at w×h, runs its loads and presses keys
// (key names, or single runes).
func run(t testing.TB, o ui.Options, w, h int, keys ...string) tea.Model {
	t.Helper()
	m := ui.New(o)
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	switch msg := m.Init()().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			m, _ = m.Update(c())
		}
	default:
		m, _ = m.Update(msg)
	}
	for _, k := range keys {
		msg := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		switch k {
		case "enter":
			msg = tea.KeyMsg{Type: tea.KeyEnter}
		case "esc":
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		}
		m, _ = m.Update(msg)
	}
	return m
}

func goldenFile(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "real", name+".golden")
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// TestRealScreens are golden screens of the real issues: each contents
// page, the library, and a document with a table.
func TestRealScreens(t *testing.T) {
	for _, f := range realFiles {
		t.Run(f, func(t *testing.T) {
			m := run(t, ui.Options{Sources: []ui.Source{source(f)}}, 80, 24)
			goldenFile(t, "contents-"+f, ansi.Strip(m.View()))
		})
	}
	t.Run("library", func(t *testing.T) {
		var srcs []ui.Source
		for _, f := range realFiles {
			srcs = append(srcs, source(f))
		}
		m := run(t, ui.Options{Sources: srcs}, 120, 40)
		goldenFile(t, "library", ansi.Strip(m.View()))
	})
	t.Run("jixi-document-2", func(t *testing.T) {
		m := run(t, ui.Options{Sources: []ui.Source{source("jixi-2022-02")}}, 120, 40, "j", "enter", "]", "]", "]", "]", "]", "]")
		view := ansi.Strip(m.View())
		if !strings.Contains(view, "┌") {
			t.Errorf("no table on screen:\n%s", view)
		}
		goldenFile(t, "jixi-document-2", view)
	})
}

// BenchmarkScrollReal scrolls the longest real document, jincheng's
// first (a 359-record task table), at 120x40: one key and one View per
// frame.
func BenchmarkScrollReal(b *testing.B) {
	m := run(b, ui.Options{Sources: []ui.Source{source("jincheng-2020-02")}}, 120, 40, "enter")
	if v := ansi.Strip(m.View()); !strings.Contains(v, "关于落实2020年省《政府工作报告》重点工作任务的通知") {
		b.Fatalf("not on the longest document:\n%s", v)
	}
	down := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'j'}}
	top := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'g'}}
	for i := 0; b.Loop(); i++ {
		if i%2000 == 0 {
			m, _ = m.Update(top)
		}
		m, _ = m.Update(down)
		_ = m.View()
	}
}

// TestRealTablesFindable follows the README to jixi's task table: in
// document 2 the outline (o) and the table list (t) show both tables with
// their record counts, the one printed without a title named by its
// columns, and Enter on the 167-record one opens it. Document 3's status line names its 文号.
func TestRealTablesFindable(t *testing.T) {
	jixi := func() ui.Options { return ui.Options{Sources: []ui.Source{source("jixi-2022-02")}} }
	cases := []struct {
		name string
		keys []string
		want []string
	}{
		{"outline", []string{"j", "enter", "o"}, []string{"▦ 2022年市《政府工", "· 10 records", "▦ 序号 重点工作任", "· 167 records"}},
		{"outline opens", []string{"j", "enter", "o", "G", "enter"}, []string{"record 1 of 167"}},
		{"table list", []string{"j", "enter", "t"}, []string{"10 records", "167 records", "columns 序号、重点工作任务"}},
		{"table list opens", []string{"j", "enter", "t", "j", "enter"}, []string{"record 1 of 167"}},
		{"document 3", []string{"j", "enter", "}"}, []string{"鸡政规〔2022〕1号"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			view := ansi.Strip(run(t, jixi(), 120, 40, c.keys...).View())
			for _, w := range c.want {
				if !strings.Contains(view, w) {
					t.Errorf("no %q on screen:\n%s", w, view)
				}
			}
		})
	}
	o := jixi()
	o.Lang = msg.Zh
	view := ansi.Strip(run(t, o, 80, 24, "j", "enter", "o").View())
	if !strings.Contains(view, "167条") {
		t.Errorf("the Chinese outline gives no record count:\n%s", view)
	}
}

// TestRealLibrary80 lists the real issues in 80 columns: every date whole,
// every file name, a mark on the issues with warnings; s sorts by date,
// newest first, then by name.
func TestRealLibrary80(t *testing.T) {
	var srcs []ui.Source
	for _, n := range realFiles {
		srcs = append(srcs, source(n))
	}
	view := ansi.Strip(run(t, ui.Options{Sources: srcs}, 80, 24).View())
	for _, want := range []string{"2022-03-15", "2022-09-29", "2024-05-31", "jixi-2022-02.txt", "hegang-2022-emergency-plan.txt", "! 1 warning"} {
		if !strings.Contains(view, want) {
			t.Errorf("no %q in 80 columns:\n%s", want, view)
		}
	}
	byDate := ansi.Strip(run(t, ui.Options{Sources: srcs}, 80, 24, "s").View())
	if i, j := strings.Index(byDate, "2024-05-31"), strings.Index(byDate, "2022-09-29"); i < 0 || j < i {
		t.Errorf("s does not sort newest first:\n%s", byDate)
	}
	byName := ansi.Strip(run(t, ui.Options{Sources: srcs}, 80, 24, "s", "s").View())
	if i, j := strings.Index(byName, "hegang"), strings.Index(byName, "yangcheng"); i < 0 || j < i {
		t.Errorf("s s does not sort by name:\n%s", byName)
	}
}
