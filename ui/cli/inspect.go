package cli

import (
	"fmt"
	"io"
	"strings"

	"gazette/data"
	"gazette/loader"
	"gazette/ui/page"
)

func runInspect(env *Env, args []string) error {
	fs := newFlags("inspect")
	asJSON := fs.Bool("json", false, "") // help: msg.FlagUsage
	pos, err := parseFlags(env, fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("needs exactly one FILE")
	}
	is, err := env.Load(pos[0])
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.Stdout, is)
	}
	writeOutline(env.Stdout, is)
	return nil
}

// writeOutline prints the tree as an indented outline.
func writeOutline(w io.Writer, is *data.Issue) {
	fmt.Fprintf(w, "issue %s\n", issueLine(is))
	fmt.Fprintf(w, "  source %s\n", loader.Clean(is.Source))
	if is.Publisher != "" {
		fmt.Fprintf(w, "  主办 %s\n", is.Publisher)
	}
	fmt.Fprintf(w, "contents: %d entries\n", len(is.Contents))
	cat := "\x00"
	for _, e := range is.Contents {
		if e.Category != cat {
			cat = e.Category
			fmt.Fprintf(w, "  %s\n", orDash(cat))
		}
		target := "unmatched"
		if e.Document >= 0 {
			target = fmt.Sprintf("→ document %d", e.Document+1)
		}
		fmt.Fprintf(w, "    p.%-4s %s%s  %s\n", pageString(e.Page), e.Title, bracket(e.Number), target)
	}
	fmt.Fprintf(w, "documents: %d\n", len(is.Documents))
	for i, d := range is.Documents {
		fmt.Fprintf(w, "  %d. %s%s  [line %d", i+1, d.Title, bracket(d.Number), d.Line)
		if d.Kind != data.KindDocument {
			fmt.Fprintf(w, ", %s", d.Kind)
		}
		if d.Issuer != "" {
			fmt.Fprintf(w, ", %s", d.Issuer)
		}
		if d.Date != "" {
			fmt.Fprintf(w, ", %s", d.Date)
		}
		fmt.Fprintln(w, "]")
		for _, a := range d.Attachments {
			fmt.Fprintf(w, "       附件 %s\n", a)
		}
		writeBlocks(w, d.Blocks, 7)
		writeSections(w, d.Sections, 7)
	}
	if len(is.Warnings) > 0 {
		fmt.Fprintf(w, "warnings: %d\n", len(is.Warnings))
		for _, wn := range is.Warnings {
			fmt.Fprintf(w, "  %s\n", wn)
		}
	}
}

func writeSections(w io.Writer, secs []*data.Section, indent int) {
	for _, s := range secs {
		fmt.Fprintf(w, "%s%s  [line %d]\n", strings.Repeat(" ", indent), s.Heading, s.Line)
		writeBlocks(w, s.Blocks, indent+2)
		writeSections(w, s.Sections, indent+2)
	}
}

// writeBlocks lists the tables and raw blocks of a body; paragraphs and
// lists are left out of the outline.
func writeBlocks(w io.Writer, bs []data.Block, indent int) {
	pad := strings.Repeat(" ", indent)
	for _, b := range bs {
		switch b.Kind {
		case data.TableBlock:
			t := b.Table
			fmt.Fprintf(w, "%s▦ table %d columns × %d records", pad, len(t.Columns), len(t.Records))
			if len(t.Groups) > 0 {
				fmt.Fprintf(w, " in %d groups", len(t.Groups))
			}
			fmt.Fprintf(w, "  [line %d]", b.Line)
			if t.Caption != "" {
				fmt.Fprintf(w, "  %s", t.Caption)
			}
			fmt.Fprintln(w)
		case data.Raw:
			fmt.Fprintf(w, "%s▧ raw block of %d lines  [line %d]\n", pad, strings.Count(b.Text, "\n")+1, b.Line)
		}
	}
}

// issueLine names an issue with its printed number, frequency and date.
func issueLine(is *data.Issue) string {
	parts := []string{is.Title}
	for _, p := range []string{page.IssueNumber(is), is.Frequency, is.Date} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " ")
}

func bracket(num string) string {
	if num == "" {
		return ""
	}
	return "  " + num
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func pageString(p int) string {
	if p <= 0 {
		return "?"
	}
	return fmt.Sprint(p)
}

// writeJSON prints the tree in inspect's JSON contract (see the README),
// streamed: a large issue's JSON is never held in memory whole.
func writeJSON(w io.Writer, is *data.Issue) error {
	j := newJSONWriter(w)
	j.open('{')
	j.key("source")
	j.str(is.Source)
	j.key("title")
	j.str(is.Title)
	j.key("year")
	j.int(is.Year)
	j.key("issue")
	j.int(is.Number)
	j.key("total_issue")
	j.int(is.TotalNumber)
	j.key("date")
	j.strOrNull(is.Date)
	j.key("frequency")
	j.str(is.Frequency)
	j.key("publisher")
	j.str(is.Publisher)
	j.key("contents")
	j.open('[')
	for _, e := range is.Contents {
		j.elem()
		writeContentsJSON(j, e)
	}
	j.close(']')
	j.key("documents")
	j.open('[')
	for _, d := range is.Documents {
		j.elem()
		writeDocumentJSON(j, d)
	}
	j.close(']')
	j.key("warnings")
	j.open('[')
	for _, wn := range is.Warnings {
		j.elem()
		j.str(wn.String())
	}
	j.close(']')
	j.close('}')
	j.buf = append(j.buf, '\n')
	return j.flush()
}

func writeContentsJSON(j *jsonWriter, e data.ContentsEntry) {
	j.open('{')
	j.key("category")
	j.str(e.Category)
	j.key("title")
	j.str(e.Title)
	j.key("number")
	j.str(e.Number)
	j.key("page")
	if e.Page > 0 {
		j.int(e.Page)
	} else {
		j.null()
	}
	j.key("document")
	if e.Document >= 0 {
		j.int(e.Document)
	} else {
		j.null()
	}
	j.key("line")
	j.int(e.Line)
	j.close('}')
}

func writeDocumentJSON(j *jsonWriter, d *data.Document) {
	j.open('{')
	j.key("title")
	j.str(d.Title)
	j.key("number")
	j.str(d.Number)
	j.key("date")
	j.strOrNull(d.Date)
	j.key("issuer")
	j.str(d.Issuer)
	j.key("recipients")
	j.str(d.Recipients)
	j.key("attachments")
	j.strs(d.Attachments)
	j.key("line")
	j.int(d.Line)
	j.key("kind")
	j.str(string(d.Kind))
	j.key("sections")
	writeSectionsJSON(j, d.Sections)
	j.key("tables")
	j.open('[')
	for _, t := range d.Tables() {
		j.elem()
		j.open('{')
		j.key("line")
		j.int(t.Line)
		j.key("caption")
		j.str(t.Caption)
		j.key("columns")
		j.strs(t.Columns)
		j.key("rows")
		j.int(len(t.Records))
		j.key("groups")
		j.int(len(t.Groups))
		j.close('}')
	}
	j.close(']')
	j.close('}')
}

func writeSectionsJSON(j *jsonWriter, secs []*data.Section) {
	j.open('[')
	for _, s := range secs {
		j.elem()
		j.open('{')
		j.key("heading")
		j.str(s.Heading)
		j.key("numbering")
		j.str(s.Numbering)
		j.key("level")
		j.int(s.Level)
		j.key("line")
		j.int(s.Line)
		j.key("sections")
		writeSectionsJSON(j, s.Sections)
		j.close('}')
	}
	j.close(']')
}
