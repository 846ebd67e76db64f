// Package keys holds gazette's key bindings: one KeyMap, built by
// Default, from which every screen picks the bindings it honours and
// lists them in its help, so that the help always matches the keys.
package keys

import (
	"github.com/charmbracelet/bubbles/key"

	"gazette/ui/msg"
)

// KeyMap is every key binding of the terminal interface.
type KeyMap struct {
	// Moving in lists and text (less and vim habits).
	Up, Down, PageDown, PageUp, Top, Bottom key.Binding
	// Open opens the thing under the cursor; Back returns to the previous
	// screen (or closes what is open on this one).
	Open, Back key.Binding
	// Filter filters the library as you type.
	Filter key.Binding
	// Search searches the document; NextMatch and PrevMatch move between
	// matches.
	Search, NextMatch, PrevMatch key.Binding
	// NextSection and PrevSection jump between sections; NextDoc and
	// PrevDoc between the documents.
	NextSection, PrevSection, NextDoc, PrevDoc key.Binding
	// Outline toggles the outline pane; Focus moves the focus between the
	// pane and the text.
	Outline, Focus key.Binding
	// Tables lists the document's tables.
	Tables key.Binding
	// SearchAll searches every issue of the library; Command opens the
	// command prompt (:search, :quit).
	SearchAll, Command key.Binding
	// Table screen: Left and Right move the column cursor (scrolling by
	// column); FilterColumn filters on the current column, Unfilter and
	// ClearFilters remove the last and every filter; Sort sorts by the
	// current column, Frequencies counts its values, Copy copies records;
	// NextRecord and PrevRecord step through record cards.
	Left, Right, FilterColumn, Unfilter, ClearFilters key.Binding
	Sort, Frequencies, Copy, NextRecord, PrevRecord   key.Binding
	// SortLibrary sorts the library by date or by name.
	SortLibrary key.Binding
	// Density switches the table between wrapped and one line per record.
	Density key.Binding
	// Help toggles the help overlay; Quit leaves the program.
	Help, Quit key.Binding
}

// Default returns the key map, its help in the catalogue's language.
func Default(c msg.Catalog) KeyMap {
	b := func(h msg.Key, keys ...string) key.Binding {
		return Bind(c, h, keys...)
	}
	return KeyMap{
		Up:           b(msg.KeyUp, "k", "up"),
		Down:         b(msg.KeyDown, "j", "down"),
		PageDown:     b(msg.KeyPageDown, " ", "pgdown", "f"),
		PageUp:       b(msg.KeyPageUp, "b", "pgup", "ctrl+b"),
		Top:          b(msg.KeyTop, "g", "home"),
		Bottom:       b(msg.KeyBottom, "G", "end"),
		Open:         b(msg.KeyOpen, "enter"),
		Back:         b(msg.KeyBack, "esc", "backspace"),
		Filter:       b(msg.KeyFilter, "/"),
		Search:       b(msg.KeySearch, "/"),
		NextMatch:    b(msg.KeyNextMatch, "n"),
		PrevMatch:    b(msg.KeyPrevMatch, "N"),
		NextSection:  b(msg.KeyNextSection, "]"),
		PrevSection:  b(msg.KeyPrevSection, "["),
		NextDoc:      b(msg.KeyNextDoc, "}"),
		PrevDoc:      b(msg.KeyPrevDoc, "{"),
		Outline:      b(msg.KeyOutline, "o"),
		Focus:        b(msg.KeyFocus, "tab"),
		Tables:       b(msg.KeyTables, "t"),
		SearchAll:    b(msg.KeySearchAll, "ctrl+f"),
		Command:      b(msg.KeyCommand, ":"),
		Left:         b(msg.KeyLeft, "left", "h"),
		Right:        b(msg.KeyRight, "right", "l"),
		FilterColumn: b(msg.KeyFilterColumn, "f"),
		Unfilter:     b(msg.KeyUnfilter, "x"),
		ClearFilters: b(msg.KeyClearFilters, "X"),
		Sort:         b(msg.KeySort, "s"),
		SortLibrary:  b(msg.KeySortLibrary, "s"),
		Frequencies:  b(msg.KeyFrequencies, "F"),
		Density:      b(msg.KeyDensity, "w"),
		Copy:         b(msg.KeyCopy, "y"),
		NextRecord:   b(msg.KeyNextRecord, "n"),
		PrevRecord:   b(msg.KeyPrevRecord, "p"),
		Help:         b(msg.KeyHelp, "?"),
		Quit:         b(msg.KeyQuit, "q", "ctrl+c"),
	}
}

// Bind makes a binding of keys with the help entry h.
func Bind(c msg.Catalog, h msg.Key, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(c.T(h.Keys), c.T(h.Desc)))
}

// Relabel returns b with the help entry h, keys and enabled state kept:
// a screen's own words for what a shared key does there.
func Relabel(c msg.Catalog, b key.Binding, h msg.Key) key.Binding {
	b.SetHelp(c.T(h.Keys), c.T(h.Desc))
	return b
}
