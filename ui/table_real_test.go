package ui_test

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"gazette/ui"
	say "gazette/ui/msg"
)

// tableGolden compares got with testdata/table/name.golden, or rewrites
// it under -update.
func tableGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "table", name+".golden")
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestRealTable -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// toTaskTable are the keys from jixi's contents page to the task table
// of its document 2 (its second table): the document's end shows only
// that table.
var toTaskTable = []string{"j", "enter", "G", "enter"}

// TestRealTable are golden screens of jixi's 167-record task table at
// 80x24 and 160x48: as opened, filtered on 责任单位 by 发改委, a record
// card, the value counts of 责任单位 and the help.
func TestRealTable(t *testing.T) {
	cases := []struct {
		name string
		keys []string
	}{
		{"open", nil},
		{"filter", []string{"l", "l", "l", "f", "发改委", "enter"}},
		{"filter-typing", []string{"/", "完成时限~6月"}},
		{"card", []string{"l", "l", "l", "f", "发改委", "enter", "j", "enter"}},
		{"freq", []string{"l", "l", "l", "F"}},
		{"help", []string{"?"}},
	}
	for _, c := range cases {
		for _, sz := range []struct{ w, h int }{{80, 24}, {160, 48}} {
			name := c.name + "-" + strconv.Itoa(sz.w) + "x" + strconv.Itoa(sz.h)
			t.Run(name, func(t *testing.T) {
				m := run(t, ui.Options{Sources: []ui.Source{source("jixi-2022-02")}}, sz.w, sz.h, append(toTaskTable, c.keys...)...)
				tableGolden(t, "real-"+name, ansi.Strip(m.View()))
			})
		}
	}
}

// bigTable opens the largest real table, jincheng's first document (8
// columns, 359 records), at 120x40 and checks it is on screen.
func bigTable(b *testing.B) tea.Model {
	m := run(b, ui.Options{Sources: []ui.Source{source("jincheng-2020-02")}}, 120, 40, "enter", "G", "enter")
	if v := ansi.Strip(m.View()); !strings.Contains(v, "record 1 of 359") {
		b.Fatalf("not on the 359-record table:\n%s", v)
	}
	return m
}

// BenchmarkTableFilterKey is one keystroke of a live filter on the
// largest real table: typing 局 in the / prompt, or deleting it, then
// filtering every record again, at 120x40.
func BenchmarkTableFilterKey(b *testing.B) {
	m := bigTable(b)
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/市")})
	typ := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("局")}
	del := tea.KeyMsg{Type: tea.KeyBackspace}
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			m, _ = m.Update(typ)
		} else {
			m, _ = m.Update(del)
		}
	}
}

// BenchmarkTableFrame is one frame of the largest real table with a
// filter set: a key that moves the cursor, then View, at 120x40.
func BenchmarkTableFrame(b *testing.B) {
	m := bigTable(b)
	for _, k := range []tea.KeyMsg{{Type: tea.KeyRunes, Runes: []rune("/局")}, {Type: tea.KeyEnter}} {
		m, _ = m.Update(k)
	}
	down := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'j'}}
	top := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'g'}}
	for i := 0; b.Loop(); i++ {
		if i%200 == 0 {
			m, _ = m.Update(top)
		}
		m, _ = m.Update(down)
		_ = m.View()
	}
}

// TestRealTableScroll scrolls jincheng's 8-column table to its last
// column at 80x24: column 0 stays, the header names the last column.
func TestRealTableScroll(t *testing.T) {
	keys := []string{"enter", "G", "enter"}
	for range 7 {
		keys = append(keys, "l")
	}
	m := run(t, ui.Options{Sources: []ui.Source{source("jincheng-2020-02")}}, 80, 24, keys...)
	v := ansi.Strip(m.View())
	lines := strings.Split(v, "\n")
	if !strings.HasPrefix(lines[0], "← 1 more column: 省政府2020年重点工作任务") || !strings.Contains(lines[2], "序号") || !strings.Contains(v, "责任人") || strings.Contains(lines[2], "省政府") {
		t.Errorf("not scrolled to the last column with 序号 frozen:\n%s", v)
	}
	if !strings.Contains(lines[len(lines)-1], "column 8 of 8") {
		t.Errorf("status does not name the column:\n%s", v)
	}
}

// TestRealTableScrollZh is TestRealTableScroll in Chinese: the note on
// the hidden column and the column's position say it in Chinese.
func TestRealTableScrollZh(t *testing.T) {
	keys := []string{"enter", "G", "enter"}
	for range 7 {
		keys = append(keys, "l")
	}
	m := run(t, ui.Options{Sources: []ui.Source{source("jincheng-2020-02")}, Lang: say.Zh}, 80, 24, keys...)
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	if !strings.HasPrefix(lines[0], "← 另有1列：省政府2020年重点工作任务") || !strings.Contains(lines[len(lines)-1], "责任人（第8列，共8列）") {
		t.Errorf("the hidden column or the column's position not in Chinese:\n%s", strings.Join(lines, "\n"))
	}
}
