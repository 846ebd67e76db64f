package ui_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"gazette/ui"
)

// wire is a terminal for a running program: what the program writes goes
// to a virtual terminal, and is counted.
type wire struct {
	mu    sync.Mutex
	term  *vt
	bytes int
	last  time.Time
}

func (w *wire) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.bytes += len(p)
	w.last = time.Now()
	return w.term.Write(p)
}

func (w *wire) state() ([]string, int, time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.term.screen(), w.bytes, w.last
}

// onWire runs the program on jixi's sample issue, with colours as on a
// true-colour terminal, and a twin model that gets the same messages
// straight: its View is the full redraw the terminal must match.
type onWire struct {
	t    *testing.T
	w    *wire
	p    *tea.Program
	twin tea.Model
	done chan struct{}
}

func startWire(t *testing.T, width, height int) *onWire {
	t.Helper()
	profile := lipgloss.ColorProfile()
	lipgloss.SetColorProfile(termenv.TrueColor)
	lipgloss.SetHasDarkBackground(true)
	t.Cleanup(func() { lipgloss.SetColorProfile(profile) })
	o := ui.Options{Sources: []ui.Source{source("jixi-2022-02")}}
	w := &wire{term: newVT(width, height)}
	ow := &onWire{t: t, w: w, done: make(chan struct{}),
		p:    tea.NewProgram(ui.New(o), tea.WithInput(nil), tea.WithOutput(w), tea.WithAltScreen()),
		twin: run(t, o, width, height)}
	go func() {
		defer close(ow.done)
		if _, err := ow.p.Run(); err != nil {
			t.Error(err)
		}
	}()
	t.Cleanup(func() {
		ow.p.Quit()
		<-ow.done
	})
	ow.send(tea.WindowSizeMsg{Width: width, Height: height})
	return ow
}

