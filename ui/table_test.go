package ui

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"

	"gazette/data"
	"gazette/ui/cjk"
	"gazette/ui/grid"
	say "gazette/ui/msg"
)

// taskIssue is an issue of one document holding one hand-built task
// table: 12 records in 3 groups, merged cells, long and short columns.
func taskIssue() *data.Issue {
	units := []string{"市发改委", "市工信局、市发改委", "市财政局", "主办：市商务局 协办：市发改委", "各县（市、区）政府"}
	limits := []string{"2022年6月底", "2022年12月", "长期坚持", "2022年6月", "—"}
	tasks := []string{
		"推进煤炭产业转型升级，建设现代煤化工基地",
		"发展石墨新材料产业，打造千亿级石墨产业集群，延伸产业链条",
		"优化营商环境",
		"实施乡村振兴战略，推进农业现代化，提高粮食综合生产能力和农民收入水平",
	}
	t := &data.Table{Line: 10, Caption: "重点工作任务分工表",
		Columns: []string{"序号", "重点工作任务", "责任单位", "完成时限", "责任领导/分管"},
		Groups:  []string{"一、加快构建现代产业体系", "二、深化改革扩大开放", "三、保障和改善民生"}}
	for i := range 12 {
		t.Records = append(t.Records, data.Record{Line: 11 + i, Group: i / 4, Cells: []data.Cell{
			{Text: fmt.Sprint(i + 1)}, {Text: tasks[i%len(tasks)]}, {Text: units[i%len(units)]},
			{Text: limits[i%len(limits)], Inherited: i%4 == 3}, {Text: "张涛"}}})
	}
	d := &data.Document{Kind: data.KindDocument, Title: "鸡西市人民政府印发重点工作责任分工的通知", Line: 1,
		Blocks: []data.Block{{Kind: data.TableBlock, Line: 10, Table: t}}}
	return &data.Issue{Source: "tasks.txt", Title: "鸡西市人民政府公报",
		Contents:  []data.ContentsEntry{{Title: d.Title, Document: 0}},
		Documents: []*data.Document{d}}
}

// TestTableScreens are golden screens of the hand-built table at 80x24
// and 160x48: as opened, scrolled to the right, filtered (while typing
// and with two filters), sorted, a record card and the value counts.
func TestTableScreens(t *testing.T) {
	cases := []struct {
		name string
		keys []string
	}{
		{"open", nil},
		{"scroll", []string{"l", "l", "l", "l", "j", "j"}},
		{"typing", []string{"/", "发改委"}},
		{"filters", []string{"l", "l", "f", "发改委", "enter", "l", "f", "6月", "enter"}},
		{"negated", []string{"l", "l", "f", "!发改委", "enter"}},
		{"sorted", []string{"l", "l", "l", "s", "s"}},
		{"card", []string{"/", "石墨", "enter", "enter", "n"}},
		{"freq", []string{"l", "l", "F", "j"}},
		{"freq-filter", []string{"l", "l", "F", "j", "enter"}},
		{"help", []string{"?"}},
		{"prompt", []string{"l", "l", "f"}},
		{"error", []string{"/", "=发改委"}},
		{"bad-column", []string{"/", "单位负责人=1"}},
		{"empty", []string{"/", "无此任务", "enter"}},
		{"copy", []string{"y"}},
	}
	for _, c := range cases {
		for _, sz := range []struct{ w, h int }{{80, 24}, {160, 48}} {
			name := fmt.Sprintf("%s-%dx%d", c.name, sz.w, sz.h)
			t.Run(name, func(t *testing.T) {
				golden(t, "table/"+name, taskScreen(t, Options{}, sz.w, sz.h, c.keys))
			})
		}
		// The Chinese interface, at the size of a terminal over SSH.
		t.Run(c.name+"-zh", func(t *testing.T) {
			golden(t, "zh/table-"+c.name+"-80x24", taskScreen(t, Options{Lang: say.Zh}, 80, 24, c.keys))
		})
	}
}

