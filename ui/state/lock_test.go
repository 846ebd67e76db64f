//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package state

import (
	"errors"
	"path/filepath"
	"testing"
	"time"
)

// TestSaveLocked: a state file locked by another gazette is waited for a
// while, then Save fails and keeps its positions for a later Save; it
// does not hang.
func TestSaveLocked(t *testing.T) {
	dir := t.TempDir()
	unlock, err := lock(filepath.Join(dir, lockName))
	if err != nil {
		t.Fatal(err)
	}
	s, _ := Open(dir)
	s.Set("k", Position{Document: 1})
	done := make(chan error)
	go func() { done <- s.Save() }()
	select {
	case err := <-done:
		if !errors.Is(err, ErrLocked) {
			t.Fatalf("Save while another held the lock: %v, want ErrLocked", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Save still waits for the lock")
	}
	unlock()
	if err := s.Save(); err != nil {
		t.Fatalf("Save after the lock was released: %v", err)
	}
}
