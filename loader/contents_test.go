package loader

import (
	"fmt"
	"strings"
	"testing"
)

// contentsDocs are the documents of the contents tests: title, 文号.
var contentsDocs = [][2]string{
	{"某市人民政府关于印发某市推动建设现代企业实现高质量发展工作指引的通知", "某政发〔2022〕1号"},
	{"某市人民政府关于印发落实市《政府工作报告》主要目标和重点工作责任分工的通知", "某政发〔2022〕2号"},
	{"某市人民政府办公室关于印发某市特种设备事故应急预案的通知", "某政办规〔2022〕1号"},
}

// contentsBody prints the documents after a contents page.
func contentsBody() string {
	var b strings.Builder
	for _, d := range contentsDocs {
		fmt.Fprintf(&b, "%s\n\n%s\n\n各区县人民政府:\n\n正文。\n\n", d[0], d[1])
	}
	return b.String()
}

// TestContentsForms: every common printed form of a contents page gives
// the same entries, categories and pages, each linked to its document.
func TestContentsForms(t *testing.T) {
	pages := []int{1, 8, 29}
	entry := func(format string) func(i int) string {
		return func(i int) string { return fmt.Sprintf(format, contentsDocs[i][0], pages[i]) }
	}
	cases := []struct {
		name    string
		heading string
		cat     func(c string) string // nil: no category lines
		entry   func(i int) string
		numbers bool
	}{
		{"spaced heading, 【】, （n）", "目\u3000\u3000录", func(c string) string { return "【" + c + "】" }, entry("%s（%d）"), false},
		{"目 录, 〖〗, ……n", "目 录", func(c string) string { return "〖" + c + "〗" }, entry("%s……%d"), false},
		{"目  录, ［］, ·····n", "目  录", func(c string) string { return "［" + c + "］" }, entry("%s·····%d"), false},
		{"[], —n—", "目录", func(c string) string { return "[" + c + "]" }, entry("%s—%d—"), false},
		{"●, - n -", "目 录", func(c string) string { return "●" + c }, entry("%s - %d -"), false},
		{"###, bare number", "## 目 录", func(c string) string { return "### " + c }, entry("%s  %d"), false},
		{"plain category, (n)", "目 录", func(c string) string { return c }, entry("%s(%d)"), false},
		{"no category, dot leader", "目 录", nil, entry("%s.....%d"), false},
		{"文号 in parentheses", "目 录", func(c string) string { return "【" + c + "】" }, func(i int) string {
			return fmt.Sprintf("%s（%s）……%d", contentsDocs[i][0], contentsDocs[i][1], pages[i])
		}, true},
		{"wrapped with indented continuation", "目 录", func(c string) string { return "【" + c + "】" }, func(i int) string {
			r := []rune(contentsDocs[i][0])
			return fmt.Sprintf("%s\n\u3000\u3000%s（%d）", string(r[:20]), string(r[20:]), pages[i])
		}, false},
		{"文号 wrapped inside its brackets", "目 录", func(c string) string { return "【" + c + "】" }, func(i int) string {
			num := []rune(contentsDocs[i][1])
			return fmt.Sprintf("%s（%s\n%s）……%d", contentsDocs[i][0], string(num[:len(num)-2]), string(num[len(num)-2:]), pages[i])
		}, true},
		{"文号 on its own line", "目 录", func(c string) string { return "【" + c + "】" }, func(i int) string {
			return fmt.Sprintf("%s……%d\n\u3000\u3000（%s）", contentsDocs[i][0], pages[i], contentsDocs[i][1])
		}, true},
		{"page on its own line", "目 录", func(c string) string { return "●" + c }, func(i int) string {
			r := []rune(contentsDocs[i][0])
			return fmt.Sprintf("%s\n%s\n—%d—", string(r[:18]), string(r[18:]), pages[i])
		}, false},
	}
	cats := []string{"市政府文件", "市政府文件", "市政府办公室文件"}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString("某市人民政府公报\n\n2022年第2期\n\n" + c.heading + "\n\n")
			for i := range contentsDocs {
				if c.cat != nil && (i == 0 || cats[i] != cats[i-1]) {
					b.WriteString(c.cat(cats[i]) + "\n\n")
				}
				b.WriteString(c.entry(i) + "\n\n")
			}
			is, err := Parse("toc", []byte(b.String()+contentsBody()))
			if err != nil {
				t.Fatal(err)
			}
			if len(is.Contents) != len(contentsDocs) {
				t.Fatalf("%d entries %+v", len(is.Contents), is.Contents)
			}
			for i, e := range is.Contents {
				wantCat := cats[i]
				if c.cat == nil {
					wantCat = ""
				}
				wantNum := ""
				if c.numbers {
					wantNum = contentsDocs[i][1]
				}
				if e.Title != contentsDocs[i][0] || e.Page != pages[i] || e.Category != wantCat || e.Number != wantNum || e.Document != i {
					t.Errorf("entry %d = %q p%d [%s] %q → %d", i, e.Title, e.Page, e.Category, e.Number, e.Document)
				}
			}
		})
	}
}

