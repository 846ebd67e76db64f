package ui

import (
	"errors"
	"strings"

	say "gazette/ui/msg"
	"gazette/ui/page"
	"gazette/ui/state"
)

// PageWords are the words of catalogue t that laid-out pages show: the
// interface and the command line's toc and read take them from here.
func PageWords(t say.Catalog) page.Words {
	return page.Words{
		Forgotten: t.T(say.ContentsForgotten),
		Hidden: func(names []string) string {
			return t.N(say.TableHiddenNote, len(names)) + strings.Join(names, t.T(say.ListSep)) + t.T(say.TableHiddenEnd)
		},
	}
}

// StateNotice says, in catalogue t's language, why the reading positions
// kept in dir were ignored (err is state.Open's); dir is shown as given,
// so the caller cleans it.
func StateNotice(t say.Catalog, dir string, err error) string {
	text := say.StateUnreadable
	switch {
	case errors.Is(err, state.ErrCorrupt):
		text = say.StateCorrupt
	case errors.Is(err, state.ErrNewer):
		text = say.StateNewer
	}
	return t.F(text, dir)
}
