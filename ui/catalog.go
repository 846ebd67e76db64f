package ui

import (
	"errors"
	"slices"

	tea "github.com/charmbracelet/bubbletea"

	"gazette/data"
	"gazette/data/query"
	say "gazette/ui/msg"
)

// Library is a catalogue of the issues of Options.Sources: it lists them
// without parsing them, so that a library of thousands opens at once. An
// issue is then loaded (Source.Load) only when it is opened, and only the
// Keep most recently opened trees are kept.
type Library struct {
	// Issues is what the catalogue knows of each source, in order.
	Issues []Summary
	// Search finds m in every issue, each hit's Issue an index into
	// Sources, as query.SearchIssue would; it runs in a command.
	Search func(m *query.Matcher) ([]query.Hit, error)
	// Sync, when set, brings the catalogue up to date with the files —
	// new and changed ones are parsed and indexed, telling progress how
	// many of total are done — and returns Issues as the catalogue then
	// lists them, nil when nothing changed. The interface runs it once,
	// in the background from the first frame on, and updates the list.
	Sync func(progress func(done, total int)) ([]Summary, error)
	// List, when set, returns Issues as the catalogue holds them now; the
	// interface calls it now and then while Sync indexes, so that the
	// issues fill in as they are indexed.
	List func() ([]Summary, error)
	// Keep is how many parsed issues are kept; 0 means DefaultKeep.
	Keep int
}

// DefaultKeep is how many parsed issues a Library keeps by default.
const DefaultKeep = 8

// Summary is one issue as the catalogue lists it.
type Summary struct {
	Title                     string
	Year, Number, TotalNumber int
	Date, Publisher           string
	Documents, Warnings       int
	// Lead is the title of the first document, which the library shows
	// for an issue without a masthead.
	Lead string
	// Err is the loader's error when it refused the file.
	Err string
	// Pending is true for a file the catalogue does not hold yet: it is
	// listed by its name until Sync has indexed it.
	Pending bool
}

// masthead is the issue of s with only its masthead, and its first
// document's title.
func (s Summary) masthead() *data.Issue {
	is := &data.Issue{Title: s.Title, Year: s.Year, Number: s.Number, TotalNumber: s.TotalNumber,
		Date: s.Date, Publisher: s.Publisher}
	if s.Lead != "" {
		is.Documents = []*data.Document{{Title: s.Lead}}
	}
	return is
}

// list sets what the catalogue lists of e: its masthead and numbers, or
// the loader's error, which stands until the issue is loaded.
func (e *entry) list(s Summary) {
	e.head, e.docs, e.warns, e.refused = nil, 0, 0, nil
	switch {
	case s.Pending:
	case s.Err != "":
		e.refused = errors.New(s.Err)
	default:
		e.head, e.docs, e.warns = s.masthead(), s.Documents, s.Warnings
	}
	if !e.loaded {
		e.err = e.refused
	}
}

// masthead returns what the library shows of e: its masthead and its
// numbers of documents and warnings, from the parsed tree or else from the
// catalogue; ok is false when neither is there or the issue failed.
func (e *entry) masthead() (is *data.Issue, docs, warns int, ok bool) {
	switch {
	case e.err != nil:
		return nil, 0, 0, false
	case e.loaded:
		return e.issue, len(e.issue.Documents), len(e.issue.Warnings), true
	case e.head != nil:
		return e.head, e.docs, e.warns, true
	}
	return nil, 0, 0, false
}

// indexedMsg is the hits of search gen through the library's index.
type indexedMsg struct {
	gen  int
	hits []query.Hit
	err  error
}

// issueOf returns the issue a navigation message needs loaded, or -1.
func issueOf(msg tea.Msg) int {
	switch msg := msg.(type) {
	case openIssueMsg:
		return msg.issue
	case openHitMsg:
		return msg.hit.Issue
	}
	return -1
}

// needIssue loads the issue that nav needs when it is catalogued but not
// parsed, and replays nav once it is: wait tells that it did.
func (m *model) needIssue(nav tea.Msg) (cmd tea.Cmd, wait bool) {
	i := issueOf(nav)
	if m.lib == nil || i < 0 {
		return nil, false
	}
	if e := m.c.issues[i]; e.loaded || e.err != nil {
		m.touch(i)
		return nil, false
	}
	m.waiting, m.waitingFor = nav, i
	return m.load(i, m.sources[i]), true
}

// arrived handles issue i's load for the library: it keeps the tree
// among the recently opened and replays the navigation that waited for
// it, or shows why it failed.
func (m *model) arrived(i int) tea.Cmd {
	if m.lib == nil {
		return nil
	}
	m.touch(i)
	if m.waiting == nil || m.waitingFor != i {
		return nil
	}
	nav := m.waiting
	m.waiting = nil
	if e := m.c.issues[i]; e.err != nil {
		nav = showErrorMsg{e.name, e.err}
	}
	_, cmd := m.update(nav)
	return cmd
}

