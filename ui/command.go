package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	say "gazette/ui/msg"
)

// prompt is the command line that : opens in the status line, for the
// commands that have no key of their own on every screen.
type prompt struct {
	input textinput.Model
	open  bool
}

// openPrompt opens the command line.
func (m *model) openPrompt() tea.Cmd {
	m.prompt.open = true
	m.prompt.input.SetValue("")
	return m.prompt.input.Focus()
}

// promptKey handles a key while the command line is open.
func (m *model) promptKey(km tea.KeyMsg) tea.Cmd {
	switch km.Type {
	case tea.KeyEsc:
		m.closePrompt()
		return nil
	case tea.KeyEnter:
		line := m.prompt.input.Value()
		m.closePrompt()
		return m.command(line)
	}
	var cmd tea.Cmd
	m.prompt.input, cmd = m.prompt.input.Update(km)
	return cmd
}

func (m *model) closePrompt() {
	m.prompt.open = false
	m.prompt.input.Blur()
}

// isCommand reports whether name is command c, in either language,
// possibly shortened to a prefix.
func isCommand(name string, c say.Text) bool {
	return strings.HasPrefix(c.En, name) || strings.HasPrefix(c.Zh, name)
}

// command runs a command line: search [WORDS] (the library search; with
// words, searched at once) or quit, in English or Chinese.
func (m *model) command(line string) tea.Cmd {
	name, arg, _ := strings.Cut(strings.TrimSpace(line), " ")
	if name == "" {
		return nil
	}
	switch {
	case isCommand(name, say.CommandSearch):
		return m.searchAll(strings.TrimSpace(arg))
	case isCommand(name, say.CommandQuit):
		return m.quit()
	}
	m.notice = m.c.t.F(say.UnknownCommand, name)
	return nil
}

// searchAll shows the library search: the one already open, closing the
// screens above it, else a new one. q is searched at once; without it the
// prompt opens.
func (m *model) searchAll(q string) tea.Cmd {
	for i, s := range m.stack {
		if r, ok := s.(*results); ok {
			var save tea.Cmd
			if above := m.stack[i+1:]; len(above) > 0 {
				m.c.remember(above...)
				save = m.c.save()
			}
			m.stack = m.stack[:i+1]
			return tea.Batch(save, r.edit(q))
		}
	}
	r := newResults(m.c)
	m.push(r)
	return r.edit(q)
}