// TestPageSuffix: the page-number forms at the end of an entry line, and
// lines that only look like them.
func TestPageSuffix(t *testing.T) {
	cases := []struct {
		in, head string
		prev     int
		page     int
		ok       bool
	}{
		{"关于甲的通知.....12", "关于甲的通知", 0, 12, true},
		{"关于甲的通知……12", "关于甲的通知", 0, 12, true},
		{"关于甲的通知·····12", "关于甲的通知", 0, 12, true},
		{"关于甲的通知（12）", "关于甲的通知", 0, 12, true},
		{"关于甲的通知 (12)", "关于甲的通知", 0, 12, true},
		{"关于甲的通知—12—", "关于甲的通知", 0, 12, true},
		{"关于甲的通知 - 12 -", "关于甲的通知", 0, 12, true},
		{"关于甲的通知   12", "关于甲的通知", 0, 12, true},
		{"关于甲的通知12", "关于甲的通知", 0, 12, true},
		{"—12—", "", 0, 12, true},
		{"关于甲的通知……………（12）", "关于甲的通知", 0, 12, true},
		{"关于甲的通知·········—12—", "关于甲的通知", 0, 12, true},
		{"关于甲的通知12", "关于甲的通知12", 20, 0, false},                    // going backwards
		{"关于印发2021—2025", "关于印发2021—2025", 0, 0, false},           // a wrapped title
		{"关于印发(2021-2025年)规划", "关于印发(2021-2025年)规划", 0, 0, false}, // parentheses, not a page
		{"关于甲的", "关于甲的", 0, 0, false},
	}
	for _, c := range cases {
		head, page, ok := pageSuffix(c.in, c.prev)
		if head != c.head || page != c.page || ok != c.ok {
			t.Errorf("pageSuffix(%q, %d) = %q %d %v, want %q %d %v", c.in, c.prev, head, page, ok, c.head, c.page, c.ok)
		}
	}
}

// TestContentsCategory: categories in every bracket and dress, and lines
// that are not categories.
func TestContentsCategory(t *testing.T) {
	cases := []struct {
		in   string
		hash bool
		want string
		ok   bool
	}{
		{"【市政府文件】", false, "市政府文件", true},
		{"〖市政府办公室文件〗", false, "市政府办公室文件", true},
		{"［部门文件］", false, "部门文件", true},
		{"[政务信息]", false, "政务信息", true},
		{"● 人事任免", false, "人事任免", true},
		{"市政府文件", true, "市政府文件", true},
		{"晋城市人民政府办公室", false, "晋城市人民政府办公室", true},
		{"政务信息", false, "政务信息", true},
		{"大事记", false, "大事记", true},
		{"[2020]", false, "", false},
		{"关于甲的通知.....1", false, "", false},
		{"关于加快发展的", false, "", false},
	}
	for _, c := range cases {
		got, ok := contentsCategory(c.in, c.hash)
		if got != c.want || ok != c.ok {
			t.Errorf("contentsCategory(%q) = %q %v, want %q %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
