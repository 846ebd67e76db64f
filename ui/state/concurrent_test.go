package state

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// writers is how many positions each concurrent writer saves, each with a
// fresh Open, Set and Save, so that an update lost by a race stays lost.
const writers = 25

// writeMany saves positions prefix0 … prefix(writers-1) to dir.
func writeMany(dir, prefix string) error {
	for i := range writers {
		s, err := Open(dir)
		if err != nil {
			return fmt.Errorf("%s%d: Open: %w", prefix, i, err)
		}
		s.Set(fmt.Sprintf("%s%d", prefix, i), Position{Document: i, Line: i * 3})
		err = s.Save()
		for errors.Is(err, ErrLocked) { // so many writers may keep one waiting a second
			err = s.Save()
		}
		if err != nil {
			return fmt.Errorf("%s%d: %w", prefix, i, err)
		}
	}
	return nil
}

// helperDirEnv names the state directory of a writer process started by
// TestConcurrentWriters.
const helperDirEnv = "GAZETTE_STATE_TEST_DIR"

// TestHelperWriter is the writer process of TestConcurrentWriters; it is
// skipped in a normal run.
func TestHelperWriter(t *testing.T) {
	dir := os.Getenv(helperDirEnv)
	if dir == "" {
		t.Skip("only run by TestConcurrentWriters")
	}
	if err := writeMany(dir, os.Getenv(helperDirEnv+"_PREFIX")); err != nil {
		t.Fatal(err)
	}
}

// TestConcurrentWriters saves from several goroutines and several
// processes at once while another goroutine keeps reading the state file:
// every read must decode, and every position must survive.
func TestConcurrentWriters(t *testing.T) {
	tests := []struct {
		name                  string
		goroutines, processes int
	}{
		{"goroutines", 6, 0},
		{"processes", 0, 3},
		{"goroutines and processes", 4, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.processes > 0 && testing.Short() {
				t.Skip("starts processes")
			}
			dir := filepath.Join(t.TempDir(), "gazette")
			var prefixes []string
			var cmds []*exec.Cmd
			for i := range tt.processes {
				p := fmt.Sprintf("proc%d-", i)
				prefixes = append(prefixes, p)
				cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$", "-test.count=1")
				cmd.Env = append(os.Environ(), helperDirEnv+"="+dir, helperDirEnv+"_PREFIX="+p)
				cmds = append(cmds, cmd)
			}
			for i := range tt.goroutines {
				prefixes = append(prefixes, fmt.Sprintf("goroutine%d-", i))
			}

			runWriters(t, dir, cmds, prefixes)

			s := mustOpen(t, dir)
			if got, want := len(s.Recent()), len(prefixes)*writers; got != want {
				t.Errorf("%d positions saved, want %d", got, want)
			}
			for _, p := range prefixes {
				for i := range writers {
					k := fmt.Sprintf("%s%d", p, i)
					if got, ok := s.Get(k); !ok || got.Document != i || got.Line != i*3 {
						t.Errorf("Get(%q) = %+v, %v", k, got, ok)
					}
				}
			}
			assertNoTemps(t, dir)
		})
	}
}

// runWriters runs the writer processes cmds and a writing goroutine for
// each prefix after theirs, while a reader opens dir over and over, and
// fails t with every error any of them met.
func runWriters(t *testing.T, dir string, cmds []*exec.Cmd, prefixes []string) {
	done := make(chan struct{})
	readErr := make(chan error, 1)
	go func() {
		defer close(readErr)
		for {
			select {
			case <-done:
				return
			default:
			}
			if _, err := Open(dir); err != nil {
				readErr <- fmt.Errorf("reader: %w", err)
				return
			}
		}
	}()

	var wg sync.WaitGroup
	errs := make(chan error, len(prefixes))
	for _, cmd := range cmds {
		wg.Go(func() {
			if out, err := cmd.CombinedOutput(); err != nil {
				errs <- fmt.Errorf("writer process: %v\n%s", err, out)
			}
		})
	}
	for _, p := range prefixes[len(cmds):] {
		wg.Go(func() {
			if err := writeMany(dir, p); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(done)
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if err := <-readErr; err != nil {
		t.Error(err)
	}
}

// TestSharedStoreConcurrentUse uses one store from several goroutines.
func TestSharedStoreConcurrentUse(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 20 {
				s.Set(fmt.Sprintf("g%d-%d", g, i), Position{Document: i})
				s.Get("g0-0")
				s.Recent()
				err := s.Save()
				for errors.Is(err, ErrLocked) { // eight savers may keep one waiting a second
					err = s.Save()
				}
				if err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	if got := len(mustOpen(t, dir).Recent()); got != 160 {
		t.Errorf("%d positions saved, want 160", got)
	}
}

func assertNoTemps(t *testing.T, dir string) {
	t.Helper()
	if names, _ := filepath.Glob(filepath.Join(dir, "*.tmp")); len(names) > 0 {
		t.Errorf("temporary files left: %q", names)
	}
}
