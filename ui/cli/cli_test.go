package cli

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/loader"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// gazettes are the real issues, shared with the loader's tests.
const gazettes = "../../testdata/gazettes/"

var realFiles = []string{
	"jixi-2022-02",
	"jincheng-2020-02",
	"yangcheng-2022-03",
	"shuangyashan-2024-05",
	"hegang-2022-emergency-plan",
}

// run runs the command line in-process and returns stdout, stderr and the
// exit status.
func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(Env{
		Args:       args,
		Stdout:     &out,
		Stderr:     &errb,
		Getenv:     func(string) string { return "" },
		IsTerminal: func(io.Writer) bool { return false },
		Load:       loader.Load,
		Read:       loader.ReadFile,
		Parse:      loader.Parse,
		Sample:     os.DirFS(gazettes),
	})
	return out.String(), errb.String(), code
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file; diff it with:\n  go test ./ui/cli -run %s -update && git diff %s", path, t.Name(), path)
	}
}

func TestInspectGolden(t *testing.T) {
	for _, f := range realFiles {
		t.Run(f, func(t *testing.T) {
			out, errs, code := run(t, "inspect", "--json", gazettes+f+".txt")
			if code != ExitFound || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			golden(t, "inspect/"+f+".json", out)
			out, errs, code = run(t, "inspect", gazettes+f+".txt")
			if code != ExitFound || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			golden(t, "inspect/"+f+".txt", out)
		})
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	binary := write("binary.txt", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00"))
	nav := write("nav.html", []byte(`<!DOCTYPE html><html><body><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zfgb/">政府公报</a></li></ul></body></html>`))
	cases := []struct {
		name string
		args []string
		want string // in the one-line message
	}{
		{"empty", []string{"inspect", empty}, "empty"},
		{"binary", []string{"inspect", binary}, "binary"},
		{"web page without article", []string{"inspect", nav}, "nav.html: no article found in the web page"},
		{"directory", []string{"inspect", dir}, "directory"},
		{"missing", []string{"inspect", filepath.Join(dir, "nope.txt")}, "nope.txt"},
		{"no file", []string{"inspect"}, "FILE"},
		{"unknown flag", []string{"inspect", "--frobnicate", empty}, "frobnicate"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := run(t, c.args...)
			if code != ExitError {
				t.Errorf("exit %d, want %d", code, ExitError)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			if strings.Count(errs, "\n") != 1 || !strings.Contains(errs, c.want) {
				t.Errorf("stderr %q: want one line naming %q", errs, c.want)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"--help"}, {"inspect", "-h"}, {"help", "inspect"}} {
		out, errs, code := run(t, args...)
		if code != ExitFound || errs != "" || !strings.Contains(out, "usage:") {
			t.Errorf("%v: exit %d, stderr %q, stdout %q", args, code, errs, out)
		}
	}
}
