package ui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// This file is the one place that uses Bubble Tea v1's scroll-region
// commands (SyncScrollArea, ScrollUp, ScrollDown, ClearScrollArea): v1's
// renderer rewrites every line that changed, and scrolling the text
// changes them all, while a terminal can shift its lines itself. They are
// deprecated in v1 because v2's renderer scrolls by itself: on moving to
// v2, delete this file, the scroller method of the screens and the two
// calls in model.Update.

// A scroller is a screen whose body is drawn through the scroll area while
// scrolls says so: a step of it mostly shifts the lines on screen.
type scroller interface {
	scrolls() bool
}

// scrollArea keeps the body rows of the screen (rows 0 to len(want)-1, above
// the status line) in step with the frame through the terminal's scroll
// region; the renderer skips those rows meanwhile, and redraws the status
// line as usual.
//
// The renderer carries out each command when its message comes back to the
// program, and Bubble Tea runs commands concurrently, so two scroll steps
// sent one after the other could arrive swapped. So one command at a time
// is in flight, followed by a scrolledMsg; when that arrives, the next
// command goes from what the terminal then shows to the latest frame.
type scrollArea struct {
	// shown are the rows the terminal shows once the command in flight has
	// arrived, at width; nil while the renderer draws the body itself.
	shown []string
	width int
	busy  bool
	// want are the rows of the latest frame (nil: the renderer draws them).
	want  []string
	wantW int
}

// scrolledMsg says the command in flight has reached the renderer.
type scrolledMsg struct{}

// update sets the rows the terminal should show (nil to give the body back
// to the renderer) at width, and returns the command that starts bringing
// it there, if none is in flight.
func (a *scrollArea) update(rows []string, width int) tea.Cmd {
	a.want, a.wantW = rows, width
	if a.busy {
		return nil
	}
	return a.next()
}

// arrived takes note that the command in flight reached the renderer and
// sends the next one, if the frame moved on meanwhile.
func (a *scrollArea) arrived() tea.Cmd {
	a.busy = false
	return a.next()
}

func (a *scrollArea) next() tea.Cmd {
	cmd := a.step()
	if cmd == nil {
		return nil
	}
	a.busy = true
	return tea.Sequence(cmd, func() tea.Msg { return scrolledMsg{} })
}

// step returns the command that turns the shown rows into the wanted ones,
// and takes them as shown: a shift of the rows that differ when that is
// what happened, else a redraw of the whole area.
func (a *scrollArea) step() tea.Cmd {
	old, want := a.shown, a.want
	switch {
	case want == nil && old == nil:
		return nil
	case want == nil:
		a.shown = nil
		return tea.ClearScrollArea
	}
	want = fit(want, a.wantW)
	a.shown = want
	n := len(want)
	if old == nil || len(old) != n || a.width != a.wantW {
		a.width = a.wantW
		return tea.SyncScrollArea(want, 0, n)
	}
	k, s := sameEnds(old, want)
	if k == n {
		return nil
	}
	// The whole area shifted, else the rows between those that stayed (a
	// table's heading, an input line).
	for _, r := range [][2]int{{0, n}, {k, n - s}} {
		lo, hi := r[0], r[1]
		// The terminal counts rows from 1.
		if d := shift(old[lo:hi], want[lo:hi]); d > 0 {
			return tea.ScrollDown(want[hi-d:hi], lo+1, hi)
		} else if d < 0 {
			return tea.ScrollUp(want[lo:lo-d], lo+1, hi)
		}
	}
	return tea.SyncScrollArea(want, 0, n)
}

// fit cuts the rows to the width, as the renderer does with its own: a
// longer row would wrap and push the screen up.
func fit(rows []string, width int) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = ansi.Truncate(r, width, "")
	}
	return out
}

// sameEnds returns how many rows at the start (k) and, of the rest, at
// the end (s) are the same in a and b, which have the same length.
func sameEnds(a, b []string) (k, s int) {
	for k < len(a) && a[k] == b[k] {
		k++
	}
	for s < len(a)-k && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	return k, s
}

// shift returns d > 0 when b is a shifted d rows up (d new rows at the
// bottom), d < 0 when it is a shifted -d rows down, 0 when it is neither;
// the smallest shift that fits. A region of one row cannot be shifted.
func shift(a, b []string) int {
	n := len(a)
	for d := 1; d < n; d++ {
		if equalRows(a[d:], b[:n-d]) {
			return d
		}
		if equalRows(a[:n-d], b[d:]) {
			return -d
		}
	}
	return 0
}

func equalRows(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// scrollRows returns the body rows of the frame when the screen on top
// scrolls them now, else nil.
func (m *model) scrollRows() []string {
	if s, ok := m.top().(scroller); !ok || m.help || !s.scrolls() {
		return nil
	}
	return strings.Split(m.top().view(), "\n")
}
