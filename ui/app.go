// Package ui is gazette's terminal interface: a library of issues, each
// issue's contents page (目录) and a reader for its documents, with an
// outline pane, search and a help overlay.
//
// The interface only displays document trees. Loading is injected as
// Sources, run in the background as commands, so that the first screen
// appears at once and each issue fills in when it is ready; a source that
// fails shows its error in the library instead of stopping the program.
//
// Ctrl+F (or :search) searches every issue, one command per issue, and
// lists the hits as they come in. With a state store (Options.State) the
// interface reopens an issue where the reader left it and lists recently
// read issues first; it saves the store in a command, never in Update.
package ui

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"gazette/data"
	"gazette/ui/cjk"
	"gazette/ui/keys"
	"gazette/ui/page"
	"gazette/ui/state"
	"gazette/ui/theme"
)

// Source is one issue to show: its name as the user gave it and the
// function that loads it. Load runs in the background, never in Update.
type Source struct {
	Name string
	// Key identifies the issue in the state store (state.Key for a file,
	// state.SampleKey for a sample); "" when its place is not remembered.
	Key  string
	Load func() (*data.Issue, error)
}

// Options configure the interface.
type Options struct {
	// Sources are the issues of the library, in order. With exactly one,
	// the interface starts on its contents page.
	Sources []Source
	// Ambiguous is how wide the terminal draws East Asian ambiguous
	// characters.
	Ambiguous cjk.Ambiguous
	// NoColor turns colour off (NO_COLOR); bold and reverse video stay.
	NoColor bool
	// Clipboard receives the OSC 52 escape sequences that copy table
	// records to the terminal's clipboard; nil means standard output.
	Clipboard io.Writer
	// State remembers where the reader left each issue, and orders the
	// library by it; nil remembers nothing. It is read when an issue
	// opens and saved in the background on leaving a document and on
	// quit.
	State *state.Store
	// Notices are shown once in the status line at start, such as a
	// state file that was ignored.
	Notices []string
}

// Run runs the interface on the terminal, in the alternate screen, until
// the user quits. Bubble Tea restores the terminal on every way out,
// panics and Ctrl+C included.
func Run(o Options) error {
	r := lipgloss.NewRenderer(os.Stdout)
	if o.NoColor && r.Output().ColorProfile() != termenv.Ascii {
		// NO_COLOR turns lipgloss's profile to plain text, which would also
		// drop the reverse video that marks the cursor: keep attributes,
		// while the styles themselves use no colour.
		r.SetColorProfile(termenv.ANSI)
	}
	final, err := tea.NewProgram(newModel(o, r), tea.WithAltScreen()).Run()
	if m, ok := final.(*model); ok && err == nil {
		err = m.saveErr
	}
	return err
}

// New returns the interface as a Bubble Tea model, styled with lipgloss's
// default renderer.
func New(o Options) tea.Model {
	return newModel(o, lipgloss.DefaultRenderer())
}

// common is what every screen shares: size, styles, keys and the width
// function, and the issues as they load.
type common struct {
	width, height int
	styles        theme.Styles
	paint         painter
	keys          keys.KeyMap
	m             *cjk.Width
	issues        []*entry
	// clipboard is where OSC 52 copy sequences are written.
	clipboard io.Writer
	// state remembers reading positions; never nil.
	state *state.Store
	// tables remembers how each table screen was left in this session.
	tables map[tableID]state.Table
}

// bodyHeight is the number of lines above the status line.
func (c *common) bodyHeight() int { return max(c.height-1, 1) }

// entry is one source and what loading it gave.
type entry struct {
	name   string
	key    string // Source.Key
	issue  *data.Issue
	err    error
	loaded bool
}

// screen is one screen of the interface. The root routes messages to the
// active screen and builds the help from its key map.
type screen interface {
	help.KeyMap
	// update handles a message for this screen. nav is a navigation
	// message (openIssueMsg, openDocMsg, backMsg) for the root to act on at
	// once, before the next key arrives.
	update(msg tea.Msg) (nav tea.Msg, cmd tea.Cmd)
	// view draws the body: c.bodyHeight() lines of at most c.width cells.
	view() string
	// status is the status line's text: where one is, and the position.
	status() (left, right string)
	// resize lays the screen out again after the size changed.
	resize()
	// loaded tells the screen that issue i finished loading.
	loaded(i int)
	// typing reports whether a text input has the keyboard, so that q and
	// ? are letters rather than commands.
	typing() bool
}

// Messages between screens and the root.
type (
	loadedMsg struct {
		i     int
		issue *data.Issue
		err   error
	}
	openIssueMsg struct{ issue int }
	openDocMsg   struct{ issue, doc int }
	backMsg      struct{}
)

type model struct {
	c       *common
	sources []Source
	stack   []screen
	help    bool
	sem     chan struct{}
	prompt  prompt
	// notice replaces the status line's left side until the next key.
	notice string
	// saveErr is the error of the last state save, reported by Run.
	saveErr error
}

func newModel(o Options, r *lipgloss.Renderer) *model {
	st := theme.New(r, o.NoColor)
	c := &common{width: 80, height: 24, styles: st, paint: newPainter(st),
		keys: keys.Default(), m: cjk.New(o.Ambiguous), clipboard: o.Clipboard}
	if c.clipboard == nil {
		c.clipboard = os.Stdout
	}
	c.state = o.State
	if c.state == nil {
		c.state = state.Disabled()
	}
	for _, s := range o.Sources {
		c.issues = append(c.issues, &entry{name: s.Name, key: s.Key})
	}
	m := &model{c: c, sources: o.Sources, sem: make(chan struct{}, runtime.GOMAXPROCS(0)),
		prompt: prompt{input: newInput(":")}, notice: strings.Join(o.Notices, "; ")}
	if len(o.Sources) == 1 {
		m.stack = []screen{newContents(c, 0)}
	} else {
		m.stack = []screen{newLibrary(c)}
	}
	return m
}

