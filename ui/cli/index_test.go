package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIndexedSearch checks that search through the index prints exactly
// what the scan prints (all hits, and the first few with --limit), on the
// samples and on a copy with a file changed
// and one removed, and that the index is built without being asked (one
// summary line on stderr when it is not a terminal), then used silently.
func TestIndexedSearch(t *testing.T) {
	dir := t.TempDir()
	names, _ := filepath.Glob(gazettes + "*.txt")
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(n)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	vars := map[string]string{"XDG_CACHE_HOME": filepath.Join(t.TempDir(), "cache")}
	queries := []string{"秸秆", "市发改委", `"加快构建现代产业体系"`, "应急 预案", "鸡政发〔2022〕1 号", "2022", "应"}
	compare := func(stage string) {
		for _, q := range queries {
			for _, format := range [][]string{nil, {"--json"}, {"--limit", "3"}, {"--limit", "12", "--json"}} {
				args := append(append([]string{"search"}, format...), q, dir)
				got, gotErr, gotCode := runIn(t, false, vars, args...)
				want, wantErr, wantCode := runIn(t, false, vars, append([]string{"search", "--no-index"}, args[1:]...)...)
				if got != want || gotCode != wantCode || gotErr != wantErr {
					t.Errorf("%s: %v: indexed and scanning search differ:\n%s\n%s\n--- scan:\n%s\n%s",
						stage, args, got, gotErr, want, wantErr)
				}
			}
		}
	}
	_, errs, code := runIn(t, false, vars, "search", "秸秆", dir)
	if code != ExitFound || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "5 added") {
		t.Errorf("first search: exit %d, stderr %q: want one summary line", code, errs)
	}
	compare("first use")
	f := filepath.Join(dir, "jixi-2022-02.txt")
	b, _ := os.ReadFile(f)
	if err := os.WriteFile(f, []byte(strings.ReplaceAll(string(b), "秸秆", "玉米秸秆")), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "yangcheng-2022-03.txt")); err != nil {
		t.Fatal(err)
	}
	out, errs, code := runIn(t, false, vars, "index", dir)
	if code != ExitFound || errs != "" || !strings.Contains(out, "1 changed, 1 removed, 3 unchanged") {
		t.Errorf("index after a change: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	compare("after a change")
}

// TestIndexProgress checks that a terminal gets a progress bar on stderr,
// erased at the end, and the summary on stdout.
func TestIndexProgress(t *testing.T) {
	vars := map[string]string{"XDG_CACHE_HOME": filepath.Join(t.TempDir(), "cache")}
	out, errs, code := runIn(t, true, vars, "index", gazettes)
	if code != ExitFound || !strings.Contains(out, "5 files, 5 added") {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	if !strings.HasPrefix(errs, "\rindexing [") || !strings.Contains(errs, "] 5/5") || !strings.HasSuffix(errs, "\r\x1b[K") {
		t.Errorf("stderr %q: want a progress bar, erased", errs)
	}
	out, errs, code = runIn(t, true, vars, "index", gazettes)
	if code != ExitFound || errs != "" || !strings.Contains(out, "5 unchanged") {
		t.Errorf("again: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestIndexInChinese: under a Chinese locale the progress bar and the
// summary speak Chinese, from the message catalogue.
func TestIndexInChinese(t *testing.T) {
	vars := map[string]string{"XDG_CACHE_HOME": filepath.Join(t.TempDir(), "cache"), "LANG": "zh_CN.UTF-8"}
	out, errs, code := runIn(t, true, vars, "index", gazettes)
	if code != ExitFound || !strings.Contains(out, "5 个文件，新增 5") || !strings.Contains(out, "秒") {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	if !strings.HasPrefix(errs, "\r正在索引 [") {
		t.Errorf("stderr %q: want a progress bar in Chinese", errs)
	}
}
