package cli

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"golang.org/x/text/encoding/simplifiedchinese"

	"gazette/data"
	"gazette/data/query"
	"gazette/loader"
)

// TestDetachKeepsNoText checks that no string of a detached hit points
// into the file it was found in: a search with many hits must not keep
// every matching file's text alive.
func TestDetachKeepsNoText(t *testing.T) {
	for _, f := range realFiles {
		b, err := os.ReadFile(gazettes + f + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		is, err := loader.Parse(f, b)
		if err != nil {
			t.Fatal(err)
		}
		m, err := query.Compile("市")
		if err != nil {
			t.Fatal(err)
		}
		start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
		inFile := func(s string) bool {
			p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
			return s != "" && p >= start && p < start+uintptr(len(b))
		}
		hits := query.SearchIssue(is, 0, m)
		if len(hits) == 0 {
			t.Fatalf("%s: no hits", f)
		}
		for _, h := range detach(hits) {
			strs := append([]string{h.Title, h.Number, h.Context, h.Date}, h.Path...)
			for _, s := range strs {
				if inFile(s) {
					t.Fatalf("%s: hit at line %d keeps the file's text alive through %q", f, h.Line, s)
				}
			}
		}
	}
}

func TestSearchGolden(t *testing.T) {
	cases := []struct {
		name     string
		terminal bool
		vars     map[string]string
		args     []string
		golden   string
	}{
		{"piped", false, nil, []string{"search", "秸秆"}, "search/jiegan.txt"},
		{"terminal", true, nil, []string{"search", "秸秆"}, "search/jiegan-terminal.txt"},
		{"terminal NO_COLOR", true, map[string]string{"NO_COLOR": "1"}, []string{"search", "秸秆"}, "search/jiegan.txt"},
		{"json", false, nil, []string{"search", "--json", "秸秆"}, "search/jiegan.json"},
		{"words and phrase", false, nil, []string{"search", `发改委 "2022年6月"`, jixi}, "search/jixi-fagaiwei-june.txt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := runIn(t, c.terminal, c.vars, c.args...)
			if code != ExitFound || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			if strings.Contains(out, "\x1b") != (c.terminal && c.vars["NO_COLOR"] == "") {
				t.Errorf("escape sequences in the output: %v, want them only on a terminal without NO_COLOR", strings.Contains(out, "\x1b"))
			}
			golden(t, c.golden, out)
		})
	}
}

// TestSearchOrder checks that titles and headings come first, then text,
// then table records.
func TestSearchOrder(t *testing.T) {
	out, _, code := run(t, "search", "--json", "发改委")
	if code != ExitFound {
		t.Fatalf("exit %d", code)
	}
	var hits []jsonHit
	if err := json.Unmarshal([]byte(out), &hits); err != nil {
		t.Fatal(err)
	}
	rank := map[string]int{"title": 0, "heading": 0, "paragraph": 1, "table": 2}
	kinds := map[string]bool{}
	for i, h := range hits {
		kinds[h.Kind] = true
		if i > 0 && rank[h.Kind] < rank[hits[i-1].Kind] {
			t.Fatalf("hit %d (%s) after hit %d (%s)", i, h.Kind, i-1, hits[i-1].Kind)
		}
		if (h.Kind == "table") != (h.Table != nil && h.Record != nil) {
			t.Errorf("hit %d: kind %s with table %v, record %v", i, h.Kind, h.Table, h.Record)
		}
	}
	if !kinds["paragraph"] || !kinds["table"] {
		t.Errorf("kinds %v: want paragraphs and table records", kinds)
	}
}

// TestSearchSourceLine checks that every hit search --json reports can be
// found at its source line: the match is within the line and the few lines
// after it, once the text is normalised as the matcher does. A hit in a
// paragraph or list item has the line the paragraph or item starts on, so
// there the match may be anywhere up to the next block or item.
func TestSearchSourceLine(t *testing.T) {
	type file struct {
		lines []string
		// ends maps the line of every paragraph and list item to the line
		// of the node after it.
		ends map[int]int
	}
	files := map[string]file{}
	for _, f := range realFiles {
		b, err := os.ReadFile(gazettes + f + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		is, err := loader.Parse(f, b)
		if err != nil {
			t.Fatal(err)
		}
		files[f+".txt"] = file{strings.Split(string(b), "\n"), blockEnds(is)}
	}
	for _, q := range []string{"秸秆", "应急", "发改委", "2022年6月", "鸡政发", "安全生产 责任", "附件"} {
		out, _, code := run(t, "search", "--json", q)
		if code != ExitFound {
			t.Fatalf("%s: exit %d", q, code)
		}
		var hits []jsonHit
		if err := json.Unmarshal([]byte(out), &hits); err != nil {
			t.Fatal(err)
		}
		m, err := query.Compile(q)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			f := files[h.File]
			if h.Line < 1 || h.Line > len(f.lines) {
				t.Errorf("%s: %s line %d out of range", q, h.File, h.Line)
				continue
			}
			end := h.Line + 4
			if next, ok := f.ends[h.Line]; ok && h.Kind == "paragraph" {
				end = max(end, next-1)
			}
			first := h.Line
			if h.Kind == "caption" { // printed a few lines above the table's first row
				first = max(h.Line-8, 1)
			}
			window := query.Normalize(strings.Join(f.lines[first-1:min(end, len(f.lines))], "\n"))
			found := false
			for _, term := range m.Terms() {
				if strings.Contains(window, term) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: %s hit at %s:%d not found there: %q", q, h.Kind, h.File, h.Line, f.lines[h.Line-1])
			}
		}
	}
}

