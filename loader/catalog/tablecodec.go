package catalog

import (
	"encoding/binary"
	"errors"

	"gazette/data"
)

// A table is stored whole in the catalogue, so that a search hit in one of
// its records is found by the same code, with the same key columns and
// source lines, as when the file is parsed. It is stored in two parts:
// the head (line, caption, columns, group labels, and each record's line,
// group, flags and number of cells), which caption and group hits need,
// and the cells, read only for record hits. Each is a flat list of
// unsigned varints and length-prefixed strings, read back without
// reflection: a search may decode hundreds of tables.

// encodeTable returns t's head and cells.
func encodeTable(t *data.Table) (head, cells []byte) {
	head, cells = []byte{}, []byte{} // never NULL in the catalogue
	b := &head
	num := func(n int) { *b = binary.AppendUvarint(*b, uint64(n)) }
	str := func(s string) { num(len(s)); *b = append(*b, s...) }
	num(t.Line)
	str(t.Caption)
	num(len(t.Columns))
	for _, c := range t.Columns {
		str(c)
	}
	num(len(t.Groups))
	for _, g := range t.Groups {
		str(g)
	}
	num(len(t.Records))
	for _, r := range t.Records {
		num(r.Line)
		num(r.Group + 1)
		num(flags(r.Continuation, r.Duplicate))
		num(len(r.Cells))
	}
	b = &cells
	for _, r := range t.Records {
		for _, c := range r.Cells {
			num(flags(c.Inherited, false))
			str(c.Text)
		}
	}
	return head, cells
}

func flags(a, b bool) int {
	n := 0
	if a {
		n |= 1
	}
	if b {
		n |= 2
	}
	return n
}

var errTableData = errors.New("damaged table data")

// tableReader decodes what encodeTable wrote. Strings are cut from the
// data, s, so that decoding a table makes a few allocations, not one per
// cell.
type tableReader struct {
	s   string
	at  int
	err error
}

func (r *tableReader) num() int {
	var v uint64
	for shift := uint(0); ; shift += 7 {
		if r.at >= len(r.s) || shift > 28 {
			r.fail()
			return 0
		}
		c := r.s[r.at]
		r.at++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
	}
	if v > 1<<31 {
		r.fail()
		return 0
	}
	return int(v)
}

func (r *tableReader) fail() {
	r.err, r.at = errTableData, len(r.s)
}

func (r *tableReader) str() string {
	n := r.num()
	if n > len(r.s)-r.at {
		r.fail()
		return ""
	}
	s := r.s[r.at : r.at+n]
	r.at += n
	return s
}

// count reads a length and bounds it by what is left, so that damaged data
// cannot make a huge allocation.
func (r *tableReader) count() int {
	n := r.num()
	if n > len(r.s)-r.at {
		r.fail()
		return 0
	}
	return n
}

// decodeTable decodes a table from its head and, withCells, its cells;
// without, records have their line, group and flags but no cells. Its
// strings are cut from head and cells.
func decodeTable(head, cells string, withCells bool) (*data.Table, error) {
	return decodeInto(head, cells, withCells, nil)
}

// decodeInto decodes a table as decodeTable does, its records cut from
// the room past the length of *recs (see take) when recs is not nil: a
// caller decoding many tables, whose trees are dropped one after the
// other, reuses a few buffers for their records.
func decodeInto(head, cells string, withCells bool, recs *[]data.Record) (*data.Table, error) {
	r := &tableReader{s: head}
	t := &data.Table{Line: r.num(), Caption: r.str()}
	t.Columns = make([]string, r.count())
	for i := range t.Columns {
		t.Columns[i] = r.str()
	}
	if n := r.count(); n > 0 {
		t.Groups = make([]string, n)
		for i := range t.Groups {
			t.Groups[i] = r.str()
		}
	}
	t.Records = take(recs, r.count())
	var ncells []int // per record, when the cells are decoded
	if withCells {
		ncells = make([]int, len(t.Records))
	}
	total := 0
	for i := range t.Records {
		rec := &t.Records[i]
		rec.Line, rec.Group = r.num(), r.num()-1
		f := r.num()
		rec.Continuation, rec.Duplicate = f&1 != 0, f&2 != 0
		if n := r.num(); withCells {
			ncells[i] = n
			total += n
		}
	}
	if r.err == nil && r.at < len(r.s) {
		r.err = errTableData
	}
	if r.err != nil || !withCells {
		return t, r.err
	}
	c := &tableReader{s: cells}
	if total > len(c.s) { // every cell takes two bytes at least
		return t, errTableData
	}
	pool := make([]data.Cell, total)
	for i := range t.Records {
		rec := &t.Records[i]
		rec.Cells, pool = pool[:ncells[i]:ncells[i]], pool[ncells[i]:]
		for j := range rec.Cells {
			rec.Cells[j].Inherited = c.num()&1 != 0
			rec.Cells[j].Text = c.str()
		}
	}
	if c.err == nil && c.at < len(c.s) {
		c.err = errTableData
	}
	return t, c.err
}

// take returns n cleared records from the room past the length of *buf,
// which it extends over them; when the room is too small, *buf becomes a
// new buffer, twice as large, for these and the next. With buf nil it
// makes them.
func take(buf *[]data.Record, n int) []data.Record {
	if buf == nil {
		return make([]data.Record, n)
	}
	if cap(*buf)-len(*buf) < n {
		*buf = make([]data.Record, 0, max(2*cap(*buf), n))
	}
	l := len(*buf)
	*buf = (*buf)[:l+n]
	out := (*buf)[l : l+n : l+n]
	clear(out)
	return out
}
