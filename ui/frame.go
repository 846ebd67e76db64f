package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"

	"gazette/ui/cjk"
	say "gazette/ui/msg"
	"gazette/ui/page"
)

// The frame: the active screen's body or the help overlay, and the status
// line below it.

// View draws the active screen's body (or the help overlay) above the
// status line.
func (m *model) View() string {
	s := m.top()
	body := ""
	if m.help {
		body = m.helpView(s)
	} else {
		body = s.view()
	}
	left, right := s.status()
	switch {
	case m.prompt.open:
		return body + "\n" + inputView(m.c, m.prompt.input)
	case m.help:
		left, right = m.c.t.T(say.HelpTitle), m.c.t.T(say.HelpClose)
	case !s.typing():
		right = strings.TrimSpace(right + "  " + m.c.t.T(say.HelpHint))
	}
	if m.notice != "" {
		left = m.notice
	}
	return body + "\n" + m.statusLine(left, right)
}

// statusLine fits left and right into one line of the screen's width.
func (m *model) statusLine(left, right string) string {
	w, cm := m.c.width, m.c.m
	right = cm.Truncate(page.Clean(right, cm), w, "")
	lw := w - cm.String(right) - 1
	if lw < 1 {
		return m.c.styles.Status.Render(cm.Pad(right, w))
	}
	left = page.Clean(strings.ReplaceAll(left, "\n", " "), cm)
	line := cm.Pad(" "+cm.Truncate(left, lw-2, "…"), lw) + right + " "
	return m.c.styles.Status.Render(cm.Pad(line, w))
}

// helpView is the help overlay: the active screen's keys in columns,
// framed, centred over the body. Every width is measured with the
// interface's width function, and with --ambiguous wide the frame is drawn
// in ASCII, as box-drawing characters are ambiguous.
func (m *model) helpView(s screen) string {
	cm, w, h := m.c.m, m.c.width, m.c.bodyHeight()
	cols := s.FullHelp()
	if n := len(cols); n > 0 {
		cols[n-1] = append(cols[n-1], m.c.keys.SearchAll, m.c.keys.Command)
	}
	lines := helpColumns(cm, cols)
	inner := 0
	for _, l := range lines {
		inner = max(inner, cm.String(l))
	}
	inner = min(inner, max(w-4, 1))
	tl, tr, bl, br, hz, vt := "╭", "╮", "╰", "╯", "─", "│"
	if cm.Ambiguous() == cjk.Wide {
		tl, tr, bl, br, hz, vt = "+", "+", "+", "+", "-", "|"
	}
	box := []string{tl + strings.Repeat(hz, inner+2) + tr}
	for _, l := range lines {
		box = append(box, vt+" "+cm.Pad(cm.Truncate(l, inner, "…"), inner)+" "+vt)
	}
	box = append(box, bl+strings.Repeat(hz, inner+2)+br)
	left := strings.Repeat(" ", max((w-inner-4)/2, 0))
	out := make([]string, 0, h)
	for range max((h-len(box))/2, 0) {
		out = append(out, strings.Repeat(" ", w))
	}
	for _, l := range box {
		out = append(out, cm.Pad(left+m.c.paint.overlay.paint(l), w))
	}
	for len(out) < h {
		out = append(out, strings.Repeat(" ", w))
	}
	return strings.Join(out[:h], "\n")
}

// helpColumns lays out columns of enabled bindings side by side: each
// key, then its description, the columns four cells apart.
func helpColumns(cm *cjk.Width, cols [][]key.Binding) []string {
	var lines []string
	for _, col := range cols {
		var ks, ds []string
		kw, dw := 0, 0
		for _, b := range col {
			if !b.Enabled() {
				continue
			}
			ks, ds = append(ks, b.Help().Key), append(ds, b.Help().Desc)
			kw, dw = max(kw, cm.String(b.Help().Key)), max(dw, cm.String(b.Help().Desc))
		}
		if len(ks) == 0 {
			continue
		}
		width := 0
		if len(lines) > 0 {
			width = cm.String(lines[0]) + 4
		}
		for i := range ks {
			cell := cm.Pad(ks[i], kw) + " " + cm.Pad(ds[i], dw)
			if i >= len(lines) {
				lines = append(lines, strings.Repeat(" ", width))
			} else if width > 0 {
				lines[i] = cm.Pad(lines[i], width)
			}
			lines[i] += cell
		}
		for i := len(ks); i < len(lines); i++ {
			lines[i] = cm.Pad(lines[i], width+kw+1+dw)
		}
	}
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	return lines
}

// newInput makes a one-line text input with the given prompt and a
// steady cursor.
func newInput(prompt string) textinput.Model {
	ti := textinput.New()
	ti.Prompt = prompt
	ti.Cursor.SetMode(cursor.CursorStatic)
	return ti
}
