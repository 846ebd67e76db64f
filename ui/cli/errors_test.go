package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/loader"
	say "gazette/ui/msg"
)

// The interface says why a file did not load in its own language, naming
// the file; the cause stays for errors.Is, and English stays as the loader
// wrote it.
func TestLocalizedLoadErrors(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "scan.txt")
	if err := os.WriteFile(bin, []byte("\x00\x01\x02binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		path  string
		cause error
		zh    string
	}{
		{bin, loader.ErrBinary, "不是文本文件"},
		{empty, loader.ErrEmpty, "空文件"},
		{dir, loader.ErrDirectory, "是目录"},
		{filepath.Join(dir, "missing.txt"), os.ErrNotExist, "文件不存在"},
	}
	for _, c := range cases {
		for _, lang := range []say.Lang{say.En, say.Zh} {
			env := &Env{Load: loader.Load, lang: lang}
			srcs := tuiSources(env, []source{fileSource(env, c.path)}, false)
			_, err := srcs[0].Load()
			_, plain := loader.Load(c.path)
			switch {
			case !errors.Is(err, c.cause):
				t.Errorf("%s (%v): %v does not wrap %v", c.path, lang, err, c.cause)
			case lang == say.En && err.Error() != plain.Error():
				t.Errorf("%s in English: %q, want the loader's %q", c.path, err, plain)
			case lang == say.Zh && (!strings.Contains(err.Error(), c.zh) || !strings.HasPrefix(err.Error(), c.path)):
				t.Errorf("%s in Chinese: %q, want the name and %q", c.path, err, c.zh)
			}
		}
	}
}
