//go:build linux

package loader

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSpecialFiles: only regular files are read. A FIFO, a device or a
// socket named like an issue is refused with one line naming it, at once
// (opening a FIFO with no writer would block for ever), and so is a file
// over MaxSize, before a byte of it is read.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "sock.txt")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: no disk space is used, and reading it would take long.
	if err := f.Truncate(MaxSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	cases := []struct {
		name, path string
		want       error
	}{
		{"fifo", fifo, ErrNotRegular},
		{"socket", sock, ErrNotRegular},
		{"device", "/dev/null", ErrNotRegular},
		{"too large", huge, ErrTooLarge},
		{"directory", dir, ErrDirectory},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() { _, err := ReadFile(c.path); done <- err }()
			select {
			case err := <-done:
				if !errors.Is(err, c.want) {
					t.Fatalf("error %v, want %v", err, c.want)
				}
				msg := err.Error()
				if !strings.HasPrefix(msg, c.path+": ") || strings.Contains(msg, "\n") {
					t.Errorf("error %q does not name the file in one line", msg)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("ReadFile blocked")
			}
		})
	}
}

// TestErrorNamesCleaned: an error names its file cleaned like text, and
// keeps its cause.
func TestErrorNamesCleaned(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "m\x1b]0;evil\x07.txt")
	empty := filepath.Join(dir, "e\u009d0;evil\u009c.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path string
		want error
	}{{missing, os.ErrNotExist}, {empty, ErrEmpty}} {
		_, err := Load(c.path)
		if !errors.Is(err, c.want) {
			t.Fatalf("Load(%q) = %v, want %v", c.path, err, c.want)
		}
		if msg := err.Error(); strings.ContainsAny(msg, "\x1b\x07\u009d\u009c") || strings.Contains(msg, "evil") {
			t.Errorf("error %q names the file raw", msg)
		}
	}
}
