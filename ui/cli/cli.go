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

	"gazette/data"
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

// command is one subcommand.
type command struct {
	name    string
	summary string
	usage   string // the synopsis after "gazette "
	run     func(env *Env, args []string) error
}

func commands() []command {
	return []command{
		{"inspect", "print an issue's document tree as an outline (or JSON)", "inspect [--json] FILE", runInspect},
		{"toc", "print an issue's contents page as the reader lays it out", "toc [--width N] [--ambiguous narrow|wide] FILE", runToc},
		{"read", "print one document as wrapped text with its tables laid out; DOC is its number in inspect's order (from 1) or its 文号", "read [--width N] [--ambiguous narrow|wide] FILE DOC", runRead},
		{"table", "print tables without the interface: every table of the issue, of document DOC (number or 文号), or its TABLE-th (from 1); exit 1 when no record is left", "table [--where COL~TEXT]… [--format text|tsv|csv|json] [--width N] [--ambiguous narrow|wide] FILE [DOC [TABLE]]", runTable},
		{"search", "search titles, headings, text and table records of issue files (no PATH: the sample library; a directory: every .txt below it, through the catalogue's index, which is built or brought up to date first); words must all occur in one paragraph or record, \"…\" is a phrase; exit 1 when nothing is found", "search [--json] [--no-index] QUERY [PATH…]", runSearch},
		{"index", "bring the catalogue and search index of the issue files below DIR up to date (search does it by itself on first use) and say what changed", "index DIR…", runIndex},
	}
}

// Run runs gazette with env.Args and returns the exit status.
func Run(env Env) int {
	args := env.Args
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
		fmt.Fprintf(env.Stderr, "%s: %s (see 'gazette help%s')\n", prefix, ue.msg, suffix(cmd))
		return ExitError
	default:
		fmt.Fprintf(env.Stderr, "gazette: %v\n", err)
		return ExitError
	}
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
	writeOverview(env.Stdout)
	return ExitFound
}

// writeOverview prints every command with its synopsis.
func writeOverview(w io.Writer) {
	fmt.Fprint(w, `gazette: a terminal browser for government gazette issues (政府公报)

usage:
  gazette [--no-state] [--ambiguous narrow|wide]
      open the embedded sample library
  gazette [--no-state] [--ambiguous narrow|wide] FILE|DIR…
      open issue files (a directory: every .txt in it); --no-state neither
      reads nor saves where the reader left each issue; --ambiguous says how
      wide the terminal draws characters such as “ ” ○ ① │ (default narrow,
      wide when RUNEWIDTH_EASTASIAN=1)
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  gazette %s\n      %s\n", c.usage, c.summary)
	}
	fmt.Fprint(w, `
'gazette help COMMAND' or 'gazette COMMAND -h' describes a command's flags.
Exit status: 0 found, 1 nothing found, 2 error.
`)
}
