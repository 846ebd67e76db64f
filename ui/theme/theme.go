// Package theme holds the styles of gazette's terminal interface: one
// Styles value built once by New and passed down to every screen.
//
// Styles only colour and decorate text. They never size it: widths are
// measured, wrapped and padded by package cjk before a style is applied.
package theme

import (
	"github.com/charmbracelet/lipgloss"

	"gazette/ui/page"
)

// Styles are the styles of every element on screen.
type Styles struct {
	// Text is running body text.
	Text lipgloss.Style
	// Title is a gazette's or a document's title.
	Title lipgloss.Style
	// Meta is secondary information: 文号, issuer, date, counts.
	Meta lipgloss.Style
	// Category is a category heading of the contents page (市政府文件 …).
	Category lipgloss.Style
	// Heading styles section headings by level: Heading[0] is level 1,
	// the last entry serves every deeper level.
	Heading [3]lipgloss.Style
	// Leader is the dot leader between a contents title and its page.
	Leader lipgloss.Style
	// Page is a page number of the contents page.
	Page lipgloss.Style
	// Unmatched marks a contents entry that points at no document.
	Unmatched lipgloss.Style
	// Raw is text kept as found (garbled OCR, flattened tables).
	Raw lipgloss.Style
	// Border is a table's rules.
	Border lipgloss.Style
	// TableHeader is a table's header cells.
	TableHeader lipgloss.Style
	// Group is a table's group row.
	Group lipgloss.Style
	// Inherited is a table cell copied from a merged cell above.
	Inherited lipgloss.Style
	// Selected is the line under the cursor in a list.
	Selected lipgloss.Style
	// Match is a search match; Current is the match the view is on.
	Match, Current lipgloss.Style
	// Status is the status line at the bottom of the screen.
	Status lipgloss.Style
	// Error is an error message.
	Error lipgloss.Style
	// Pane is the outline pane's frame; PaneActive when it has focus.
	Pane, PaneActive lipgloss.Style
	// Overlay is the frame of the help overlay.
	Overlay lipgloss.Style
}

// New builds the styles with r. With noColor the styles use no colour at
// all, only bold, underline and reverse video, as NO_COLOR asks.
func New(r *lipgloss.Renderer, noColor bool) Styles {
	c := func(s lipgloss.Style, fg lipgloss.TerminalColor) lipgloss.Style {
		if noColor {
			return s
		}
		return s.Foreground(fg)
	}
	bg := func(s lipgloss.Style, bg lipgloss.TerminalColor) lipgloss.Style {
		if noColor {
			return s
		}
		return s.Background(bg)
	}
	accent := lipgloss.AdaptiveColor{Light: "#8B0000", Dark: "#FF6F61"}
	subtle := lipgloss.AdaptiveColor{Light: "#666666", Dark: "#9A9A9A"}
	blue := lipgloss.AdaptiveColor{Light: "#1F4E9A", Dark: "#7AA2F7"}
	s := r.NewStyle()
	st := Styles{
		Text:        s,
		Title:       c(s.Bold(true), accent),
		Meta:        c(s, subtle),
		Category:    c(s.Bold(true), blue),
		Leader:      c(s, subtle),
		Page:        s.Bold(true),
		Unmatched:   c(s.Faint(true), subtle),
		Raw:         c(s, subtle),
		Border:      c(s, subtle),
		TableHeader: c(s.Bold(true), blue),
		Group:       c(s.Bold(true), accent),
		Inherited:   c(s, subtle),
		Selected:    s.Reverse(true),
		Match:       bg(s.Underline(true), lipgloss.AdaptiveColor{Light: "#FFE066", Dark: "#665C00"}),
		Current:     s.Reverse(true).Bold(true),
		Status:      bg(c(s, lipgloss.AdaptiveColor{Light: "#222222", Dark: "#DDDDDD"}), lipgloss.AdaptiveColor{Light: "#DDDDDD", Dark: "#333333"}),
		Error:       c(s.Bold(true), lipgloss.AdaptiveColor{Light: "#B00020", Dark: "#FF5555"}),
		Pane:        c(s, subtle),
		PaneActive:  c(s.Bold(true), blue),
		Overlay:     c(s, blue),
	}
	if noColor {
		st.Status = s.Reverse(true)
	}
	st.Heading = [3]lipgloss.Style{
		c(s.Bold(true), accent),
		c(s.Bold(true), blue),
		s.Bold(true),
	}
	return st
}

// Classes maps each class of laid-out page text to its style, for the
// interface and for the command line's coloured output alike.
func (s Styles) Classes() map[page.Class]lipgloss.Style {
	return map[page.Class]lipgloss.Style{
		page.Text: s.Text, page.Title: s.Title, page.Meta: s.Meta,
		page.Category: s.Category, page.Heading1: s.Heading[0],
		page.Heading2: s.Heading[1], page.Heading3: s.Heading[2],
		page.Leader: s.Leader, page.PageNo: s.Page, page.Unmatched: s.Unmatched,
		page.Raw: s.Raw, page.Border: s.Border, page.TableHeader: s.TableHeader,
		page.Group: s.Group, page.Inherited: s.Inherited, page.Gutter: s.Text,
	}
}
