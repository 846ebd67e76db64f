package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"gazette/data"
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
	fmt.Fprintf(w, "  source %s\n", is.Source)
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

// The JSON form of inspect is a contract other tools read; its field names
// and meanings are fixed by these types.
type jsonIssue struct {
	Source     string         `json:"source"`
	Title      string         `json:"title"`
	Year       int            `json:"year"`
	Issue      int            `json:"issue"`
	TotalIssue int            `json:"total_issue"`
	Date       *string        `json:"date"`
	Frequency  string         `json:"frequency"`
	Publisher  string         `json:"publisher"`
	Contents   []jsonContents `json:"contents"`
	Documents  []jsonDocument `json:"documents"`
	Warnings   []string       `json:"warnings"`
}

type jsonContents struct {
	Category string `json:"category"`
	Title    string `json:"title"`
	Number   string `json:"number"`
	Page     *int   `json:"page"`
	Document *int   `json:"document"`
	Line     int    `json:"line"`
}

type jsonDocument struct {
	Title       string        `json:"title"`
	Number      string        `json:"number"`
	Date        *string       `json:"date"`
	Issuer      string        `json:"issuer"`
	Recipients  string        `json:"recipients"`
	Attachments []string      `json:"attachments"`
	Line        int           `json:"line"`
	Kind        string        `json:"kind"`
	Sections    []jsonSection `json:"sections"`
	Tables      []jsonTable   `json:"tables"`
}

type jsonSection struct {
	Heading   string        `json:"heading"`
	Numbering string        `json:"numbering"`
	Level     int           `json:"level"`
	Line      int           `json:"line"`
	Sections  []jsonSection `json:"sections"`
}

type jsonTable struct {
	Line    int      `json:"line"`
	Caption string   `json:"caption"`
	Columns []string `json:"columns"`
	Rows    int      `json:"rows"`
	Groups  int      `json:"groups"`
}

// writeJSON prints the tree in inspect's JSON contract.
func writeJSON(w io.Writer, is *data.Issue) error {
	out := jsonIssue{
		Source: is.Source, Title: is.Title, Year: is.Year, Issue: is.Number,
		TotalIssue: is.TotalNumber, Date: nullable(is.Date), Frequency: is.Frequency,
		Publisher: is.Publisher, Contents: []jsonContents{}, Documents: []jsonDocument{},
		Warnings: []string{},
	}
	for _, e := range is.Contents {
		c := jsonContents{Category: e.Category, Title: e.Title, Number: e.Number, Line: e.Line}
		if e.Page > 0 {
			c.Page = &e.Page
		}
		if e.Document >= 0 {
			c.Document = &e.Document
		}
		out.Contents = append(out.Contents, c)
	}
	for _, d := range is.Documents {
		jd := jsonDocument{
			Title: d.Title, Number: d.Number, Date: nullable(d.Date), Issuer: d.Issuer,
			Recipients: d.Recipients, Attachments: d.Attachments, Line: d.Line,
			Kind: string(d.Kind), Sections: jsonSections(d.Sections), Tables: []jsonTable{},
		}
		if jd.Attachments == nil {
			jd.Attachments = []string{}
		}
		for _, t := range d.Tables() {
			jd.Tables = append(jd.Tables, jsonTable{Line: t.Line, Caption: t.Caption,
				Columns: t.Columns, Rows: len(t.Records), Groups: len(t.Groups)})
		}
		out.Documents = append(out.Documents, jd)
	}
	for _, wn := range is.Warnings {
		out.Warnings = append(out.Warnings, wn.String())
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func jsonSections(secs []*data.Section) []jsonSection {
	out := []jsonSection{}
	for _, s := range secs {
		out = append(out, jsonSection{Heading: s.Heading, Numbering: s.Numbering,
			Level: s.Level, Line: s.Line, Sections: jsonSections(s.Sections)})
	}
	return out
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
