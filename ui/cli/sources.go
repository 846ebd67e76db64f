package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"gazette/data"
)

// source is one issue file to load: a path on disk or a file of the
// embedded sample library. It holds no functions of its own: a library
// lists a thousand sources, whose memory a new process pays for.
type source struct {
	name   string // what the user sees: the path, or the sample's file name
	env    *Env
	sample bool // a file of env.Sample
}

// read returns the file's bytes; errors name the file.
func (s source) read() ([]byte, error) {
	if s.sample {
		return fs.ReadFile(s.env.Sample, s.name)
	}
	return s.env.Read(s.name)
}

// load returns the file's tree.
func (s source) load() (*data.Issue, error) {
	if !s.sample {
		return s.env.Load(s.name)
	}
	b, err := s.read()
	if err != nil {
		return nil, err
	}
	return s.env.Parse(s.name, b)
}

// expandPaths turns command-line paths into issue sources: a file is
// itself, a directory is every issue file below it (sorted). A path that
// cannot be read is still a source, so that its error is reported where
// the user looks for the issue.
func expandPaths(env *Env, paths []string) ([]source, error) {
	var out []source
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil || !st.IsDir() {
			out = append(out, fileSource(env, p))
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(f string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && issueFile(f) {
				files = append(files, f)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("%s: no issue files (%s) in this directory", p, strings.Join(issueExts, ", "))
		}
		sort.Strings(files)
		out = slices.Grow(out, len(files))
		for _, f := range files {
			out = append(out, fileSource(env, f))
		}
	}
	return out, nil
}

// issueExts are the extensions of the files in a directory that are
// issues: a text conversion (markdown is text: what layout-model
// converters write), a saved web page or a PDF.
var issueExts = []string{".txt", ".md", ".markdown", ".html", ".htm", ".pdf"}

// issueFile reports whether a file in a directory is an issue.
func issueFile(name string) bool {
	return slices.Contains(issueExts, strings.ToLower(filepath.Ext(name)))
}

func fileSource(env *Env, p string) source {
	return source{name: p, env: env}
}

// sampleSources lists the embedded sample library.
func sampleSources(env *Env) ([]source, error) {
	if env.Sample == nil {
		return nil, fmt.Errorf("no sample library in this build")
	}
	names, err := fs.Glob(env.Sample, "*.txt")
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("no sample library in this build")
	}
	sort.Strings(names)
	out := make([]source, 0, len(names))
	for _, n := range names {
		out = append(out, source{name: n, env: env, sample: true})
	}
	return out, nil
}

// withSamples makes env.Load and env.Read find the embedded sample
// library's files by the names search prints for them
// (yangcheng-2022-03.txt), when no file of that name is on disk. A path
// with a directory in it is always a file on disk.
func withSamples(env *Env) {
	if env.Sample == nil {
		return
	}
	sample := func(p string) bool {
		if strings.ContainsRune(p, '/') || strings.ContainsRune(p, filepath.Separator) {
			return false
		}
		if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
			return false
		}
		st, err := fs.Stat(env.Sample, p)
		return err == nil && st.Mode().IsRegular()
	}
	load, read := env.Load, env.Read
	env.Read = func(p string) ([]byte, error) {
		if sample(p) {
			return fs.ReadFile(env.Sample, p)
		}
		return read(p)
	}
	env.Load = func(p string) (*data.Issue, error) {
		if !sample(p) {
			return load(p)
		}
		b, err := fs.ReadFile(env.Sample, p)
		if err != nil {
			return nil, err
		}
		return env.Parse(p, b)
	}
}
