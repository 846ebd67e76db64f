// Package cli is gazette's command line: it parses arguments, loads the
// issues they name and answers with plain text (or JSON) for scripts and
// pipes, or hands over to the terminal interface.
//
// Exit statuses follow grep: 0 found, 1 nothing found, 2 error.
package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"gazette/data"
	"gazette/loader"
	say "gazette/ui/msg"
)

// Exit statuses.
const (
	ExitFound    = 0 // the command found (or did) what was asked
	ExitNotFound = 1 // a query command found nothing
	ExitError    = 2 // bad arguments, unreadable input
)

// Env is everything a command may touch: arguments, streams, environment
// and the loader. main builds it from the process; tests build their own.
type Env struct {
	Args   []string // arguments after the program name
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads an environment variable.
	Getenv func(string) string
	// IsTerminal reports whether w is an interactive terminal.
	IsTerminal func(w io.Writer) bool
	// Load parses the issue file at path.
	Load func(path string) (*data.Issue, error)
	// Read reads the issue file at path without parsing it, refusing
	// what Load refuses, with the same errors.
	Read func(path string) ([]byte, error)
	// Parse parses an issue from bytes; name is used as its source.
	Parse func(name string, b []byte) (*data.Issue, error)
	// Sample is the embedded sample library: .txt issue files.
	Sample fs.FS
	// Exits is set when the process ends as soon as Run returns. A search
	// then leaves the catalogue open for the operating system to release:
	// closing it unmaps the file page by page, milliseconds of a search
	// that takes tens, and a catalogue left open is safe (SQLite's
	// write-ahead log survives a process that ends at any point; the
	// kernel drops its locks).
	Exits bool
	// lang is the language of the interface and the help: --lang, else
	// the locale's (set by Run).
	lang say.Lang
}

// usageError is a bad command line: reported in one line, exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// errNotFound makes a command exit with status 1 without a message.
var errNotFound = errors.New("nothing found")

// errReported makes a command exit with status 2 after it printed its own
// error messages.
var errReported = errors.New("errors reported")

// command is one subcommand: its name, its help (synopsis and summary)
// and what runs it.
type command struct {
	name string
	help say.Command
	run  func(env *Env, args []string) error
}

func commands() []command {
	return []command{
		{"inspect", say.CmdInspect, runInspect},
		{"toc", say.CmdToc, runToc},
		{"read", say.CmdRead, runRead},
		{"table", say.CmdTable, runTable},
		{"serve", say.CmdServe, runServe},
		{"search", say.CmdSearch, runSearch},
		{"index", say.CmdIndex, runIndex},
	}
}

// Run runs gazette with env.Args and returns the exit status.
func Run(env Env) int {
	args, lang, err := langFlag(env.Args)
	if err != nil {
		return finish(&env, "", err)
	}
	withSamples(&env)
	env.lang = say.FromEnv(env.Getenv)
	if lang != "" {
		env.lang, _ = say.Parse(lang) // langFlag checked it
	}
	if len(args) > 0 {
		switch args[0] {
		case "help", "-h", "-help", "--help":
			return writeHelp(&env, args[1:])
		}
		for _, c := range commands() {
			if c.name == args[0] {
				return finish(&env, c.name, c.run(&env, args[1:]))
			}
		}
	}
	return finish(&env, "", runOpen(&env, args))
}

// finish turns a command's error into its exit status and message.
func finish(env *Env, cmd string, err error) int {
	var ue usageError
	switch {
	case err == nil:
		return ExitFound
	case errors.Is(err, errNotFound):
		return ExitNotFound
	case errors.Is(err, errReported):
		return ExitError
	case errors.Is(err, flagHelp):
		return ExitFound
	case errors.As(err, &ue):
		prefix := "gazette"
		if cmd != "" {
			prefix += " " + cmd
		}
		fmt.Fprintln(env.Stderr, say.New(env.lang).F(say.UsageSeeHelp, prefix, loader.Clean(ue.msg), suffix(cmd)))
		return ExitError
	default:
		printError(env, err)
		return ExitError
	}
}

// printError prints an error on one line of stderr. The message names a
// file, and a file's name is data like its text: it goes through the
// loader's Clean, so that no escape sequence in a name reaches the
// terminal.
func printError(env *Env, err error) {
	fmt.Fprintf(env.Stderr, "gazette: %s\n", loader.Clean(err.Error()))
}

func suffix(cmd string) string {
	if cmd == "" {
		return ""
	}
	return " " + cmd
}

// writeHelp prints the command overview, or one command's help with its
// flags, and returns the exit status.
func writeHelp(env *Env, args []string) int {
	if len(args) > 0 {
		for _, c := range commands() {
			if c.name == args[0] {
				return finish(env, c.name, c.run(env, []string{"-h"}))
			}
		}
	}
	writeOverview(env.Stdout, say.New(env.lang))
	return ExitFound
}

// writeOverview prints every command with its synopsis.
func writeOverview(w io.Writer, t say.Catalog) {
	fmt.Fprint(w, t.T(say.CLIHeader))
	for _, c := range commands() {
		fmt.Fprintf(w, "  gazette %s\n      %s\n", t.T(c.help.Usage), t.T(c.help.Summary))
	}
	fmt.Fprint(w, t.T(say.CLIFooter))
}

// langFlag takes --lang out of args (it is a flag of every command, and
// of help): it returns the other arguments and its value, checked. "--"
// ends the flags.
func langFlag(args []string) (rest []string, lang string, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(rest, args[i:]...), lang, nil
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name != "lang" || !strings.HasPrefix(a, "-") {
			rest = append(rest, a)
			continue
		}
		if !hasVal {
			if i+1 == len(args) {
				return nil, "", usagef("flag needs an argument: -lang")
			}
			i++
			val = args[i]
		}
		if _, err := say.Parse(val); err != nil {
			return nil, "", usagef("--lang: %v", err)
		}
		lang = val
	}
	return rest, lang, nil
}
