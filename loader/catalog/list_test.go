package catalog

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestHeads checks that the heads a library lists agree with the full
// entries of the same files: masthead, numbers of documents and
// warnings, the first document's title, the loader's error; and that a
// file not catalogued is not Listed.
func TestHeads(t *testing.T) {
	c := openTemp(t)
	bad := filepath.Join(t.TempDir(), "binary.txt")
	if err := os.WriteFile(bad, []byte("\x00\x01\x02binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	files := []string{gazettes + "jixi-2022-02.txt", gazettes + "hegang-2022-emergency-plan.txt", bad,
		gazettes + "jincheng-2020-02.txt"}
	ctx := context.Background()
	if _, err := c.Sync(ctx, files[:3], nil, nil); err != nil {
		t.Fatal(err)
	}
	heads, err := c.Heads(ctx, files)
	if err != nil {
		t.Fatal(err)
	}
	es, err := c.List(ctx, files)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range es[:3] {
		want := Head{Path: e.Path, Listed: true, Err: e.Err, Title: e.Title, Year: e.Year, Number: e.Number,
			TotalNumber: e.TotalNumber, Date: e.Date, Publisher: e.Publisher,
			Documents: len(e.Documents), Warnings: len(e.Warnings)}
		if len(e.Documents) > 0 {
			want.Lead = e.Documents[0].Title
		}
		if heads[i] != want {
			t.Errorf("%s: head %+v, entry gives %+v", files[i], heads[i], want)
		}
	}
	if heads[0].Documents == 0 || heads[0].Warnings == 0 || heads[1].Lead == "" || heads[2].Err == "" {
		t.Errorf("heads without documents, warnings or error: %+v", heads[:3])
	}
	if h := heads[3]; h.Listed || h.Title != "" || !filepath.IsAbs(h.Path) {
		t.Errorf("a file not catalogued: %+v", h)
	}
}
