package ui

import (
	"strings"

	say "gazette/ui/msg"
	"gazette/ui/page"
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
