package loader

import (
	"strings"
	"testing"
)

// BenchmarkLoad parses each real issue; MB/s is the parsing speed.
func BenchmarkLoad(b *testing.B) {
	for _, name := range realFiles {
		src := readReal(b, name)
		b.Run(strings.TrimSuffix(name, ".txt"), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(name, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