// send gives msgs to the program and the twin, and waits until the
// terminal shows the twin's frame and the program has written nothing for
// a while; it returns the bytes written meanwhile.
func (ow *onWire) send(msgs ...tea.Msg) int {
	ow.t.Helper()
	_, before, _ := ow.w.state()
	for _, msg := range msgs {
		ow.post(msg)
	}
	want := strings.Split(ansi.Strip(ow.twin.View()), "\n")
	for i := range want {
		want[i] = strings.TrimRight(want[i], " ")
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		time.Sleep(20 * time.Millisecond)
		got, n, last := ow.w.state()
		if same := strings.Join(got, "\n") == strings.Join(want, "\n"); same && time.Since(last) > 200*time.Millisecond {
			return n - before
		}
		if time.Now().After(deadline) {
			ow.t.Fatalf("after %#v the terminal shows\n%s\n--- a full redraw shows\n%s",
				msgs, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// post gives msg to the program and the twin.
func (ow *onWire) post(msg tea.Msg) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		ow.w.mu.Lock()
		ow.w.term.resize(ws.Width, ws.Height)
		ow.w.mu.Unlock()
	}
	ow.twin, _ = ow.twin.Update(msg)
	ow.p.Send(msg)
}

// keys presses keys one by one, each after the screen settled.
func (ow *onWire) keys(ks ...string) int {
	n := 0
	for _, k := range ks {
		n += ow.send(keyMsg(k))
	}
	return n
}

// burst presses keys all at once: scroll steps then overtake each other.
func (ow *onWire) burst(ks ...string) {
	msgs := make([]tea.Msg, len(ks))
	for i, k := range ks {
		msgs[i] = keyMsg(k)
	}
	ow.send(msgs...)
}

func keyMsg(k string) tea.Msg {
	switch k {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// TestScrollBytes counts the bytes one line of scrolling in the reader
// writes, after the screen settled: the terminal shifts its lines, the
// program writes the new line and the status line.
func TestScrollBytes(t *testing.T) {
	for _, c := range []struct{ w, h, most int }{{80, 24, 600}, {120, 40, 1000}} {
		t.Run(fmt.Sprintf("%dx%d", c.w, c.h), func(t *testing.T) {
			ow := startWire(t, c.w, c.h)
			ow.keys("enter", " ", "j")
			// Each step of several, down then up, in full paragraphs.
			for _, k := range []string{"j", "j", "j", "j", "k", "k", "k"} {
				n := ow.keys(k)
				t.Logf("%s: %d bytes", k, n)
				if n > c.most {
					t.Errorf("one line (%s) wrote %d bytes, want at most %d", k, n, c.most)
				}
			}
		})
	}
}

// TestScrollScreens goes through what changes the reader's body other
// than a scroll: the terminal must show a full redraw after each step.
func TestScrollScreens(t *testing.T) {
	ow := startWire(t, 80, 24)
	ow.keys("enter", "j", "j", "k")
	ow.keys("?")           // the help overlay
	ow.keys("j", "j", "k") // closes it; scrolls
	ow.keys("o", "j", "j", "k", "o", "j")
	ow.keys("/", "发展")
	ow.keys("enter", "j", "n", "k", "j", "esc")
	ow.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	ow.keys("j", "j", "k")
	ow.send(tea.WindowSizeMsg{Width: 70, Height: 20})
	ow.keys("j", "esc", "j", "enter", "j", "j", "k")
	ow.keys(" ", " ", "}", "j", "k") // pages, the next document
	ow.keys(":", "esc", "j")
	ow.burst(strings.Split("jjjjjjjjkkkjjjjjjjjjjkjkjjjj", "")...)
	// A resize while scroll steps are on their way.
	ow.send(keyMsg("j"), keyMsg("j"), keyMsg("j"), tea.WindowSizeMsg{Width: 90, Height: 26}, keyMsg("j"), keyMsg("k"))
	ow.send(tea.MouseMsg{Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress},
		tea.MouseMsg{Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress},
		tea.MouseMsg{Button: tea.MouseButtonWheelUp, Action: tea.MouseActionPress})
}

// TestScrollTable steps through jixi's 167-record table (in its second
// document), which scrolls under its frozen heading, wrapped and one line
// per record: the terminal must show a full redraw after each step. A
// step that moves the cursor without scrolling, or scrolls one line,
// writes at most what a one-line scroll may. One that scrolls a record of
// L lines into view writes its lines whole (some 200 bytes a line at 80
// columns in true colour): at most half that again for each further line.
func TestScrollTable(t *testing.T) {
	for _, c := range []struct{ w, h, most int }{{80, 24, 600}, {120, 40, 1000}} {
		for _, compact := range []bool{false, true} {
			t.Run(fmt.Sprintf("%dx%d compact=%v", c.w, c.h, compact), func(t *testing.T) {
				ow := startWire(t, c.w, c.h)
				ow.keys("j", "enter", "t", "j", "enter")
				if compact {
					ow.keys("w")
				}
				// Down past the screen's end, then back: a wrapped record
				// takes 3 to 9 lines, a compact one a line.
				steps := strings.Repeat("j", 12) + "kkkkkj"
				if compact {
					steps = strings.Repeat("j", c.h) + "kkkkkj"
				}
				for _, k := range strings.Split(steps, "") {
					before, _, _ := ow.w.state()
					n := ow.keys(k)
					after, _, _ := ow.w.state()
					lines := scrolled(before, after)
					t.Logf("%s: %d bytes, %d lines scrolled", k, n, lines)
					if most := c.most + max(lines-1, 0)*c.most/2; n > most {
						t.Errorf("a step (%s) scrolling %d lines wrote %d bytes, want at most %d", k, lines, n, most)
					}
				}
				ow.burst(strings.Split("jjjjjjjjjkkkjjjjjjjjjjjkj", "")...)
				ow.keys("?", "j", " ", "k", "esc", "j", "enter", "j")
			})
		}
	}
}

// scrolled returns how many lines the rows below the rows that stayed
// (the table's heading) moved from screen a to b, the status line, the
// cursor's bar and the joints of the heading's rule aside.
func scrolled(a, b []string) int {
	bar := strings.NewReplacer("┃", "│", "┴", "┼")
	a, b = a[:len(a)-1], b[:len(b)-1]
	n := len(a)
	na, nb := make([]string, n), make([]string, n)
	for i := range a {
		na[i], nb[i] = bar.Replace(a[i]), bar.Replace(b[i])
	}
	k := 0
	for k < n && na[k] == nb[k] {
		k++
	}
	for d := 0; d < n-k; d++ {
		up, down := true, true
		for i := k; i+d < n; i++ {
			up = up && nb[i] == na[i+d]
			down = down && na[i] == nb[i+d]
		}
		if up || down {
			return d
		}
	}
	return n - k
}
