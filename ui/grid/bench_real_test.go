package grid

import (
	"fmt"
	"strings"
	"testing"

	"gazette/loader"
	"gazette/ui/cjk"
)

// BenchmarkLayJincheng lays out the largest real table, jincheng's 359×8
// task table, at 100 columns: wrapped, and wrapped with records folded to
// the five lines the table screen folds them to at 40 rows.
func BenchmarkLayJincheng(b *testing.B) {
	is, err := loader.Load("../../testdata/gazettes/jincheng-2020-02.txt")
	if err != nil {
		b.Fatal(err)
	}
	tb := is.Documents[0].Tables()[0]
	w := cjk.New(cjk.Narrow)
	for _, fold := range []int{0, 5} {
		b.Run(fmt.Sprintf("fold=%d", fold), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Lay(tb, nil, Options{Width: 100, Measure: w, Fold: fold})
			}
		})
	}
}

// TestCompact: a compact layout has one line per record and per group
// label, no rule between rows, every line exactly the width, and a cell
// too wide for its column cut with ….
func TestCompact(t *testing.T) {
	tb := bigTable(t)
	for _, amb := range modes {
		w := cjk.New(amb)
		for _, width := range []int{40, 80, 120} {
			l := Lay(tb, nil, Options{Width: width, Measure: w, Compact: true})
			checkWidths(t, w, l)
			cut := false
			for i, r := range l.Rows {
				want := 1
				if i == len(l.Rows)-1 {
					want = 2 // the bottom edge
				}
				if len(r.Lines) != want {
					t.Fatalf("%v/%d: row %d has %d lines, want %d", amb, width, i, len(r.Lines), want)
				}
				cut = cut || strings.Contains(r.Lines[0].String(), "…")
			}
			if !cut {
				t.Errorf("%v/%d: no cell cut with …", amb, width)
			}
		}
	}
}
