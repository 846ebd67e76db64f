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

// An error the catalogue kept as text is said in the interface's language
// too, when it ends with one of the loader's reasons.
func TestLocalizedCatalogueErrors(t *testing.T) {
	text := "lib/scan.txt: " + loader.ErrBinary.Error()
	if got := localizeText(say.New(say.Zh), "lib/scan.txt", text); got != "lib/scan.txt：不是文本文件（二进制数据或无法识别的编码）" {
		t.Errorf("Chinese: %q", got)
	}
	if got := localizeText(say.New(say.En), "lib/scan.txt", text); got != text {
		t.Errorf("English: %q, want the loader's %q", got, text)
	}
	if got := localizeText(say.New(say.Zh), "a.pdf", "a.pdf: not a readable PDF: xref"); got != "a.pdf: not a readable PDF: xref" {
		t.Errorf("a reason the catalogue does not know: %q", got)
	}
}
