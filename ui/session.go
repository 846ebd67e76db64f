package ui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// NewSession returns the interface for a terminal other than this
// process's own, such as a reader's SSH session: r renders for that
// terminal (its colour profile and background), and o.Clipboard should be
// the session's output.
func NewSession(o Options, r *lipgloss.Renderer) tea.Model {
	keepAttributes(r, o.NoColor)
	return newModel(o, r)
}

// CloseMsg asks the interface to save the reading positions and quit, as
// q does; a server sends it to every reader when it shuts down.
type CloseMsg struct{}

// Hangup is a filter (tea.WithFilter) for a session that its host may
// end, such as an SSH client that went away: on a quit the reader did not
// ask for, it remembers where each open reader is, as q does, but does not
// save, since the program ends on that message. The host saves the store
// (state.Store.Save) once the program is over.
func Hangup(m tea.Model, msg tea.Msg) tea.Msg {
	if mm, ok := m.(*model); ok && !mm.quitting {
		if _, quit := msg.(tea.QuitMsg); quit {
			mm.c.remember(mm.stack...)
		}
	}
	return msg
}

// keepAttributes applies NO_COLOR to r. NO_COLOR turns lipgloss's profile
// to plain text, which would also drop the reverse video that marks the
// cursor: keep attributes, while the styles themselves use no colour.
func keepAttributes(r *lipgloss.Renderer, noColor bool) {
	if noColor && r.Output().ColorProfile() != termenv.Ascii {
		r.SetColorProfile(termenv.ANSI)
	}
}
