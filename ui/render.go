package ui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"gazette/ui/page"
	"gazette/ui/theme"
)

// painter styles text cheaply: each style is rendered once around a
// sentinel, and painting is then two string concatenations, so that a
// frame costs no lipgloss work.
type painter struct {
	classes        map[page.Class]wrap
	selected       wrap
	match, current wrap
	overlay        wrap
}

// wrap is the escape sequences a style puts before and after text.
type wrap struct{ pre, post string }

func (w wrap) paint(s string) string {
	if s == "" || (w.pre == "" && w.post == "") {
		return s
	}
	return w.pre + s + w.post
}

const sentinel = "\uE000"

func wrapOf(st lipgloss.Style) wrap {
	pre, post, _ := strings.Cut(st.Render(sentinel), sentinel)
	return wrap{pre, post}
}

func newPainter(st theme.Styles) painter {
	cl := st.Classes()
	p := painter{classes: make(map[page.Class]wrap, len(cl)),
		selected: wrapOf(st.Selected), match: wrapOf(st.Match), current: wrapOf(st.Current),
		overlay: wrapOf(st.Overlay)}
	for c, s := range cl {
		p.classes[c] = wrapOf(s)
	}
	return p
}

// line paints a laid-out line.
func (p painter) line(l page.Line) string {
	if len(l.Spans) == 1 {
		return p.classes[l.Spans[0].Class].paint(l.Spans[0].Text)
	}
	var b strings.Builder
	for _, s := range l.Spans {
		b.WriteString(p.classes[s.Class].paint(s.Text))
	}
	return b.String()
}

// highlight is a search match on a line: a byte range of its text, and
// whether it is the current match.
type highlight struct {
	start, end int
	current    bool
}

// marked paints a line with its search matches highlighted. hs are in
// order and do not overlap.
func (p painter) marked(l page.Line, hs []highlight) string {
	var b strings.Builder
	pos := 0 // byte offset of the current span in the line
	for _, s := range l.Spans {
		w := p.classes[s.Class]
		end := pos + len(s.Text)
		at := 0 // bytes of s.Text written
		for _, h := range hs {
			if h.end <= pos+at || h.start >= end {
				continue
			}
			from, to := max(h.start-pos, at), min(h.end-pos, len(s.Text))
			b.WriteString(w.paint(s.Text[at:from]))
			hw := p.match
			if h.current {
				hw = p.current
			}
			b.WriteString(hw.paint(s.Text[from:to]))
			at = to
		}
		b.WriteString(w.paint(s.Text[at:]))
		pos = end
	}
	return b.String()
}
