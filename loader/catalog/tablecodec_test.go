package catalog

import (
	"path/filepath"
	"reflect"
	"testing"

	"gazette/data"
	"gazette/loader"
)

// TestTableCodec checks that every table of the samples comes back from
// its head and cells as it was, from its head alone with every record's
// line, group and flags but no cells, and that cut data is an error.
func TestTableCodec(t *testing.T) {
	files, _ := filepath.Glob(gazettes + "*.txt")
	n := 0
	for _, f := range files {
		is, err := loader.Load(f)
		if err != nil {
			t.Fatal(err)
		}
		// Every table of the file decoded with its cells into one buffer
		// of records (a small one, so that it is replaced), then checked
		// when all are decoded: no table's records are another's.
		buf := make([]data.Record, 0, 1)
		var decoded, orig []*data.Table
		for _, d := range is.Documents {
			if d == nil {
				continue
			}
			for _, tb := range d.Tables() {
				n++
				h, c := encodeTable(tb)
				got, err := decodeInto(string(h), string(c), true, &buf)
				if err != nil {
					t.Fatalf("%s: table at line %d: %v", f, tb.Line, err)
				}
				decoded, orig = append(decoded, got), append(orig, tb)
				head, cells := string(h), string(c)
				got, err = decodeTable(head, cells, true)
				if err != nil || !sameTable(got, tb) {
					t.Fatalf("%s: table at line %d: decoded %+v, %v", f, tb.Line, got, err)
				}
				bare, err := decodeTable(head, "", false)
				want := *tb
				want.Records = make([]data.Record, len(tb.Records))
				for i, r := range tb.Records {
					r.Cells = nil
					want.Records[i] = r
				}
				if err != nil || !sameTable(bare, &want) {
					t.Fatalf("%s: table at line %d: head decoded %+v, %v", f, tb.Line, bare, err)
				}
				if _, err := decodeTable(head[:len(head)-1], cells, true); err == nil {
					t.Errorf("%s: table at line %d: a cut head decodes", f, tb.Line)
				}
				if len(cells) > 0 {
					if _, err := decodeTable(head, cells[:len(cells)-1], true); err == nil {
						t.Errorf("%s: table at line %d: cut cells decode", f, tb.Line)
					}
				}
			}
		}
		for i, got := range decoded {
			if !sameTable(got, orig[i]) {
				t.Errorf("%s: table at line %d: decoded into a shared buffer %+v", f, orig[i].Line, got)
			}
		}
	}
	if n == 0 {
		t.Fatal("no table in the samples")
	}
}

// sameTable compares two tables, an empty list equal to none.
func sameTable(a, b *data.Table) bool {
	norm := func(t *data.Table) data.Table {
		c := *t
		if len(c.Groups) == 0 {
			c.Groups = nil
		}
		if len(c.Records) == 0 {
			c.Records = nil
		}
		return c
	}
	return reflect.DeepEqual(norm(a), norm(b))
}
