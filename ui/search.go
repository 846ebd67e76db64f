package ui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/data/query"
	say "gazette/ui/msg"
	"gazette/ui/page"
)

// search finds text in the laid-out lines of a document.
type search struct {
	input   textinput.Model
	editing bool   // the input has the keyboard
	query   string // the query searched for, "" for none
	matches []match
	spans   []span // the highlights of the matches, by line
	cur     int    // index into matches
}

// match is one occurrence: where it starts, a line and a byte range of
// its text. A match that a line wrap cuts goes on in further spans.
type match struct{ line, start, end int }

// span is the part of match number match on one line.
type span struct{ line, start, end, match int }

func (s *search) active() bool { return s.query != "" }

func (s *search) clear() {
	s.query, s.matches, s.spans, s.cur, s.editing = "", nil, nil, 0, false
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
	s.matches, s.spans = s.matches[:0], s.spans[:0]
	if s.query == "" {
		return
	}
	m, err := query.Compile(s.query)
	if err != nil {
		return
	}
	// The lines of one block are searched as one text, so that a word the
	// wrap cut in two is still found (the matcher skips the indents).
	var text strings.Builder
	var starts []int // where each line of the block starts in text
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && lines[j].Source == lines[i].Source && lines[i].Source != 0 {
			j++
		}
		text.Reset()
		starts = starts[:0]
		for k := i; k < j; k++ {
			starts = append(starts, text.Len())
			text.WriteString(lines[k].String())
		}
		starts = append(starts, text.Len())
		for _, r := range m.Find(text.String()) {
			s.add(i, starts, r)
		}
		i = j
	}
	s.cur = min(s.cur, max(len(s.matches)-1, 0))
}

// add records match r of the text of the lines from first on, which start
// at the byte offsets starts (with the text's end last).
func (s *search) add(first int, starts []int, r [2]int) {
	mi := len(s.matches)
	for k := 0; k+1 < len(starts); k++ {
		a, b := max(r[0], starts[k]), min(r[1], starts[k+1])
		if a >= b {
			continue
		}
		if len(s.matches) == mi {
			s.matches = append(s.matches, match{first + k, a - starts[k], b - starts[k]})
		}
		s.spans = append(s.spans, span{first + k, a - starts[k], b - starts[k], mi})
	}
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
	k := sort.Search(len(s.spans), func(j int) bool { return s.spans[j].line >= i })
	var hs []highlight
	for ; k < len(s.spans) && s.spans[k].line == i; k++ {
		sp := s.spans[k]
		hs = append(hs, highlight{sp.start, sp.end, sp.match == s.cur})
	}
	return hs
}

// count is the status of the search: "3/17", or that nothing matched.
func (s *search) count(t say.Catalog) string {
	switch {
	case s.query == "":
		return ""
	case len(s.matches) == 0:
		return t.F(say.NoMatch, s.query)
	}
	return fmt.Sprintf("%d/%d", s.cur+1, len(s.matches))
}
