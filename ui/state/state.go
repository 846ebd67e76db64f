// Package state remembers where the reader left each gazette issue, so
// that reopening a file returns to the same document and line and the
// library screen can list recently read issues first.
//
// The state is one JSON file, state.json, in the directory returned by
// Dir ($XDG_STATE_HOME/gazette, default ~/.local/state/gazette), never
// next to the gazette files. Save writes it atomically (temporary file,
// fsync, rename) while holding an exclusive lock on state.lock in the same
// directory, and merges with what other gazette processes saved in the
// meantime, so that two processes running at once do not lose or corrupt
// each other's positions. A state file that cannot be read or decoded is
// ignored with a warning and replaced by the next Save. A disabled store
// (--no-state) remembers nothing and writes nothing.
package state

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"time"
)

// MaxIssues is how many issues the state file remembers; when there are
// more, the least recently read are dropped.
const MaxIssues = 200

// version is the state file format written by this package. A file of an
// older or unknown shape is corrupt; a file of a newer version is left
// alone (see Save).
const version = 1

const (
	fileName    = "state.json"
	lockName    = "state.lock"
	tempPattern = "state.json.*.tmp"
)

// Dir returns the state directory: $XDG_STATE_HOME/gazette, or
// $HOME/.local/state/gazette when XDG_STATE_HOME is unset or not an
// absolute path (the XDG base directory specification says relative paths
// are invalid). getenv is os.Getenv outside tests. It is an error when
// neither variable gives an absolute path, so that state is never written
// relative to the working directory, where the gazette files may be.
func Dir(getenv func(string) string) (string, error) {
	if x := getenv("XDG_STATE_HOME"); filepath.IsAbs(x) {
		return filepath.Join(x, "gazette"), nil
	}
	home := getenv("HOME")
	if home == "" {
		return "", errors.New("state directory: neither XDG_STATE_HOME nor HOME is set")
	}
	if !filepath.IsAbs(home) {
		return "", fmt.Errorf("state directory: HOME %q is not an absolute path", home)
	}
	return filepath.Join(home, ".local", "state", "gazette"), nil
}

// Position is where a reader left an issue. Values are not checked
// against the issue, which may have changed since: callers clamp them.
type Position struct {
	// Document is the index of the open document in the issue, 0-based.
	Document int `json:"document"`
	// Number is the document's 文号, to find it again if the order of
	// documents changed; empty when the document has none.
	Number string `json:"number,omitempty"`
	// Line is the source line at the top of the screen.
	Line int `json:"line"`
	// Offset is where the top of the screen is within the block that
	// starts at Line (a byte offset into its text, or a row of a table),
	// so that the place survives a change of terminal width.
	Offset int `json:"offset"`
	// Read is when the reader was last at this position.
	Read time.Time `json:"read"`
	// Tables holds the state of each table of the issue left with a
	// filter, a sort or the cursor moved, by TableKey.
	Tables map[string]Table `json:"tables,omitempty"`
}

// Table is how a table screen was left: its filters, sort order, column
// and the record under the cursor.
type Table struct {
	// Filters are the filter expressions in force, in the order added,
	// each one that query.ParseFilter reads back.
	Filters []string `json:"filters,omitempty"`
	// Sort is the column sorted by, -1 for the printed order.
	Sort int  `json:"sort"`
	Desc bool `json:"desc,omitempty"`
	// Column is the column under the cursor.
	Column int `json:"column"`
	// Record is the index of the record under the cursor, -1 for none.
	Record int `json:"record"`
	// Compact is true when the table was shown one line per record.
	Compact bool `json:"compact,omitempty"`
}

// TableKey names table index (of Document.Tables) of document doc (both
// 0-based) in Position.Tables.
func TableKey(doc, index int) string {
	return strconv.Itoa(doc) + "/" + strconv.Itoa(index)
}

// file is the JSON layout of state.json.
type file struct {
	Version int                 `json:"version"`
	Issues  map[string]Position `json:"issues"`
}

