package catalog

import (
	"os"
	"path/filepath"
	"testing"
)

// TestStatAll checks that statAll stamps files as os.Stat does: absolute
// and relative paths, files in several directories, a symbolic link
// (followed), a missing file and a file in a missing directory.
func TestStatAll(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, name := range []string{"a.txt", "b.txt", "sub/c.txt", "d.txt"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	link := filepath.Join(dir, "sub", "link.txt")
	if err := os.Symlink(paths[0], link); err != nil {
		t.Fatal(err)
	}
	paths = append(paths, link, filepath.Join(dir, "missing.txt"), filepath.Join(dir, "gone", "e.txt"),
		gazettes+"jixi-2022-02.txt", "catalog.go")
	got := statAll(paths)
	for i, p := range paths {
		var want stamp
		if st, err := os.Stat(p); err == nil {
			want = stamp{size: st.Size(), mtime: st.ModTime().UnixNano(), ok: true}
		}
		if got[i] != want {
			t.Errorf("%s: stamped %+v, os.Stat says %+v", p, got[i], want)
		}
	}
}
