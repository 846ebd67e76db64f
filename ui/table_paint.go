package ui

import (
	"slices"
	"strings"

	"gazette/data/query"
	"gazette/ui/grid"
	"gazette/ui/theme"
)

// gridPainter styles the lines of package grid, like painter does the
// lines of package page: each style rendered once around a sentinel.
type gridPainter struct {
	classes                   [grid.Filler + 1]wrap
	selected, match, selMatch wrap
	heading                   wrap
}

func newGridPainter(st theme.Styles) gridPainter {
	p := gridPainter{selected: wrapOf(st.Selected), match: wrapOf(st.Match),
		selMatch: wrapOf(st.Current), heading: wrapOf(st.Selected.Bold(true))}
	p.classes[grid.Border] = wrapOf(st.Border)
	p.classes[grid.Header] = wrapOf(st.TableHeader)
	p.classes[grid.Text] = wrapOf(st.Text)
	p.classes[grid.Inherited] = wrapOf(st.Inherited)
	p.classes[grid.Group] = wrapOf(st.Group)
	return p
}

// highlighter finds the text that the filters match, for painting.
type highlighter struct {
	// ms are the matchers of the filters that are not negated, and cols
	// the column each applies to, -1 for any.
	ms   []*query.Matcher
	cols []int
	buf  [][2]int
	// rows caches the highlights of each record's lines, by record, for
	// the lines whose first and last spans are at[record]: a record's
	// folded lines share its first line with its whole lines.
	rows map[int][][][][2]int
	at   map[int][2]*grid.Span
}

// set makes h highlight what fs match.
func (h *highlighter) set(fs []query.Filter) {
	var hs []query.Highlight
	for _, f := range fs {
		hs = append(hs, f.Highlights()...)
	}
	h.setMatches(hs)
}

// setMatches makes h highlight what each matcher finds in its column.
func (h *highlighter) setMatches(hs []query.Highlight) {
	h.ms, h.cols = h.ms[:0], h.cols[:0]
	h.rows, h.at = nil, nil
	for _, x := range hs {
		if !x.M.Negated() {
			h.ms = append(h.ms, x.M)
			h.cols = append(h.cols, x.Column)
		}
	}
}

// find returns the byte ranges of text, in column col, to highlight,
// sorted and merged; nil when none.
func (h *highlighter) find(text string, col int) [][2]int {
	h.buf = h.buf[:0]
	for i, m := range h.ms {
		if h.cols[i] < 0 || h.cols[i] == col {
			h.buf = append(h.buf, m.Find(text)...)
		}
	}
	if len(h.buf) == 0 {
		return nil
	}
	slices.SortFunc(h.buf, func(a, b [2]int) int { return a[0] - b[0] })
	out := h.buf[:1]
	for _, r := range h.buf[1:] {
		if last := &out[len(out)-1]; r[0] <= last[1] {
			last[1] = max(last[1], r[1])
		} else {
			out = append(out, r)
		}
	}
	return out
}

// row returns the ranges to highlight in each span of each line of the
// laid-out record rec: a cell is searched as one text across the lines it
// wraps over, so that a match the wrap cut in two is highlighted on both
// lines. It is nil when nothing is highlighted.
func (h *highlighter) row(rec int, lines []grid.Line) [][][][2]int {
	if len(h.ms) == 0 || len(lines) == 0 || len(lines[0]) == 0 {
		return nil
	}
	at := [2]*grid.Span{&lines[0][0], nil}
	if last := lines[len(lines)-1]; len(last) > 0 {
		at[1] = &last[0]
	}
	if v, ok := h.rows[rec]; ok && h.at[rec] == at {
		return v
	}
	out := make([][][][2]int, len(lines))
	type seg struct{ line, span, start int }
	segs := map[int][]seg{}
	texts := map[int]*strings.Builder{}
	for k, l := range lines {
		out[k] = make([][][2]int, len(l))
		for j, sp := range l {
			if sp.Col < 0 {
				continue
			}
			b := texts[sp.Col]
			if b == nil {
				b = &strings.Builder{}
				texts[sp.Col] = b
			}
			segs[sp.Col] = append(segs[sp.Col], seg{k, j, b.Len()})
			b.WriteString(sp.Text)
		}
	}
	for col, ss := range segs {
		text := texts[col].String()
		rs := slices.Clone(h.find(text, col))
		for i, sg := range ss {
			end := len(text)
			if i+1 < len(ss) {
				end = ss[i+1].start
			}
			for _, r := range rs {
				if a, b := max(r[0], sg.start), min(r[1], end); a < b {
					out[sg.line][sg.span] = append(out[sg.line][sg.span], [2]int{a - sg.start, b - sg.start})
				}
			}
		}
	}
	if h.rows == nil {
		h.rows, h.at = map[int][][][][2]int{}, map[int][2]*grid.Span{}
	}
	h.rows[rec], h.at[rec] = out, at
	return out
}

// paintMarked writes s painted with base, its ranges rs painted with mark.
func paintMarked(b *strings.Builder, s string, rs [][2]int, base, mark wrap) {
	at := 0
	for _, r := range rs {
		b.WriteString(base.paint(s[at:r[0]]))
		b.WriteString(mark.paint(s[r[0]:r[1]]))
		at = r[1]
	}
	b.WriteString(base.paint(s[at:]))
}

// line paints a body line, marks[i] being the ranges to highlight in its
// span i (nil: none). A line of the row under the cursor has its left
// edge drawn heavy (┃) in reverse video, a bar that shows without colour
// too, and its matches in the current match's style. The text itself is
// painted as on any row, so that a step of the cursor changes one cell
// of each line of the two rows it leaves and enters, which is all a
// terminal is sent (patch.go).
func (p *gridPainter) line(l grid.Line, cursor bool, marks [][][2]int) string {
	var b strings.Builder
	for i, s := range l {
		w := p.classes[s.Class]
		text := s.Text
		if cursor && i == 0 && s.Class == grid.Border {
			if rest, ok := strings.CutPrefix(text, "│"); ok {
				b.WriteString(p.selected.paint("┃"))
				text = rest
			}
		}
		if s.Col < 0 {
			b.WriteString(w.paint(text))
			continue
		}
		mark := p.match
		if cursor {
			mark = p.selMatch
		}
		var rs [][2]int
		if i < len(marks) {
			rs = marks[i]
		}
		paintMarked(&b, text, rs, w, mark)
	}
	return b.String()
}

// header paints a header line, the name of column col highlighted.
func (p *gridPainter) header(l grid.Line, col int) string {
	var b strings.Builder
	for _, s := range l {
		w := p.classes[s.Class]
		if s.Class == grid.Header && s.Col == col {
			w = p.heading
		}
		b.WriteString(w.paint(s.Text))
	}
	return b.String()
}
