package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// flagHelp is returned when -h was given: help was printed, exit 0.
var flagHelp = flag.ErrHelp

// newFlags makes a command's flag set. It prints nothing itself:
// parseFlags reports errors in one line and prints help for -h.
func newFlags(c string) *flag.FlagSet {
	fs := flag.NewFlagSet(c, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// writeUsage prints a command's synopsis, summary and flags.
func writeUsage(w io.Writer, fs *flag.FlagSet) {
	for _, cmd := range commands() {
		if cmd.name == fs.Name() {
			fmt.Fprintf(w, "usage: gazette %s\n\n%s\n", cmd.usage, cmd.summary)
		}
	}
	if fs.Name() == "" {
		writeOverview(w)
	}
	if hasFlags(fs) {
		fmt.Fprintln(w, "\nflags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// parseFlags parses args with flags allowed before, between and after the
// positional arguments (gazette table FILE 2 --where …), and returns the
// positional ones. "--" ends flag parsing.
func parseFlags(env *Env, fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				writeUsage(env.Stdout, fs)
				return nil, flagHelp
			}
			return nil, usageError{strings.TrimPrefix(err.Error(), "flag provided but not defined: ")}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
