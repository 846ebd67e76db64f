package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"gazette/data"
	"gazette/data/query"
)

// catalogued returns a library of n copies of the sample issue, each
// dated a day apart and named by its number, listed from summaries, and
// counts how many times each is loaded.
func catalogued(n int) (Options, []int) {
	loads := make([]int, n)
	o := Options{Library: &Library{}}
	for i := range n {
		name := fmt.Sprintf("issue-%04d.txt", i)
		date := fmt.Sprintf("2022-01-%02d", i%28+1)
		o.Sources = append(o.Sources, Source{Name: name, Load: func() (*data.Issue, error) {
			loads[i]++
			is := sampleIssue()
			is.Source, is.Date = name, date
			return is, nil
		}})
		is := sampleIssue()
		o.Library.Issues = append(o.Library.Issues, Summary{Title: is.Title, Year: is.Year, Number: is.Number,
			TotalNumber: is.TotalNumber, Date: date, Documents: len(is.Documents), Warnings: len(is.Warnings)})
	}
	o.Library.Search = func(m *query.Matcher) ([]query.Hit, error) {
		var hits []query.Hit
		for i := range n {
			is := sampleIssue()
			hits = append(hits, query.SearchIssue(is, i, m)...)
		}
		return hits, nil
	}
	return o, loads
}

// settle runs cmd and feeds back the loads and searches it gives, as the
// program would; other messages (cursor blinks) are dropped.
func settle(m *model, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			settle(m, c)
		}
	case loadedMsg, indexedMsg, indexingMsg, syncedMsg:
		_, next := m.update(msg)
		settle(m, next)
	}
}

// type1 presses keys, running the loads they ask for.
func type1(m *model, ks ...string) {
	for _, k := range ks {
		_, cmd := m.update(keyMsg(k))
		settle(m, cmd)
	}
}

// parsed counts the issues whose tree the interface holds.
func parsed(m *model) int {
	n := 0
	for _, e := range m.c.issues {
		if e.issue != nil {
			n++
		}
	}
	return n
}

// TestLibraryLoadsOnOpen lists a catalogued library without loading any
// issue, loads each when it is opened, keeps at most DefaultKeep parsed,
// dropping the least recently used, and loads a dropped one again.
func TestLibraryLoadsOnOpen(t *testing.T) {
	o, loads := catalogued(20)
	m := newModel(o, lipgloss.DefaultRenderer())
	if cmd := m.Init(); cmd != nil {
		t.Errorf("a catalogued library starts loading")
	}
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	view := shot(m)
	if strings.Contains(view, "loading") || !strings.Contains(view, "issue-0000.txt") || !strings.Contains(view, "鸡西") {
		t.Fatalf("first frame does not list the catalogue:\n%s", view)
	}
	for i := range 10 {
		type1(m, "enter")
		if c, ok := m.top().(*contents); !ok || c.issue != i {
			t.Fatalf("issue %d: screen %T after enter, want its contents page", i, m.top())
		}
		type1(m, "esc", "j")
		if n := parsed(m); n > DefaultKeep {
			t.Fatalf("%d issues parsed after opening %d, want at most %d", n, i+1, DefaultKeep)
		}
	}
	for i, n := range loads {
		if want := min(1, max(10-i, 0)); n != want {
			t.Errorf("issue %d loaded %d times, want %d", i, n, want)
		}
	}
	if m.c.issues[0].issue != nil || m.c.issues[1].issue != nil || m.c.issues[9].issue == nil {
		t.Errorf("the least recently used issues are not the ones dropped")
	}
	type1(m, "k", "enter") // issue 9 again: kept
	type1(m, "esc", "g", "enter")
	if loads[9] != 1 || loads[0] != 2 {
		t.Errorf("reopening: issue 9 loaded %d times (want 1), issue 0 %d (want 2)", loads[9], loads[0])
	}
}

// TestLibrarySortsCatalogue sorts the library by date from the catalogue,
// and filters it, before any issue is loaded.
func TestLibrarySortsCatalogue(t *testing.T) {
	o, loads := catalogued(30)
	m := newModel(o, lipgloss.DefaultRenderer())
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	type1(m, "s") // by date, newest first: 2022-01-28 is issue 27
	lib := m.stack[0].(*library)
	if got := lib.shown[0]; got != 27 {
		t.Errorf("by date the first issue is %d, want 27", got)
	}
	type1(m, "/", "01-03", "enter")
	if len(lib.shown) != 1 || lib.shown[0] != 2 {
		t.Errorf("filter 01-03 keeps %v, want [2]", lib.shown)
	}
	for i, n := range loads {
		if n != 0 {
			t.Errorf("issue %d loaded to sort or filter", i)
		}
	}
}

// TestLibrarySearchIndex searches a catalogued library through its index:
// the hits are those of every issue, and opening one loads its issue.
func TestLibrarySearchIndex(t *testing.T) {
	o, loads := catalogued(3)
	m := newModel(o, lipgloss.DefaultRenderer())
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	_, cmd := m.update(tea.KeyMsg{Type: tea.KeyCtrlF})
	settle(m, cmd)
	type1(m, "市发改委", "enter")
	r := m.searchScreen()
	if r == nil || r.pending != 0 {
		t.Fatalf("no finished search screen")
	}
	want := 0
	mt, _ := query.Compile("市发改委")
	for range 3 {
		want += len(query.SearchIssue(sampleIssue(), 0, mt))
	}
	if len(r.hits) != want || want == 0 {
		t.Fatalf("%d hits through the index, want %d", len(r.hits), want)
	}
	h := r.hits[0]
	type1(m, "enter")
	if loads[h.Issue] != 1 || !m.inUse(h.Issue) || m.top() == r {
		t.Errorf("opening a hit of issue %d: loads %v, screen %T", h.Issue, loads, m.top())
	}
}

