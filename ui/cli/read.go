package cli

import (
	"bufio"
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"gazette/data"
	"gazette/ui"
	"gazette/ui/cjk"
	say "gazette/ui/msg"
	"gazette/ui/page"
	"gazette/ui/theme"
)

// runToc handles "gazette toc FILE": the contents page laid out as the
// interface shows it, in colour on a terminal unless NO_COLOR is set.
func runToc(env *Env, args []string) error {
	is, _, width, m, err := loadForLayout(env, "toc", args, 1, "needs exactly one FILE")
	if err != nil {
		return err
	}
	return writeLines(env.Stdout, page.LayContents(is, width, m, ui.PageWords(say.New(env.lang))).Lines, pageStyles(env))
}

// runRead handles "gazette read FILE DOC": one document laid out as the
// reader shows it, in colour on a terminal unless NO_COLOR is set.
func runRead(env *Env, args []string) error {
	is, pos, width, m, err := loadForLayout(env, "read", args, 2, "needs a FILE and a DOC")
	if err != nil {
		return err
	}
	d, err := pickDocument(is, pos[1])
	if err != nil {
		return err
	}
	return writeLines(env.Stdout, page.LayDocument(is.Documents[d], width, m, ui.PageWords(say.New(env.lang))).Lines, pageStyles(env))
}

// loadForLayout parses the arguments of a command that lays one issue out
// (FILE first, n positional arguments in all, --width and --ambiguous) and
// loads the issue; it returns the issue, the positional arguments, the
// width and the width function.
func loadForLayout(env *Env, cmd string, args []string, n int, usage string) (*data.Issue, []string, int, *cjk.Width, error) {
	fs := newFlags(cmd)
	lf := addLayoutFlags(fs, 80)
	pos, err := parseFlags(env, fs, args)
	if err != nil {
		return nil, nil, 0, nil, err
	}
	if len(pos) != n {
		return nil, nil, 0, nil, usagef("%s", usage)
	}
	width, m, err := lf.resolve(env, 80)
	if err != nil {
		return nil, nil, 0, nil, err
	}
	is, err := env.Load(pos[0])
	return is, pos, width, m, err
}

// writeLines prints laid-out lines without the spaces that pad them on the
// right, each span in its class's style, or as plain text when styles is
// nil.
func writeLines(w io.Writer, lines []page.Line, styles map[page.Class]lipgloss.Style) error {
	bw := bufio.NewWriter(w)
	for _, l := range lines {
		spans := trimSpans(l.Spans)
		for _, sp := range spans {
			if st, ok := styles[sp.Class]; ok {
				bw.WriteString(st.Render(sp.Text))
			} else {
				bw.WriteString(sp.Text)
			}
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// trimSpans drops the spaces at the end of a line's spans.
func trimSpans(spans []page.Span) []page.Span {
	for len(spans) > 0 {
		last := spans[len(spans)-1]
		t := strings.TrimRight(last.Text, " ")
		if t != "" {
			out := append([]page.Span(nil), spans...)
			out[len(out)-1].Text = t
			return out
		}
		spans = spans[:len(spans)-1]
	}
	return nil
}

// pageStyles returns the interface's style of every class of a laid-out
// page when env.Stdout takes colour, else nil.
func pageStyles(env *Env) map[page.Class]lipgloss.Style {
	if !colour(env) {
		return nil
	}
	r := lipgloss.NewRenderer(env.Stdout)
	// The caller says the output is a terminal, whatever lipgloss guesses
	// of env.Stdout.
	r.SetColorProfile(termenv.ANSI256)
	st := theme.New(r, false)
	return st.Classes()
}
