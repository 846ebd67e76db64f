package state

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestDir(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		want    string
		wantErr string
	}{
		{"xdg", map[string]string{"XDG_STATE_HOME": "/x/state", "HOME": "/home/u"}, "/x/state/gazette", ""},
		{"xdg trailing slash", map[string]string{"XDG_STATE_HOME": "/x/state/"}, "/x/state/gazette", ""},
		{"home only", map[string]string{"HOME": "/home/u"}, "/home/u/.local/state/gazette", ""},
		{"relative xdg ignored", map[string]string{"XDG_STATE_HOME": "state", "HOME": "/home/u"}, "/home/u/.local/state/gazette", ""},
		{"neither", map[string]string{}, "", "neither XDG_STATE_HOME nor HOME"},
		{"relative xdg no home", map[string]string{"XDG_STATE_HOME": "state"}, "", "neither XDG_STATE_HOME nor HOME"},
		{"relative home", map[string]string{"HOME": "home/u"}, "", "not an absolute path"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Dir(func(k string) string { return tt.env[k] })
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Dir() = %q, %v; want error containing %q", got, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != filepath.FromSlash(tt.want) {
				t.Fatalf("Dir() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestKey(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"absolute", Key("/g/2024/1.txt", 10), "file:/g/2024/1.txt#10"},
		{"cleaned", Key("/g/./2024//x/../1.txt", 10), "file:/g/2024/1.txt#10"},
		{"relative made absolute", Key("1.txt", 7), "file:" + filepath.Join(wd, "1.txt") + "#7"},
		{"sample", SampleKey("2024-01.txt", 7), "sample:2024-01.txt#7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("key = %q, want %q", tt.got, tt.want)
			}
		})
	}
	distinct := []string{Key("/g/1.txt", 7), Key("/g/1.txt", 8), Key("/g/2.txt", 7), SampleKey("/g/1.txt", 7)}
	seen := map[string]bool{}
	for _, k := range distinct {
		if seen[k] {
			t.Errorf("key %q is not distinct", k)
		}
		seen[k] = true
	}
}

// pos is a position read at minute m of a fixed day.
func pos(doc, m int) Position {
	return Position{Document: doc, Number: fmt.Sprintf("国发〔2024〕%d号", doc), Line: 10 * doc, Offset: 1,
		Read: time.Date(2024, 5, 1, 12, m, 0, 0, time.UTC)}
}

func mustOpen(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	return s
}

func TestSaveAndReopen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state", "gazette")
	s := mustOpen(t, dir)
	s.Set("a", pos(1, 1))
	s.Set("b", pos(2, 3))
	s.Set("c", pos(3, 2))
	s.Set("a", pos(4, 4)) // replaces the first "a"
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}

	r := mustOpen(t, dir)
	for k, want := range map[string]Position{"a": pos(4, 4), "b": pos(2, 3), "c": pos(3, 2)} {
		if got, ok := r.Get(k); !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("Get(%q) = %+v, %v; want %+v", k, got, ok, want)
		}
	}
	if _, ok := r.Get("missing"); ok {
		t.Error(`Get("missing") found a position`)
	}
	if got, want := strings.Join(r.Recent(), " "), "a b c"; got != want {
		t.Errorf("Recent() = %s, want %s", got, want)
	}

	var f map[string]any
	b, err := os.ReadFile(filepath.Join(dir, "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &f); err != nil || f["version"] != float64(1) {
		t.Errorf("state.json: version %v, error %v", f["version"], err)
	}
	for name, want := range map[string]os.FileMode{dir: 0o700 | os.ModeDir, filepath.Join(dir, "state.json"): 0o600} {
		if st, err := os.Stat(name); err != nil || st.Mode() != want {
			t.Errorf("%s: mode %v, %v; want %v", name, st.Mode(), err, want)
		}
	}
	assertNoTemps(t, dir)
}

func TestSetZeroTimeIsNow(t *testing.T) {
	s := mustOpen(t, t.TempDir())
	before := time.Now()
	s.Set("k", Position{Document: 2})
	p, _ := s.Get("k")
	if p.Read.Before(before.Add(-time.Second)) || p.Read.After(time.Now()) || p.Read.Location() != time.UTC {
		t.Errorf("Read = %v, want now in UTC", p.Read)
	}
}

func TestSaveWithoutSetWritesNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "gazette")
	s := mustOpen(t, dir)
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("Save without Set created %s (%v)", dir, err)
	}
}

func TestDisabled(t *testing.T) {
	for name, s := range map[string]*Store{"Disabled": Disabled(), `Open("")`: func() *Store {
		s, warn := Open("")
		if warn != nil {
			t.Errorf(`Open(""): %v`, warn)
		}
		return s
	}()} {
		t.Run(name, func(t *testing.T) {
			s.Set("k", pos(1, 1))
			if _, ok := s.Get("k"); ok {
				t.Error("Get found a position")
			}
			if r := s.Recent(); len(r) != 0 {
				t.Errorf("Recent() = %q", r)
			}
			if err := s.Save(); err != nil {
				t.Errorf("Save() = %v", err)
			}
		})
	}
}

func TestCorruptStateFile(t *testing.T) {
	tests := []struct {
		name     string
		content  string
		warning  string // substring of the warning of Open
		saveErr  string // substring of the error of Save; "" when Save replaces the file
		keepFile bool   // the file must be unchanged after Save
	}{
		{"empty", "", "corrupt", "", false},
		{"garbage", "\x00\x01 not json", "corrupt", "", false},
		{"truncated", `{"version":1,"issues":{"a":{"document":1,`, "corrupt", "", false},
		{"wrong shape", `{"version":1,"issues":["a","b"]}`, "corrupt", "", false},
		{"wrong field type", `{"version":1,"issues":{"a":{"document":"one"}}}`, "corrupt", "", false},
		{"no version", `{"issues":{}}`, "no valid version", "", false},
		{"not an object", `[1,2,3]`, "corrupt", "", false},
		{"newer version", `{"version":99,"issues":{"a":{"document":1}}}`, "version 99 is newer", "version 99 is newer", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "state.json")
			if err := os.WriteFile(path, []byte(tt.content), 0o600); err != nil {
				t.Fatal(err)
			}
			s, warn := Open(dir)
			if warn == nil || !strings.Contains(warn.Error(), path) || !strings.Contains(warn.Error(), tt.warning) ||
				!errors.Is(warn, ErrCorrupt) && !errors.Is(warn, ErrNewer) {
				t.Fatalf("Open: %v, want an error about %s containing %q, corrupt or newer", warn, path, tt.warning)
			}
			if r := s.Recent(); len(r) != 0 {
				t.Errorf("Recent() = %q, want nothing", r)
			}

			s.Set("new", pos(1, 1))
			err := s.Save()
			if tt.saveErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.saveErr) {
					t.Errorf("Save() = %v, want error containing %q", err, tt.saveErr)
				}
			} else if err != nil {
				t.Fatalf("Save() = %v", err)
			}
			if b, _ := os.ReadFile(path); tt.keepFile && string(b) != tt.content {
				t.Errorf("state.json changed to %q", b)
			}
			if !tt.keepFile {
				r := mustOpen(t, dir)
				if got, ok := r.Get("new"); !ok || !reflect.DeepEqual(got, pos(1, 1)) {
					t.Errorf("after Save, Get = %+v, %v", got, ok)
				}
			}
			if got, ok := s.Get("new"); !ok || !reflect.DeepEqual(got, pos(1, 1)) {
				t.Errorf("store lost its position: %+v, %v", got, ok)
			}
		})
	}
}

func TestSaveMerges(t *testing.T) {
	dir := t.TempDir()
	a := mustOpen(t, dir)
	b := mustOpen(t, dir)
	a.Set("both", pos(1, 5))
	a.Set("a", pos(2, 1))
	b.Set("both", pos(3, 2)) // older than a's
	b.Set("b", pos(4, 3))
	if err := a.Save(); err != nil {
		t.Fatal(err)
	}
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}

	want := map[string]Position{"both": pos(1, 5), "a": pos(2, 1), "b": pos(4, 3)}
	for name, s := range map[string]*Store{"reopened": mustOpen(t, dir), "second saver": b} {
		for k, w := range want {
			if got, ok := s.Get(k); !ok || !reflect.DeepEqual(got, w) {
				t.Errorf("%s: Get(%q) = %+v, %v; want %+v", name, k, got, ok, w)
			}
		}
		if got := strings.Join(s.Recent(), " "); got != "both b a" {
			t.Errorf("%s: Recent() = %s, want both b a", name, got)
		}
	}
}

