package data

// Table is a table with named columns and one record per logical row. A
// table printed over several pages is one Table: repeated header rows are
// not records.
type Table struct {
	// Line is the 1-based source line of the table's first row.
	Line int
	// Caption is the table's title as printed near it, "" when none.
	Caption string
	// Columns holds one name per column. A two-row header gives one name per
	// column joined with "/", e.g. 现有规模/堆料场. A column with no printed
	// name has "".
	Columns []string
	// Groups are the labels of group rows (一、加快构建现代产业体系 …) in
	// order; records refer to them by index.
	Groups []string
	// Records are the table's rows. Every record has exactly len(Columns)
	// cells.
	Records []Record
}

// Record is one row of a table.
type Record struct {
	// Line is the 1-based source line of the row.
	Line int
	// Group is the index into Table.Groups of the group row above this
	// record, or -1 when the table has no group above it.
	Group int
	// Cells holds one cell per column.
	Cells []Cell
	// Continuation is true when the row continues a merged cell of the row
	// above: its leading cells were empty in the source and are inherited.
	Continuation bool
	// Duplicate is true when the row repeats an earlier row verbatim; it is
	// kept, and the loader also reports it as a warning.
	Duplicate bool
}

// Cell is one cell of a record.
type Cell struct {
	// Text is the cell's text; "\n" separates the cell's own lines (from
	// <p> or <br> in the source). Placeholders such as — are kept.
	Text string
	// Inherited is true when the source cell was empty and Text is copied
	// from the record above because the cell was merged over both rows.
	Inherited bool
}

// Text returns the text of column col of record r, "" when out of range.
func (t *Table) Text(r, col int) string {
	if r < 0 || r >= len(t.Records) || col < 0 || col >= len(t.Records[r].Cells) {
		return ""
	}
	return t.Records[r].Cells[col].Text
}

// GroupOf returns the group label of record r, "" when it has none.
func (t *Table) GroupOf(r int) string {
	if r < 0 || r >= len(t.Records) {
		return ""
	}
	g := t.Records[r].Group
	if g < 0 || g >= len(t.Groups) {
		return ""
	}
	return t.Groups[g]
}
