package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/ui/keys"
)

// cursorList is the cursor and the window of a list: the moving keys
// (j/k, space/b, g/G and their arrows), the mouse wheel and the scrolling
// that keeps the cursor on screen, written once for every list screen.
// Items take one line each, or the lines span says (a contents entry
// wrapped over two lines with its category above it, a search hit under
// its document).
type cursorList struct {
	cursor int // the selected item
	top    int // the first line on screen
	n      int // the number of items
	rows   int // the number of lines on screen
	lines  int // the number of lines of the list
	// span returns the lines item i takes, first to last, with the lines
	// above it that should show with it; nil for one line per item.
	span func(i int) (first, last int)
}

// resize sets the number of items, of the list's lines and of lines on
// screen, keeping the cursor inside.
func (l *cursorList) resize(n, rows int) { l.resizeLines(n, n, rows) }

// resizeLines is resize for items of several lines (see span).
func (l *cursorList) resizeLines(n, lines, rows int) {
	l.n, l.lines, l.rows = n, lines, max(rows, 1)
	l.to(l.cursor)
}

// lineSpan returns the lines of item i.
func (l *cursorList) lineSpan(i int) (int, int) {
	if l.span == nil {
		return i, i
	}
	return l.span(i)
}

// to puts the cursor on item i (clamped) and scrolls it into view, with
// its first line if it does not fit.
func (l *cursorList) to(i int) {
	l.cursor = min(max(i, 0), max(l.n-1, 0))
	if l.n == 0 {
		l.top = 0
		return
	}
	first, last := l.lineSpan(l.cursor)
	if last >= l.top+l.rows {
		l.top = last - l.rows + 1
	}
	l.top = max(min(l.top, first, l.lines-l.rows), 0)
}

// page moves the cursor a screen down (d = 1) or up (d = -1): to the
// last item that starts at or before the line a screen away.
func (l *cursorList) page(d int) {
	if l.span == nil {
		l.to(l.cursor + d*l.rows)
		return
	}
	first, _ := l.lineSpan(l.cursor)
	at := first + d*l.rows
	i := 0
	for i+1 < l.n {
		if f, _ := l.lineSpan(i + 1); f > at {
			break
		}
		i++
	}
	if d > 0 && i == l.cursor {
		i++ // an item taller than the screen
	}
	l.to(i)
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
			l.page(1)
		case key.Matches(msg, k.PageUp):
			l.page(-1)
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

// window returns the items on screen, for one line per item: from first
// to end (exclusive).
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
