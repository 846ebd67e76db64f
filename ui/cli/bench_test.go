package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"gazette/loader"
)

// libraryCopies is how many copies of the five real issues make up the
// benchmark library: about 110 MB.
const libraryCopies = 100

// BenchmarkSearchLibrary searches a library of 100 copies of the real
// issues by scanning from a cold start: every iteration reads and parses
// the files again (only the operating system's cache is warm), as one run
// of "gazette search --no-index QUERY DIR" does. 秸秆 and 市发改委 are each
// in three of the five issues, the phrase in one: the loader's sieve
// skips most of the others unparsed (one may join the phrase's pairs, so
// it is parsed) and builds only the documents that may hold the query. 应急 is
// everywhere. The first three are issue 12's benchmark queries.
func BenchmarkSearchLibrary(b *testing.B) {
	dir := b.TempDir()
	var size int64
	for _, f := range realFiles {
		src, err := os.ReadFile(gazettes + f + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		for i := range libraryCopies {
			sub := filepath.Join(dir, fmt.Sprintf("copy%03d", i))
			if err := os.MkdirAll(sub, 0o755); err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(sub, f+".txt"), src, 0o644); err != nil {
				b.Fatal(err)
			}
			size += int64(len(src))
		}
	}
	for _, q := range []string{"秸秆", "市发改委", `"加快构建现代产业体系"`, "应急"} {
		b.Run(q, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				code := Run(Env{
					Args:       []string{"search", "--no-index", q, dir},
					Stdout:     io.Discard,
					Stderr:     io.Discard,
					Getenv:     func(string) string { return "" },
					IsTerminal: func(io.Writer) bool { return false },
					Load:       loader.Load,
					Read:       loader.ReadFile,
					Parse:      loader.Parse,
				})
				if code != ExitFound {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}

// BenchmarkInspectJSON runs "gazette inspect --json" on 40 copies of
// jincheng in one file (21 MB): reading, decoding, parsing and writing,
// the whole of issue 9's speed measurement but the process start.
func BenchmarkInspectJSON(b *testing.B) {
	one, err := os.ReadFile(gazettes + "jincheng-2020-02.txt")
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "jin40.txt")
	src := bytes.Repeat(one, 40)
	if err := os.WriteFile(path, src, 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		code := Run(Env{
			Args:       []string{"inspect", "--json", path},
			Stdout:     io.Discard,
			Stderr:     io.Discard,
			Getenv:     func(string) string { return "" },
			IsTerminal: func(io.Writer) bool { return false },
			Load:       loader.Load,
			Read:       loader.ReadFile,
			Parse:      loader.Parse,
		})
		if code != ExitFound {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkWriteJSON writes the tree of 40 copies of jincheng as
// inspect --json does (about 9 MB of JSON), the parse done once before.
func BenchmarkWriteJSON(b *testing.B) {
	one, err := os.ReadFile(gazettes + "jincheng-2020-02.txt")
	if err != nil {
		b.Fatal(err)
	}
	is, err := loader.Parse("jin40.txt", bytes.Repeat(one, 40))
	if err != nil {
		b.Fatal(err)
	}
	var out countingWriter
	if err := writeJSON(&out, is); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(out))
	b.ReportAllocs()
	for b.Loop() {
		if err := writeJSON(io.Discard, is); err != nil {
			b.Fatal(err)
		}
	}
}

// countingWriter counts the bytes written to it.
type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}
