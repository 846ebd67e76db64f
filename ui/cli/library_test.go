package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"gazette/data/query"
	"gazette/loader"
	"gazette/ui"
)

// libraryDir writes copies copies of the sample issues under different
// names into a new directory, some in a subdirectory.
func libraryDir(t testing.TB, copies int) string {
	t.Helper()
	dir := t.TempDir()
	names, _ := filepath.Glob(gazettes + "*.txt")
	for c := range copies {
		sub := filepath.Join(dir, fmt.Sprintf("set%d", c%2))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			f := filepath.Join(sub, fmt.Sprintf("%02d-%s", c, filepath.Base(n)))
			if err := os.WriteFile(f, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

// TestLibraryFromCatalogue opens a directory in the interface: the issues
// are listed from the catalogue as it is, not yet holding them the first
// time; its sync indexes them, and then lists what parsing them gives;
// the second time they are listed at once and the sync finds nothing to
// do. The interface's search through the index finds what scanning
// finds, in the same order.
func TestLibraryFromCatalogue(t *testing.T) {
	dir := libraryDir(t, 2)
	vars := map[string]string{"XDG_CACHE_HOME": filepath.Join(t.TempDir(), "cache")}
	defer func(f func(ui.Options) error) { runTUI = f }(runTUI)
	runs := 0
	runTUI = func(o ui.Options) error {
		runs++
		lib := o.Library
		if lib == nil || len(lib.Issues) != 10 || len(o.Sources) != 10 {
			t.Fatalf("library %v, %d sources: want 10 issues from the catalogue", lib != nil, len(o.Sources))
		}
		if pending := lib.Issues[9].Pending; pending != (runs == 1) {
			t.Errorf("run %d: an issue is pending: %v", runs, pending)
		}
		issues, err := lib.Sync(nil)
		if err != nil || (issues == nil) != (runs > 1) {
			t.Fatalf("run %d: sync lists %d issues, error %v", runs, len(issues), err)
		}
		if issues != nil {
			lib.Issues = issues
		}
		checkLibrary(t, o)
		return nil
	}
	for range 2 {
		if _, errs, code := runIn(t, true, vars, dir); code != ExitFound {
			t.Fatalf("exit %d, stderr %q", code, errs)
		}
	}
	if runs != 2 {
		t.Errorf("the interface started %d times, want 2", runs)
	}
}

func checkLibrary(t *testing.T, o ui.Options) {
	lib := o.Library
	env := &Env{Load: loader.Load, Read: loader.ReadFile, Parse: loader.Parse}
	var srcs []source
	for i, s := range o.Sources {
		is, err := loader.Load(s.Name)
		if err != nil {
			t.Fatal(err)
		}
		sum := lib.Issues[i]
		want := ui.Summary{Title: is.Title, Year: is.Year, Number: is.Number, TotalNumber: is.TotalNumber,
			Date: is.Date, Publisher: is.Publisher, Documents: len(is.Documents), Warnings: len(is.Warnings)}
		if len(is.Documents) > 0 {
			want.Lead = is.Documents[0].Title
		}
		if sum != want {
			t.Errorf("%s: catalogue lists %+v, parsing gives %+v", s.Name, sum, want)
		}
		srcs = append(srcs, fileSource(env, s.Name))
	}
	for _, q := range []string{"秸秆", "市发改委", `"加快构建现代产业体系"`, "应急 预案", "应"} {
		m, err := query.Compile(q)
		if err != nil {
			t.Fatal(err)
		}
		got, err := lib.Search(m)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		want, _ := searchSources(srcs, m)
		query.SortHits(got)
		query.SortHits(want)
		if len(got) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the library's search finds %d hits, scanning %d, or they differ", q, len(got), len(want))
		}
	}
}

// TestLibraryNoneLoads opens nothing when the catalogue says every file of
// the directory was refused: one line per file, exit 2.
func TestLibraryNoneLoads(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("\x00\x01\x02binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{"XDG_CACHE_HOME": filepath.Join(t.TempDir(), "cache")}
	defer func(f func(ui.Options) error) { runTUI = f }(runTUI)
	runTUI = func(ui.Options) error { t.Error("the interface started"); return nil }
	_, errs, code := runIn(t, true, vars, dir)
	if code != ExitError || !strings.HasSuffix(errs, "\n") || strings.Count(errs, "a.txt") != 1 {
		t.Errorf("exit %d, stderr %q: want one line naming a.txt, exit 2", code, errs)
	}
}

// BenchmarkOpenLibrary runs "gazette DIR" on a terminal up to its first
// frame, on a catalogued directory of 200 issues: listing the files,
// opening the catalogue and listing from it, the reading positions, the
// interface's layout and first frame. The catalogue's sync, which the
// interface runs in the background, is not part of it: bench/library.sh
// measures the whole process on 1,000 issues.
func BenchmarkOpenLibrary(b *testing.B) {
	dir := libraryDir(b, 40)
	tmp := b.TempDir()
	vars := map[string]string{"XDG_CACHE_HOME": filepath.Join(tmp, "cache"), "XDG_STATE_HOME": filepath.Join(tmp, "state")}
	env := Env{Args: []string{"index", dir}, Stdout: io.Discard, Stderr: io.Discard,
		Getenv: func(k string) string { return vars[k] }, IsTerminal: func(io.Writer) bool { return true },
		Load: loader.Load, Read: loader.ReadFile, Parse: loader.Parse}
	if code := Run(env); code != ExitFound {
		b.Fatalf("index: exit %d", code)
	}
	defer func(f func(ui.Options) error) { runTUI = f }(runTUI)
	runTUI = func(o ui.Options) error {
		m := ui.New(o)
		m.Init()
		m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		if v := m.View(); !strings.Contains(v, "200 issues") || strings.Contains(v, "loading") {
			b.Fatalf("first frame:\n%s", v)
		}
		return nil
	}
	env.Args = []string{"--lang", "en", dir}
	for b.Loop() {
		if code := Run(env); code != ExitFound {
			b.Fatalf("exit %d", code)
		}
	}
}