// taskScreen opens the hand-built task table at w×h with options o,
// presses keys and returns the screen.
func taskScreen(t *testing.T, o Options, w, h int, keys []string) string {
	t.Helper()
	o.Sources = fixed(taskIssue())
	m := start(t, o, w, h)
	press(m, "enter", "enter")
	if _, ok := m.top().(*table); !ok {
		t.Fatalf("screen %T, want the table", m.top())
	}
	press(m, keys...)
	return shot(m)
}

// TestTableFilterKeeps checks the record count, that the cursor stays on
// its record when the filter changes and it still passes, and that x, X
// and Backspace on an empty prompt remove filters.
func TestTableFilterKeeps(t *testing.T) {
	m := start(t, Options{Sources: fixed(taskIssue())}, 80, 24)
	press(m, "enter", "enter", "j", "j", "j", "j", "j") // record 6: 市发改委
	tb := m.top().(*table)
	if r := tb.record(); r != 5 {
		t.Fatalf("cursor on record %d, want 5", r)
	}
	press(m, "/", "发改")
	if r := tb.record(); r != 5 {
		t.Errorf("after filtering, cursor on record %d, want 5", r)
	}
	press(m, "enter")
	if _, right := tb.status(); right != "record 4 of 8 · 1 filter" {
		t.Errorf("status %q, want record 4 of 8 · 1 filter", right)
	}
	press(m, "f", "6月", "enter", "x")
	if len(tb.filters) != 1 {
		t.Errorf("%d filters after x, want 1", len(tb.filters))
	}
	press(m, "/", "backspace")
	if len(tb.filters) != 0 || len(tb.recs) != 12 {
		t.Errorf("backspace on empty prompt: %d filters, %d records", len(tb.filters), len(tb.recs))
	}
	press(m, "esc", "/", "市 发改委", "enter", "l", "f", "!长期", "enter", "X")
	if len(tb.filters) != 0 || len(tb.recs) != 12 {
		t.Errorf("after X: %d filters, %d records", len(tb.filters), len(tb.recs))
	}
}

// TestTableCopy checks the OSC 52 sequence that y writes: the record
// under the cursor, or every record shown when a filter is set, as TSV.
func TestTableCopy(t *testing.T) {
	var clip bytes.Buffer
	o := Options{Sources: fixed(taskIssue()), Clipboard: &clip}
	m := start(t, o, 80, 24)
	press(m, "enter", "enter", "l", "l", "f", "财政", "enter")
	tb := m.top().(*table)
	_, cmd := tb.update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'y'}})
	if cmd == nil {
		t.Fatal("y gave no command")
	}
	m.Update(cmd())
	if left, _ := tb.status(); left != "copied 2 records" {
		t.Errorf("status %q, want copied 2 records", left)
	}
	seq := clip.String()
	payload, ok := strings.CutPrefix(seq, "\x1b]52;c;")
	if !ok || !strings.HasSuffix(payload, "\x07") {
		t.Fatalf("not an OSC 52 sequence: %q", seq)
	}
	text, err := base64.StdEncoding.DecodeString(strings.TrimSuffix(payload, "\x07"))
	if err != nil {
		t.Fatal(err)
	}
	want := "分组\t序号\t重点工作任务\t责任单位\t完成时限\t责任领导/分管\n" +
		"一、加快构建现代产业体系\t3\t优化营商环境\t市财政局\t长期坚持\t张涛\n" +
		"二、深化改革扩大开放\t8\t实施乡村振兴战略，推进农业现代化，提高粮食综合生产能力和农民收入水平\t市财政局\t长期坚持\t张涛\n"
	if string(text) != want {
		t.Errorf("copied\n%q\nwant\n%q", text, want)
	}
}

