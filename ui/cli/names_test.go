package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNamesCleaned: a file name is data, like the file's text. A name
// holding escape sequences reaches neither stdout nor stderr raw, in any
// human-readable output: search hits, inspect's header, the contents
// printed when piped, and every error line.
func TestNamesCleaned(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(gazettes + "jixi-2022-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	evil := filepath.Join(dir, "a\x1b]0;evil\x07b\x1b[2J\u009b31m.txt")
	if err := os.WriteFile(evil, src, 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "e\x1b]0;evil\x07.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "m\x1b]0;evil\x07.txt")
	cases := [][]string{
		{"search", "发改委", dir},
		{"search", "发改委", evil},
		{"inspect", evil},
		{evil},
		{"inspect", empty},
		{"inspect", missing},
		{"toc", missing},
		{"read", evil, "99"},
		{"table", missing},
	}
	for _, args := range cases {
		out, errs, _ := run(t, args...)
		for _, s := range []string{out, errs} {
			if strings.ContainsAny(s, "\x1b\x07\u009b") || strings.Contains(s, "evil") {
				t.Errorf("%q printed a name raw: %q", args, s)
			}
		}
		if out+errs == "" {
			t.Errorf("%q printed nothing", args)
		}
	}
}
