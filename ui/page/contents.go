package page

import (
	"fmt"
	"strconv"
	"strings"

	"gazette/data"
	"gazette/ui/cjk"
)

// gutter is the width of the cursor column before each contents entry:
// the cursor, the unmatched mark and a space.
const gutter = 3

// UnmatchedMark marks, in the gutter, a contents entry that points at no
// document.
const UnmatchedMark = "?"

// Contents is a laid-out contents page.
type Contents struct {
	Lines []Line
	// Items are the entries one can select, in order.
	Items []Item
}

// Item is one selectable entry of a contents page.
type Item struct {
	// First and Last are the indices of the entry's first and last line.
	First, Last int
	// Document is the index of the document the entry opens, -1 for none.
	Document int
}

// LayContents lays out the contents page of is at width cells, like the
// printed one: the masthead, then each category with its entries — the
// title wrapped, the 文号 under it and the page number right-aligned
// after a dot leader. Entries that point at no document are marked with
// UnmatchedMark; documents the printed page leaves out follow under
// words.Forgotten. An issue with no printed contents page lists its
// documents under no heading. The first cell of every entry line is a Gutter span of one
// space, for the caller's cursor.
func LayContents(is *data.Issue, width int, m *cjk.Width, words Words) Contents {
	width = max(width, 20)
	var c Contents
	add := func(cl Class, s string, src int) {
		c.Lines = append(c.Lines, Line{Spans: []Span{{s, cl}}, Source: src, Section: -1})
	}
	for _, s := range m.Wrap(Clean(is.Title, m), width) {
		add(Title, m.Center(s, width), 0)
	}
	if s := IssueLine(is); s != "" {
		for _, s := range m.Wrap(Clean(s, m), width) {
			add(Meta, m.Center(s, width), 0)
		}
	}
	// An issue without a printed contents page (a web page of one
	// document) gets no made-up one: its documents are listed plainly.
	printed := len(is.Contents) > 0
	if printed {
		add(Title, m.Center("目  录", width), 0)
	}

	listed := make([]bool, len(is.Documents))
	cat := "\x00"
	for _, e := range is.Contents {
		if e.Category != cat {
			cat = e.Category
			if cat != "" {
				add(Text, "", 0)
				add(Category, m.Truncate(Clean(cat, m), width, "…"), e.Line)
			}
		}
		if e.Document >= 0 && e.Document < len(listed) {
			listed[e.Document] = true
		} else {
			e.Document = -1
		}
		c.entry(e.Title, e.Number, pageString(e.Page), e.Document, e.Line, width, m)
	}
	first := true
	for i, d := range is.Documents {
		if listed[i] {
			continue
		}
		if first {
			add(Text, "", 0)
			if printed {
				add(Category, words.Forgotten, 0)
			}
			first = false
		}
		c.entry(d.Title, d.Number, "", i, d.Line, width, m)
	}
	return c
}

// entry appends one entry.
func (c *Contents) entry(title, number, pg string, doc, src, width int, m *cjk.Width) {
	mark := " "
	cl := Text
	if doc < 0 {
		mark, cl = UnmatchedMark, Unmatched
	}
	pageW := max(m.String(pg), 3)
	// title, then at least " .. " and the page number on its last line
	tw := max(width-gutter-pageW-4, 8)
	lines := m.Wrap(Clean(title, m), tw)
	it := Item{First: len(c.Lines), Document: doc}
	for i, s := range lines {
		spans := []Span{{" ", Gutter}, {mark + " ", cl}, {s, cl}}
		if i == len(lines)-1 {
			gap := width - gutter - m.String(s) - pageW
			spans = append(spans, Span{" " + strings.Repeat(".", max(gap-2, 0)) + " ", Leader},
				Span{m.PadLeft(pg, pageW), PageNo})
		}
		c.Lines = append(c.Lines, Line{Spans: spans, Source: src, Offset: i, Section: -1})
	}
	if number != "" {
		c.Lines = append(c.Lines, Line{Spans: []Span{{" ", Gutter}, {"  ", cl},
			{m.Truncate(Clean(number, m), width-gutter, "…"), Meta}}, Source: src, Offset: len(lines), Section: -1})
	}
	it.Last = len(c.Lines) - 1
	c.Items = append(c.Items, it)
}

func pageString(p int) string {
	if p <= 0 {
		return ""
	}
	return strconv.Itoa(p)
}

// IssueNumber is an issue's printed number: 2022年第2期（总第16期）, each
// part only when printed; "" when none is.
func IssueNumber(is *data.Issue) string {
	num := ""
	if is.Year > 0 {
		num = fmt.Sprintf("%d年", is.Year)
	}
	if is.Number > 0 {
		num += fmt.Sprintf("第%d期", is.Number)
	}
	if is.TotalNumber > 0 {
		num += fmt.Sprintf("（总第%d期）", is.TotalNumber)
	}
	return num
}

// IssueLine describes an issue's number and date: 2022年 第2期（总第16期）
// 2022-03-15. It is "" when none of them is printed.
func IssueLine(is *data.Issue) string {
	var parts []string
	if num := IssueNumber(is); num != "" {
		parts = append(parts, num)
	}
	if is.Date != "" {
		parts = append(parts, is.Date)
	}
	return strings.Join(parts, "  ")
}
