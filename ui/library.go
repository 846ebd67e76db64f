package ui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/data"
	"gazette/ui/keys"
	say "gazette/ui/msg"
	"gazette/ui/page"
)

// library lists the issues, two lines each — the issue, then its file
// name and warnings — and filters them as you type.
type library struct {
	c       *common
	rows    []string // the first line of each issue, without the cursor
	files   []string // the second line of each issue
	recent  []int    // the issues recently read first
	order   []int    // the issues in the order listed
	sorting librarySort
	shown   []int // the issues that pass the filter, in order
	list    cursorList
	filter  textinput.Model
	editing bool
}

// librarySort is the order of the library: recently read first, by date
// (newest first), by name, or by gazette (its title, then newest first);
// s steps through them.
type librarySort int

const (
	sortRecent librarySort = iota
	sortDate
	sortName
	sortGazette
	sorts // the number of orders
)

func newLibrary(c *common) *library {
	l := &library{c: c, filter: newInput("/"), recent: recentFirst(c)}
	l.resize()
	return l
}

// resize lays out the rows again: the columns depend on the width.
func (l *library) resize() {
	l.filter.Width = max(l.c.width-l.c.m.String(l.filter.Prompt)-1, 1)
	l.relayout()
}

func (l *library) loaded(int) { l.relayout() }

func (l *library) typing() bool { return l.editing }

// relayout builds the rows in columns — title, number, date, documents —
// the title taking what the others leave, so that the date is never cut.
func (l *library) relayout() {
	m, t := l.c.m, l.c.t
	cols := make([][4]string, len(l.c.issues))
	var ws [4]int
	for i, e := range l.c.issues {
		is, docs, _, ok := e.masthead()
		if !ok {
			continue
		}
		cols[i] = [4]string{page.Clean(listedTitle(is), m), issueNumber(t, is), is.Date, t.N(say.LibraryDocuments, docs)}
		for k, s := range cols[i] {
			ws[k] = max(ws[k], m.String(s))
		}
	}
	ws[0] = min(ws[0], max(l.c.width-3-ws[1]-ws[2]-ws[3]-6, 6))
	l.rows, l.files = make([]string, len(cols)), make([]string, len(cols))
	for i, cs := range cols {
		e := l.c.issues[i]
		name := page.Clean(e.name, m)
		_, _, warns, ok := e.masthead()
		switch {
		case e.err != nil:
			l.rows[i], l.files[i] = name, t.F(say.LibraryError, page.Clean(oneLine(e.err.Error()), m))
		case !ok:
			l.rows[i], l.files[i] = name, t.T(say.LibraryLoading)
		default:
			l.rows[i] = strings.Join([]string{m.Pad(m.Truncate(cs[0], ws[0], "…"), ws[0]), m.Pad(cs[1], ws[1]),
				m.Pad(cs[2], ws[2]), m.PadLeft(cs[3], ws[3])}, "  ")
			l.files[i] = name
			if warns > 0 {
				l.files[i] += "  ! " + t.N(say.LibraryWarnings, warns)
			}
		}
	}
	l.sort()
}

// listedTitle is the title the library lists an issue by: the gazette's
// name, or for a file without a masthead (one 公文, one regulation) its
// first document's title.
func listedTitle(is *data.Issue) string {
	if is.Title == "" && len(is.Documents) > 0 {
		return is.Documents[0].Title
	}
	return is.Title
}

// sort orders the issues by the library's order, then filters them.
func (l *library) sort() {
	l.order = slices.Clone(l.recent)
	// head returns a masthead field of issue i, its name when it has
	// none.
	head := func(i int, f func(*data.Issue) string) string {
		if is, _, _, ok := l.c.issues[i].masthead(); ok {
			return f(is)
		}
		return l.c.issues[i].name
	}
	date := func(i int) string { return head(i, func(is *data.Issue) string { return is.Date }) }
	newest := func(a, b int) int { return -cmp.Compare(date(a), date(b)) }
	switch l.sorting {
	case sortDate:
		slices.SortStableFunc(l.order, newest)
	case sortName:
		slices.SortStableFunc(l.order, func(a, b int) int { return cmp.Compare(l.c.issues[a].name, l.c.issues[b].name) })
	case sortGazette:
		title := func(i int) string { return head(i, listedTitle) }
		slices.SortStableFunc(l.order, func(a, b int) int { return cmp.Or(cmp.Compare(title(a), title(b)), newest(a, b)) })
	}
	l.applyFilter()
}

// applyFilter keeps the rows that contain the filter text.
func (l *library) applyFilter() {
	q := strings.ToLower(strings.TrimSpace(l.filter.Value()))
	l.shown = l.shown[:0]
	for _, i := range l.order {
		if q == "" || strings.Contains(strings.ToLower(l.rows[i]+" "+l.files[i]), q) {
			l.shown = append(l.shown, i)
		}
	}
	l.list.resize(len(l.shown), l.listHeight()/2)
}

// listHeight is the number of lines for the rows: the body less the
// title line and, while filtering, the filter line.
func (l *library) listHeight() int {
	h := l.c.bodyHeight() - 2
	if l.filtering() {
		h--
	}
	return max(h, 2)
}

func (l *library) filtering() bool { return l.editing || l.filter.Value() != "" }

