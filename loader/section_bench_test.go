package loader

import (
	"strings"
	"testing"
)

// BenchmarkBuilder times the section builder alone on the documents of
// each real issue, whose lines are decoded and tables extracted once: the
// builder's share of BenchmarkLoad, measured without the stages before
// it.
func BenchmarkBuilder(b *testing.B) {
	warn := func(int, string) {}
	for _, name := range realFiles {
		ls, err := textLines(readReal(b, name), warn)
		if err != nil {
			b.Fatal(err)
		}
		width := wrapWidth(ls)
		starts := findDocuments(ls, nil)
		var bodies [][]bodyItem
		for k, ds := range starts {
			stop := len(ls)
			if k+1 < len(starts) {
				stop = starts[k+1].start
			}
			bodies = append(bodies, extractTables(ls[ds.body:stop], warn))
		}
		b.Run(strings.TrimSuffix(name, ".txt"), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, items := range bodies {
					bl := newBuilder(1, width, warn)
					bl.feed(items)
					bl.finish()
				}
			}
		})
	}
}
