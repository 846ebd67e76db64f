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
	cmds := a.step()
	if cmds == nil {
		return nil
	}
	a.busy = true
	return tea.Sequence(append(cmds, func() tea.Msg { return scrolledMsg{} })...)
}

// step returns the commands that turn the shown rows into the wanted ones,
// and takes them as shown: a shift of the rows between those that stayed
// (a table's heading, an input line) and rewrites of the rows that then
// still differ, else a redraw of the whole area when that is as cheap.
func (a *scrollArea) step() []tea.Cmd {
	old, want := a.shown, a.want
	switch {
	case want == nil && old == nil:
		return nil
	case want == nil:
		a.shown = nil
		return []tea.Cmd{tea.ClearScrollArea}
	}
	want = fit(want, a.wantW)
	a.shown = want
	n := len(want)
	if old == nil || len(old) != n || a.width != a.wantW || n < 2 {
		a.width = a.wantW
		return []tea.Cmd{tea.SyncScrollArea(want, 0, n)}
	}
	k, s := sameEnds(old, want)
	if k == n {
		return nil
	}
	d, runs, ok := plan(old, want, k, n-s)
	if !ok {
		return []tea.Cmd{tea.SyncScrollArea(want, 0, n)}
	}
	// The terminal counts rows from 1.
	var cmds []tea.Cmd
	if lo, hi := k, n-s; d > 0 {
		cmds = append(cmds, tea.ScrollDown(want[hi-d:hi], lo+1, hi))
	} else if d < 0 {
		cmds = append(cmds, tea.ScrollUp(want[lo:lo-d], lo+1, hi))
	}
	for _, r := range runs {
		// Inserting the rows of a region of their own rewrites them.
		cmds = append(cmds, tea.ScrollUp(want[r[0]:r[1]], r[0]+1, r[1]))
	}
	return cmds
}

// plan finds the cheapest way, in rows written, from rows old to want,
// which differ only between rows lo and hi: shifting that region d rows
// (d > 0 up, d < 0 down, 0 not), then rewriting the runs of rows that
// still differ. ok is false when redrawing them all is as cheap.
func plan(old, want []string, lo, hi int) (d int, runs [][2]int, ok bool) {
	runs = differ(old, want)
	best := written(runs)
	for step := 1; step < hi-lo && step < best; step++ {
		for _, dd := range []int{step, -step} {
			r := differ(shifted(old, want, lo, hi, dd), want)
			if c := step + written(r); c < best {
				best, d, runs = c, dd, r
			}
		}
	}
	return d, runs, best < len(want)
}

// shifted returns old with rows lo to hi shifted d rows, the rows that
// come in taken from want.
func shifted(old, want []string, lo, hi, d int) []string {
	now := append([]string(nil), old...)
	if d > 0 {
		copy(now[lo:hi-d], old[lo+d:hi])
		copy(now[hi-d:hi], want[hi-d:hi])
	} else {
		copy(now[lo-d:hi], old[lo:hi+d])
		copy(now[lo:lo-d], want[lo:lo-d])
	}
	return now
}

// differ returns the runs of rows [from, to) where a and b differ, each at
// least two rows long (a scroll region has two rows at least), merged
// where they touch.
func differ(a, b []string) [][2]int {
	var runs [][2]int
	n := len(a)
	for i := 0; i < n; i++ {
		if a[i] == b[i] {
			continue
		}
		j := i + 1
		for j < n && a[j] != b[j] {
			j++
		}
		from, to := i, j
		if to-from < 2 {
			if to < n {
				to++
			} else {
				from--
			}
		}
		if k := len(runs) - 1; k >= 0 && runs[k][1] >= from {
			runs[k][1] = to
		} else {
			runs = append(runs, [2]int{from, to})
		}
		i = j
	}
	return runs
}

// written is how many rows the runs rewrite.
func written(runs [][2]int) int {
	n := 0
	for _, r := range runs {
		n += r[1] - r[0]
	}
	return n
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

// scrollRows returns the body rows of the frame when the screen on top
// scrolls them now, else nil.
func (m *model) scrollRows() []string {
	if s, ok := m.top().(scroller); !ok || m.help || !s.scrolls() {
		return nil
	}
	return strings.Split(m.top().view(), "\n")
}
