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
	"os/signal"
	"runtime"
	"strings"
	"syscall"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"gazette/data"
	"gazette/ui/cjk"
	"gazette/ui/keys"
	say "gazette/ui/msg"
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
	// Library, when set, lists Sources from a catalogue and loads each
	// only when it is opened (catalog.go); ctrl+f then uses its index.
	Library *Library
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
	// Lang is the language of the interface.
	Lang say.Lang
}

// Run runs the interface on the terminal, in the alternate screen, until
// the user quits. Bubble Tea restores the terminal on every way out,
// panics and Ctrl+C included. When the terminal hangs up (SIGHUP: the SSH
// window was closed) or the process is told to end (SIGTERM), the reading
// positions are remembered (Hangup) and saved before Run returns.
func Run(o Options) error {
	r := lipgloss.NewRenderer(os.Stdout)
	keepAttributes(r, o.NoColor)
	// The mouse wheel scrolls; text can still be selected with Shift held,
	// as in most terminals.
	p := tea.NewProgram(newModel(o, r), tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithFilter(Hangup))
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case <-hup:
			p.Quit()
		case <-done:
		}
	}()
	final, err := p.Run()
	signal.Stop(hup)
	close(done)
	m, ok := final.(*model)
	if ok && !m.quitting && m.c.state != nil {
		m.c.state.Wait()
		if e := m.c.state.Save(); e != nil {
			m.saveErr = e
		}
	}
	if ok && err == nil && m.saveErr != nil {
		err = &SaveError{m.saveErr}
	}
	return err
}

// SaveError is what Run returns when the session went well but the last
// save of reading positions failed.
type SaveError struct{ Err error }

func (e *SaveError) Error() string { return e.Err.Error() }

// Unwrap returns the save's error.
func (e *SaveError) Unwrap() error { return e.Err }

// New returns the interface as a Bubble Tea model, styled with lipgloss's
// default renderer.
func New(o Options) tea.Model {
	return newModel(o, lipgloss.DefaultRenderer())
}

// common is what every screen shares: size, styles, keys, the message
// catalogue and the width function, and the issues as they load.
type common struct {
	width, height int
	styles        theme.Styles
	paint         painter
	keys          keys.KeyMap
	t             say.Catalog
	m             *cjk.Width
	issues        []*entry
	// lib is the catalogue the issues are listed from, nil without one.
	lib *Library
	// indexing is how many of how many files the catalogue's background
	// sync has indexed; zero when it indexes none.
	indexing [2]int
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
	// head, docs and warns are what the catalogue lists, head nil
	// without a catalogue; refused is the loader's error it lists.
	head        *data.Issue
	docs, warns int
	refused     error
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
	// saveErr is the error of the last state save: shown once, and
	// reported by Run as a SaveError.
	saveErr error
	// quitting is set when the reader quits (q, or CloseMsg): the
	// positions are remembered and saved then, not again at Hangup.
	quitting bool
	// area draws a scrolling screen's body (scroll.go).
	area scrollArea
	// With a library: keep parsed issues at most, used the parsed
	// issues least recently used first, and waiting the navigation
	// message that waits for issue waitingFor to load.
	lib        *Library
	keep       int
	used       []int
	waiting    tea.Msg
	waitingFor int
	// syncing is true while the catalogue's background sync runs;
	// listing while the library is listed again meanwhile, listedAt the
	// number of files indexed when it last was.
	syncing, listing bool
	listedAt         int
}

func newModel(o Options, r *lipgloss.Renderer) *model {
	st := theme.New(r, o.NoColor)
	t := say.New(o.Lang)
	c := &common{width: 80, height: 24, styles: st, paint: newPainter(st),
		keys: keys.Default(t), t: t, m: cjk.New(o.Ambiguous), clipboard: o.Clipboard}
	if c.clipboard == nil {
		c.clipboard = os.Stdout
	}
	c.state = o.State
	if c.state == nil {
		c.state = state.Disabled()
	}
	for i, s := range o.Sources {
		e := &entry{name: s.Name, key: s.Key}
		if o.Library != nil {
			e.list(o.Library.Issues[i])
		}
		c.issues = append(c.issues, e)
	}
	c.lib = o.Library
	m := &model{c: c, sources: o.Sources, sem: make(chan struct{}, runtime.GOMAXPROCS(0)),
		prompt: prompt{input: newInput(":")}, notice: strings.Join(o.Notices, t.T(say.NoticeSep)),
		lib: o.Library, keep: DefaultKeep}
	if o.Library != nil && o.Library.Keep > 0 {
		m.keep = o.Library.Keep
	}
	// The library is always at the bottom: with one file the interface
	// starts on its contents page, and Esc goes to the library.
	m.stack = []screen{newLibrary(c)}
	if len(o.Sources) == 1 {
		m.stack = append(m.stack, newContents(c, 0))
	}
	return m
}

