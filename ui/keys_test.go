package ui

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/ui/cjk"
	"gazette/ui/keys"
	say "gazette/ui/msg"
)

// keyMsg is the message a terminal sends for the key named s (as in
// key.WithKeys).
func keyMsg(s string) tea.KeyMsg {
	types := map[string]tea.KeyType{"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "home": tea.KeyHome, "end": tea.KeyEnd,
		"enter": tea.KeyEnter, "esc": tea.KeyEsc, "tab": tea.KeyTab, "backspace": tea.KeyBackspace,
		"ctrl+b": tea.KeyCtrlB, "ctrl+c": tea.KeyCtrlC, "ctrl+f": tea.KeyCtrlF}
	if t, ok := types[s]; ok {
		return tea.KeyMsg{Type: t}
	}
	if s == " " {
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
}

// allKeys is every key of the key map.
func allKeys(k keys.KeyMap) []string {
	var out []string
	v := reflect.ValueOf(k)
	for i := range v.NumField() {
		if b, ok := v.Field(i).Interface().(key.Binding); ok {
			for _, s := range b.Keys() {
				if !slices.Contains(out, s) {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// helpKeys is what the help of the active screen lists: its bindings that
// are enabled, and the root's search and command.
func helpKeys(m *model) []key.Binding {
	var out []key.Binding
	for _, col := range m.top().FullHelp() {
		for _, b := range col {
			if b.Enabled() {
				out = append(out, b)
			}
		}
	}
	return append(out, m.c.keys.SearchAll, m.c.keys.Command)
}

// effect presses key s on a fresh model and reports whether anything
// changed: the screen, the screens open, or (for quit) a command.
func effect(setup func() *model, s string) bool {
	m := setup()
	before, depth := shot(m), len(m.stack)
	_, cmd := m.Update(keyMsg(s))
	if key.Matches(keyMsg(s), m.c.keys.Quit) {
		return cmd != nil
	}
	return shot(m) != before || len(m.stack) != depth
}

// TestHelpMatchesKeys: on every screen, each key its help lists changes
// something (or says why it cannot), in one of two states of the screen
// (the cursor at the top, at the bottom); every other key of the key map
// changes nothing.
func TestHelpMatchesKeys(t *testing.T) {
	one := func(keys ...string) func() *model {
		return func() *model {
			m := start(t, Options{Sources: fixed(sampleIssue())}, 80, 24)
			press(m, keys...)
			return m
		}
	}
	lib := func(keys ...string) func() *model {
		return func() *model {
			m := start(t, library3(), 80, 24)
			press(m, keys...)
			return m
		}
	}
	real := func(keys ...string) func() *model {
		return func() *model {
			o, _ := realLibrary(t)
			m := start(t, o, 80, 24)
			press(m, keys...)
			return m
		}
	}
	found := func(keys ...string) func() *model {
		return func() *model {
			m := start(t, library3(), 80, 24)
			searchAll(m, "企业")
			press(m, keys...)
			return m
		}
	}
	// table opens jixi's first task table from the reader's table list.
	table := []string{"j", "j", "enter", "j", "enter", "t", "enter"}
	screens := []struct {
		name     string
		top, end func() *model
	}{
		{"library", lib(), lib("G")},
		{"contents", one(), one("G")},
		{"reader", one("enter"), one("enter", "G")},
		{"outline", one("enter", "o"), one("enter", "o", "G")},
		{"tables", real("j", "j", "enter", "j", "enter", "t"), real("j", "j", "enter", "j", "enter", "t", "G")},
		{"results", found(), found("G")},
		{"table", real(table...), real(append(table, "G")...)},
		{"count", real(append(table, "F")...), real(append(table, "F", "G")...)},
		{"card", real(append(table, "enter")...), real(append(table, "G", "enter")...)},
		{"error", lib("G", "enter"), lib("G", "enter", "G")},
	}
	for _, sc := range screens {
		t.Run(sc.name, func(t *testing.T) {
			m := sc.top()
			listed := helpKeys(m)
			for _, b := range listed {
				ok := false
				for _, s := range b.Keys() {
					ok = ok || effect(sc.top, s) || effect(sc.end, s)
				}
				if !ok {
					t.Errorf("%s (%s) is in the help but does nothing", b.Help().Key, b.Help().Desc)
				}
			}
			for _, s := range allKeys(m.c.keys) {
				if slices.ContainsFunc(listed, func(b key.Binding) bool { return key.Matches(keyMsg(s), b) }) {
					continue
				}
				if effect(sc.top, s) || effect(sc.end, s) {
					t.Errorf("key %q works but the help does not list it", s)
				}
			}
		})
	}
}

// TestWidthsWide: with East Asian ambiguous characters drawn wide, no
// line of any screen — help overlay and text inputs included — is wider
// than the terminal, in either language.
func TestWidthsWide(t *testing.T) {
	long := strings.Repeat("“十四五”规划①", 12)
	cases := [][]string{
		{"?"},
		{"/", long},
		{"enter", "?"},
		{"enter", "enter", "?"},
		{"enter", "enter", "/", long},
		{"enter", "enter", "o", "t"},
		{":", long},
	}
	for _, l := range []say.Lang{say.En, say.Zh} {
		for _, keys := range cases {
			o := library3()
			o.Ambiguous, o.Lang = cjk.Wide, l
			m := start(t, o, 80, 24)
			press(m, keys...)
			for i, line := range strings.Split(shot(m), "\n") {
				if w := m.c.m.String(line); w > 80 {
					t.Errorf("%v %v: line %d is %d cells:\n%s", l, keys, i, w, line)
				}
			}
		}
	}
	m := start(t, library3(), 80, 24)
	searchAll(m, long)
	if w := m.c.m.String(strings.Split(shot(m), "\n")[0]); w > 80 {
		t.Errorf("the results' prompt is %d cells", w)
	}
}

// TestWheel: the mouse wheel moves every screen's list or text.
func TestWheel(t *testing.T) {
	down := tea.MouseMsg{Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown}
	for _, keys := range [][]string{nil, {"enter"}, {"enter", "enter"}, {"enter", "enter", "o", "tab"}} {
		m := start(t, library3(), 80, 24)
		press(m, keys...)
		before := shot(m)
		m.Update(down)
		if shot(m) == before {
			t.Errorf("%v: the wheel moves nothing:\n%s", keys, before)
		}
	}
	m := start(t, library3(), 80, 24)
	searchAll(m, "企业")
	before := shot(m)
	m.Update(down)
	if shot(m) == before {
		t.Error("the wheel moves nothing in the results")
	}
	table := []string{"j", "j", "enter", "j", "enter", "t", "enter"}
	for _, keys := range [][]string{table, append(table, "F")} {
		o, _ := realLibrary(t)
		m := start(t, o, 80, 24)
		press(m, keys...)
		before := shot(m)
		m.Update(down)
		if shot(m) == before {
			t.Errorf("%v: the wheel moves nothing:\n%s", keys, before)
		}
	}
}
