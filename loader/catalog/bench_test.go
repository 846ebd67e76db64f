package catalog

import (
	"context"
	"path/filepath"
	"testing"

	"gazette/data/query"
)

// BenchmarkSync indexes the five samples into a new catalogue.
func BenchmarkSync(b *testing.B) {
	files, _ := filepath.Glob(gazettes + "*.txt")
	for b.Loop() {
		b.StopTimer()
		c := openTemp(b)
		b.StartTimer()
		if _, err := c.Sync(context.Background(), files, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearch searches the generated library through the index: all
// hits, and the first 100 as gazette search --limit 100 prints them.
func BenchmarkSearch(b *testing.B) {
	files := library(b)
	c := openTemp(b)
	if _, err := c.Sync(context.Background(), files, nil, nil); err != nil {
		b.Fatal(err)
	}
	for _, q := range []string{"秸秆", "市发改委", `"加快构建现代产业体系"`} {
		m, _ := query.Compile(q)
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := c.Search(context.Background(), files, m); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(q+"/top100", func(b *testing.B) {
			for b.Loop() {
				if _, _, err := c.SearchTop(context.Background(), files, m, 100); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSearchFresh does with the catalogue what one run of gazette
// search --limit 100 DIR does: open it, find that no file changed, find
// the first 100 hits and close it. A fresh connection starts with nothing
// of the file in memory, as a new process does.
func BenchmarkSearchFresh(b *testing.B) {
	files := library(b)
	path := filepath.Join(b.TempDir(), FileName)
	c, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := c.Sync(context.Background(), files, nil, nil); err != nil {
		b.Fatal(err)
	}
	c.Close()
	for _, q := range []string{"秸秆", "市发改委", `"加快构建现代产业体系"`} {
		m, _ := query.Compile(q)
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				c, err := Open(path)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := c.Sync(context.Background(), files, nil, nil); err != nil {
					b.Fatal(err)
				}
				if _, _, err := c.SearchTop(context.Background(), files, m, 100); err != nil {
					b.Fatal(err)
				}
				if err := c.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
