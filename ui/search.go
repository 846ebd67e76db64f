package ui

import (
	"fmt"
	"sort"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/data/query"
	"gazette/ui/page"
)

// search finds text in the laid-out lines of a document.
type search struct {
	input   textinput.Model
	editing bool   // the input has the keyboard
	query   string // the query searched for, "" for none
	matches []match
	cur     int // index into matches
}

// match is one occurrence: a line and a byte range of its text.
type match struct{ line, start, end int }

func (s *search) active() bool { return s.query != "" }

func (s *search) clear() {
	s.query, s.matches, s.cur, s.editing = "", nil, 0, false
	s.input.Blur()
	s.input.SetValue("")
}

// start opens the input.
func (s *search) start() tea.Cmd {
	s.editing = true
	s.input.SetValue("")
	return s.input.Focus()
}

// edit handles a key while the input is open. done is true when a search
// was run (Enter).
func (s *search) edit(km tea.KeyMsg, lines []page.Line) (cmd tea.Cmd, done bool) {
	switch km.Type {
	case tea.KeyEnter:
		s.editing = false
		s.input.Blur()
		s.query = s.input.Value()
		s.run(lines)
		return nil, true
	case tea.KeyEsc:
		s.editing = false
		s.input.Blur()
		return nil, false
	}
	s.input, cmd = s.input.Update(km)
	return cmd, false
}

// run finds the query in lines with the normalised matcher of package
// query (whitespace, full-width forms and ASCII case do not matter) and
// keeps the current match near where it was. A query of several words
// highlights each of them.
func (s *search) run(lines []page.Line) {
	s.matches = s.matches[:0]
	if s.query == "" {
		return
	}
	m, err := query.Compile(s.query)
	if err != nil {
		return
	}
	for i, l := range lines {
		for _, r := range m.Find(l.String()) {
			s.matches = append(s.matches, match{i, r[0], r[1]})
		}
	}
	s.cur = min(s.cur, max(len(s.matches)-1, 0))
}

// seek makes the first match at or after line top current.
func (s *search) seek(top int) {
	s.cur = sort.Search(len(s.matches), func(i int) bool { return s.matches[i].line >= top })
	if s.cur == len(s.matches) {
		s.cur = 0
	}
}

// next moves to the next (d = 1) or previous (d = -1) match, wrapping.
func (s *search) next(d int) {
	if n := len(s.matches); n > 0 {
		s.cur = (s.cur + d + n) % n
	}
}

func (s *search) current() (match, bool) {
	if s.cur < len(s.matches) {
		return s.matches[s.cur], true
	}
	return match{}, false
}

// on returns the highlights of line i, nil when it has none.
func (s *search) on(i int) []highlight {
	k := sort.Search(len(s.matches), func(j int) bool { return s.matches[j].line >= i })
	var hs []highlight
	for ; k < len(s.matches) && s.matches[k].line == i; k++ {
		hs = append(hs, highlight{s.matches[k].start, s.matches[k].end, k == s.cur})
	}
	return hs
}

// count is the status of the search: "3/17", or that nothing matched.
func (s *search) count() string {
	switch {
	case s.query == "":
		return ""
	case len(s.matches) == 0:
		return "no match: " + s.query
	}
	return fmt.Sprintf("%d/%d", s.cur+1, len(s.matches))
}
