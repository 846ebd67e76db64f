package cli

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// A directory lists markdown as text: the layout-model converters
// (MinerU, marker, docling) write .md files.
func TestDirectoryListsMarkdown(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.md", "b.MARKDOWN", "c.txt", "d.docx", "e.htm"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srcs, err := expandPaths(nil, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range srcs {
		got = append(got, filepath.Base(s.name))
	}
	if want := []string{"a.md", "b.MARKDOWN", "c.txt", "e.htm"}; !slices.Equal(got, want) {
		t.Errorf("listed %q, want %q", got, want)
	}
}
