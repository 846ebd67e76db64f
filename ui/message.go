package ui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/ui/page"
)

// message is a screen of text to read, such as the whole error of a file
// that could not be loaded: a title and wrapped lines that scroll.
type message struct {
	c     *common
	title string
	text  []string // the text's lines, unwrapped
	lines []string // the text wrapped at the screen's width
	list  cursorList
}

func newMessage(c *common, title string, text []string) *message {
	s := &message{c: c, title: title, text: text}
	s.resize()
	return s
}

// resize wraps the text again; the list's cursor is the top line.
func (s *message) resize() {
	m := s.c.m
	s.lines = s.lines[:0]
	for _, t := range s.text {
		s.lines = append(s.lines, m.Wrap(page.Clean(t, m), max(s.c.width-2, 10))...)
	}
	rows := max(s.c.bodyHeight()-2, 1)
	s.list.resize(max(len(s.lines)-rows+1, 1), 1)
}

func (s *message) loaded(int) {}

func (s *message) typing() bool { return false }

func (s *message) update(msg tea.Msg) (tea.Msg, tea.Cmd) {
	if s.list.update(msg, s.c.keys) {
		return nil, nil
	}
	if km, ok := msg.(tea.KeyMsg); ok && key.Matches(km, s.c.keys.Back) {
		return backMsg{}, nil
	}
	return nil, nil
}

func (s *message) view() string {
	m, p := s.c.m, s.c.paint
	out := []string{p.classes[page.Title].paint(m.Truncate(page.Clean(s.title, m), s.c.width, "…")), ""}
	for _, l := range s.lines[s.list.cursor:] {
		out = append(out, " "+l)
	}
	return fill(out, s.c.bodyHeight())
}

func (s *message) status() (string, string) { return s.title, "" }

// ShortHelp lists the message's main keys.
func (s *message) ShortHelp() []key.Binding { return []key.Binding{s.c.keys.Back, s.c.keys.Quit} }

// FullHelp lists every key of the message.
func (s *message) FullHelp() [][]key.Binding {
	k := s.c.keys
	move := moveKeys(k)
	for i := range move {
		move[i].SetEnabled(s.list.n > 1) // the text scrolls
	}
	return [][]key.Binding{move, {k.Back, k.Help, k.Quit}}
}

// inputView draws a one-line text input within the screen's width,
// measured with the interface's width function (not the input's own): the
// prompt, the text with its start cut when it does not fit, so that the
// cursor stays visible, and the cursor in reverse video.
func inputView(c *common, in textinput.Model) string {
	m := c.m
	room := max(c.width-m.String(in.Prompt)-1, 1)
	if !in.Focused() {
		return in.Prompt + m.Truncate(page.Clean(in.Value(), m), room, "…")
	}
	v := []rune(in.Value())
	pos := min(max(in.Position(), 0), len(v))
	before, cur, after := string(v[:pos]), " ", ""
	if pos < len(v) {
		cur, after = string(v[pos]), string(v[pos+1:])
	}
	before = tail(m, before, max(room-m.String(cur), 0))
	after = m.Truncate(after, max(room-m.String(before)-m.String(cur), 0), "")
	return in.Prompt + before + c.paint.selected.paint(cur) + after
}
