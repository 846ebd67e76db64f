package grid

import (
	"bufio"
	"io"
	"strings"

	"gazette/data"
)

// GroupColumn names the column that exported rows add, first, for the
// group label of each record when a table has groups.
const GroupColumn = "分组"

// Rows returns the header and the records recs of t as rows of fields:
// the group label first when the table has groups, then every cell,
// inherited ones included. It is what every export of a table writes.
func Rows(t *data.Table, recs []int) [][]string {
	groups := len(t.Groups) > 0
	head := make([]string, 0, len(t.Columns)+1)
	if groups {
		head = append(head, GroupColumn)
	}
	head = append(head, t.Columns...)
	out := [][]string{head}
	for _, ri := range recs {
		row := make([]string, 0, len(head))
		if groups {
			row = append(row, t.GroupOf(ri))
		}
		for c := range t.Columns {
			row = append(row, t.Text(ri, c))
		}
		out = append(out, row)
	}
	return out
}

// WriteTSV writes rows as tab-separated values, one line each. A field
// holding a tab, a line break or a double quote is quoted, its quotes
// doubled, as spreadsheets read it; every other field is written exactly.
// The TUI's copy and gazette table --format tsv both write through it.
func WriteTSV(w io.Writer, rows [][]string) error {
	bw := bufio.NewWriter(w)
	for _, row := range rows {
		for i, f := range row {
			if i > 0 {
				bw.WriteByte('\t')
			}
			if strings.ContainsAny(f, "\t\r\n\"") {
				f = `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
			}
			bw.WriteString(f)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
