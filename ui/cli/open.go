package cli

import (
	"errors"
	"fmt"
	"io"
	"sync"

	"gazette/data"
	"gazette/ui"
)

// runTUI runs the terminal interface. It is a variable so that a test can
// take the terminal path without starting the interface.
var runTUI = ui.Run

// runOpen handles "gazette [FILE|DIR…]": the sample library with no
// arguments. On a terminal it starts the terminal interface, which loads
// the issues in the background; otherwise it prints each issue's contents
// page.
func runOpen(env *Env, args []string) error {
	fs := newFlags("")
	noState := fs.Bool("no-state", false, "") // help: msg.FlagUsage
	var amb ambiguousFlag
	fs.Var(&amb, "ambiguous", "")
	pos, err := parseFlags(env, fs, args)
	if err != nil {
		return err
	}
	var srcs []source
	if len(pos) == 0 {
		srcs, err = sampleSources(env)
	} else {
		srcs, err = expandPaths(env, pos)
	}
	if err != nil {
		return err
	}
	if env.IsTerminal(env.Stdout) {
		o := ui.Options{Ambiguous: amb.resolve(env), NoColor: env.Getenv("NO_COLOR") != "",
			Sources: tuiSources(env, srcs, len(pos) == 0), Lang: env.lang}
		if len(pos) > 0 {
			lib, closeLib, err := openLibrary(env, srcs, dirs(pos))
			if err != nil {
				return err
			}
			if lib != nil {
				defer closeLib()
				o.Library = lib
				if err := noneListed(env, lib, o.Sources); err != nil {
					return err
				}
			} else if err := firstLoads(env, o.Sources); err != nil {
				return err
			}
		}
		o.State, o.Notices = openState(env, *noState)
		var saveErr *ui.SaveError
		if err := runTUI(o); errors.As(err, &saveErr) {
			// The session went well; only the last positions are lost.
			fmt.Fprintf(env.Stderr, "gazette: %v\n", saveErr.Err)
		} else if err != nil {
			return err
		}
		return nil
	}
	issues, errs := loadAll(srcs)
	failed := 0
	for i, is := range issues {
		if errs[i] != nil {
			printError(env, errs[i])
			failed++
			continue
		}
		if i > 0 {
			fmt.Fprintln(env.Stdout)
		}
		writeContents(env.Stdout, is)
	}
	if failed == len(issues) {
		return errReported
	}
	return nil
}

// firstLoads loads the named issues in order until one loads, so that
// the interface does not open on nothing: when none does, it prints each
// one's error and returns errReported (exit 2). The issues it loaded, or
// failed to, are not loaded again by the interface.
func firstLoads(env *Env, srcs []ui.Source) error {
	all := make([]int, len(srcs))
	for i := range all {
		all[i] = i
	}
	if loadsOne(srcs, all) {
		return nil
	}
	for _, s := range srcs {
		_, err := s.Load()
		fmt.Fprintf(env.Stderr, "gazette: %v\n", err)
	}
	return errReported
}

// loadsOne loads the issues srcs[i] for i in which, in order, until one
// loads, and reports whether one did. Each one it tried keeps what
// loading gave, so that the interface does not load it again.
func loadsOne(srcs []ui.Source, which []int) bool {
	for _, i := range which {
		is, err := srcs[i].Load()
		srcs[i].Load = func() (*data.Issue, error) { return is, err }
		if err == nil {
			return true
		}
	}
	return false
}

// noneListed is firstLoads for a library from the catalogue: when the
// catalogue lists no file that the loader took, the files it does not
// hold yet are loaded in order until one loads; when none does, it
// prints each file's error and returns errReported (exit 2).
func noneListed(env *Env, lib *ui.Library, srcs []ui.Source) error {
	var pending []int
	for i, s := range lib.Issues {
		switch {
		case s.Pending:
			pending = append(pending, i)
		case s.Err == "":
			return nil
		}
	}
	if loadsOne(srcs, pending) {
		return nil
	}
	for i, s := range lib.Issues {
		if s.Pending {
			_, err := srcs[i].Load()
			fmt.Fprintf(env.Stderr, "gazette: %v\n", err)
		} else {
			fmt.Fprintf(env.Stderr, "gazette: %s\n", s.Err) // the error names the file
		}
	}
	return errReported
}

// loadAll loads sources in parallel, keeping their order.
func loadAll(srcs []source) ([]*data.Issue, []error) {
	issues := make([]*data.Issue, len(srcs))
	errs := make([]error, len(srcs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, s := range srcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			issues[i], errs[i] = s.load()
		}()
	}
	wg.Wait()
	return issues, errs
}

// writeContents prints an issue's contents page as plain text.
func writeContents(w io.Writer, is *data.Issue) {
	fmt.Fprintln(w, issueLine(is))
	cat := "\x00"
	for _, e := range is.Contents {
		if e.Category != cat {
			cat = e.Category
			fmt.Fprintf(w, "\n%s\n", orDash(cat))
		}
		fmt.Fprintf(w, "  %s%s  %s\n", e.Title, bracket(e.Number), pageString(e.Page))
	}
}
