//go:build !(darwin || dragonfly || freebsd || linux || netbsd || openbsd)

package catalog

import "os"

// statRun fills out with the stamps of paths, by os.Stat.
func statRun(paths []string, out []stamp) {
	for i, p := range paths {
		if st, err := os.Stat(p); err == nil {
			out[i] = stamp{size: st.Size(), mtime: st.ModTime().UnixNano(), ok: true}
		}
	}
}