// Init starts loading every source, or with a library the one the
// interface starts on and the catalogue's sync.
func (m *model) Init() tea.Cmd {
	if m.lib != nil {
		if len(m.sources) == 1 {
			return tea.Batch(m.load(0, m.sources[0]), m.syncCatalog())
		}
		return m.syncCatalog()
	}
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
				msg = loadedMsg{i: i, err: fmt.Errorf(m.c.t.T(say.LoadFailed), s.Name, r)}
			}
		}()
		is, err := s.Load()
		if err == nil && is == nil {
			err = fmt.Errorf(m.c.t.T(say.LoadNoIssue), s.Name)
		}
		return loadedMsg{i: i, issue: is, err: err}
	}
}

func (m *model) top() screen { return m.stack[len(m.stack)-1] }

// Update routes msg (update), then has the terminal's body rows follow
// the new frame (scroll.go).
func (m *model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(scrolledMsg); ok {
		return m, m.area.arrived()
	}
	_, cmd := m.update(msg)
	return m, tea.Batch(cmd, m.area.update(m.scrollRows(), m.c.width, m.c.m))
}

// update routes msg: window sizes and loads to every screen, keys to the
// active one.
func (m *model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
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
		cmd := m.arrived(msg.i)
		if r := m.searchScreen(); r != nil {
			return m, tea.Batch(cmd, r.searchIssue(msg.i))
		}
		return m, cmd
	case indexingMsg:
		return m, m.indexedSome(msg)
	case syncedMsg:
		m.synced(msg)
		return m, nil
	case listedMsg:
		m.listed(msg)
		return m, nil
	case indexedMsg:
		if r := m.searchScreen(); r != nil {
			r.indexed(msg)
		}
		return m, nil
	case foundMsg:
		if r := m.searchScreen(); r != nil {
			r.found(msg)
		}
		return m, nil
	case savedMsg:
		if msg.err != nil && m.saveErr == nil {
			m.notice = m.c.t.F(say.StateSaveFailed, msg.err) // once
		}
		m.saveErr = msg.err
		return m, nil
	case openIssueMsg:
		if cmd, wait := m.needIssue(msg); wait {
			return m, cmd
		}
		m.push(newContents(m.c, msg.issue))
		m.resume(msg.issue)
		return m, nil
	case openDocMsg:
		m.push(newReader(m.c, msg.issue, msg.doc))
		return m, nil
	case opener:
		if cmd, wait := m.needIssue(msg); wait {
			return m, cmd
		}
		m.push(msg.open(m.c))
		return m, nil
	case backMsg:
		return m, m.back()
	case CloseMsg:
		return m, m.quit()
	case tea.KeyMsg:
		if cmd, done := m.key(msg); done {
			return m, cmd
		}
	}
	nav, cmd := m.top().update(msg)
	if nav != nil {
		_, navCmd := m.update(nav)
		cmd = tea.Batch(cmd, navCmd)
	}
	return m, cmd
}

// key handles the keys of the root — quit, help, search, the command
// prompt — and reports whether it took km; the others go to the screen.
func (m *model) key(km tea.KeyMsg) (tea.Cmd, bool) {
	if km.Type == tea.KeyRunes && len(km.Runes) > 1 && !km.Paste && !m.top().typing() {
		return m.keyRunes(km.Runes), true
	}
	m.notice = ""
	k := m.c.keys
	switch {
	case km.String() == "ctrl+c":
		return m.quit(), true
	case m.prompt.open:
		return m.promptKey(km), true
	case m.help:
		m.help = false
		return nil, true
	case m.top().typing():
		return nil, false
	case key.Matches(km, k.Quit):
		return m.quit(), true
	case key.Matches(km, k.Help):
		m.help = true
		return nil, true
	case key.Matches(km, k.SearchAll):
		return m.searchAll(""), true
	case key.Matches(km, k.Command):
		return m.openPrompt(), true
	}
	return nil, false
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
		_, cmd := m.update(msg)
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
