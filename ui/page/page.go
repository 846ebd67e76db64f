// Package page lays out what gazette's terminal interface shows — an
// issue's contents page and a document — into screen lines of a given
// display width.
//
// Layout is a pure function of the document tree, the width and the width
// function: no styles, no terminal. Each line is a list of spans tagged
// with a Class that the interface maps to a style, and remembers the
// source line it came from, so that a view can keep its place when the
// text is laid out again at another width.
package page

import "strings"

// Class tells what a span of a line is, so that it can be styled.
type Class int

// The classes of spans.
const (
	Text        Class = iota // running text
	Title                    // a gazette's or document's title
	Meta                     // 文号, issuer, date
	Category                 // a contents category (市政府文件 …)
	Heading1                 // a level-1 section heading
	Heading2                 // a level-2 section heading
	Heading3                 // a section heading of level 3 or deeper
	Leader                   // the dot leader before a page number
	PageNo                   // a contents page number
	Unmatched                // a contents entry without a document
	Raw                      // text kept as found
	Border                   // a table rule
	TableHeader              // a table header cell
	Group                    // a table group row
	Inherited                // a table cell inherited from a merged cell
	Gutter                   // the cursor column of a list
)

// Span is a run of text of one class. Its text holds no control
// characters and no "\n".
type Span struct {
	Text  string
	Class Class
}

// Line is one screen line.
type Line struct {
	Spans []Span
	// Source is the 1-based source line of the block the line belongs to,
	// 0 for lines made up by the layout (blank lines, rules).
	Source int
	// Offset is where the line starts in its block: a byte offset into a
	// paragraph's text, or the line's index within a table.
	Offset int
	// Section is the index into Document.Sections of the section the line
	// is in, -1 before the first section.
	Section int
}

// String returns the line's text without classes.
func (l Line) String() string {
	switch len(l.Spans) {
	case 0:
		return ""
	case 1:
		return l.Spans[0].Text
	}
	var b strings.Builder
	for _, s := range l.Spans {
		b.WriteString(s.Text)
	}
	return b.String()
}

// At returns the index of the line to show at the top after a re-layout,
// so that the reader keeps their place: the last line that starts at or
// before (source, offset), or 0. Of lines that start at the same place
// (a title and its 文号 lines all come from the title's source line) it
// is the first.
func At(lines []Line, source, offset int) int {
	best := 0
	for i, l := range lines {
		if l.Source == 0 {
			continue
		}
		if l.Source > source || (l.Source == source && l.Offset > offset) {
			break
		}
		if b := lines[best]; i == 0 || b.Source != l.Source || b.Offset != l.Offset {
			best = i
		}
	}
	return best
}

// Place returns the source position of line i for At: that of the first
// line from i on that came from the source, or (0, 0).
func Place(lines []Line, i int) (source, offset int) {
	for ; i >= 0 && i < len(lines); i++ {
		if lines[i].Source > 0 {
			return lines[i].Source, lines[i].Offset
		}
	}
	return 0, 0
}

// Words are the interface's own words that a laid-out page shows, as
// against the text: the caller takes them from its message
// catalogue, in the interface's language.
type Words struct {
	// Forgotten is the category under which the contents page lists the
	// documents the printed page leaves out (未列入目录).
	Forgotten string
	// Hidden is the note under a table whose columns do not all fit,
	// naming the ones left out.
	Hidden func(names []string) string
}
