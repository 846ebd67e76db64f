package ui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"gazette/ui/cjk"
)

// This file is the one place that uses Bubble Tea v1's scroll-region
// commands (SyncScrollArea, ScrollUp, ScrollDown, ClearScrollArea): v1's
// renderer rewrites every line that changed, and scrolling the text
// changes them all, while a terminal can shift its lines itself; and a
// step of a cursor changes a few cells of some lines, which the area
// patches (patch.go). They are
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
	// cm measures the characters of the rows, as the frame was laid out.
	cm *cjk.Width
	// memo holds the cells of rows during a step.
	memo map[string][]cell
}

// scrolledMsg says the command in flight has reached the renderer.
type scrolledMsg struct{}

// update sets the rows the terminal should show (nil to give the body back
// to the renderer) at width, and returns the command that starts bringing
// it there, if none is in flight.
func (a *scrollArea) update(rows []string, width int, cm *cjk.Width) tea.Cmd {
	a.want, a.wantW, a.cm = rows, width, cm
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
// (a table's heading, an input line), then a patch of the cells that
// differ, in the rows that came in too (patch.go).
func (a *scrollArea) step() []tea.Cmd {
	old, want := a.shown, a.want
	switch {
	case want == nil && old == nil:
		return nil
	case want == nil:
		a.shown = nil
		return []tea.Cmd{tea.ClearScrollArea}
	}
	a.shown = want
	n := len(want)
	if old == nil || len(old) != n || a.width != a.wantW || n < 2 {
		a.width = a.wantW
		return []tea.Cmd{tea.SyncScrollArea(fit(want, a.width), 0, n)}
	}
	k, s := sameEnds(old, want)
	if k == n {
		return nil
	}
	// The plans: patching the rows as they are, or shifting some first.
	// A row or two at either end of those that changed may have changed
	// in place, in a few cells (the rule under a table's heading, when a
	// group row scrolls away), so a shift may leave them out. Of the
	// plans that leave the fewest rows to write, the one that writes the
	// fewest bytes goes.
	type plan struct{ from, to, d, rows int }
	lo, hi := k, n-s
	plans := []plan{{rows: differing(old, want)}}
	for from := lo; from < min(lo+3, hi-1); from++ {
		for to := hi; to > max(hi-3, from+1); to-- {
			if d := shift(old, want, from, to); d != 0 {
				rows := max(d, -d) + differingShifted(old, want, from, to, d)
				plans = append(plans, plan{from, to, d, rows})
			}
		}
	}
	fewest := plans[0].rows
	for _, p := range plans {
		fewest = min(fewest, p.rows)
	}
	a.memo = nil
	var cmd tea.Cmd
	cost := -1
	for _, p := range plans {
		if p.rows > fewest {
			continue
		}
		var c tea.Cmd
		var l int
		if p.d == 0 {
			c, l = a.patchOnly(old, want)
		} else {
			c, l = a.shifting(old, want, p.from, p.to, p.d)
		}
		if cost < 0 || l < cost {
			cmd, cost = c, l
		}
	}
	if cmd == nil {
		return nil
	}
	return []tea.Cmd{cmd}
}

// shifting returns the command that shifts rows lo to hi of old d rows
// and patches the rows, and the bytes it writes. The terminal
// counts rows from 1. The shift brings in blank rows; the patch, which
// writes them, goes after it while the region is still set: it only moves
// the cursor by position and writes cells, none past the end of a row, so
// nothing scrolls.
func (a *scrollArea) shifting(old, want []string, lo, hi, d int) (tea.Cmd, int) {
	now := shifted(old, want, lo, hi, d)
	in := make([]string, max(d, -d))
	if d > 0 {
		copy(now[hi-d:hi], in)
	} else {
		copy(now[lo:lo-d], in)
	}
	in[len(in)-1] = a.patch(now, want, -1)
	cost := len(in[len(in)-1]) + 2*len(in) + len("\x1b[1;40r\x1b[40;1H\x1b[;40r\x1b[40;1H")
	if d > 0 {
		return tea.ScrollDown(in, lo+1, hi), cost
	}
	return tea.ScrollUp(in, lo+1, hi), cost
}

// patchOnly returns the command that patches the rows, none shifted, and
// the bytes it writes. The scroll-area commands always insert a line:
// ScrollUp inserts one at the top of a region of the rows c-1 and c, the
// patch deletes it again (DL), which leaves row c blank, and writes row c
// whole. c is the row cheapest to write whole rather than patch.
func (a *scrollArea) patchOnly(old, want []string) (tea.Cmd, int) {
	// An unchanged row costs about its own bytes (a blank one nothing); a
	// changed one is measured only when all have changed.
	c, extra := 1, -1
	for i := 1; i < len(want); i++ {
		if old[i] == want[i] && (extra < 0 || len(want[i]) < extra) {
			c, extra = i, len(want[i])
		}
	}
	for i, all := 1, extra < 0; all && i < len(want); i++ {
		whole := a.rowPatch(nil, want[i]) - a.rowPatch(a.cells(old[i]), want[i])
		if extra < 0 || whole < extra {
			c, extra = i, whole
		}
	}
	p := a.patch(old, want, c)
	if p == "" {
		return nil, 0
	}
	p = "\x1b[M" + p
	return tea.ScrollUp([]string{p}, c, c+1), len(p) + len("\x1b[1;40r\x1b[40;1H\x1b[L\x1b[;40r\x1b[40;1H")
}

// patch returns what turns the rows now into want, row blank (when not
// -1) being blank on the terminal.
func (a *scrollArea) patch(now, want []string, blank int) string {
	var b strings.Builder
	p := newPen(&b, a.width)
	for i := range want {
		switch {
		case i == blank:
			p.row(i, a.cells(""), a.cells(want[i]))
		case now[i] != want[i]:
			p.row(i, a.cells(now[i]), a.cells(want[i]))
		}
	}
	if len(p.runs) > 0 {
		p.done()
	}
	return b.String()
}

// rowPatch returns the bytes of the patch from row now (nil: blank) to
// row want.
func (a *scrollArea) rowPatch(now []cell, want string) int {
	if now == nil {
		now = a.cells("")
	}
	var b strings.Builder
	p := newPen(&b, a.width)
	p.row(0, now, a.cells(want))
	p.done()
	return b.Len()
}

// cells returns row laid out in cells, once a step.
func (a *scrollArea) cells(row string) []cell {
	if a.memo == nil {
		a.memo = map[string][]cell{}
	}
	c, ok := a.memo[row]
	if !ok {
		c = cells(row, a.width, a.cm)
		a.memo[row] = c
	}
	return c
}

// shift returns how many rows to shift the rows lo to hi (d > 0 up, d < 0
// down, 0 not) so that the fewest rows are left to patch, counting the
// rows that come in.
func shift(old, want []string, lo, hi int) int {
	best, d := differing(old, want), 0
	for step := 1; step < hi-lo && step < best; step++ {
		for _, dd := range []int{step, -step} {
			if c := step + differingShifted(old, want, lo, hi, dd); c < best {
				best, d = c, dd
			}
		}
	}
	return d
}

// differingShifted counts the rows where shifted(old, want, lo, hi, d)
// and want differ, without making it.
func differingShifted(old, want []string, lo, hi, d int) int {
	n := 0
	for i := range want {
		j := i // the row of old that row i shows
		switch {
		case i < lo || i >= hi:
		case d > 0 && i >= hi-d, d < 0 && i < lo-d:
			continue // it comes in, taken from want
		default:
			j = i + d
		}
		if old[j] != want[i] {
			n++
		}
	}
	return n
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

// differing counts the rows where a and b differ.
func differing(a, b []string) int {
	n := 0
	for i := range a {
		if a[i] != b[i] {
			n++
		}
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