// Key identifies an issue on disk for Get and Set: the absolute, cleaned
// path of the file and its size in bytes. The size is part of the key so
// that a different issue later saved under the same name (a re-download
// of "latest.txt") does not open at a stale position; the cost is that
// editing a file forgets its position. The path is not resolved through
// symbolic links; if the working directory is unknown the cleaned path is
// used as given.
func Key(path string, size int64) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return "file:" + filepath.Clean(path) + "#" + strconv.FormatInt(size, 10)
}

// SampleKey identifies an issue of the sample library embedded in the
// binary, by its file name and size; it never equals a Key.
func SampleKey(name string, size int64) string {
	return "sample:" + name + "#" + strconv.FormatInt(size, 10)
}

// Store holds the remembered positions. Its methods are safe for
// concurrent use. A Store from Disabled or Open("") is a no-op store: Get
// finds nothing, Recent is empty, Set and Save do nothing.
type Store struct {
	dir string // "" when disabled

	mu     sync.Mutex
	issues map[string]Position
	dirty  bool // Set was called since the last successful Save

	saving sync.WaitGroup // the Saves under way, for Wait
}

// ErrCorrupt is wrapped by the error of a state file that cannot be
// decoded, and ErrNewer by that of one written by a newer gazette: both
// files are ignored.
var (
	ErrCorrupt = errors.New("corrupt")
	ErrNewer   = errors.New("written by a newer gazette")
)

// ErrLocked is the error of a Save that waited a second for another
// gazette to finish writing the state file, in vain; a later Save tries
// again.
var ErrLocked = errors.New("locked by another gazette")

// Disabled returns a store that remembers nothing, for --no-state.
func Disabled() *Store {
	return &Store{}
}

// Open returns the store kept in dir, reading dir/state.json if it
// exists; dir is usually the result of Dir, and "" gives a disabled store.
// Problems reading the file are not failures: the file is ignored, Open
// returns an empty store and the error that says why, meant for the user
// (it wraps ErrCorrupt, ErrNewer or the file system's error, so that an
// interface can say it in its language), and the next Save replaces the
// file.
func Open(dir string) (*Store, error) {
	if dir == "" {
		return Disabled(), nil
	}
	s := &Store{dir: dir, issues: map[string]Position{}}
	issues, err := readFile(filepath.Join(dir, fileName))
	if err != nil {
		return s, err
	}
	s.issues = prune(issues)
	return s, nil
}

// Get returns the position remembered for key.
func (s *Store) Get(key string) (Position, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.issues[key]
	return p, ok
}

// Recent returns the keys of the remembered issues, most recently read
// first.
func (s *Store) Recent() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return recent(s.issues)
}

// Set remembers p for key, in memory until Save. A zero p.Read is taken
// as now. Times are kept in UTC.
func (s *Store) Set(key string, p Position) {
	if s.dir == "" {
		return
	}
	if p.Read.IsZero() {
		p.Read = time.Now()
	}
	p.Read = p.Read.UTC()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.issues[key] = p
	s.dirty = true
}

// Save writes the store to dir/state.json if anything was Set since the
// last successful Save. It creates dir (mode 0700) if missing, takes an
// exclusive lock on dir/state.lock, re-reads state.json and merges it
// with the store (per key the newest Read time wins, so positions saved
// by another gazette process are kept), keeps the MaxIssues most recently
// read, and replaces state.json atomically. The store then holds the
// merged positions. A state.json that cannot be decoded is replaced; one
// written by a newer gazette (a higher version) is left alone and Save
// returns an error. On error, such as a read-only directory, nothing on
// disk changed, the store keeps its positions, and a later Save tries
// again.
func (s *Store) Save() error {
	if s.dir == "" {
		return nil
	}
	s.saving.Add(1)
	defer s.saving.Done()
	s.mu.Lock()
	if !s.dirty {
		s.mu.Unlock()
		return nil
	}
	mine := make(map[string]Position, len(s.issues))
	for k, p := range s.issues {
		mine[k] = p
	}
	s.dirty = false
	s.mu.Unlock()

	merged, err := s.write(mine)

	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.dirty = true
		return err
	}
	// Positions Set while the file was written are newer than the file.
	s.issues = prune(merge(merged, s.issues))
	return nil
}

