//go:build !(darwin || dragonfly || freebsd || linux || netbsd || openbsd)

package state

import (
	"errors"
	"os"
)

// lock reports that this system has no flock: without the lock two
// gazette processes could lose each other's positions, so Save fails and
// state is not written.
func lock(path string) (unlock func(), err error) {
	return nil, &os.PathError{Op: "flock", Path: path, Err: errors.ErrUnsupported}
}