func (l *library) update(msg tea.Msg) (nav tea.Msg, cmd tea.Cmd) {
	if l.editing {
		return l.edit(msg)
	}
	if l.list.update(msg, l.c.keys) {
		return nil, nil
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, nil
	}
	k := l.c.keys
	switch {
	case key.Matches(km, k.Filter):
		l.editing = true
		l.applyFilter()
		return nil, l.filter.Focus()
	case key.Matches(km, k.Back):
		if l.filter.Value() != "" {
			l.filter.SetValue("")
			l.applyFilter()
		}
	case key.Matches(km, k.SortLibrary):
		l.sorting = (l.sorting + 1) % sorts
		l.sort()
	case key.Matches(km, k.Open):
		if len(l.shown) == 0 {
			return nil, nil
		}
		i := l.shown[l.list.cursor]
		switch e := l.c.issues[i]; {
		case e.err != nil:
			return showErrorMsg{e.name, e.err}, nil
		case e.loaded || l.c.lib != nil:
			return openIssueMsg{i}, nil
		}
	}
	return nil, nil
}

// edit handles a message while the filter has the keyboard.
func (l *library) edit(msg tea.Msg) (tea.Msg, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, nil
	}
	switch km.Type {
	case tea.KeyEnter:
		l.editing = false
		l.filter.Blur()
		return nil, nil
	case tea.KeyEsc:
		l.editing = false
		l.filter.Blur()
		l.filter.SetValue("")
		l.applyFilter()
		return nil, nil
	}
	var cmd tea.Cmd
	l.filter, cmd = l.filter.Update(msg)
	l.applyFilter()
	return nil, cmd
}

func (l *library) view() string {
	m, w, p := l.c.m, l.c.width, l.c.paint
	lines := make([]string, 0, l.c.bodyHeight())
	lines = append(lines, p.classes[page.Title].paint(m.Truncate(l.c.t.T(say.LibraryTitle), w, "")), "")
	if l.filtering() {
		lines = append(lines, inputView(l.c, l.filter))
	}
	if len(l.shown) == 0 {
		lines = append(lines, p.classes[page.Meta].paint(l.c.t.T(say.LibraryNoMatch)))
	}
	first, end := l.list.window()
	for r := first; r < end; r++ {
		i := l.shown[r]
		e := l.c.issues[i]
		text := m.Truncate(l.rows[i], w-3, "…")
		file := "     " + m.Truncate(l.files[i], w-6, "…")
		switch {
		case r == l.list.cursor:
			lines = append(lines, p.selected.paint(m.Pad(" > "+text, w)))
		case e.err != nil:
			lines = append(lines, "   "+p.classes[page.Unmatched].paint(text))
		default:
			lines = append(lines, "   "+text)
		}
		lines = append(lines, p.classes[page.Unmatched].paint(file))
	}
	return fill(lines, l.c.bodyHeight())
}

func (l *library) status() (string, string) {
	t := l.c.t
	left := t.N(say.LibraryIssues, len(l.c.issues))
	if l.filtering() {
		left = t.F(say.LibraryShown, len(l.shown), left)
	}
	if n := l.c.indexing; n[1] > 0 {
		left += "  " + t.F(say.LibraryIndexing, n[0], n[1])
	}
	if l.editing {
		return left, t.T(say.LibraryFilterKeys)
	}
	return left, t.T([sorts]say.Text{say.LibrarySortRecent, say.LibrarySortDate, say.LibrarySortName, say.LibrarySortGazette}[l.sorting])
}

// ShortHelp lists the library's main keys.
func (l *library) ShortHelp() []key.Binding {
	k := l.c.keys
	return []key.Binding{k.Open, k.Filter, k.Quit}
}

// FullHelp lists every key of the library.
func (l *library) FullHelp() [][]key.Binding {
	k := l.c.keys
	back := keys.Relabel(l.c.t, k.Back, say.KeyClearFilter)
	back.SetEnabled(l.filter.Value() != "")
	open := keys.Relabel(l.c.t, k.Open, say.KeyShowError)
	return [][]key.Binding{
		moveKeys(k),
		{open, k.Filter, back, k.SortLibrary, k.Help, k.Quit},
	}
}

// showErrorMsg shows the whole error of a file that could not be loaded.
type showErrorMsg struct {
	name string
	err  error
}

func (s showErrorMsg) open(c *common) screen {
	text := fmt.Sprintf("%v", s.err)
	return newMessage(c, c.t.F(say.LibraryErrorTitle, s.name), strings.Split(text, "\n"))
}

// issueNumber is an issue's number in the interface's language: 2022年
// 第2期（总第16期）, 2022 no. 2 (#16).
func issueNumber(t say.Catalog, is *data.Issue) string {
	num := ""
	if is.Year > 0 {
		num = t.F(say.IssueYear, is.Year)
	}
	if is.Number > 0 {
		num += t.F(say.IssueNo, is.Number)
	}
	if is.TotalNumber > 0 {
		num += t.F(say.IssueTotal, is.TotalNumber)
	}
	return strings.TrimSpace(num)
}

// fill pads lines with empty ones, or cuts them, to exactly h lines.
func fill(lines []string, h int) string {
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// oneLine keeps the first line of s.
func oneLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
