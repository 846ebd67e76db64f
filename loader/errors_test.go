package loader

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
)

// TestErrorCause: a load error names the file once and keeps its cause.
func TestErrorCause(t *testing.T) {
	p := t.TempDir() + "/missing.txt"
	_, err := Load(p)
	if !errors.Is(err, fs.ErrNotExist) || strings.Count(err.Error(), p) != 1 {
		t.Errorf("error %v does not keep its cause or names the file twice", err)
	}
	_, err = Parse("x", nil)
	if !errors.Is(err, ErrEmpty) {
		t.Errorf("error %v does not keep its cause", err)
	}
}
