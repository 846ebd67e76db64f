package cli

import (
	"os"
	"testing"
	"unsafe"

	"gazette/data/query"
	"gazette/loader"
)

// TestDetachKeepsNoText checks that no string of a detached hit points
// into the file it was found in: a search with many hits must not keep
// every matching file's text alive.
func TestDetachKeepsNoText(t *testing.T) {
	for _, f := range realFiles {
		b, err := os.ReadFile(gazettes + f + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		is, err := loader.Parse(f, b)
		if err != nil {
			t.Fatal(err)
		}
		m, err := query.Compile("市")
		if err != nil {
			t.Fatal(err)
		}
		start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
		inFile := func(s string) bool {
			p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
			return s != "" && p >= start && p < start+uintptr(len(b))
		}
		hits := query.SearchIssue(is, 0, m)
		if len(hits) == 0 {
			t.Fatalf("%s: no hits", f)
		}
		for _, h := range detach(hits) {
			strs := append([]string{h.Title, h.Number, h.Context, h.Date}, h.Path...)
			for _, s := range strs {
				if inFile(s) {
					t.Fatalf("%s: hit at line %d keeps the file's text alive through %q", f, h.Line, s)
				}
			}
		}
	}
}
