package page

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"gazette/data"
	"gazette/ui/cjk"
)

// indent starts every paragraph, as in print: two ideographic spaces.
const indent = "　　"

// bullet starts a list item that has no marker of its own.
const bullet = "・"

// minWidth is the narrowest a document is laid out: the hanging indent of
// a list item and one Chinese character.
const minWidth = 4

// Document is a laid-out document.
type Document struct {
	Lines []Line
	// Sections are the document's sections in reading order (a section
	// before its subsections), with the line each heading starts on.
	Sections []Anchor
}

// Anchor is a section and where its heading is laid out.
type Anchor struct {
	Section *data.Section
	// Line is the index of the heading's first line.
	Line int
}

// LayDocument lays out d at width cells: a header with the title, 文号,
// issuer and date, the 主送 line, then the body — paragraphs indented and wrapped by the
// Chinese line-breaking rules, headings on lines of their own, list items
// with a hanging indent, raw text line by line and tables as tables.
//
// Every line is at most width cells wide; a width under minWidth is taken
// as minWidth.
func LayDocument(d *data.Document, width int, m *cjk.Width, words Words) Document {
	width = max(width, minWidth)
	l := &layout{m: m, width: width, section: -1, words: words}
	for _, s := range m.Wrap(Clean(d.Title, m), width) {
		l.add(Line{Spans: []Span{{m.Center(s, width), Title}}, Source: d.Line})
	}
	var meta []string
	if d.Number != "" {
		meta = append(meta, d.Number)
	}
	if d.Issuer != "" || d.Date != "" {
		meta = append(meta, strings.TrimSpace(d.Issuer+"  "+d.Date))
	}
	for _, s := range meta {
		for _, s := range m.Wrap(Clean(s, m), width) {
			l.add(Line{Spans: []Span{{m.Center(s, width), Meta}}, Source: d.Line})
		}
	}
	l.blank()
	if d.Recipients != "" {
		// 主送, flush left as printed.
		l.text(d.Recipients, d.Line, "", "", Text)
	}
	l.blocks(d.Blocks)
	l.sections(d.Sections)
	return Document{Lines: l.lines, Sections: l.anchors}
}

type layout struct {
	m       *cjk.Width
	width   int
	lines   []Line
	anchors []Anchor
	section int
	words   Words
}

func (l *layout) add(ln Line) {
	ln.Section = l.section
	l.lines = append(l.lines, ln)
}

// blank adds an empty line unless the last line is empty already.
func (l *layout) blank() {
	if n := len(l.lines); n > 0 && len(l.lines[n-1].Spans) > 0 {
		l.add(Line{})
	}
}

func (l *layout) sections(secs []*data.Section) {
	for _, s := range secs {
		l.blank()
		l.section = len(l.anchors)
		l.anchors = append(l.anchors, Anchor{Section: s, Line: len(l.lines)})
		cl := Heading3
		switch s.Level {
		case 0, 1:
			cl = Heading1
		case 2:
			cl = Heading2
		}
		l.text(s.Heading, s.Line, "", "", cl)
		l.blocks(s.Blocks)
		l.sections(s.Sections)
	}
}

func (l *layout) blocks(bs []data.Block) {
	for _, b := range bs {
		switch b.Kind {
		case data.Paragraph:
			l.text(b.Text, b.Line, indent, "", Text)
		case data.List:
			for i, it := range b.Items {
				first, rest := "", "  "
				if !hasMarker(it) {
					first = bullet
				}
				// list items share the block's source line; the offset
				// tells them apart.
				l.text(it, b.Line, first, rest, Text)
				l.lines[len(l.lines)-1].Offset = i
			}
		case data.Raw:
			l.text(b.Text, b.Line, "", "", Raw)
		case data.TableBlock:
			if b.Table == nil {
				continue
			}
			l.blank()
			for i, ln := range layTable(b.Table, l.width, l.m, l.words) {
				ln.Source, ln.Offset = b.Line, i
				l.add(ln)
			}
			l.blank()
		}
	}
}

// text adds s wrapped at the width, its first line prefixed by first and
// the others by rest (a hanging indent). Each line's offset is where it
// starts in s.
func (l *layout) text(s string, src int, first, rest string, cl Class) {
	s = Clean(s, l.m)
	rw := l.m.String(rest)
	w := l.width - rw
	lines := l.m.Wrap(first+s, w)
	pos := -len(first)
	for i, ln := range lines {
		off := max(pos, 0)
		text := ln
		if i == 0 {
			text = strings.TrimPrefix(ln, first)
		} else if rest != "" {
			ln = rest + ln
		}
		if j := strings.Index(s[off:], text); j >= 0 && text != "" {
			off += j
			pos = off + len(text)
		}
		l.add(Line{Spans: []Span{{ln, cl}}, Source: src, Offset: off})
	}
}

// hasMarker reports whether a list item starts with its own marker: a
// circled number, a bracket, a digit or a bullet.
func hasMarker(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r >= '①' && r <= '⑳', r >= '⑴' && r <= '⒇', r >= '❶' && r <= '❿':
		return true
	case strings.ContainsRune("(（[【·•・-—*", r):
		return true
	}
	return unicode.IsDigit(r)
}
