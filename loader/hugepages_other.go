//go:build !linux

package loader

// preferHugePages gives no hint where the system has no madvise for
// transparent huge pages: the file is read into ordinary pages.
func preferHugePages[T any]([]T) {}