// touch makes issue i the most recently used, then drops the parsed
// trees of the least recently used beyond the library's bound, except
// those a screen shows.
func (m *model) touch(i int) {
	m.used = append(slices.DeleteFunc(m.used, func(j int) bool { return j == i }), i)
	for k := 0; len(m.used) > m.keep && k < len(m.used); {
		j := m.used[k]
		if m.inUse(j) {
			k++
			continue
		}
		e := m.c.issues[j]
		e.issue, e.err, e.loaded = nil, e.refused, false
		m.used = slices.Delete(m.used, k, k+1)
	}
}

// inUse reports whether a screen on the stack shows issue i.
func (m *model) inUse(i int) bool {
	for _, s := range m.stack {
		switch s := s.(type) {
		case *contents:
			if s.issue == i {
				return true
			}
		case *reader:
			if s.issue == i {
				return true
			}
		case *table:
			if s.issue == i {
				return true
			}
		case *docTables:
			if s.issue == i {
				return true
			}
		}
	}
	return false
}

// searchIndex searches every issue through the library's index in one
// command.
func (r *results) searchIndex() tea.Cmd {
	r.pending = 1
	for i := range r.searched {
		r.searched[i] = true
	}
	gen, m, search := r.gen, r.matcher, r.c.lib.Search
	return func() tea.Msg {
		hits, err := search(m)
		return indexedMsg{gen: gen, hits: hits, err: err}
	}
}

// indexed takes the hits of an indexed search.
func (r *results) indexed(msg indexedMsg) {
	if msg.gen != r.gen {
		return
	}
	r.pending = 0
	if msg.err != nil {
		r.note = r.c.t.F(say.SearchCannot, msg.err)
	}
	for _, h := range msg.hits {
		r.byIssue[h.Issue] = append(r.byIssue[h.Issue], h)
	}
	r.relist()
}

// Messages of the catalogue's background sync.
type (
	// indexingMsg tells that done of total files are (re)indexed; next
	// waits for the sync's next message.
	indexingMsg struct {
		done, total int
		next        tea.Cmd
	}
	// syncedMsg ends the sync: the issues as the catalogue now lists
	// them, nil when nothing changed.
	syncedMsg struct {
		issues []Summary
		err    error
	}
	// listedMsg is the issues as the catalogue listed them while the sync
	// ran.
	listedMsg struct {
		issues []Summary
		err    error
	}
)

// relistSteps is about how many times the library is listed again while
// the sync indexes, whatever the number of files.
const relistSteps = 16

// syncCatalog runs the library's Sync in the background. Its progress is
// sent as indexingMsg, the latest only when the interface lags behind,
// and its end as syncedMsg.
func (m *model) syncCatalog() tea.Cmd {
	if m.lib == nil || m.lib.Sync == nil {
		return nil
	}
	m.syncing = true
	sync := m.lib.Sync
	progress := make(chan indexingMsg, 1)
	done := make(chan syncedMsg, 1)
	var next tea.Cmd = func() tea.Msg {
		select {
		case p := <-progress:
			return p
		case d := <-done:
			return d
		}
	}
	tell := func(d, total int) {
		select {
		case progress <- indexingMsg{d, total, next}:
		default: // the interface has not taken the last one yet
		}
	}
	return func() tea.Msg {
		go func() {
			issues, err := sync(tell)
			done <- syncedMsg{issues, err}
		}()
		return next()
	}
}

// indexedSome shows the sync's progress and waits for its next message.
func (m *model) indexedSome(msg indexingMsg) tea.Cmd {
	if !m.syncing {
		return nil
	}
	m.c.indexing = [2]int{msg.done, msg.total}
	if m.lib.List == nil || m.listing || msg.done-m.listedAt < max(msg.total/relistSteps, 1) {
		return msg.next
	}
	m.listing, m.listedAt = true, msg.done
	list := m.lib.List
	return tea.Batch(msg.next, func() tea.Msg {
		issues, err := list()
		return listedMsg{issues, err}
	})
}

// listed takes a listing made while the sync ran, unless the sync has
// ended since: its own listing is newer. An error is left to the sync to
// tell.
func (m *model) listed(msg listedMsg) {
	m.listing = false
	if m.syncing && msg.err == nil {
		m.relist(msg.issues)
	}
}

// synced takes the end of the sync: the list as the catalogue now has it,
// or why it could not be brought up to date.
func (m *model) synced(msg syncedMsg) {
	m.syncing, m.c.indexing = false, [2]int{}
	if msg.err != nil {
		m.notice = m.c.t.F(say.LibrarySyncFailed, msg.err)
		return
	}
	if msg.issues != nil {
		m.relist(msg.issues)
	}
}

// relist lists issues, as the catalogue now has them, in the library.
func (m *model) relist(issues []Summary) {
	for i, e := range m.c.issues {
		e.list(issues[i])
	}
	if l, ok := m.stack[0].(*library); ok {
		l.relayout()
	}
}