// TestTableFlow drives the program: open the table from the reader,
// filter, open a card, step to the next record, back, quit.
func TestTableFlow(t *testing.T) {
	tm := teatest.NewTestModel(t, New(Options{Sources: fixed(taskIssue())}), teatest.WithInitialTermSize(80, 24))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("重点工作责任分工"))
	}, teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter}) // the document
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter}) // its table
	tm.Type("llf")
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("发改委")}) // Type sends bytes
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("record 1 of 8 · 1 filter"))
	}, teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter}) // card of record 1
	tm.Type("n")                            // record 2
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("2 of 8"))
	}, teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyMsg{Type: tea.KeyEsc})
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*model)
	tb, ok := m.top().(*table)
	if !ok {
		t.Fatalf("final screen %T, want the table", m.top())
	}
	if r := tb.record(); r != 1 {
		t.Errorf("cursor on record %d after the card's n, want 1", r)
	}
	if view := ansi.Strip(m.View()); !strings.Contains(view, "责任单位 has 发改委") {
		t.Errorf("no filter chip:\n%s", view)
	}
}

// TestTableRules checks that a composed view draws exactly what grid.Lay
// draws for the same records, wrapped and compact, and folded but for the
// cursor's record: the group separators and every rule.
func TestTableRules(t *testing.T) {
	for _, compact := range []bool{false, true} {
		for _, fold := range []int{0, 2} {
			tableRules(t, compact, fold)
		}
	}
}

func tableRules(t *testing.T, compact bool, fold int) {
	tbl := taskIssue().Documents[0].Blocks[0].Table
	w := cjk.New(cjk.Narrow)
	l := layTable(tbl, 60, 1, w, compact, fold)
	text := func(ls ...[]grid.Line) string {
		var b strings.Builder
		for _, lines := range ls {
			for _, ln := range lines {
				b.WriteString(ln.String() + "\n")
			}
		}
		return b.String()
	}
	folded := 0
	for _, recs := range [][]int{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, {3, 4}, {11, 0}, {}, {7}} {
		open := -1
		if len(recs) > 1 {
			open = recs[1]
		}
		var v tableView
		v.compose(l, tbl, recs, open)
		g := grid.Lay(tbl, recs, grid.Options{Width: 60, Measure: w, Offset: 1, Compact: compact, Fold: fold})
		want := [][]grid.Line{g.Header}
		for _, r := range g.Rows {
			if r.Folded != nil && r.Record != open {
				want = append(want, r.Folded, r.Lines[len(r.Lines)-1:])
				folded++
				continue
			}
			want = append(want, r.Lines)
		}
		if got, want := text(v.header, v.body), text(want...); got != want {
			t.Errorf("compact %v, fold %d, records %v:\n%s\nwant\n%s", compact, fold, recs, got, want)
		}
	}
	if fold > 0 && !compact && folded == 0 {
		t.Errorf("fold %d: no record folded", fold)
	}
}

// TestCardCopy: y on a record card copies that one record.
func TestCardCopy(t *testing.T) {
	var clip bytes.Buffer
	o := Options{Sources: fixed(taskIssue()), Clipboard: &clip}
	m := start(t, o, 80, 24)
	press(m, "enter", "enter", "j", "enter")
	k, ok := m.top().(*card)
	if !ok {
		t.Fatalf("top screen is %T, want the record card", m.top())
	}
	_, cmd := k.update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'y'}})
	if cmd == nil {
		t.Fatal("y gave no command")
	}
	m.Update(cmd())
	if _, right := k.status(); !strings.HasPrefix(right, "copied 1 record") {
		t.Errorf("status %q, want copied 1 record", right)
	}
	payload := strings.TrimSuffix(strings.TrimPrefix(clip.String(), "\x1b]52;c;"), "\x07")
	text, err := base64.StdEncoding.DecodeString(payload)
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(string(text)), "\n"); len(lines) != 2 || !strings.HasPrefix(lines[1], "一、加快构建现代产业体系\t2\t") {
		t.Errorf("copied %q, want the header and record 2", text)
	}
}
