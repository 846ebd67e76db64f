package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestEndToEndHangup closes the terminal under a reader in the middle of a
// document, as closing an SSH window does (tmux sends SIGHUP): the place
// is saved all the same, and the next start opens there.
func TestEndToEndHangup(t *testing.T) {
	bin := e2eBinary(t)
	issue, err := filepath.Abs("testdata/gazettes/jixi-2022-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	xdg := t.TempDir()
	tt := &tmuxTerm{t: t, socket: fmt.Sprintf("gazette-e2e-hangup-%d", os.Getpid())}
	t.Cleanup(func() { tt.tmux("kill-server") })

	tt.start(xdg, bin, issue)
	tt.waitText("目  录", "1/4")
	tt.keys("j", "Enter")
	tt.waitText("鸡政发〔2022〕2号")
	tt.keys("Space", "Space")
	scrolled := regexp.MustCompile(`\b[1-9]\d*%`)
	reading := tt.waitFor("two pages down", func(s string) bool {
		return scrolled.MatchString(statusLine(s))
	})
	tt.tmux("kill-server")
	state := filepath.Join(xdg, "gazette", "state.json")
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, err := os.Stat(state); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no reading position saved after the terminal hung up")
		}
		time.Sleep(30 * time.Millisecond)
	}

	tt.start(xdg, bin, issue)
	s := tt.waitFor("the reader again", func(s string) bool { return strings.Contains(statusLine(s), "%") })
	if strings.SplitN(s, "\n", 2)[0] != strings.SplitN(reading, "\n", 2)[0] {
		t.Errorf("reopened at\n%s\nwant the screen left:\n%s", s, reading)
	}
	tt.keys("q")
	waitExit(t, tt)
}
