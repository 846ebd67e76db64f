package ui

import (
	"strconv"

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

// position is the cursor's place for the status line, "3/12"; "" for an
// empty list.
func (l *cursorList) position() string {
	if l.n == 0 {
		return ""
	}
	return strconv.Itoa(l.cursor+1) + "/" + strconv.Itoa(l.n)
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

// mover is what the moving keys move: a list's cursor, a table's
// records or a text's lines. move reads the keys for all of them.
type mover interface {
	step(d int) // d items or lines down (d > 0) or up
	page(d int) // a screen down (d = 1) or up (d = -1)
	home()
	end()
}

// move moves m for a moving key or the mouse wheel (three steps), and
// reports whether msg was one: the one switch of the moving keys.
func move(m mover, msg tea.Msg, k keys.KeyMap) bool {
	if d := wheel(msg); d != 0 {
		m.step(3 * d)
		return true
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return false
	}
	switch {
	case key.Matches(km, k.Down):
		m.step(1)
	case key.Matches(km, k.Up):
		m.step(-1)
	case key.Matches(km, k.PageDown):
		m.page(1)
	case key.Matches(km, k.PageUp):
		m.page(-1)
	case key.Matches(km, k.Top):
		m.home()
	case key.Matches(km, k.Bottom):
		m.end()
	default:
		return false
	}
	return true
}

func (l *cursorList) step(d int) { l.to(l.cursor + d) }
func (l *cursorList) home()      { l.to(0) }
func (l *cursorList) end()       { l.to(l.n - 1) }

// update moves the cursor for a moving key or the mouse wheel, and
// reports whether msg was one.
func (l *cursorList) update(msg tea.Msg, k keys.KeyMap) bool { return move(l, msg, k) }

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

// lineScroll is the window of a text scrolled by lines (the reader, the
// record card): top is the first line on screen; a page is a screen less
// one line, so that the last line read stays in sight.
type lineScroll struct {
	top   int // the first line on screen
	lines int // the number of lines of the text
	rows  int // the number of lines on screen
}

// size sets the text's length and the screen's height.
func (s *lineScroll) size(lines, rows int) { s.lines, s.rows = lines, max(rows, 1) }

// step moves the view d lines, stopping at the last page (or where it
// is, when a jump put it below the last page).
func (s *lineScroll) step(d int) {
	last := max(s.lines-s.rows, 0)
	if d > 0 {
		s.top = min(s.top+d, max(last, s.top))
	} else {
		s.top = max(s.top+d, 0)
	}
}

func (s *lineScroll) page(d int) { s.step(d * max(s.rows-1, 1)) }
func (s *lineScroll) home()      { s.top = 0 }
func (s *lineScroll) end()       { s.top = max(s.lines-s.rows, 0) }
