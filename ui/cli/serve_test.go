package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/loader"
)

// A server that cannot start says why in one line and exits 2.
func TestServeErrors(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"XDG_DATA_HOME": filepath.Join(dir, "data"), "HOME": dir}
	keys := filepath.Join(dir, "keys")
	if err := os.WriteFile(keys, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"no authorized keys", []string{"serve", "--authorized-keys", filepath.Join(dir, "none"), gazettes}, "authorized keys"},
		{"default keys missing", []string{"serve", gazettes}, filepath.Join(dir, ".ssh", "authorized_keys")},
		{"empty library", []string{"serve", "--authorized-keys", keys, dir}, "no issue files"},
		{"bad address", []string{"serve", "--authorized-keys", keys, "--listen", "nowhere:port", gazettes}, "nowhere:port"},
		{"no sessions", []string{"serve", "--authorized-keys", keys, "--max-sessions", "0", gazettes}, "session limit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			code := Run(Env{Args: c.args, Stdout: &out, Stderr: &errs,
				Getenv:     func(k string) string { return env[k] },
				IsTerminal: func(io.Writer) bool { return false },
				Load:       loader.Load, Read: loader.ReadFile, Parse: loader.Parse})
			if code != ExitError || out.Len() != 0 {
				t.Errorf("exit %d, stdout %q: want %d and nothing", code, out.String(), ExitError)
			}
			if strings.Count(errs.String(), "\n") != 1 || !strings.Contains(errs.String(), c.want) {
				t.Errorf("stderr %q: want one line naming %q", errs.String(), c.want)
			}
		})
	}
}
