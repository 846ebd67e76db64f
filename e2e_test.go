package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// tmuxTerm is a terminal running gazette in tmux, on a server of its own.
type tmuxTerm struct {
	t      *testing.T
	socket string
	lang   string // LANG of the terminal, C.UTF-8 when ""
}

// e2eBinary builds gazette once for all the end-to-end tests, which need
// tmux (CI installs it; elsewhere the tests skip without it).
func e2eBinary(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is required in CI")
		}
		t.Skip("tmux is not installed")
	}
	if testing.Short() {
		t.Skip("end-to-end test in -short mode")
	}
	build.Do(func() {
		dir, err := os.MkdirTemp("", "gazette-e2e")
		if err != nil {
			build.err = err
			return
		}
		build.bin = filepath.Join(dir, "gazette")
		if out, err := exec.Command("go", "build", "-o", build.bin, ".").CombinedOutput(); err != nil {
			build.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if build.err != nil {
		t.Fatal(build.err)
	}
	return build.bin
}

// build is the binary the end-to-end tests share; TestMain removes it.
var build struct {
	sync.Once
	bin string
	err error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if build.bin != "" {
		os.RemoveAll(filepath.Dir(build.bin))
	}
	os.Exit(code)
}

// start runs cmd in a new 80x24 tmux session named e2e, in a UTF-8
// terminal with its reading positions under xdg.
func (tt *tmuxTerm) start(xdg string, cmd ...string) {
	tt.t.Helper()
	lang := tt.lang
	if lang == "" {
		lang = "C.UTF-8"
	}
	args := append([]string{"-f", "/dev/null", "new-session", "-d", "-s", "e2e", "-x", "80", "-y", "24",
		"env", "TERM=xterm-256color", "LANG=" + lang, "LC_ALL=", "LC_MESSAGES=", "XDG_STATE_HOME=" + xdg}, cmd...)
	if out, err := tt.tmux(args...); err != nil {
		tt.t.Fatalf("tmux new-session: %v %s", err, out)
	}
}

func (tt *tmuxTerm) tmux(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-L", tt.socket}, args...)...).CombinedOutput()
	return string(out), err
}

// keys sends tmux key names (Enter, Escape, j …).
func (tt *tmuxTerm) keys(keys ...string) {
	tt.t.Helper()
	if out, err := tt.tmux(append([]string{"send-keys", "-t", "e2e"}, keys...)...); err != nil {
		tt.t.Fatalf("send-keys %v: %v %s", keys, err, out)
	}
}

// text types s literally.
func (tt *tmuxTerm) text(s string) {
	tt.t.Helper()
	if out, err := tt.tmux("send-keys", "-t", "e2e", "-l", s); err != nil {
		tt.t.Fatalf("send-keys %q: %v %s", s, err, out)
	}
}

func (tt *tmuxTerm) screen() string {
	out, _ := tt.tmux("capture-pane", "-p", "-t", "e2e")
	return out
}

// waitFor polls the screen until ok accepts it and it stays the same for
// one more poll (a frame may be captured half drawn), and returns it.
func (tt *tmuxTerm) waitFor(what string, ok func(screen string) bool) string {
	tt.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	last := ""
	for {
		s := tt.screen()
		if ok(s) && s == last {
			return s
		}
		last = s
		if time.Now().After(deadline) {
			tt.t.Fatalf("timed out waiting for %s; the screen shows:\n%s", what, s)
		}
		time.Sleep(30 * time.Millisecond)
	}
}

// waitText waits until the screen contains every one of texts.
func (tt *tmuxTerm) waitText(texts ...string) string {
	tt.t.Helper()
	return tt.waitFor(fmt.Sprintf("%q", texts), func(s string) bool {
		for _, x := range texts {
			if !strings.Contains(s, x) {
				return false
			}
		}
		return true
	})
}

// statusLine returns the last line of the screen.
func statusLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// TestEndToEnd runs the built binary in a real terminal (tmux, 80x24) on a
// real issue: contents page, document 2, its third section, a search,
// back, quit.
func TestEndToEnd(t *testing.T) {
	bin := e2eBinary(t)
	issue, err := filepath.Abs("testdata/gazettes/jixi-2022-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	tt := &tmuxTerm{t: t, socket: fmt.Sprintf("gazette-e2e-%d", os.Getpid())}
	tt.start(t.TempDir(), bin, issue)
	t.Cleanup(func() { tt.tmux("kill-server") })

	e2eReader(t, tt)
	e2eTaskTable(t, tt)
	tt.keys("q")
	waitExit(t, tt)
}

// e2eReader checks the contents page, a document, section navigation and
// a search in it, and back to the contents page.
func e2eReader(t *testing.T, tt *tmuxTerm) {
	// One file: straight to its contents page.
	s := tt.waitText("目  录", "市政府办公室文件", "1/4")
	if !strings.Contains(s, "鸡西市人民政府办公室印发鸡西市特种设备事故应急预案的通知") {
		t.Errorf("contents page lacks the fourth entry:\n%s", s)
	}

	// Document 2.
	tt.keys("j")
	tt.waitText("2/4")
	tt.keys("Enter")
	tt.waitText("鸡政发〔2022〕2号", "鸡西市人民政府  2022-01-20")

	// Its third section, one ] at a time.
	for _, sec := range []string{"一、加强组织领导。", "二、细化工作举措。", "三、密切协作配合。"} {
		tt.keys("]")
		s = tt.waitFor("section "+sec, func(s string) bool { return strings.Contains(statusLine(s), sec) })
	}
	// ] puts the heading a third down the screen.
	if i := strings.Index(s, "三、密切协作配合。"); i < 0 || strings.Count(s[:i], "\n") > 12 {
		t.Errorf("the third section's heading is not in the top third:\n%s", s)
	}

	// Search, then the next match.
	count := regexp.MustCompile(`(\d+)/(\d+)\s+\d+%`)
	tt.keys("/")
	tt.text("督查")
	tt.keys("Enter")
	s = tt.waitFor("a match count", func(s string) bool { return count.MatchString(statusLine(s)) })
	m := count.FindStringSubmatch(statusLine(s))
	if m[1] != "1" || m[2] == "0" || !strings.Contains(s, "督查") {
		t.Errorf("search: count %q, screen:\n%s", m[0], s)
	}
	if m[2] != "1" {
		tt.keys("n")
		tt.waitFor("match 2", func(s string) bool { return strings.Contains(statusLine(s), "2/"+m[2]) })
	}

	// Esc clears the search, the next goes back to the contents page with
	// the document's entry selected.
	tt.keys("Escape")
	tt.waitFor("the search cleared", func(s string) bool { return !count.MatchString(statusLine(s)) })
	tt.keys("Escape")
	tt.waitText("目  录", "2/4")
}

// e2eTaskTable opens document 2's task table from the contents page,
// filters its 责任单位 column and reads records as cards.
func e2eTaskTable(t *testing.T, tt *tmuxTerm) {
	// Document 2 again; its end shows only its task table, which Enter
	// opens full screen.
	tt.keys("Enter")
	tt.waitText("鸡政发〔2022〕2号")
	tt.keys("G")
	tt.waitFor("the end of document 2", func(s string) bool { return strings.Contains(statusLine(s), "100%") })
	tt.keys("Enter")
	tt.waitText("record 1 of 167", "责任单位", "完成时限")

	// Filter column 责任单位 (the fourth) by 发改委.
	tt.keys("l", "l", "l", "f")
	tt.waitText("责任单位 ›")
	tt.text("发改委")
	tt.keys("Enter")
	s := tt.waitFor("31 of 167", func(s string) bool { return strings.Contains(statusLine(s), "record 1 of 31 · 1 filter") })
	if !strings.Contains(s, "责任单位 has 发改委") {
		t.Errorf("no filter chip:\n%s", s)
	}
	rows := unitsOfRows(s, "责任单位")
	if len(rows) == 0 {
		t.Errorf("no whole record on screen:\n%s", s)
	}
	for _, units := range rows {
		if !strings.Contains(units, "发改委") {
			t.Errorf("a record's 责任单位 %q does not name 发改委:\n%s", units, s)
		}
	}

	// A record card, the next record, back to the table.
	tt.keys("Enter")
	s = tt.waitFor("a record card", func(s string) bool { return strings.Contains(statusLine(s), "1 of 31") })
	if !strings.Contains(s, "责任单位") || !strings.Contains(s, "发改委") {
		t.Errorf("the card lacks its 责任单位:\n%s", s)
	}
	tt.keys("n")
	tt.waitFor("the next record", func(s string) bool { return strings.Contains(statusLine(s), "2 of 31") })
	tt.keys("Escape")
	tt.waitFor("the table", func(s string) bool { return strings.Contains(statusLine(s), "of 31 · 1 filter") })
}

// unitsOfRows returns, for every record row of a table on screen that is
// whole (between two rules), the text of the column named column, its
// lines joined.
func unitsOfRows(screen, column string) []string {
	col := -1
	var out []string
	var cur strings.Builder
	in := false
	for _, line := range strings.Split(screen, "\n") {
		cells := strings.FieldsFunc(line, func(r rune) bool { return r == '│' || r == '┃' })
		switch {
		case strings.HasPrefix(line, "├") || strings.HasPrefix(line, "└"):
			if in && col >= 0 {
				out = append(out, cur.String())
			}
			cur.Reset()
			in = strings.Contains(line, "┼") || strings.Contains(line, "┬")
		case col < 0:
			for i, c := range cells {
				if strings.TrimSpace(c) == column {
					col = i
				}
			}
		case in && col < len(cells):
			cur.WriteString(strings.TrimSpace(cells[col]))
		}
	}
	return out
}

// TestEndToEndSearch runs the built binary in tmux (80x24) on the sample
// library: it searches every issue for 秸秆, opens the second hit at its
// match, returns to the results and quits; started again, it lists the
// issue read first and reopens it where it was left.
func TestEndToEndSearch(t *testing.T) {
	bin := e2eBinary(t)
	xdg := t.TempDir()
	tt := &tmuxTerm{t: t, socket: fmt.Sprintf("gazette-e2e-search-%d", os.Getpid())}
	start := func() { tt.start(xdg, bin) }
	start()
	t.Cleanup(func() { tt.tmux("kill-server") })
	waitLoaded(tt)

	// ctrl+f, 秸秆, Enter: every hit once all issues are searched.
	tt.keys("C-f")
	tt.waitText("search all:")
	tt.text("秸秆")
	tt.keys("Enter")
	done := regexp.MustCompile(`(\d+) hits in (\d+) issues\s+1/(\d+)`)
	s := tt.waitFor("the results", func(s string) bool {
		return done.MatchString(statusLine(s)) && !strings.Contains(s, "searching")
	})
	if m := done.FindStringSubmatch(statusLine(s)); m[1] == "0" || m[1] == "1" || m[1] != m[3] {
		t.Fatalf("results %q:\n%s", m[0], s)
	}

	// The second hit: its document, with 秸秆 on screen as the current match.
	tt.keys("j")
	s = tt.waitFor("the second hit", func(s string) bool { return strings.Contains(statusLine(s), "2/") })
	hit := cursorRow(s)
	if !strings.Contains(hit, "秸秆") {
		t.Fatalf("the cursor row %q lacks 秸秆:\n%s", hit, s)
	}
	issue := issueOfCursor(s)
	tt.keys("Enter")
	count := regexp.MustCompile(`(\d+)/(\d+)\s+\d+%`)
	s = tt.waitFor("the document", func(s string) bool { return count.MatchString(statusLine(s)) })
	body := s[:strings.LastIndex(strings.TrimRight(s, "\n"), "\n")]
	if !strings.Contains(strings.ReplaceAll(body, "\n", ""), "秸秆") {
		t.Errorf("the match is not on screen:\n%s", s)
	}
	reading := s

	// Esc: the results again, the cursor on the second hit.
	tt.keys("Escape")
	s = tt.waitFor("the results", func(s string) bool { return strings.Contains(statusLine(s), "hits in") })
	if got := cursorRow(s); got != hit || !strings.Contains(statusLine(s), "2/") {
		t.Errorf("back at the results the cursor is on %q, want %q:\n%s", got, hit, s)
	}

	// Back in the reader, q quits and saves the place.
	tt.keys("Enter")
	tt.waitFor("the document", func(s string) bool { return count.MatchString(statusLine(s)) })
	tt.keys("q")
	waitExit(t, tt)
	if _, err := os.Stat(filepath.Join(xdg, "gazette", "state.json")); err != nil {
		t.Fatalf("no state saved: %v", err)
	}

	// Started again: the issue read is listed first and opens at the place.
	start()
	s = waitLoaded(tt)
	if first := strings.Split(s, "\n")[2]; !strings.Contains(first, issue) {
		t.Errorf("the first issue listed is %q, want %s:\n%s", first, issue, s)
	}
	tt.keys("Enter")
	s = tt.waitFor("the document", func(s string) bool { return strings.Contains(statusLine(s), "%") })
	if strings.SplitN(s, "\n", 2)[0] != strings.SplitN(reading, "\n", 2)[0] {
		t.Errorf("reopened at\n%s\nwant the screen left:\n%s", s, reading)
	}
	tt.keys("q")
	waitExit(t, tt)
}

// waitLoaded waits until the library lists the five sample issues, every
// one loaded: the state, not a count of rows, which is there before the
// issues load.
func waitLoaded(tt *tmuxTerm) string {
	tt.t.Helper()
	titles := []string{"鸡西市人民政府公报", "晋城市人民政府公报", "阳城县人民政府公报", "双鸭山市人民政府公报", "鹤岗市人民政府"}
	return tt.waitFor("the five issues loaded", func(s string) bool {
		if strings.Contains(s, "loading") || strings.Contains(s, "加载中") {
			return false
		}
		for _, x := range titles {
			if !strings.Contains(s, x) {
				return false
			}
		}
		return true
	})
}

// issueOfCursor returns the issue of the hit under the cursor of the
// search results: the start of the document line above it (ISSUE no. N ›
// 文号 title).
func issueOfCursor(screen string) string {
	issue := ""
	for _, l := range strings.Split(screen, "\n") {
		if strings.HasPrefix(l, "  > ") {
			return issue
		}
		if name, _, ok := strings.Cut(l, " no. "); ok && !strings.HasPrefix(l, "    ") {
			issue = strings.TrimSpace(name)
		}
	}
	return issue
}

// cursorRow returns the line of the screen under the cursor (marked >).
func cursorRow(screen string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.HasPrefix(l, "  > ") {
			return strings.TrimRight(l, " ")
		}
	}
	return ""
}

// waitExit waits until gazette has quit and the tmux session ended.
func waitExit(t *testing.T, tt *tmuxTerm) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, err := tt.tmux("has-session", "-t", "e2e"); err != nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("gazette did not quit; the screen shows:\n%s", tt.screen())
		}
		time.Sleep(30 * time.Millisecond)
	}
}
