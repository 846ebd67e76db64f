package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"gazette/data"
)

// longIssue is an issue with one long document: 300 sections of three
// paragraphs each and a 40-row table every tenth section.
func longIssue() *data.Issue {
	text := strings.Repeat("各地区各部门要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局。", 4)
	d := &data.Document{Title: "长文档", Line: 1}
	line := 2
	for i := range 300 {
		s := &data.Section{Heading: "第" + strings.Repeat("一", i%5+1) + "节", Level: 1 + i%2, Line: line}
		for range 3 {
			line++
			s.Blocks = append(s.Blocks, data.Block{Kind: data.Paragraph, Line: line, Text: text})
		}
		if i%10 == 0 {
			t := &data.Table{Line: line + 1, Columns: []string{"序号", "重点工作任务", "责任单位", "完成时限"}}
			for r := range 40 {
				t.Records = append(t.Records, data.Record{Line: line + 2 + r, Group: -1,
					Cells: []data.Cell{{Text: "1"}, {Text: text[:90]}, {Text: "市发改委、市工信局"}, {Text: "2022年底"}}})
			}
			line += 42
			s.Blocks = append(s.Blocks, data.Block{Kind: data.TableBlock, Line: t.Line, Table: t})
		}
		d.Sections = append(d.Sections, s)
		line++
	}
	return &data.Issue{Title: "长公报", Contents: []data.ContentsEntry{{Title: "长文档", Document: 0}}, Documents: []*data.Document{d}}
}

// BenchmarkScroll is one frame of reading: a key that scrolls down one
// line, then View, on a long document at 120x40.
func BenchmarkScroll(b *testing.B) {
	m := newModel(Options{Sources: fixed(longIssue())}, lipgloss.DefaultRenderer())
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.Update(m.load(0, m.sources[0])())
	press(m, "enter", "/", "发展", "enter")
	r := m.top().(*reader)
	b.Logf("%d lines, %d matches", len(r.lay.Lines), len(r.find.matches))
	down := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'j'}}
	b.ResetTimer()
	for b.Loop() {
		if r.top >= len(r.lay.Lines)-50 {
			r.top = 0
		}
		m.Update(down)
		_ = m.View()
	}
}

// frames measures one keystroke and the frame after it, on the screen
// the keys lead to at 120x40, pressing k after every n keys so that the
// cursor keeps moving.
func frames(b *testing.B, o Options, setup func(m *model), k string) {
	m := newModel(o, lipgloss.DefaultRenderer())
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	for i, s := range o.Sources {
		m.Update(m.load(i, s)())
	}
	setup(m)
	next, back := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'g'}}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		msg := next
		if i++; i%30 == 0 {
			msg = back
		}
		m.Update(msg)
		_ = m.View()
	}
}

// BenchmarkOutlineFrame moves the outline's cursor in a long document,
// the text following it.
func BenchmarkOutlineFrame(b *testing.B) {
	frames(b, Options{Sources: fixed(longIssue())}, func(m *model) { press(m, "enter", "o") }, "j")
}

// BenchmarkResultsFrame moves the cursor in the ranked results of a
// library search of the real issues.
func BenchmarkResultsFrame(b *testing.B) {
	o, _ := realLibrary(&testing.T{})
	frames(b, o, func(m *model) { searchAll(m, "发展") }, "j")
}

// BenchmarkLibraryFrame moves the cursor in the library of the real
// issues.
func BenchmarkLibraryFrame(b *testing.B) {
	o, _ := realLibrary(&testing.T{})
	frames(b, o, func(*model) {}, "j")
}

// BenchmarkHelpFrame opens and closes the reader's help overlay.
func BenchmarkHelpFrame(b *testing.B) {
	frames(b, Options{Sources: fixed(longIssue())}, func(m *model) { press(m, "enter") }, "?")
}

// BenchmarkScrollStep is a step with what the scroll area makes of it:
// a key, the area's commands for the terminal (a shift and a patch, as
// the last command has arrived), then View, at 120x40 in true colour; in
// the reader, and in a table as its cursor crosses the screen and
// scrolls.
func BenchmarkScrollStep(b *testing.B) {
	r := lipgloss.NewRenderer(nil)
	r.SetColorProfile(termenv.TrueColor)
	for _, c := range []struct {
		name string
		keys []string
		wrap int
	}{{"reader", []string{"enter"}, 2000}, {"table", []string{"enter", "t", "enter"}, 39}} {
		b.Run(c.name, func(b *testing.B) {
			m := newModel(Options{Sources: fixed(longIssue())}, r)
			m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			m.Update(m.load(0, m.sources[0])())
			press(m, c.keys...)
			down := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'j'}}
			top := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'g'}}
			for i := 0; b.Loop(); i++ {
				if i%c.wrap == 0 {
					m.Update(top)
					m.Update(scrolledMsg{})
				}
				m.Update(down)
				m.Update(scrolledMsg{})
				_ = m.View()
			}
		})
	}
}