func TestSaveCapsIssues(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	const n = MaxIssues + 50
	for i := range n {
		s.Set(fmt.Sprintf("k%03d", i), Position{Document: i, Read: time.Date(2024, 1, 1, 0, 0, i, 0, time.UTC)})
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	for name, st := range map[string]*Store{"store": s, "reopened": mustOpen(t, dir)} {
		r := st.Recent()
		if len(r) != MaxIssues || r[0] != fmt.Sprintf("k%03d", n-1) || r[MaxIssues-1] != fmt.Sprintf("k%03d", n-MaxIssues) {
			t.Errorf("%s: %d issues, newest %q, oldest %q", name, len(r), r[0], r[len(r)-1])
		}
		if _, ok := st.Get("k000"); ok {
			t.Errorf("%s: the oldest issue was kept", name)
		}
	}
}

func TestSaveRemovesStaleTemps(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, "state.json.123.tmp")
	if err := os.WriteFile(stale, []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := mustOpen(t, dir)
	s.Set("k", pos(1, 1))
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	assertNoTemps(t, dir)
}

// TestSaveFails covers state directories that cannot be written: Save
// returns an error, the store keeps working, and once the problem is
// fixed a later Save writes what was Set.
func TestSaveFails(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, home string) (dir string, fix func() error)
	}{
		{"read-only home", func(t *testing.T, home string) (string, func() error) {
			return filepath.Join(home, ".local", "state", "gazette"), readOnly(t, home)
		}},
		{"read-only state dir", func(t *testing.T, home string) (string, func() error) {
			dir := filepath.Join(home, "gazette")
			if err := os.Mkdir(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			return dir, readOnly(t, dir)
		}},
		{"home is a file", func(t *testing.T, home string) (string, func() error) {
			file := filepath.Join(home, "home")
			if err := os.WriteFile(file, nil, 0o600); err != nil {
				t.Fatal(err)
			}
			return filepath.Join(file, ".local", "state", "gazette"), func() error { return os.Remove(file) }
		}},
		{"state.json is a directory", func(t *testing.T, home string) (string, func() error) {
			sub := filepath.Join(home, "state.json", "x")
			if err := os.MkdirAll(sub, 0o700); err != nil {
				t.Fatal(err)
			}
			return home, func() error { return os.RemoveAll(filepath.Join(home, "state.json")) }
		}},
		{"state.lock is a directory", func(t *testing.T, home string) (string, func() error) {
			if err := os.Mkdir(filepath.Join(home, "state.lock"), 0o700); err != nil {
				t.Fatal(err)
			}
			return home, func() error { return os.Remove(filepath.Join(home, "state.lock")) }
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, fix := tt.setup(t, t.TempDir())
			s, _ := Open(dir) // a warning is fine: state.json may be unreadable
			s.Set("k", pos(1, 1))
			if err := s.Save(); err == nil {
				t.Fatal("Save() succeeded")
			} else if !strings.HasPrefix(err.Error(), "saving state: ") {
				t.Errorf("Save() = %q, want it to say what failed", err)
			}
			if got, ok := s.Get("k"); !ok || !reflect.DeepEqual(got, pos(1, 1)) {
				t.Errorf("after the failed Save, Get = %+v, %v", got, ok)
			}
			s.Set("k2", pos(2, 2))
			if got := strings.Join(s.Recent(), " "); got != "k2 k" {
				t.Errorf("after the failed Save, Recent() = %s", got)
			}
			if _, err := os.Stat(dir); err == nil {
				assertNoTemps(t, dir)
			}

			if err := fix(); err != nil {
				t.Fatal(err)
			}
			if err := s.Save(); err != nil {
				t.Fatalf("Save() after the fix = %v", err)
			}
			if got := strings.Join(mustOpen(t, dir).Recent(), " "); got != "k2 k" {
				t.Errorf("after the fix, saved Recent() = %s", got)
			}
		})
	}
}

// readOnly makes dir read-only until the function it returns (or the end
// of the test) makes it writable again, and skips the test where
// permissions are not enforced.
func readOnly(t *testing.T, dir string) func() error {
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	if f, err := os.Create(filepath.Join(dir, "probe")); err == nil {
		f.Close()
		t.Skip("permissions are not enforced (running as root?)")
	}
	return func() error { return os.Chmod(dir, 0o700) }
}
