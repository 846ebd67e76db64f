// Command gazette is a terminal browser for Chinese government gazette
// issues (政府公报): a contents page, a reader with section navigation and
// CJK task tables, and a command line for scripts (inspect, toc, read,
// table, search). With no argument it opens the sample library embedded
// in the binary.
package main

import (
	"embed"
	"io"
	"io/fs"
	"os"

	"github.com/charmbracelet/x/term"

	"gazette/loader"
	"gazette/ui/cli"
)

// The five real issues of the test suite double as the sample library.
//
//go:embed testdata/gazettes/*.txt
var sample embed.FS

func main() {
	lib, err := fs.Sub(sample, "testdata/gazettes")
	if err != nil {
		panic(err) // the pattern above is fixed at build time
	}
	os.Exit(cli.Run(cli.Env{
		Args:       os.Args[1:],
		Stdout:     os.Stdout,
		Stderr:     os.Stderr,
		Getenv:     os.Getenv,
		IsTerminal: isTerminal,
		Load:       loader.Load,
		Read:       loader.ReadFile,
		Parse:      loader.Parse,
		Sample:     lib,
		Exits:      true,
	}))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
