package ui

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"gazette/data"
	say "gazette/ui/msg"
)

// updating reports whether -update was given. The flag is defined by
// teatest's golden package, which this test binary links.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

// golden compares got with testdata/name.golden, or rewrites it under
// -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if updating() {
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

// fixed returns sources that load the given issues at once.
func fixed(issues ...*data.Issue) []Source {
	var out []Source
	for _, is := range issues {
		out = append(out, Source{Name: is.Source, Load: func() (*data.Issue, error) { return is, nil }})
	}
	return out
}

// start builds the model at w×h and runs its loads synchronously.
func start(t *testing.T, o Options, w, h int) *model {
	t.Helper()
	m := newModel(o, lipgloss.DefaultRenderer())
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	for i, s := range o.Sources {
		m.Update(m.load(i, s)())
	}
	return m
}

// press sends key presses: each string is a key name ("enter", "esc" …)
// or runes sent as one key message, which a text input takes as typed
// text.
func press(m *model, ks ...string) {
	for _, k := range ks {
		var msg tea.Msg
		switch k {
		case "enter":
			msg = tea.KeyMsg{Type: tea.KeyEnter}
		case "esc":
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		case "tab":
			msg = tea.KeyMsg{Type: tea.KeyTab}
		case "backspace":
			msg = tea.KeyMsg{Type: tea.KeyBackspace}
		case "space":
			msg = tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
		default:
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		m.Update(msg)
	}
}

func shot(m *model) string { return ansi.Strip(m.View()) }

var sizes = []struct {
	name string
	w, h int
}{{"80x24", 80, 24}, {"120x40", 120, 40}}

func library3() Options {
	a := sampleIssue()
	b := sampleIssue()
	b.Source, b.Title, b.Number, b.TotalNumber, b.Date = "jincheng.txt", "晋城市人民政府公报", 1, 200, "2020-01-20"
	return Options{Sources: append(fixed(a, b), Source{Name: "broken.txt", Load: func() (*data.Issue, error) {
		return nil, errors.New("broken.txt: binary file")
	}})}
}

func TestScreens(t *testing.T) {
	one := func() Options { return Options{Sources: fixed(sampleIssue())} }
	cases := []struct {
		name string
		opts func() Options
		keys []string
	}{
		{"library", library3, nil},
		{"library-filter", library3, []string{"/", "晋城"}},
		{"contents", one, []string{"j"}},
		{"reader", one, []string{"enter"}},
		{"reader-section", one, []string{"enter", "]", "]", "]"}},
		{"outline", one, []string{"enter", "o", "j", "j"}},
		{"help-reader", one, []string{"enter", "?"}},
		{"help-library", library3, []string{"?"}},
		{"search", one, []string{"enter", "/", "企业", "enter", "n"}},
		{"chronicle", one, []string{"G", "enter"}},
	}
	for _, c := range cases {
		for _, sz := range sizes {
			t.Run(c.name+"-"+sz.name, func(t *testing.T) {
				m := start(t, c.opts(), sz.w, sz.h)
				press(m, c.keys...)
				golden(t, c.name+"-"+sz.name, shot(m))
			})
		}
		// The Chinese interface, at the size of a terminal over SSH.
		t.Run(c.name+"-zh", func(t *testing.T) {
			o := c.opts()
			o.Lang = say.Zh
			m := start(t, o, 80, 24)
			press(m, c.keys...)
			golden(t, "zh/"+c.name+"-80x24", shot(m))
		})
	}
}
