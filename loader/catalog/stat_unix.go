//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package catalog

import (
	"path/filepath"

	"golang.org/x/sys/unix"
)

// statRun fills out with the stamps of paths, each statted by its name in
// its directory (fstatat), the directory opened once for a run of paths in
// it: the kernel then walks one name rather than the whole path, and no
// os.FileInfo is made, whose memory a new process pays for in page faults
// (250 KB for 1,000 files). It follows symbolic links, as os.Stat does.
func statRun(paths []string, out []stamp) {
	dir, fd := "", -1
	defer func() {
		if fd >= 0 {
			unix.Close(fd)
		}
	}()
	var st unix.Stat_t
	for i, p := range paths {
		d, name := filepath.Split(p)
		if d == "" {
			d = "."
		}
		if d != dir || fd < 0 {
			if fd >= 0 {
				unix.Close(fd)
			}
			dir = d
			var err error
			if fd, err = unix.Open(d, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0); err != nil {
				fd = -1
				continue
			}
		}
		if err := unix.Fstatat(fd, name, &st, 0); err == nil {
			out[i] = stamp{size: st.Size, mtime: st.Mtim.Nano(), ok: true}
		}
	}
}
