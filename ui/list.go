package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/ui/keys"
)

// cursorList is the cursor and the window of a list of one-line items:
// the moving keys (j/k, space/b, g/G and their arrows), the mouse wheel
// and the scrolling that keeps the cursor on screen, written once for
// every list screen.
type cursorList struct {
	cursor int // the selected item
	top    int // the first item on screen
	n      int // the number of items
	rows   int // the number of items on screen
}

// resize sets the number of items and of rows on screen, keeping the
// cursor inside.
func (l *cursorList) resize(n, rows int) {
	l.n, l.rows = n, max(rows, 1)
	l.to(l.cursor)
}

// to puts the cursor on item i (clamped) and scrolls it into view.
func (l *cursorList) to(i int) {
	l.cursor = min(max(i, 0), max(l.n-1, 0))
	l.top = min(l.top, l.cursor)
	if l.cursor >= l.top+l.rows {
		l.top = l.cursor - l.rows + 1
	}
	l.top = max(min(l.top, l.n-l.rows), 0)
}

// update moves the cursor for a moving key or the mouse wheel, and
// reports whether msg was one.
func (l *cursorList) update(msg tea.Msg, k keys.KeyMap) bool {
	if d := wheel(msg); d != 0 {
		l.to(l.cursor + 3*d)
		return true
	}
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Down):
			l.to(l.cursor + 1)
		case key.Matches(msg, k.Up):
			l.to(l.cursor - 1)
		case key.Matches(msg, k.PageDown):
			l.to(l.cursor + l.rows)
		case key.Matches(msg, k.PageUp):
			l.to(l.cursor - l.rows)
		case key.Matches(msg, k.Top):
			l.to(0)
		case key.Matches(msg, k.Bottom):
			l.to(l.n - 1)
		default:
			return false
		}
		return true
	}
	return false
}

// window returns the items on screen: from first to end (exclusive).
func (l *cursorList) window() (first, end int) {
	return l.top, min(l.top+l.rows, l.n)
}

// moveKeys are the list's keys for the help.
func moveKeys(k keys.KeyMap) []key.Binding {
	return []key.Binding{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom}
}

// wheel returns 1 for the mouse wheel turned down, -1 for up, else 0.
func wheel(msg tea.Msg) int {
	if mm, ok := msg.(tea.MouseMsg); ok && mm.Action == tea.MouseActionPress {
		switch mm.Button {
		case tea.MouseButtonWheelDown:
			return 1
		case tea.MouseButtonWheelUp:
			return -1
		}
	}
	return 0
}
