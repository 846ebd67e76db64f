package loader

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on the machines
// gazette runs on (x86-64 and arm64 with 4 KB base pages).
const hugePage = 2 << 20

// preferHugePages asks the kernel to back the whole huge pages inside the
// memory of s, not yet touched, with transparent huge pages: filling a
// large buffer in fresh memory otherwise costs a page fault every 4 KB,
// and on a virtual machine those faults took as long as parsing a third
// of the file. It is a hint: where the system declines it, or s holds no
// whole huge page, nothing changes.
func preferHugePages[T any](s []T) {
	var zero T
	n := uintptr(cap(s)) * unsafe.Sizeof(zero)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	start := (p + hugePage - 1) &^ (hugePage - 1)
	end := (p + n) &^ (hugePage - 1)
	if end <= start {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), n)
	// The error is ENOMEM where the system has no huge pages: nothing to do.
	_ = syscall.Madvise(b[start-p:end-p], syscall.MADV_HUGEPAGE)
}
