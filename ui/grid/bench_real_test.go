package grid

import (
	"testing"

	"gazette/loader"
	"gazette/ui/cjk"
)

// BenchmarkLayJincheng lays out the largest real table, jincheng's 359×8
// task table, at 100 columns.
func BenchmarkLayJincheng(b *testing.B) {
	is, err := loader.Load("../../testdata/gazettes/jincheng-2020-02.txt")
	if err != nil {
		b.Fatal(err)
	}
	tb := is.Documents[0].Tables()[0]
	w := cjk.New(cjk.Narrow)
	b.ReportAllocs()
	for b.Loop() {
		Lay(tb, nil, Options{Width: 100, Measure: w})
	}
}
