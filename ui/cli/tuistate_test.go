package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/loader"
	"gazette/ui"
	"gazette/ui/cjk"
	"gazette/ui/state"
)

// openTUI runs "gazette args…" on a pretend terminal with XDG_STATE_HOME
// set to xdg, and returns the options the interface was started with.
func openTUI(t *testing.T, xdg string, args ...string) ui.Options {
	t.Helper()
	var got ui.Options
	defer func(f func(ui.Options) error) { runTUI = f }(runTUI)
	runTUI = func(o ui.Options) error { got = o; return nil }
	var out, errb bytes.Buffer
	code := Run(Env{
		Args:   args,
		Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string {
			if k == "XDG_STATE_HOME" {
				return xdg
			}
			return ""
		},
		IsTerminal: func(io.Writer) bool { return true },
		Load:       loader.Load, Read: loader.ReadFile, Parse: loader.Parse,
		Sample: os.DirFS(gazettes),
	})
	if code != ExitFound {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	return got
}

// TestTUIState hands the interface a store under XDG_STATE_HOME and a key
// per issue: samples by name and size, files by absolute path and size;
// --no-state hands it a store that remembers nothing; a corrupt state file
// becomes a notice.
func TestTUIState(t *testing.T) {
	xdg := t.TempDir()
	o := openTUI(t, xdg)
	st, err := os.Stat(gazettes + "jixi-2022-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Sources) != len(realFiles) || o.Sources[2].Key != state.SampleKey("jixi-2022-02.txt", st.Size()) {
		t.Fatalf("sample sources %+v", o.Sources)
	}
	if o.State == nil || len(o.Notices) > 0 {
		t.Fatalf("state %v, notices %q", o.State, o.Notices)
	}
	o.State.Set("k", state.Position{Line: 3})
	if err := o.State.Save(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(xdg, "gazette", "state.json")); err != nil {
		t.Errorf("the store is not in XDG_STATE_HOME: %v", err)
	}

	file := gazettes + "jixi-2022-02.txt"
	o = openTUI(t, xdg, file)
	if want := state.Key(file, st.Size()); o.Sources[0].Key != want || !strings.HasPrefix(want, "file:/") {
		t.Errorf("file key %q, want %q", o.Sources[0].Key, want)
	}
	if _, ok := o.State.Get("k"); !ok {
		t.Error("the store does not hold what was saved")
	}

	o = openTUI(t, xdg, "--no-state", file)
	if _, ok := o.State.Get("k"); ok || len(o.Notices) > 0 {
		t.Errorf("--no-state: the store remembers, notices %q", o.Notices)
	}

	if err := os.WriteFile(filepath.Join(xdg, "gazette", "state.json"), []byte("["), 0o600); err != nil {
		t.Fatal(err)
	}
	o = openTUI(t, xdg, file)
	if len(o.Notices) != 1 || !strings.Contains(o.Notices[0], "damaged") {
		t.Errorf("notices %q, want the damaged state file", o.Notices)
	}
	o = openTUI(t, xdg, "--lang", "zh", file)
	if len(o.Notices) != 1 || !strings.Contains(o.Notices[0], "阅读位置已损坏") {
		t.Errorf("notices %q, want the damaged state file said in Chinese", o.Notices)
	}
}

// TestTUIAmbiguous: --ambiguous sets the interface's width function, over
// the environment's default.
func TestTUIAmbiguous(t *testing.T) {
	cases := []struct {
		args []string
		want cjk.Ambiguous
	}{
		{nil, cjk.Narrow},
		{[]string{"--ambiguous=wide"}, cjk.Wide},
		{[]string{"--ambiguous", "narrow"}, cjk.Narrow},
	}
	for _, c := range cases {
		o := openTUI(t, t.TempDir(), append(c.args, "--no-state")...)
		if o.Ambiguous != c.want {
			t.Errorf("%v: ambiguous %v, want %v", c.args, o.Ambiguous, c.want)
		}
	}
}

// TestTUINothingLoads: when no named file loads, the interface does not
// start: one line per file on stderr, exit 2. When one loads, it starts
// with the issues already loaded.
func TestTUINothingLoads(t *testing.T) {
	started := false
	defer func(f func(ui.Options) error) { runTUI = f }(runTUI)
	runTUI = func(ui.Options) error { started = true; return nil }
	var out, errb bytes.Buffer
	env := Env{Args: []string{"--no-state", "/missing.txt", "/missing-too.txt"}, Stdout: &out, Stderr: &errb,
		Getenv: func(string) string { return "" }, IsTerminal: func(io.Writer) bool { return true },
		Load: loader.Load, Read: loader.ReadFile, Parse: loader.Parse, Sample: os.DirFS(gazettes)}
	if code := Run(env); code != ExitError || started || strings.Count(errb.String(), "\n") != 2 || !strings.Contains(errb.String(), "/missing.txt") {
		t.Errorf("exit %d, started %v, stderr %q", code, started, errb.String())
	}
	o := openTUI(t, t.TempDir(), "--no-state", "/missing.txt", gazettes+"jixi-2022-02.txt")
	if _, err := o.Sources[0].Load(); err == nil {
		t.Error("the missing file loads")
	}
	if is, err := o.Sources[1].Load(); err != nil || is == nil {
		t.Errorf("jixi: %v", err)
	}
}

// TestTUIStateUnwritable: a state directory that cannot be written is one
// notice at start, and the session runs without remembering (exit 0).
func TestTUIStateUnwritable(t *testing.T) {
	xdg := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(xdg, nil, 0o600); err != nil { // a file where the directory should be
		t.Fatal(err)
	}
	o := openTUI(t, xdg, gazettes+"jixi-2022-02.txt")
	if len(o.Notices) != 1 || !strings.Contains(o.Notices[0], "not remembered") {
		t.Errorf("notices %q", o.Notices)
	}
	o.State.Set("k", state.Position{Line: 3})
	if err := o.State.Save(); err != nil {
		t.Errorf("the disabled store fails to save: %v", err)
	}
}
