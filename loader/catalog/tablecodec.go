package catalog

import (
	"encoding/binary"
	"errors"

	"gazette/data"
)

// A table is stored whole in the catalogue, so that a search hit in one of
// its records is found by the same code, with the same key columns and
// source lines, as when the file is parsed. The encoding is a flat list of
// unsigned varints and length-prefixed strings, read back without
// reflection: a search may decode hundreds of tables.

// encodeTable appends t's encoding to b.
func encodeTable(b []byte, t *data.Table) []byte {
	num := func(n int) { b = binary.AppendUvarint(b, uint64(n)) }
	str := func(s string) { num(len(s)); b = append(b, s...) }
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
		for _, c := range r.Cells {
			num(flags(c.Inherited, false))
			str(c.Text)
		}
	}
	return b
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

// tableReader decodes what encodeTable wrote. Strings are cut from one
// copy of the data, s, so that decoding a table makes a few allocations,
// not one per cell.
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

// skip passes over a string.
func (r *tableReader) skip() {
	if n := r.num(); n > len(r.s)-r.at {
		r.fail()
	} else {
		r.at += n
	}
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

// decodeTable decodes a table, with its records' cells when cells is set;
// without, records have their line, group and flags but no cells.
func decodeTable(b []byte, cells bool) (*data.Table, error) {
	r := &tableReader{s: string(b)}
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
	t.Records = make([]data.Record, r.count())
	var pool []data.Cell // the cells of all records, allocated in chunks
	for i := range t.Records {
		rec := &t.Records[i]
		rec.Line, rec.Group = r.num(), r.num()-1
		f := r.num()
		rec.Continuation, rec.Duplicate = f&1 != 0, f&2 != 0
		n := r.count()
		if !cells {
			for range n {
				r.num()
				r.skip()
			}
			continue
		}
		if len(pool) < n {
			pool = make([]data.Cell, max(n, 256))
		}
		rec.Cells, pool = pool[:n:n], pool[n:]
		for j := range rec.Cells {
			rec.Cells[j].Inherited = r.num()&1 != 0
			rec.Cells[j].Text = r.str()
		}
	}
	if r.err == nil && r.at < len(r.s) {
		r.err = errTableData
	}
	return t, r.err
}
