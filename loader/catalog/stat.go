package catalog

import (
	"runtime"
	"sync"
)

// stamp is what tells a file changed: its size and modification time (in
// nanoseconds), as os.Stat gives them; ok is false when it failed.
type stamp struct {
	size, mtime int64
	ok          bool
}

// statAll returns the stamp of every path, on every processor: a search of
// a library checks every file's size and time first, one system call each.
// Each worker takes a run of consecutive paths, which in a library listing
// share directories (see statRun).
func statAll(paths []string) []stamp {
	out := make([]stamp, len(paths))
	workers := min(runtime.GOMAXPROCS(0), len(paths))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			lo, hi := w*len(paths)/workers, (w+1)*len(paths)/workers
			statRun(paths[lo:hi], out[lo:hi])
		})
	}
	wg.Wait()
	return out
}