// TestLibrarySortsByGazette groups the issues of each gazette, newest
// first, from the catalogue.
func TestLibrarySortsByGazette(t *testing.T) {
	o, _ := catalogued(4)
	o.Library.Issues[1].Title, o.Library.Issues[3].Title = "阳城县人民政府公报", "阳城县人民政府公报"
	m := newModel(o, lipgloss.DefaultRenderer())
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	type1(m, "s", "s", "s")
	lib := m.stack[0].(*library)
	if want := []int{3, 1, 2, 0}; !slices.Equal(lib.shown, want) || lib.sorting != sortGazette {
		t.Errorf("by gazette: %v, want %v", lib.shown, want)
	}
}

// TestLibrarySyncs lists a library whose catalogue does not hold every
// issue yet, then runs the catalogue's sync in the background: the status
// line tells its progress, the library is listed again as it goes, and
// its end lists the issues it indexed, without loading any.
func TestLibrarySyncs(t *testing.T) {
	o, loads := catalogued(4)
	want := slices.Clone(o.Library.Issues)
	o.Library.Issues[1], o.Library.Issues[3] = Summary{Pending: true}, Summary{Pending: true}
	o.Library.Issues[2].Err = "issue-0002.txt: not a text file"
	progress := make(chan int)
	o.Library.Sync = func(tell func(done, total int)) ([]Summary, error) {
		for done := range progress {
			tell(done, 3)
		}
		return want, nil
	}
	m := newModel(o, lipgloss.DefaultRenderer())
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	cmd := m.Init()
	if cmd == nil {
		t.Fatal("the sync does not start")
	}
	view := shot(m)
	if strings.Count(view, "loading") != 2 || strings.Count(view, "鸡西") != 1 || !strings.Contains(view, "not a text file") {
		t.Fatalf("before the sync, the first frame does not list the catalogue as it is:\n%s", view)
	}
	partial := slices.Clone(o.Library.Issues)
	partial[1] = want[1]
	o.Library.List = func() ([]Summary, error) { return partial, nil }
	go func() { progress <- 2 }()
	_, cmd = m.update(cmd())
	batch, ok := cmd().(tea.BatchMsg)
	if view := shot(m); !strings.Contains(view, "indexing 2/3") || !ok || len(batch) != 2 {
		t.Fatalf("the status line does not tell the progress, or the library is not listed again:\n%s", view)
	}
	m.update(batch[1]())
	if view := shot(m); strings.Count(view, "loading") != 1 || strings.Count(view, "鸡西") != 2 {
		t.Errorf("while the sync runs, the list does not fill in:\n%s", view)
	}
	close(progress)
	settle(m, batch[0])
	view = shot(m)
	if strings.Contains(view, "loading") || strings.Contains(view, "indexing") || strings.Count(view, "鸡西") != 4 {
		t.Errorf("after the sync, the list is not the catalogue's:\n%s", view)
	}
	for i, n := range loads {
		if n != 0 {
			t.Errorf("issue %d loaded by the sync", i)
		}
	}
}

// TestLibrarySyncFails keeps the list when the catalogue cannot be
// brought up to date, and says why once.
func TestLibrarySyncFails(t *testing.T) {
	o, _ := catalogued(2)
	o.Library.Sync = func(func(done, total int)) ([]Summary, error) {
		return nil, errors.New("disk full")
	}
	m := newModel(o, lipgloss.DefaultRenderer())
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	settle(m, m.Init())
	if view := shot(m); !strings.Contains(view, "disk full") || strings.Count(view, "鸡西") != 2 {
		t.Errorf("a failed sync:\n%s", view)
	}
}

// BenchmarkLibraryFirstFrame lays out and draws the first frame of a
// library of 1,000 catalogued issues.
func BenchmarkLibraryFirstFrame(b *testing.B) {
	o, _ := catalogued(1000)
	for b.Loop() {
		m := newModel(o, lipgloss.DefaultRenderer())
		m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		_ = m.View()
	}
}

// TestLibraryListsLeadTitle lists an issue without a masthead (one 公文
// saved alone) by its first document's title, from the catalogue and
// once it is loaded, and sorts it by that title among gazettes.
func TestLibraryListsLeadTitle(t *testing.T) {
	o, _ := catalogued(2)
	const lead = "某市人民政府关于印发2024年重点工作任务分工方案的通知"
	o.Library.Issues[1].Title, o.Library.Issues[1].Lead = "", lead
	o.Sources[1].Load = func() (*data.Issue, error) {
		return &data.Issue{Source: o.Sources[1].Name, Documents: []*data.Document{{Title: lead}}}, nil
	}
	m := newModel(o, lipgloss.DefaultRenderer())
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	lib := m.stack[0].(*library)
	if !strings.Contains(lib.rows[1], "某市人民政府关于印发") {
		t.Errorf("catalogued row %q, want the first document's title", lib.rows[1])
	}
	type1(m, "s", "s", "s") // by gazette: 某 (U+67D0) sorts before 鸡 (U+9E21)
	if lib.shown[0] != 1 {
		t.Errorf("by gazette %v, want the 公文 first (某 < 鸡)", lib.shown)
	}
	type1(m, "enter")
	if e := m.c.issues[1]; e.issue == nil {
		t.Fatalf("issue 1 not loaded")
	}
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if !strings.Contains(lib.rows[1], "某市人民政府关于印发") {
		t.Errorf("loaded row %q, want the first document's title", lib.rows[1])
	}
}
