package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEndToEndTable runs the built binary in tmux (80x24) on jixi's task
// table: f on 完成时限 with a date comparison (the prompt counts the
// records before Enter), F on 责任领导 then Enter on the first leader, w
// for one line per record, and leaving and reopening the filtered table.
func TestEndToEndTable(t *testing.T) {
	bin := e2eBinary(t)
	issue, err := filepath.Abs("testdata/gazettes/jixi-2022-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	tt := &tmuxTerm{t: t, socket: fmt.Sprintf("gazette-e2e-table-%d", os.Getpid())}
	tt.start(t.TempDir(), bin, issue)
	t.Cleanup(func() { tt.tmux("kill-server") })

	tt.waitText("目  录", "1/4")
	tt.keys("j")
	tt.waitText("2/4")
	tt.keys("Enter")
	tt.waitText("鸡政发〔2022〕2号")
	tt.keys("G")
	tt.waitFor("the end of document 2", func(s string) bool { return strings.Contains(statusLine(s), "100%") })
	tt.keys("Enter")
	s := tt.waitText("record 1 of 167", "完成时限")
	// Wrapped at 80x24: five records or more, the others folded with ….
	if n := len(regexp.MustCompile(`(?m)^[│┃] (\d+) `).FindAllString(s, -1)); n < 5 || !strings.Contains(s, "…") {
		t.Errorf("%d records on the first screen, want at least 5 folded ones:\n%s", n, s)
	}

	// Due by June: the prompt counts before Enter.
	tt.keys("l", "l", "l", "l", "f")
	tt.waitText("完成时限 ›")
	tt.text("<=2022年6月")
	tt.waitText("→ 11 of 167 records")
	tt.keys("Enter")
	tt.waitFor("11 records due by June", func(s string) bool { return strings.Contains(statusLine(s), "record 1 of 11 · 1 filter") })

	// The leaders of those tasks; Enter keeps the first leader's records.
	tt.keys("h", "h", "F")
	s = tt.waitText("责任领导: ")
	first := regexp.MustCompile(`(?m)^› (\d+)  (\S+)`).FindStringSubmatch(s)
	if first == nil {
		t.Fatalf("no unit under the cursor:\n%s", s)
	}
	tt.keys("Enter")
	want := fmt.Sprintf("of %s · 2 filters", first[1])
	tt.waitFor(want, func(s string) bool { return strings.Contains(statusLine(s), want) })

	// One line per record: no rule between records.
	tt.keys("w")
	s = tt.waitFor("compact rows", func(s string) bool {
		return !strings.Contains(s, "┼") && strings.Count(s, "\n│ ") >= 2
	})

	// Leave the table and open it again: filters and density are kept.
	tt.keys("Escape")
	tt.waitFor("the reader", func(s string) bool { return strings.Contains(statusLine(s), "100%") })
	tt.keys("Enter")
	s = tt.waitFor("the table again", func(s string) bool { return strings.Contains(statusLine(s), want) })
	if strings.Contains(s, "┼") || !strings.Contains(s, "完成时限 ≤ 2022年6月") {
		t.Errorf("reopened table lost its density or filters:\n%s", s)
	}

	tt.keys("q")
	waitExit(t, tt)
}