// Wait returns when no Save is under way: a session whose interface ran
// saves in the background waits for them before it ends.
func (s *Store) Wait() { s.saving.Wait() }

// write merges mine into the state file under the lock and returns what
// it wrote.
func (s *Store) write(mine map[string]Position) (map[string]Position, error) {
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return nil, fmt.Errorf("saving state: %w", err)
	}
	unlock, err := lock(filepath.Join(s.dir, lockName))
	if err != nil {
		return nil, fmt.Errorf("saving state: %w", err)
	}
	defer unlock()
	removeStaleTemps(s.dir)

	path := filepath.Join(s.dir, fileName)
	disk, err := readFile(path)
	var newer *newerError
	if errors.As(err, &newer) {
		return nil, fmt.Errorf("saving state: %w", err)
	}
	// Any other error: the file is missing or corrupt, and is replaced.
	merged := prune(merge(disk, mine))
	b, err := json.MarshalIndent(file{Version: version, Issues: merged}, "", "\t")
	if err != nil {
		return nil, fmt.Errorf("saving state: %w", err)
	}
	if err := writeAtomic(s.dir, path, append(b, '\n')); err != nil {
		return nil, fmt.Errorf("saving state: %w", err)
	}
	return merged, nil
}

// newerError is the error of readFile for a file of a newer version.
type newerError struct {
	path    string
	version int
}

func (e *newerError) Error() string {
	return fmt.Sprintf("state file %s: version %d is newer than this gazette (%d)", e.path, e.version, version)
}

func (e *newerError) Unwrap() error { return ErrNewer }

// readFile reads and decodes a state file. A missing file is an empty
// state and no error.
func readFile(path string) (map[string]Position, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]Position{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("state file %s: %w", path, err)
	}
	var f file
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("state file %s: %w: %v", path, ErrCorrupt, err)
	}
	switch {
	case f.Version > version:
		return nil, &newerError{path, f.Version}
	case f.Version != version:
		return nil, fmt.Errorf("state file %s: %w: no valid version", path, ErrCorrupt)
	}
	if f.Issues == nil {
		f.Issues = map[string]Position{}
	}
	return f.Issues, nil
}

// writeAtomic replaces path with b through a temporary file in dir.
func writeAtomic(dir, path string, b []byte) error {
	tmp, err := os.CreateTemp(dir, tempPattern)
	if err != nil {
		return err
	}
	_, err = tmp.Write(b)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	// Make the rename durable; not every system can sync a directory.
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// removeStaleTemps removes temporary files left by a process that died
// while saving. It must be called with the lock held: then no other
// process is writing one.
func removeStaleTemps(dir string) {
	names, _ := filepath.Glob(filepath.Join(dir, tempPattern))
	for _, n := range names {
		os.Remove(n)
	}
}

// merge returns the union of a and b; for a key in both, the position
// with the later Read time wins, b's on a tie.
func merge(a, b map[string]Position) map[string]Position {
	out := make(map[string]Position, len(a)+len(b))
	for k, p := range a {
		out[k] = p
	}
	for k, p := range b {
		if q, ok := out[k]; !ok || !q.Read.After(p.Read) {
			out[k] = p
		}
	}
	return out
}

// prune keeps the MaxIssues most recently read positions of m.
func prune(m map[string]Position) map[string]Position {
	if len(m) <= MaxIssues {
		return m
	}
	out := make(map[string]Position, MaxIssues)
	for _, k := range recent(m)[:MaxIssues] {
		out[k] = m[k]
	}
	return out
}

// recent returns the keys of m, most recently read first (then by key,
// so that the order is stable).
func recent(m map[string]Position) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		ti, tj := m[keys[i]].Read, m[keys[j]].Read
		if !ti.Equal(tj) {
			return ti.After(tj)
		}
		return keys[i] < keys[j]
	})
	return keys
}
