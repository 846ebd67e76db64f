//go:build !linux

package loader

// preferHugePages gives no hint where the system has no madvise for
// transparent huge pages: the file is read into ordinary pages.
func preferHugePages[T any]([]T) {}

// hugeBuffer is make([]byte, 0, n) where no hint for huge pages can be
// given.
func hugeBuffer(n int) []byte { return make([]byte, 0, n) }
