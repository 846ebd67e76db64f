package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	say "gazette/ui/msg"
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

// writeUsage prints a command's synopsis, summary and flags in the
// language of env.
func writeUsage(env *Env, fs *flag.FlagSet) {
	w, t := env.Stdout, say.New(env.lang)
	for _, cmd := range commands() {
		if cmd.name == fs.Name() {
			fmt.Fprintf(w, t.T(say.CLIUsage), t.T(cmd.help.Usage), t.T(cmd.help.Summary))
		}
	}
	if fs.Name() == "" {
		writeOverview(w, t)
	}
	if hasFlags(fs) {
		fmt.Fprint(w, t.T(say.CLIFlags))
		fs.VisitAll(func(f *flag.Flag) { writeFlag(w, t, fs.Name(), f) })
	}
}

// writeFlag prints one flag's help from the catalogue: --name ARG, then
// what it does on the next line.
func writeFlag(w io.Writer, t say.Catalog, cmd string, f *flag.Flag) {
	usage := f.Usage
	if u, ok := say.FlagUsage(cmd, f.Name); ok {
		usage = t.T(u)
	}
	arg, usage := flag.UnquoteUsage(&flag.Flag{Name: f.Name, Usage: usage, Value: f.Value})
	if arg != "" {
		arg = " " + arg
	}
	fmt.Fprintf(w, "  --%s%s\n      %s\n", f.Name, arg, usage)
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
				writeUsage(env, fs)
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
