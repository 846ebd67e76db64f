package catalog

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"gazette/data/query"
	"gazette/loader"
)

const gazettes = "../../testdata/gazettes/"

// sameAnswerQueries are the queries indexed and scanning search must
// answer alike.
var sameAnswerQueries = []string{
	"秸秆", "市发改委", `"加快构建现代产业体系"`, "加快构建现代产业体系", "应急", "应急 预案",
	"工作 任务", "发改委 2022年", "鸡政发〔2022〕1 号", "鸡政发[2022]1号", "2022", "PDF",
	"http", "附件", "责任单位", "一、", "（一）", "序号", "应 急救", "的", "()", "（一） ()",
}

// library writes a generated library to a new directory: the five samples
// and copies of them under other names with small edits (a term broken by
// a space and by a line break, lines dropped so that every later line
// moves, a paragraph added), and returns its files in order.
func library(t testing.TB) []string {
	dir := t.TempDir()
	names, err := filepath.Glob(gazettes + "*.txt")
	if err != nil || len(names) != 5 {
		t.Fatalf("samples: %v %v", names, err)
	}
	edits := []func(string) string{
		func(s string) string { return s },
		func(s string) string {
			s = strings.Replace(s, "秸秆", "秸 秆", 3)
			return strings.Replace(s, "发改委", "发改\n委", 2)
		},
		func(s string) string {
			lines := strings.Split(s, "\n")
			return strings.Join(append(lines[:40:40], lines[52:]...), "\n")
		},
		func(s string) string {
			return s + "\n\n市发改委负责秸秆综合利用和应急预案的修订。\n"
		},
	}
	var files []string
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		for k, edit := range edits {
			f := filepath.Join(dir, fmt.Sprintf("copy%d", k), filepath.Base(n))
			if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(f, []byte(edit(string(b))), 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
	}
	// An empty file: the loader refuses it, and both searches say so.
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return append(files, empty)
}

// scan searches files the way the command line does without the index:
// parse each file and search it. Hits are in file and reading order.
func scan(t testing.TB, files []string, m *query.Matcher) ([]query.Hit, []string) {
	var hits []query.Hit
	errs := make([]string, len(files))
	for i, f := range files {
		is, err := loader.Load(f)
		if err != nil {
			errs[i] = err.Error()
			continue
		}
		hits = append(hits, query.SearchIssue(is, i, m)...)
	}
	return hits, errs
}

func openTemp(t testing.TB) *Catalog {
	c, err := Open(filepath.Join(t.TempDir(), "cache", FileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// TestSameAnswers checks that indexed search returns exactly the hits of
// a scan, hit by hit and in the same order, on a generated library. Both
// lists are unsorted (file order, then reading order), so whatever ranks
// them ranks them alike.
func TestSameAnswers(t *testing.T) {
	files := library(t)
	c := openTemp(t)
	ctx := context.Background()
	sum, err := c.Sync(ctx, files, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != len(files) || sum.Failed != 1 {
		t.Fatalf("sync: %+v, want %d added and 1 failed", sum, len(files))
	}
	for _, q := range sameAnswerQueries {
		m, err := query.Compile(q)
		if err != nil {
			t.Fatal(err)
		}
		want, wantErrs := scan(t, files, m)
		got, errs, err := c.Search(ctx, files, m)
		if errors.Is(err, ErrNotIndexable) {
			if Indexable(m) {
				t.Errorf("%s: Indexable but Search says %v", q, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		for i, e := range errs {
			if s := fmt.Sprint(e); e != nil && s != wantErrs[i] || e == nil && wantErrs[i] != "" {
				t.Errorf("%s: file %s: error %q, scan says %q", q, files[i], s, wantErrs[i])
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d hits, scan finds %d", q, len(got), len(want))
		}
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("%s: hit %d:\n got %+v\nwant %+v", q, i, got[i], want[i])
				break
			}
		}
	}
}

// TestSameTop checks that SearchTop returns exactly the first hits of the
// ranked scan, for limits on both sides of every boundary between rank
// classes (where it stops reading the index), for every limit up to 40
// (inside a class, where it builds the trees of the files of the best hits
// only) and for no limit.
func TestSameTop(t *testing.T) {
	files := library(t)
	c := openTemp(t)
	ctx := context.Background()
	if _, err := c.Sync(ctx, files, nil, nil); err != nil {
		t.Fatal(err)
	}
	for _, q := range sameAnswerQueries {
		m, _ := query.Compile(q)
		if !Indexable(m) {
			continue
		}
		want, _ := scan(t, files, m)
		query.SortHits(want)
		limits := []int{0, 100}
		for limit := 1; limit <= 40; limit++ {
			limits = append(limits, limit)
		}
		for i := 1; i < len(want); i++ {
			if query.Class(want[i].Kind) != query.Class(want[i-1].Kind) {
				limits = append(limits, i-1, i, i+1)
			}
		}
		for _, limit := range limits {
			got, _, err := c.SearchTop(ctx, files, m, limit)
			if err != nil {
				t.Fatalf("%s: %v", q, err)
			}
			w := want
			if limit > 0 && limit < len(w) {
				w = w[:limit]
			}
			if len(got) != len(w) {
				t.Errorf("%s, limit %d: %d hits, the ranked scan's first %d", q, limit, len(got), len(w))
			}
			for i := range min(len(got), len(w)) {
				if !reflect.DeepEqual(got[i], w[i]) {
					t.Errorf("%s, limit %d: hit %d:\n got %+v\nwant %+v", q, limit, i, got[i], w[i])
					break
				}
			}
		}
	}
}

// TestOneCharacterQuery checks that a query of one-character terms is
// left to the scan.
func TestOneCharacterQuery(t *testing.T) {
	c := openTemp(t)
	for _, q := range []string{"的", "应 急", "a", "--", "() 的"} {
		m, _ := query.Compile(q)
		if Indexable(m) {
			t.Errorf("%s: Indexable", q)
		}
		if _, _, err := c.Search(context.Background(), nil, m); !errors.Is(err, ErrNotIndexable) {
			t.Errorf("%s: %v, want ErrNotIndexable", q, err)
		}
	}
}

// TestUpdate checks that a second sync touches only what changed: a file
// edited, a file whose time changed but not its content, a file removed
// from the directory, a new file; and that searches then find what a scan
// finds, the old blocks of the edited and removed files left unread.
func TestUpdate(t *testing.T) {
	files := library(t)
	root := filepath.Dir(files[0])
	root = filepath.Dir(root)
	c := openTemp(t)
	ctx := context.Background()
	if _, err := c.Sync(ctx, files, []string{root}, nil); err != nil {
		t.Fatal(err)
	}
	edited, touched, removed := files[0], files[1], files[2]
	if err := os.WriteFile(edited, []byte("鸡西市人民政府公报\n\n关于秸秆的通知\n鸡政发〔2030〕9号\n\n秸秆禁烧。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(touched, later, later); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(removed); err != nil {
		t.Fatal(err)
	}
	added := filepath.Join(root, "new.txt")
	if err := os.WriteFile(added, []byte("关于应急的通知\n鸡政发〔2030〕10号\n\n应急预案。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	now := append([]string{added}, files[:2]...)
	now = append(now, files[3:]...)
	var told [][2]int
	sum, err := c.Sync(ctx, now, []string{root}, func(done, total int) { told = append(told, [2]int{done, total}) })
	if err != nil {
		t.Fatal(err)
	}
	if len(told) != 4 || told[0] != [2]int{0, 3} || told[3] != [2]int{3, 3} {
		t.Errorf("progress told %v, want 0/3 before the edited, touched and added files are read, then up to 3/3", told)
	}
	want := Summary{Files: len(now), Added: 1, Updated: 1, Touched: 1, Removed: 1, Unchanged: len(now) - 3,
		Bytes: sum.Bytes}
	if sum != want {
		t.Errorf("second sync: %+v, want %+v", sum, want)
	}
	var orphans int
	if err := c.db.QueryRow(`SELECT count(*) FROM blocks WHERE file NOT IN (SELECT id FROM files)
		AND file NOT IN (SELECT id FROM stale)`).Scan(&orphans); err != nil || orphans != 0 {
		t.Errorf("%d blocks of files neither catalogued nor stale (%v)", orphans, err)
	}
	// The searches below must not find the old blocks of the files edited
	// and removed, left in the index (2 stale files of 20 are not merged).
	var stale int
	if err := c.db.QueryRow(`SELECT count(*) FROM stale`).Scan(&stale); err != nil || stale != 2 {
		t.Errorf("%d stale files (%v), want the edited and the removed one", stale, err)
	}
	if sum, _ := c.Sync(ctx, now, []string{root}, nil); sum.Unchanged != len(now) {
		t.Errorf("third sync: %+v, want everything unchanged", sum)
	}
	for _, q := range []string{"秸秆禁烧", "应急预案", "市发改委"} {
		m, _ := query.Compile(q)
		want, _ := scan(t, now, m)
		got, _, err := c.Search(ctx, now, m)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%s after the update: %d hits (%v), scan finds %d", q, len(got), err, len(want))
		}
	}
}

// TestConcurrent runs several catalogues on one file at once, as several
// gazette processes would: each syncs the same library and searches it.
func TestConcurrent(t *testing.T) {
	files := library(t)[:8]
	path := filepath.Join(t.TempDir(), FileName)
	m, _ := query.Compile("秸秆")
	want, _ := scan(t, files, m)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			c, err := Open(path)
			if err != nil {
				t.Error(err)
				return
			}
			defer c.Close()
			if _, err := c.Sync(context.Background(), files, nil, nil); err != nil {
				t.Error(err)
				return
			}
			got, _, err := c.Search(context.Background(), files, m)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("%d hits (%v), want %d", len(got), err, len(want))
			}
		})
	}
	wg.Wait()
}

// TestRebuild checks that a catalogue that is not a database, or is of
// another schema version, is replaced with a reason.
func TestRebuild(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.sqlite")
	if err := os.WriteFile(garbage, []byte(strings.Repeat("not a database\n", 500)), 0o644); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(dir, "foreign.sqlite")
	c, err := Open(foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.db.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	c.Close()
	for _, p := range []string{garbage, foreign} {
		c, err := Open(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if c.Rebuilt == "" {
			t.Errorf("%s: not rebuilt", p)
		}
		files := []string{gazettes + "jixi-2022-02.txt"}
		if sum, err := c.Sync(context.Background(), files, nil, nil); err != nil || sum.Added != 1 {
			t.Errorf("%s: sync after the rebuild: %+v %v", p, sum, err)
		}
		var size int
		if err := c.db.QueryRow("PRAGMA page_size").Scan(&size); err != nil || size != 8192 {
			t.Errorf("%s: pages of %d bytes (%v), want 8192", p, size, err)
		}
		c.Close()
		if c, err := Open(p); err != nil || c.Rebuilt != "" {
			t.Errorf("%s: reopened: %v, rebuilt %q", p, err, c.Rebuilt)
		} else {
			c.Close()
		}
	}
}

// TestList checks that the catalogue lists an issue as the parsed tree
// has it.
func TestList(t *testing.T) {
	c := openTemp(t)
	files := []string{gazettes + "jixi-2022-02.txt", gazettes + "hegang-2022-emergency-plan.txt", "missing.txt"}
	if _, err := c.Sync(context.Background(), files[:2], nil, nil); err != nil {
		t.Fatal(err)
	}
	es, err := c.List(context.Background(), files)
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range files[:2] {
		is, err := loader.Load(f)
		if err != nil {
			t.Fatal(err)
		}
		e := es[i]
		if e.Title != is.Title || e.Year != is.Year || e.Number != is.Number || e.Date != is.Date ||
			len(e.Documents) != len(is.Documents) || len(e.Warnings) != len(is.Warnings) || e.Hash == "" {
			t.Errorf("%s: listed %+v", f, e)
			continue
		}
		tables := 0
		for di, d := range is.Documents {
			if got := e.Documents[di]; got.Title != d.Title || got.Number != d.Number || got.Line != d.Line {
				t.Errorf("%s: document %d listed as %+v", f, di, got)
			}
			for ti, tb := range d.Tables() {
				got := e.Tables[tables]
				if got.Document != di || got.Index != ti || got.Records != len(tb.Records) ||
					got.Caption != tb.Caption || !reflect.DeepEqual(got.Columns, tb.Columns) {
					t.Errorf("%s: table %d of document %d listed as %+v", f, ti, di, got)
				}
				tables++
			}
		}
		if tables != len(e.Tables) {
			t.Errorf("%s: %d tables listed, %d in the tree", f, len(e.Tables), tables)
		}
	}
	if es[2].Hash != "" || !filepath.IsAbs(es[2].Path) {
		t.Errorf("a file not catalogued: %+v", es[2])
	}
}

// TestMerge checks when a sync merges the index into one segment: after it
// wrote at least half of the files the catalogue then holds, or when the
// files removed or indexed again since the last merge reach an eighth of
// them, their blocks deleted first; not after a smaller update, which
// leaves the old blocks in the index, unread by searches; and that it
// leaves the write-ahead log empty.
func TestMerge(t *testing.T) {
	files := library(t)
	root := filepath.Dir(filepath.Dir(files[0]))
	c := openTemp(t)
	ctx := context.Background()
	for i, step := range []struct {
		files, edit []string
		want, stale int // segments and stale files after the sync
	}{
		{files[:2], nil, 1, 0},
		{files, nil, 1, 0},             // 18 of 20 written: merged
		{files, files[:1], 2, 1},       // 1 of 20: a segment more
		{files, files[1:2], 3, 2},      // 2 stale of 20
		{files, files[2:3], 1, 0},      // 3 stale of 20: merged
		{files[:16], nil, 1, 0},        // 4 removed: an eighth of 16
		{files[:16], files[:1], 2, 1},  // 1 of 16
		{files[:16], files[1:9], 1, 0}, // 8 of 16
	} {
		for _, f := range step.edit {
			if err := os.WriteFile(f, []byte(fmt.Sprintf("关于秸秆的通知\n\n第%d次秸秆禁烧。\n", i)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := c.Sync(ctx, step.files, []string{root}, nil); err != nil {
			t.Fatal(err)
		}
		var n, stale, orphans int
		for q, v := range map[string]*int{
			"SELECT count(DISTINCT segid) FROM blocks_idx": &n,
			"SELECT count(*) FROM stale":                   &stale,
			"SELECT count(*) FROM blocks WHERE file NOT IN (SELECT id FROM files) AND file NOT IN (SELECT id FROM stale)": &orphans,
		} {
			if err := c.db.QueryRow(q).Scan(v); err != nil {
				t.Fatal(err)
			}
		}
		if n != step.want || stale != step.stale || orphans != 0 {
			t.Errorf("sync of %d files, %d edited: %d segments and %d stale files, want %d and %d; %d blocks of files neither catalogued nor stale",
				len(step.files), len(step.edit), n, stale, step.want, step.stale, orphans)
		}
		if st, err := os.Stat(c.Path() + "-wal"); err != nil || st.Size() != 0 {
			t.Errorf("sync of %d files, %d edited: the write-ahead log is not empty (%v)", len(step.files), len(step.edit), err)
		}
	}
}