// Init starts loading every source.
func (m *model) Init() tea.Cmd {
	cmds := make([]tea.Cmd, len(m.sources))
	for i, s := range m.sources {
		cmds[i] = m.load(i, s)
	}
	return tea.Batch(cmds...)
}

// load loads one source, at most GOMAXPROCS at a time. A loader that
// panics is reported like one that fails.
func (m *model) load(i int, s Source) tea.Cmd {
	return func() (msg tea.Msg) {
		m.sem <- struct{}{}
		defer func() { <-m.sem }()
		defer func() {
			if r := recover(); r != nil {
				msg = loadedMsg{i: i, err: fmt.Errorf("load %s: %v", s.Name, r)}
			}
		}()
		is, err := s.Load()
		if err == nil && is == nil {
			err = fmt.Errorf("load %s: no issue", s.Name)
		}
		return loadedMsg{i: i, issue: is, err: err}
	}
}

func (m *model) top() screen { return m.stack[len(m.stack)-1] }

// back closes the active screen. Leaving a reader or a table screen
// remembers where it was left and saves.
func (m *model) back() tea.Cmd {
	if len(m.stack) == 1 {
		return nil
	}
	top := m.top()
	m.stack = m.stack[:len(m.stack)-1]
	switch s := top.(type) {
	case *table:
	case *reader:
		if c, ok := m.top().(*contents); ok {
			c.selectDocument(s.doc)
		}
	default:
		return nil
	}
	m.c.remember(top)
	return m.c.save()
}

// Update routes msg: window sizes and loads to every screen, keys to the
// active one.
func (m *model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	k := m.c.keys
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.width, m.c.height = max(msg.Width, 20), max(msg.Height, 3)
		for _, s := range m.stack {
			s.resize()
		}
		return m, nil
	case loadedMsg:
		e := m.c.issues[msg.i]
		e.issue, e.err, e.loaded = msg.issue, msg.err, true
		for _, s := range m.stack {
			s.loaded(msg.i)
		}
		m.resumeLoaded(msg.i)
		if r := m.searchScreen(); r != nil {
			return m, r.searchIssue(msg.i)
		}
		return m, nil
	case foundMsg:
		if r := m.searchScreen(); r != nil {
			r.found(msg)
		}
		return m, nil
	case savedMsg:
		m.saveErr = msg.err
		if msg.err != nil {
			m.notice = msg.err.Error()
		}
		return m, nil
	case openIssueMsg:
		m.push(newContents(m.c, msg.issue))
		m.resume(msg.issue)
		return m, nil
	case openDocMsg:
		m.push(newReader(m.c, msg.issue, msg.doc))
		return m, nil
	case opener:
		m.push(msg.open(m.c))
		return m, nil
	case backMsg:
		return m, m.back()
	case tea.KeyMsg:
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste && !m.top().typing() {
			return m, m.keyRunes(msg.Runes)
		}
		m.notice = ""
		if msg.String() == "ctrl+c" {
			return m, m.quit()
		}
		if m.prompt.open {
			return m, m.promptKey(msg)
		}
		if m.help {
			m.help = false
			return m, nil
		}
		if !m.top().typing() {
			switch {
			case key.Matches(msg, k.Quit):
				return m, m.quit()
			case key.Matches(msg, k.Help):
				m.help = true
				return m, nil
			case key.Matches(msg, k.SearchAll):
				return m, m.searchAll("")
			case key.Matches(msg, k.Command):
				return m, m.openPrompt()
			}
		}
	}
	nav, cmd := m.top().update(msg)
	if nav != nil {
		_, navCmd := m.Update(nav)
		cmd = tea.Batch(cmd, navCmd)
	}
	return m, cmd
}

// keyRunes handles runes that arrived together (fast typing, a terminal
// sending a burst) one key at a time, until a text input takes the rest.
func (m *model) keyRunes(rs []rune) tea.Cmd {
	var cmds []tea.Cmd
	for i, r := range rs {
		msg := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}}
		if m.top().typing() {
			msg.Runes = rs[i:]
		}
		_, cmd := m.Update(msg)
		cmds = append(cmds, cmd)
		if len(msg.Runes) > 1 {
			break
		}
	}
	return tea.Batch(cmds...)
}

func (m *model) push(s screen) {
	s.resize()
	m.stack = append(m.stack, s)
}

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
		return body + "\n" + m.prompt.input.View()
	case m.help:
		left, right = "keys of this screen", "any key: close"
	case !s.typing():
		right = strings.TrimSpace(right + "  ? help")
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

// helpView is the help overlay: the active screen's keys in a frame,
// centred over the body.
func (m *model) helpView(s screen) string {
	h := help.New()
	h.Ellipsis = "..."
	h.Width = max(m.c.width-6, 10)
	b := lipgloss.RoundedBorder()
	if m.c.m.Ambiguous() == cjk.Wide {
		b = lipgloss.ASCIIBorder()
	}
	cols := s.FullHelp()
	if n := len(cols); n > 0 {
		cols[n-1] = append(cols[n-1], m.c.keys.SearchAll, m.c.keys.Command)
	}
	box := m.c.styles.Overlay.Border(b).Padding(0, 1).Render(h.FullHelpView(cols))
	return lipgloss.Place(m.c.width, m.c.bodyHeight(), lipgloss.Center, lipgloss.Center, box)
}

// newInput makes a one-line text input with the given prompt and a
// steady cursor.
func newInput(prompt string) textinput.Model {
	ti := textinput.New()
	ti.Prompt = prompt
	ti.Cursor.SetMode(cursor.CursorStatic)
	return ti
}
