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

// hugeBuffer returns an empty buffer with room for n bytes whose memory
// is whole huge pages, hinted as preferHugePages does: filling it costs a
// page fault every 2 MB, at its ends too, where preferHugePages on memory
// the heap placed leaves up to 2 MB to 4 KB pages (a file of 21 MB took
// 550 faults there). It takes up to 4 MB more address space but not
// memory: what lies before the buffer is never touched, and only the
// kernel touches the rest of its last huge page. Under a huge page it is
// make([]byte, 0, n).
func hugeBuffer(n int) []byte {
	if n < hugePage {
		return make([]byte, 0, n)
	}
	buf := make([]byte, n+2*hugePage)
	preferHugePages(buf)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
	k := int((p+hugePage-1)&^(hugePage-1) - p)
	return buf[k : k : k+n]
}
