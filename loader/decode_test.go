package loader

import (
	"bytes"
	"testing"
)

// BenchmarkDecode decodes 40 copies of jincheng in one text (21 MB), the
// decode stage of issue 9's measurement: MB/s is its speed.
func BenchmarkDecode(b *testing.B) {
	src := bytes.Repeat(readReal(b, "jincheng-2020-02.txt"), 40)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decode(src, func(int, string) {}); err != nil {
			b.Fatal(err)
		}
	}
}
