package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"gazette/data/query"
	"gazette/ui/cjk"
	"gazette/ui/grid"
)

// countOut is the units of one table's column and their record counts.
type countOut struct {
	ref    *tableRef
	column int
	freqs  []query.Freq
}

// runCount prints, for every table with column name, the units of the
// column over the records kept and how many records name each — the
// counts the table screen's F shows, from the same function. A table
// without the column is left out; when every table lacks it, that is the
// error.
func runCount(env *Env, refs []tableRef, name, format string, width int, m *cjk.Width) error {
	var outs []countOut
	var firstErr error
	for i := range refs {
		c, err := query.FindColumn(name, refs[i].t.Columns)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		outs = append(outs, countOut{&refs[i], c, query.Frequencies(refs[i].q, refs[i].records, c)})
	}
	if len(outs) == 0 && firstErr != nil {
		return usageError{"--count: " + firstErr.Error()}
	}
	var err error
	switch format {
	case "json":
		err = writeCountsJSON(env.Stdout, outs)
	case "text":
		writeCountsText(env.Stdout, outs, width, m)
	default:
		err = writeCountsSV(env.Stdout, outs, format)
	}
	if err != nil {
		return err
	}
	for _, o := range outs {
		if len(o.ref.records) > 0 {
			return nil
		}
	}
	return errNotFound
}

// writeCountsText prints each table's counts under its caption, one
// "COUNT  UNIT" line per unit.
func writeCountsText(w io.Writer, outs []countOut, width int, m *cjk.Width) {
	for i, o := range outs {
		if i > 0 {
			fmt.Fprintln(w)
		}
		for _, s := range m.Wrap(o.ref.caption()+" › "+columnLabel(o.ref.t.Columns, o.column), width) {
			fmt.Fprintln(w, s)
		}
		digits := 1
		if len(o.freqs) > 0 {
			digits = len(strconv.Itoa(o.freqs[0].Count))
		}
		for _, f := range o.freqs {
			v := f.Value
			if v == "" {
				v = "（空）"
			}
			fmt.Fprintf(w, "%*d  %s\n", digits, f.Count, m.Truncate(v, max(width-digits-2, 4), "…"))
		}
	}
}

// columnLabel names column c, #N when it has no name.
func columnLabel(columns []string, c int) string {
	if columns[c] == "" {
		return fmt.Sprintf("#%d", c+1)
	}
	return columns[c]
}

// writeCountsSV prints the counts as tsv or csv: a header line naming the
// column, then one unit and its count a line; with several tables, each
// under a "# caption" line.
func writeCountsSV(w io.Writer, outs []countOut, format string) error {
	for i, o := range outs {
		rows := [][]string{{columnLabel(o.ref.t.Columns, o.column), "records"}}
		for _, f := range o.freqs {
			rows = append(rows, []string{f.Value, strconv.Itoa(f.Count)})
		}
		if i > 0 {
			fmt.Fprintln(w)
		}
		if len(outs) > 1 {
			fmt.Fprintf(w, "# %s\n", o.ref.caption())
		}
		if format == "csv" {
			if err := writeCSVRows(w, rows); err != nil {
				return err
			}
			continue
		}
		if err := grid.WriteTSV(w, rows); err != nil {
			return err
		}
	}
	return nil
}

type jsonCountOut struct {
	Document int             `json:"document"`
	Number   string          `json:"number"`
	Table    int             `json:"table"`
	Caption  string          `json:"caption"`
	Column   string          `json:"column"`
	Records  int             `json:"records"`
	Units    []jsonCountUnit `json:"units"`
}

type jsonCountUnit struct {
	Unit    string `json:"unit"`
	Count   int    `json:"count"`
	Records []int  `json:"records"`
}

// writeCountsJSON prints the counts as one JSON array, a table each.
func writeCountsJSON(w io.Writer, outs []countOut) error {
	out := make([]jsonCountOut, 0, len(outs))
	for _, o := range outs {
		j := jsonCountOut{Document: o.ref.doc, Number: o.ref.d.Number, Table: o.ref.table,
			Caption: o.ref.t.Caption, Column: o.ref.t.Columns[o.column], Records: len(o.ref.records),
			Units: make([]jsonCountUnit, 0, len(o.freqs))}
		for _, f := range o.freqs {
			j.Units = append(j.Units, jsonCountUnit{Unit: f.Value, Count: f.Count, Records: f.Records})
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
