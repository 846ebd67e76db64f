package cli

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"gazette/data"
	"gazette/data/query"
	"gazette/ui/cjk"
	"gazette/ui/grid"
)

// whereFlags collects the repeatable --where flag.
type whereFlags []string

func (w *whereFlags) String() string { return strings.Join(*w, " ") }

func (w *whereFlags) Set(s string) error {
	*w = append(*w, s)
	return nil
}

// tableRef is a table picked from an issue.
type tableRef struct {
	doc   int // index into Issue.Documents
	table int // index into Document.Tables()
	d     *data.Document
	t     *data.Table
	q     *query.Table
	// records are the indices of the records to print.
	records []int
}

// runTable handles "gazette table FILE [DOC [TABLE]]".
func runTable(env *Env, args []string) error {
	fs := newFlags("table")
	var where whereFlags
	fs.Var(&where, "where", "") // help: msg.FlagUsage
	format := fs.String("format", "text", "")
	count := fs.String("count", "", "")
	compact := fs.Bool("compact", false, "")
	lf := addLayoutFlags(fs, 100)
	pos, err := parseFlags(env, fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 1 || len(pos) > 3 {
		return usagef("needs FILE, optionally DOC and TABLE")
	}
	switch *format {
	case "text", "tsv", "csv", "json":
	default:
		return usagef("unknown --format %q: text, tsv, csv or json", *format)
	}
	width, m, err := lf.resolve(env, 100)
	if err != nil {
		return err
	}
	is, err := env.Load(pos[0])
	if err != nil {
		return err
	}
	refs, err := pickTables(is, pos[1:])
	if err != nil {
		return err
	}
	refs, err = filterTables(refs, where)
	if err != nil {
		return err
	}
	if *count != "" {
		return runCount(env, refs, *count, *format, width, m)
	}
	found := false
	for _, r := range refs {
		found = found || len(r.records) > 0
	}
	if found {
		refs = slices.DeleteFunc(refs, func(r tableRef) bool { return len(r.records) == 0 })
	}
	if err := writeTables(env.Stdout, refs, *format, tableLayout{width, m, *compact}); err != nil || found {
		return err
	}
	return errNotFound
}

// tableLayout holds how --format text lays tables out.
type tableLayout struct {
	width   int
	m       *cjk.Width
	compact bool
}

// writeTables prints the tables in format. A table is named by a caption
// line only when there are several.
func writeTables(w io.Writer, refs []tableRef, format string, tl tableLayout) error {
	captions := len(refs) > 1
	switch format {
	case "text":
		var shown []tableRef
		for _, r := range refs {
			if len(r.records) > 0 {
				shown = append(shown, r)
			}
		}
		writeTablesText(w, shown, tl)
	case "tsv":
		return writeTablesTSV(w, refs, captions)
	case "csv":
		return writeTablesCSV(w, refs, captions)
	case "json":
		var shown []tableRef
		for _, r := range refs {
			if len(r.records) > 0 {
				shown = append(shown, r)
			}
		}
		return writeTablesJSON(w, shown)
	}
	return nil
}

// pickTables resolves the DOC and TABLE arguments: every table of the
// issue, of one document, or one table.
func pickTables(is *data.Issue, args []string) ([]tableRef, error) {
	var refs []tableRef
	docs := make([]int, 0, len(is.Documents))
	if len(args) > 0 {
		d, err := pickDocument(is, args[0])
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	} else {
		for i := range is.Documents {
			docs = append(docs, i)
		}
	}
	for _, di := range docs {
		d := is.Documents[di]
		for ti, t := range d.Tables() {
			refs = append(refs, tableRef{doc: di, table: ti, d: d, t: t, q: query.NewTable(t, is.Year)})
		}
	}
	if len(args) < 2 {
		return refs, nil
	}
	n, err := strconv.Atoi(args[1])
	if err != nil || n < 1 || n > len(refs) {
		return nil, usagef("no table %s in document %d: it has %s", args[1], docs[0]+1, plural(len(refs), "table"))
	}
	return refs[n-1 : n], nil
}

// filterTables applies the --where expressions to every table. A table
// lacking a column named by --where is left out; when every table lacks
// it, that is the error.
func filterTables(refs []tableRef, where []string) ([]tableRef, error) {
	var out []tableRef
	var firstErr error
	for _, r := range refs {
		fs := make([]query.Filter, 0, len(where))
		var err error
		for _, w := range where {
			var f query.Filter
			if f, err = query.ParseFilter(w, r.q, -1); err != nil {
				err = fmt.Errorf("--where %s: %w", w, err)
				break
			}
			fs = append(fs, f)
		}
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		r.records = query.FilterRecords(r.q, fs)
		out = append(out, r)
	}
	if len(out) == 0 && firstErr != nil {
		return nil, usageError{firstErr.Error()}
	}
	return out, nil
}

// caption names a table for the line above it: its document and number,
// its caption and how many of its records are shown.
func (r *tableRef) caption() string {
	s := fmt.Sprintf("document %d, table %d", r.doc+1, r.table+1)
	if r.t.Caption != "" {
		s += ": " + r.t.Caption
	}
	if len(r.records) < len(r.t.Records) {
		return fmt.Sprintf("%s (%d of %s)", s, len(r.records), plural(len(r.t.Records), "record"))
	}
	return fmt.Sprintf("%s (%s)", s, plural(len(r.t.Records), "record"))
}

// writeTablesText lays every table out with package grid, as the reader
// draws it (one line per record with --compact), each under its caption
// and, when columns do not fit, a line naming them.
func writeTablesText(w io.Writer, refs []tableRef, tl tableLayout) {
	width, m := tl.width, tl.m
	for i, r := range refs {
		if i > 0 {
			fmt.Fprintln(w)
		}
		for _, s := range m.Wrap(r.caption(), width) {
			fmt.Fprintln(w, s)
		}
		g := grid.Lay(r.t, r.records, grid.Options{Width: width, Measure: m, Compact: tl.compact})
		if hidden := hiddenColumns(r.t, g); len(hidden) > 0 {
			note := fmt.Sprintf("→ %s: %s (not shown at width %d; widen --width or use --format tsv)",
				plural(len(hidden), "more column"), strings.Join(hidden, ", "), width)
			for _, s := range m.Wrap(note, width) {
				fmt.Fprintln(w, s)
			}
		}
		for _, lines := range [][]grid.Line{g.Header, g.Body} {
			for _, l := range lines {
				fmt.Fprintln(w, strings.TrimRight(l.String(), " "))
			}
		}
	}
}

// hiddenColumns names the columns of t that layout g leaves out.
func hiddenColumns(t *data.Table, g *grid.Layout) []string {
	shown := make([]bool, len(t.Columns))
	for _, c := range g.Columns {
		shown[c.Index] = true
	}
	var out []string
	for i, name := range t.Columns {
		if !shown[i] {
			if name == "" {
				name = fmt.Sprintf("#%d", i+1)
			}
			out = append(out, name)
		}
	}
	return out
}

// writeTablesTSV prints tables as tab-separated values (see
// grid.WriteTSV), a blank line between tables and, with captions, a
// "# caption" line above each.
func writeTablesTSV(w io.Writer, refs []tableRef, captions bool) error {
	for i, r := range refs {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if captions {
			fmt.Fprintf(w, "# %s\n", strings.Join(strings.Fields(r.caption()), " "))
		}
		if err := grid.WriteTSV(w, grid.Rows(r.t, r.records)); err != nil {
			return err
		}
	}
	return nil
}

// writeTablesCSV prints tables as RFC 4180 CSV, a blank line between
// tables and, with captions, a one-field "# caption" record above each.
// Fields a spreadsheet would run as a formula are defused (see safeCSV).
func writeTablesCSV(w io.Writer, refs []tableRef, captions bool) error {
	cw := csv.NewWriter(w)
	for i, r := range refs {
		if i > 0 {
			cw.Flush()
			fmt.Fprintln(w)
		}
		if captions {
			if err := cw.Write([]string{"# " + r.caption()}); err != nil {
				return err
			}
		}
		if err := writeCSV(cw, grid.Rows(r.t, r.records)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeCSV writes rows through cw, every field made safe with safeCSV.
func writeCSV(cw *csv.Writer, rows [][]string) error {
	for _, row := range rows {
		safe := make([]string, len(row))
		for j, f := range row {
			safe[j] = safeCSV(f)
		}
		if err := cw.Write(safe); err != nil {
			return err
		}
	}
	return nil
}

// writeCSVRows writes rows as CSV to w.
func writeCSVRows(w io.Writer, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := writeCSV(cw, rows); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// safeCSV puts a ' before a field that Excel or WPS would read as a
// formula: one starting with =, +, @, or - not followed by a digit
// (OWASP's CSV injection advice); -5 stays a number.
func safeCSV(f string) string {
	if f == "" {
		return f
	}
	switch f[0] {
	case '=', '+', '@':
		return "'" + f
	case '-':
		if len(f) == 1 || !isDigit(f[1]) {
			return "'" + f
		}
	}
	return f
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// The JSON form of table is a contract; indices are 0-based like those of
// inspect --json.
type jsonTableOut struct {
	Document int          `json:"document"`
	Number   string       `json:"number"`
	Table    int          `json:"table"`
	Caption  string       `json:"caption"`
	Line     int          `json:"line"`
	Columns  []string     `json:"columns"`
	Groups   []string     `json:"groups"`
	Total    int          `json:"total"`
	Records  []jsonRecord `json:"records"`
}

type jsonRecord struct {
	Record       int      `json:"record"`
	Line         int      `json:"line"`
	Group        *string  `json:"group"`
	Continuation bool     `json:"continuation"`
	Cells        []string `json:"cells"`
}

// writeTablesJSON prints the tables as one JSON array.
func writeTablesJSON(w io.Writer, refs []tableRef) error {
	out := make([]jsonTableOut, 0, len(refs))
	for _, r := range refs {
		jt := jsonTableOut{Document: r.doc, Number: r.d.Number, Table: r.table,
			Caption: r.t.Caption, Line: r.t.Line, Columns: r.t.Columns, Groups: r.t.Groups,
			Total: len(r.t.Records), Records: make([]jsonRecord, 0, len(r.records))}
		if jt.Groups == nil {
			jt.Groups = []string{}
		}
		for _, ri := range r.records {
			rec := &r.t.Records[ri]
			jr := jsonRecord{Record: ri, Line: rec.Line, Continuation: rec.Continuation,
				Cells: make([]string, len(rec.Cells))}
			if g := r.t.GroupOf(ri); g != "" {
				jr.Group = &g
			}
			for i, c := range rec.Cells {
				jr.Cells[i] = c.Text
			}
			jt.Records = append(jt.Records, jr)
		}
		out = append(out, jt)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