// blockEnds maps the line of every paragraph and list item in is to the
// line of the next title, heading, block or item after it (a large number
// for the last).
func blockEnds(is *data.Issue) map[int]int {
	var starts []int
	ends := map[int]int{}
	var blocks func(bs []data.Block)
	blocks = func(bs []data.Block) {
		for _, b := range bs {
			starts = append(starts, b.Line)
			switch b.Kind {
			case data.Paragraph:
				ends[b.Line] = 0
			case data.List:
				// Each item has its own line: a hit in an item must be
				// found before the next item.
				for _, l := range b.ItemLines {
					starts = append(starts, l)
					ends[l] = 0
				}
			}
		}
	}
	for _, d := range is.Documents {
		starts = append(starts, d.Line)
		blocks(d.Blocks)
		d.Walk(func(s *data.Section) bool {
			starts = append(starts, s.Line)
			blocks(s.Blocks)
			return true
		})
	}
	slices.Sort(starts)
	for l := range ends {
		i, _ := slices.BinarySearch(starts, l+1)
		ends[l] = math.MaxInt32
		if i < len(starts) {
			ends[l] = starts[i]
		}
	}
	return ends
}

func TestSearchExit(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		code int
		want string // in stderr's single line, "" for no stderr
	}{
		{"nothing found", []string{"search", "不存在的词语组合"}, ExitNotFound, ""},
		{"words in different paragraphs", []string{"search", "秸秆 特种设备", jixi}, ExitNotFound, ""},
		{"no query", []string{"search"}, ExitError, "QUERY"},
		{"empty query", []string{"search", "  "}, ExitError, "empty"},
		{"unbalanced quote", []string{"search", `"秸秆`}, ExitError, "quote"},
		{"negated", []string{"search", "!秸秆"}, ExitError, "negated"},
		{"missing file", []string{"search", "秸秆", filepath.Join(dir, "nope.txt")}, ExitError, "nope.txt"},
		{"empty file", []string{"search", "秸秆", empty}, ExitError, "empty"},
		{"unknown flag", []string{"search", "--frobnicate", "秸秆"}, ExitError, "frobnicate"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := run(t, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, c.code, errs)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			if c.want == "" && errs != "" {
				t.Errorf("stderr %q, want nothing", errs)
			}
			if c.want != "" && (strings.Count(errs, "\n") != 1 || !strings.Contains(errs, c.want)) {
				t.Errorf("stderr %q: want one line naming %q", errs, c.want)
			}
		})
	}
}

// TestSearchPrefilter checks that the shortcut that skips files without a
// rune of the query does not lose hits: in text broken across lines, in
// full-width forms and in GB18030 files, which are decoded first.
func TestSearchPrefilter(t *testing.T) {
	gb, err := simplifiedchinese.GB18030.NewEncoder().String("关于秸秆综合利用的通知\n\n加强秸秆\n综合利用工作。\n")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string]string{
		"broken.txt": "关于做好工作的通知\n\n各单位要加强秸\n秆综合利用。\n",
		"wide.txt":   "关于做好工作的通知\n\n全年完成ＰＭ２．５治理目标。\n",
		"gb.txt":     gb,
		"none.txt":   "关于做好工作的通知\n\n没有相关内容。\n",
		// A saved web page below the directory, writing 秸秆 as entities.
		"page.html": "<html><body><h1>关于做好工作的通知</h1><p>各单位要加强&#31224;&#31174;综合利用，确保完成全年目标任务。</p></body></html>",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		query string
		files []string // the files with hits
	}{
		{"秸秆", []string{"broken.txt", "gb.txt", "page.html"}},
		{"pm2.5", []string{"wide.txt"}},
		{"综合利用", []string{"broken.txt", "gb.txt", "page.html"}},
	}
	for _, c := range cases {
		out, errs, code := run(t, "search", "--json", c.query, dir)
		if code != ExitFound || errs != "" {
			t.Fatalf("%s: exit %d, stderr %q", c.query, code, errs)
		}
		var hits []jsonHit
		if err := json.Unmarshal([]byte(out), &hits); err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, h := range hits {
			got[filepath.Base(h.File)] = true
		}
		for _, f := range c.files {
			if !got[f] {
				t.Errorf("%s: no hit in %s", c.query, f)
			}
		}
		if len(got) != len(c.files) {
			t.Errorf("%s: hits in %v, want %v", c.query, got, c.files)
		}
	}
}
