// Package keys holds gazette's key bindings: one KeyMap, built by
// Default, from which every screen picks the bindings it honours and
// lists them in its help, so that the help always matches the keys.
package keys

import "github.com/charmbracelet/bubbles/key"

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
	// Density switches the table between wrapped and one line per record.
	Density key.Binding
	// Help toggles the help overlay; Quit leaves the program.
	Help, Quit key.Binding
}

// Default returns the key map.
func Default() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Up:           b("k/up", "up", "k", "up"),
		Down:         b("j/down", "down", "j", "down"),
		PageDown:     b("space/pgdn", "page down", " ", "pgdown", "f"),
		PageUp:       b("b/pgup", "page up", "b", "pgup", "ctrl+b"),
		Top:          b("g/home", "top", "g", "home"),
		Bottom:       b("G/end", "bottom", "G", "end"),
		Open:         b("enter", "open", "enter"),
		Back:         b("esc/bksp", "back", "esc", "backspace"),
		Filter:       b("/", "filter", "/"),
		Search:       b("/", "search", "/"),
		NextMatch:    b("n", "next match", "n"),
		PrevMatch:    b("N", "previous match", "N"),
		NextSection:  b("]", "next section", "]"),
		PrevSection:  b("[", "previous section", "["),
		NextDoc:      b("}", "next document", "}"),
		PrevDoc:      b("{", "previous document", "{"),
		Outline:      b("o", "outline", "o"),
		Focus:        b("tab", "outline focus", "tab"),
		SearchAll:    b("ctrl+f", "search all", "ctrl+f"),
		Command:      b(":", "command", ":"),
		Left:         b("←/h", "column left", "left", "h"),
		Right:        b("→/l", "column right", "right", "l"),
		FilterColumn: b("f", "filter this column", "f"),
		Unfilter:     b("x", "remove last filter", "x"),
		ClearFilters: b("X", "clear filters", "X"),
		Sort:         b("s", "sort by column", "s"),
		Frequencies:  b("F", "count units", "F"),
		Density:      b("w", "wrap / one line per record", "w"),
		Copy:         b("y", "copy", "y"),
		NextRecord:   b("n", "next record", "n"),
		PrevRecord:   b("p", "previous record", "p"),
		Help:         b("?", "help", "?"),
		Quit:         b("q", "quit", "q", "ctrl+c"),
	}
}
