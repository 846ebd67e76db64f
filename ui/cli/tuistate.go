package cli

import (
	"io/fs"
	"os"

	"gazette/data"
	"gazette/loader"
	"gazette/ui"
	say "gazette/ui/msg"
	"gazette/ui/state"
)

// tuiSources converts sources for the terminal interface, each with the
// key under which the state store remembers its reading position: the
// embedded sample's name and size, or the file's absolute path and size.
func tuiSources(env *Env, srcs []source, samples bool) []ui.Source {
	out := make([]ui.Source, 0, len(srcs))
	t := say.New(env.lang)
	for _, s := range srcs {
		load := func() (*data.Issue, error) {
			is, err := s.load()
			return is, localize(t, s.name, err)
		}
		out = append(out, ui.Source{Name: loader.Clean(s.name), Key: stateKey(env, s.name, samples), Load: load})
	}
	return out
}

// stateKey returns the state key of an issue, "" when its size cannot be
// read (loading it then reports why).
func stateKey(env *Env, name string, sample bool) string {
	if sample {
		if st, err := fs.Stat(env.Sample, name); err == nil {
			return state.SampleKey(name, st.Size())
		}
		return ""
	}
	if st, err := os.Stat(name); err == nil && st.Mode().IsRegular() {
		return state.Key(name, st.Size())
	}
	return ""
}

// openState opens the store of reading positions in the state directory
// ($XDG_STATE_HOME/gazette), or a disabled one when off (--no-state) or
// when the directory cannot be written: then the interface says so once
// at start, and the session goes on without remembering. The warnings,
// such as a corrupt state file that is ignored, are for the interface's
// status line.
func openState(env *Env, off bool) (*state.Store, []string) {
	if off {
		return state.Disabled(), nil
	}
	t := say.New(env.lang)
	dir, err := state.Dir(env.Getenv)
	if err != nil {
		return state.Disabled(), []string{t.T(say.StateNoDir)}
	}
	if err := writable(dir); err != nil {
		return state.Disabled(), []string{t.F(say.StateNotWritable, loader.Clean(dir))}
	}
	s, err := state.Open(dir)
	if err != nil {
		return s, []string{ui.StateNotice(t, loader.Clean(dir), err)}
	}
	return s, nil
}

// writable returns why the state file cannot be written in dir, nil when
// it can: dir is created when missing, and a file made and removed in it.
func writable(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "check-*")
	if err != nil {
		return err
	}
	f.Close()
	return os.Remove(f.Name())
}
