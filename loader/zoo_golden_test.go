package loader

import (
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/data"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestTreeGolden checks the whole tree the loader builds for each real
// issue against loader/testdata/NAME.golden, so that any change of the
// loader's output fails the loader's own tests (ui/cli's inspect goldens
// check the command line's format on top of it). Rewrite with
// go test ./loader -run TestTreeGolden -update, and say in the commit what
// changed and why.
func TestTreeGolden(t *testing.T) {
	for _, name := range realFiles {
		t.Run(strings.TrimSuffix(name, ".txt"), func(t *testing.T) {
			got := goldenDump(parseReal(t, name))
			path := filepath.Join("testdata", strings.TrimSuffix(name, ".txt")+".golden")
			if *updateGolden {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./loader -run TestTreeGolden -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("tree differs from %s at %s; see it with:\n  go test ./loader -run %s -update && git diff %s",
					path, goldenFirstDiff(string(want), got), t.Name(), path)
			}
		})
	}
}

// goldenFirstDiff names the first line where two dumps differ.
func goldenFirstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, a, b)
		}
	}
	return "(no line differs)"
}

// goldenDump prints every field of the tree, one node per line, indented by
// depth. Long text is shortened to its head and tail, with its length and
// a hash of the whole, so that any change of any text shows in the dump
// while the dump stays readable.
func goldenDump(is *data.Issue) string {
	var b strings.Builder
	p := func(depth int, format string, args ...any) {
		b.WriteString(strings.Repeat("  ", depth))
		fmt.Fprintf(&b, format, args...)
		b.WriteByte('\n')
	}
	p(0, "issue %q year=%d no=%d total=%d date=%q freq=%q publisher=%q",
		is.Title, is.Year, is.Number, is.TotalNumber, is.Date, is.Frequency, is.Publisher)
	p(0, "contents %d", len(is.Contents))
	for _, e := range is.Contents {
		p(1, "@%d [%s] %q 文号=%q p=%d → %d", e.Line, e.Category, e.Title, e.Number, e.Page, e.Document)
	}
	p(0, "documents %d", len(is.Documents))
	for i, d := range is.Documents {
		p(1, "%d %s @%d %q 文号=%q", i, d.Kind, d.Line, d.Title, d.Number)
		p(2, "issuer=%q date=%q recipients=%q", d.Issuer, d.Date, d.Recipients)
		for _, a := range d.Attachments {
			p(2, "附件 %q", a)
		}
		goldenBlocks(p, 2, d.Blocks)
		goldenSections(p, 2, d.Sections)
	}
	p(0, "warnings %d", len(is.Warnings))
	for _, w := range is.Warnings {
		p(1, "%s", w)
	}
	return b.String()
}

type goldenPrintf func(depth int, format string, args ...any)

func goldenSections(p goldenPrintf, depth int, secs []*data.Section) {
	for _, s := range secs {
		p(depth, "§%d @%d %q %q", s.Level, s.Line, s.Numbering, s.Heading)
		goldenBlocks(p, depth+1, s.Blocks)
		goldenSections(p, depth+1, s.Sections)
	}
}

func goldenBlocks(p goldenPrintf, depth int, bs []data.Block) {
	for _, bl := range bs {
		switch bl.Kind {
		case data.Paragraph, data.Raw:
			p(depth, "%s @%d %s", bl.Kind, bl.Line, goldenShort(bl.Text))
		case data.List:
			p(depth, "list @%d %d items", bl.Line, len(bl.Items))
			for k, it := range bl.Items {
				p(depth+1, "@%d %s", bl.ItemLines[k], goldenShort(it))
			}
		case data.TableBlock:
			goldenTable(p, depth, bl.Table)
		}
	}
}

func goldenTable(p goldenPrintf, depth int, t *data.Table) {
	p(depth, "table @%d caption=%q %d×%d", t.Line, t.Caption, len(t.Columns), len(t.Records))
	p(depth+1, "columns %q", t.Columns)
	for i, g := range t.Groups {
		p(depth+1, "group %d %q", i, g)
	}
	for _, r := range t.Records {
		flags := ""
		if r.Continuation {
			flags += "C"
		}
		if r.Duplicate {
			flags += "D"
		}
		// Each cell by its head (^ marks an inherited cell), the record
		// by a hash of all its cells.
		h := fnv.New32a()
		cells := make([]string, len(r.Cells))
		for c, cell := range r.Cells {
			h.Write([]byte(cell.Text + "\x00"))
			head := []rune(cell.Text)
			if len(head) > 8 {
				head = append(head[:8], '…')
			}
			cells[c] = string(head)
			if cell.Inherited {
				cells[c] = "^" + cells[c]
			}
		}
		p(depth+1, "@%d g=%d %s#%08x %q", r.Line, r.Group, flags, h.Sum32(), cells)
	}
}

// goldenShort quotes s, shortened to its head and tail with its length and a
// hash of the whole when it is long.
func goldenShort(s string) string {
	r := []rune(s)
	if len(r) <= 24 {
		return fmt.Sprintf("%q", s)
	}
	h := fnv.New32a()
	h.Write([]byte(s))
	return fmt.Sprintf("%q…%q (%d #%08x)", string(r[:14]), string(r[len(r)-6:]), len(r), h.Sum32())
}
