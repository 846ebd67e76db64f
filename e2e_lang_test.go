package main

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// keyCaps are the names on keys, which the Chinese help keeps.
var keyCaps = map[string]bool{"PgDn": true, "PgUp": true, "Home": true, "End": true, "Esc": true, "Tab": true, "Ctrl": true}

var englishWord = regexp.MustCompile(`[A-Za-z]{3,}`)

// TestEndToEndLanguage walks through the library, a contents page, the
// reader with its outline, table list and search, the library search and
// the help of each, in a Chinese locale and in C.UTF-8: in Chinese no
// English word of the interface shows (status lines, help, prompts, pane
// titles); in English no Chinese one (help, the library's status line).
func TestEndToEndLanguage(t *testing.T) {
	bin := e2eBinary(t)
	for _, lang := range []string{"zh_CN.UTF-8", "C.UTF-8"} {
		t.Run(lang, func(t *testing.T) {
			tt := &tmuxTerm{t: t, socket: fmt.Sprintf("gazette-e2e-%s-%d", lang[:2], os.Getpid()), lang: lang}
			tt.start(t.TempDir(), bin)
			t.Cleanup(func() { tt.tmux("kill-server") })
			zh := strings.HasPrefix(lang, "zh")
			check := func(where, text string) {
				t.Helper()
				if zh {
					for _, w := range englishWord.FindAllString(text, -1) {
						if !keyCaps[w] {
							t.Errorf("%s: English %q in\n%s", where, w, text)
						}
					}
				} else if strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
					t.Errorf("%s: Chinese in\n%s", where, text)
				}
			}
			help := func(where string) {
				t.Helper()
				tt.keys("?")
				s := tt.waitFor("the help of "+where, func(s string) bool { return strings.Contains(s, "╭") })
				check("help of "+where, s)
				tt.keys("Escape")
				tt.waitFor("the help closed", func(s string) bool { return !strings.Contains(s, "╭") })
			}
			s := waitLoaded(tt)
			check("library", statusLine(s))
			check("library title", strings.SplitN(s, "\n", 2)[0])
			help("the library")
			if !zh {
				return // the other screens show the issues' Chinese
			}
			tt.keys("j", "j", "Enter") // 鸡西
			s = tt.waitText("目  录")
			check("contents", statusLine(s))
			help("the contents page")
			tt.keys("j", "Enter") // document 2
			s = tt.waitText("鸡政发〔2022〕2号")
			check("reader", statusLine(s))
			help("the reader")
			tt.keys("o")
			s = tt.waitText("提纲", "167条")
			check("outline", strings.SplitN(s, "\n", 2)[0]+"\n"+statusLine(s))
			help("the outline")
			tt.keys("o")
			tt.waitFor("the outline closed", func(s string) bool { return !strings.Contains(s, "提纲") })
			tt.keys("t")
			s = tt.waitText("本篇表格", "167条")
			check("table list", s)
			help("the table list")
			tt.keys("Escape")
			tt.waitFor("the reader", func(s string) bool { return strings.Contains(statusLine(s), "鸡政发〔2022〕2号") })
			tt.keys("/")
			tt.text("督查")
			tt.keys("Enter")
			s = tt.waitFor("the search", func(s string) bool { return strings.Contains(statusLine(s), "1/") })
			check("search", statusLine(s))
			tt.keys("C-f")
			tt.text("秸秆")
			tt.keys("Enter")
			s = tt.waitFor("the results", func(s string) bool { return strings.Contains(statusLine(s), "条结果") })
			check("results", strings.SplitN(s, "\n", 2)[0]+"\n"+statusLine(s))
			help("the results")
			tt.keys("q")
			waitExit(t, tt)
		})
	}
}
