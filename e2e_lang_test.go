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

// edges returns the lines of a table screen that are the interface's,
// not the table's: the first (the hidden columns' note, or a title) and
// the last two (filter prompt or chips, status line).
func edges(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	n := len(lines)
	return lines[0] + "\n" + strings.Join(lines[max(n-2, 0):], "\n")
}

// walkTable opens jixi's task table from the table list of document 2
// and checks its words (check) and help (help) in Chinese: the table, the
// f prompt with its syntax line and live count, the chip and status line
// of a filter, the unit counts (F), the record card and its copy notice;
// then goes back to the table list.
func walkTable(tt *tmuxTerm, check func(where, text string), help func(where string)) {
	tt.t.Helper()
	tt.keys("j", "Enter")
	s := tt.waitFor("the task table", func(s string) bool { return strings.Contains(statusLine(s), "共167条") })
	check("table", edges(s))
	help("the table")
	tt.keys("l", "l", "l", "f")
	s = tt.waitText("责任单位 › ", "列名~文字")
	check("filter prompt", edges(s))
	tt.text("发改委")
	s = tt.waitText("→ 筛出31条，共167条记录")
	check("filter prompt typing", edges(s))
	tt.keys("Enter")
	s = tt.waitFor("the filter", func(s string) bool { return strings.Contains(statusLine(s), "第1条，共31条 · 1个筛选") })
	check("filtered table", edges(s))
	if !strings.Contains(s, "责任单位 含 发改委") {
		tt.t.Errorf("no filter chip in Chinese:\n%s", s)
	}
	tt.keys("F")
	s = tt.waitFor("the unit counts", func(s string) bool { return strings.Contains(statusLine(s), "责任单位各项统计") })
	check("unit counts", edges(s))
	help("the unit counts")
	tt.keys("Escape")
	tt.waitFor("the table", func(s string) bool { return strings.Contains(statusLine(s), "1个筛选") })
	tt.keys("Enter")
	s = tt.waitFor("the record card", func(s string) bool { return strings.Contains(statusLine(s), "原文第") })
	check("record card", statusLine(s))
	help("the record card")
	tt.keys("y")
	s = tt.waitFor("the copy notice", func(s string) bool { return strings.Contains(statusLine(s), "已复制1条记录") })
	check("copy notice", statusLine(s))
	tt.keys("Escape")
	tt.waitFor("the table", func(s string) bool { return strings.Contains(statusLine(s), "1个筛选") })
	tt.keys("Escape")
	tt.waitText("本篇表格", "167条")
}

// TestEndToEndLanguage walks through the library, a contents page, the
// reader with its outline, table list and search, the library search and
// the help of each, and in Chinese the task table with its filter
// prompt, unit counts and record card, in a Chinese locale and in C.UTF-8: in Chinese no
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
			walkTable(tt, check, help)
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
