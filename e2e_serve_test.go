package main

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestEndToEndServe runs `gazette serve` as a process and reads the sample
// library through OpenSSH's own client in a real terminal (tmux, 80x24),
// then stops the server with SIGTERM as a service manager would.
func TestEndToEndServe(t *testing.T) {
	bin := e2eBinary(t)
	if _, err := exec.LookPath("ssh"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("ssh is required in CI")
		}
		t.Skip("ssh is not installed")
	}
	dir := t.TempDir()
	key := filepath.Join(dir, "reader")
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v %s", err, out)
	}
	addr := freePort(t)
	var logs bytes.Buffer
	srv := exec.Command(bin, "serve", "--listen", addr, "--authorized-keys", key+".pub", "testdata/gazettes")
	srv.Env = append(os.Environ(), "XDG_DATA_HOME="+filepath.Join(dir, "data"), "XDG_STATE_HOME="+filepath.Join(dir, "state"))
	srv.Stdout, srv.Stderr = &logs, &logs
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer srv.Process.Kill()
	waitListening(t, addr)

	host, port, _ := net.SplitHostPort(addr)
	tt := &tmuxTerm{t: t, socket: fmt.Sprintf("gazette-e2e-serve-%d", os.Getpid())}
	defer tt.tmux("kill-server")
	tt.start(filepath.Join(dir, "client-state"), "ssh", "-tt", "-F", "/dev/null", "-i", key, "-p", port,
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
		"reader@"+host)
	tt.waitText("鸡西市人民政府公报", "阳城县人民政府公报")
	tt.text("/鸡西")
	tt.keys("Enter", "Enter")
	tt.waitText("目  录")
	tt.keys("j", "Enter")
	tt.waitText("鸡政发〔2022〕2号")

	start := time.Now()
	if err := srv.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := srv.Wait(); err != nil {
		t.Fatalf("the server ended with %v:\n%s", err, logs.String())
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the server took %v to close after SIGTERM", d)
	}
	for _, want := range []string{"session start", "session end", "shutting down"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("the server's log lacks %q:\n%s", want, logs.String())
		}
	}
}

func freePort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func waitListening(t *testing.T, addr string) {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the server never listened on %s", addr)
}
