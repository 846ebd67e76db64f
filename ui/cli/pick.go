package cli

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/term"

	"gazette/data"
	"gazette/data/query"
	"gazette/ui/cjk"
)

// The narrowest and widest --width the layout commands accept: narrower
// leaves no room for a table column, wider is no terminal and only makes
// the output huge (a width of 2000000000 would pad lines to gigabytes).
const (
	minWidth = 20
	maxWidth = 1000
)

// layoutFlags are the flags of the commands that lay text out for a
// terminal: table, toc and read.
type layoutFlags struct {
	width     int
	ambiguous ambiguousFlag
}

// ambiguousFlag is --ambiguous: narrow or wide, unset by default.
type ambiguousFlag struct {
	value cjk.Ambiguous
	set   bool
}

func (a *ambiguousFlag) String() string {
	if a == nil || !a.set {
		return ""
	}
	return a.value.String()
}

func (a *ambiguousFlag) Set(s string) error {
	v, err := cjk.ParseAmbiguous(s)
	if err != nil {
		return err
	}
	a.value, a.set = v, true
	return nil
}

// resolve returns the setting: the flag's when given, else the
// environment's (RUNEWIDTH_EASTASIAN). Every command decides it here.
func (a *ambiguousFlag) resolve(env *Env) cjk.Ambiguous {
	if a.set {
		return a.value
	}
	return cjk.AmbiguousFromEnv(env.Getenv)
}

// addLayoutFlags defines --width and --ambiguous on fs; def is the width
// used when the output is not a terminal, which the help names.
func addLayoutFlags(fs *flag.FlagSet, def int) *layoutFlags {
	lf := &layoutFlags{}
	// The help of every flag is in the catalogue (msg.FlagUsage); this
	// one is the fallback should the catalogue miss it.
	fs.IntVar(&lf.width, "width", 0, fmt.Sprintf("display width in `cells` (default %d)", def))
	fs.Var(&lf.ambiguous, "ambiguous", "")
	return lf
}

// resolve returns the width to lay out at and the width function: --width,
// else the terminal's width, else def; --ambiguous, else the environment.
func (lf *layoutFlags) resolve(env *Env, def int) (int, *cjk.Width, error) {
	w := lf.width
	switch {
	case w == 0:
		w = def
		if tw, ok := terminalWidth(env); ok {
			w = tw
		}
	case w < minWidth:
		return 0, nil, usagef("--width %d is too narrow: at least %d", w, minWidth)
	case w > maxWidth:
		return 0, nil, usagef("--width %d is too wide: at most %d", w, maxWidth)
	}
	return min(max(w, minWidth), maxWidth), cjk.New(lf.ambiguous.resolve(env)), nil
}

// terminalWidth returns the width of the terminal env.Stdout writes to.
func terminalWidth(env *Env) (int, bool) {
	if !env.IsTerminal(env.Stdout) {
		return 0, false
	}
	f, ok := env.Stdout.(*os.File)
	if !ok {
		return 0, false
	}
	w, _, err := term.GetSize(f.Fd())
	return w, err == nil && w > 0
}

// colour reports whether output to env.Stdout may carry escape sequences:
// it is a terminal and NO_COLOR is unset.
func colour(env *Env) bool {
	return env.IsTerminal(env.Stdout) && env.Getenv("NO_COLOR") == ""
}

// pickDocument resolves a DOC argument: the document's 1-based number in
// inspect's order, or its 文号 (compared as the matcher does, so
// 鸡政发[2022]2号 names 鸡政发〔2022〕2号).
func pickDocument(is *data.Issue, arg string) (int, error) {
	if n, err := strconv.Atoi(arg); err == nil {
		if n < 1 || n > len(is.Documents) {
			return 0, usagef("no document %d: %s has %s", n, is.Source, plural(len(is.Documents), "document"))
		}
		return n - 1, nil
	}
	want := query.Normalize(arg)
	var found []string
	doc := -1
	for i, d := range is.Documents {
		if d.Number != "" && query.Normalize(d.Number) == want {
			if doc < 0 {
				doc = i
			}
			found = append(found, strconv.Itoa(i+1))
		}
	}
	switch {
	case doc < 0:
		return 0, usagef("no document numbered %q in %s (give its 文号 or its number in 'gazette inspect')", arg, is.Source)
	case len(found) > 1:
		return 0, usagef("%q numbers documents %s: give the document's number", arg, strings.Join(found, ", "))
	}
	return doc, nil
}

// plural spells n things: "1 document", "3 documents".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
