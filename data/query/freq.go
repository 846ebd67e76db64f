package query

import (
	"cmp"
	"slices"
)

// Freq is one unit of a column and the records naming it.
type Freq struct {
	// Value is the unit as first found (Unit.String: 主办：市发改委, 徐铭);
	// "" counts cells naming no unit. COL=Value keeps exactly Records.
	Value string
	// Count is the number of records naming the unit.
	Count int
	// Records are the indices of those records, in the order given.
	Records []int
}

// Frequencies counts the units (see Table.Units) of column col over the
// records idx of q, most frequent first, ties in order of first
// appearance. A record counts once for each unit it names; units equal
// after Normalize, labels included, are counted together.
func Frequencies(q *Table, idx []int, col int) []Freq {
	var out []Freq
	pos := make(map[[2]string]int, len(idx))
	add := func(key [2]string, u Unit, rec int) {
		i, ok := pos[key]
		if !ok {
			i = len(out)
			pos[key] = i
			out = append(out, Freq{Value: u.String()})
		}
		f := &out[i]
		if n := len(f.Records); n > 0 && f.Records[n-1] == rec {
			return
		}
		f.Count++
		f.Records = append(f.Records, rec)
	}
	for _, r := range idx {
		units := q.unitsOf(col, r)
		if len(units) == 0 {
			add([2]string{"\x00", ""}, Unit{}, r)
		}
		for _, u := range units {
			add([2]string{u.label, u.text}, u, r)
		}
	}
	slices.SortStableFunc(out, func(a, b Freq) int { return cmp.Compare(b.Count, a.Count) })
	return out
}
