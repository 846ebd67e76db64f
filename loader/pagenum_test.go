package loader

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestNumberAtPageEdgesNoRunningHeader: a table flattened one cell per
// line whose groups open pages puts its 序号 1 on the second line of many
// pages; a bare number is a page's (found as such) or a cell, never a
// running header, so every 1 stays and only the page numbers go.
func TestNumberAtPageEdgesNoRunningHeader(t *testing.T) {
	var b strings.Builder
	for p := 1; p <= 6; p++ {
		if p > 1 {
			b.WriteString("\f")
		}
		fmt.Fprintf(&b, "%s、加快构建现代产业体系（共1项）\n1\n", zooCN[p-1])
		for k := range 8 {
			fmt.Fprintf(&b, "第%d页第%d个单元格的文字\n", p, k)
		}
		fmt.Fprintf(&b, "\n%d\n", p)
	}
	ls, _ := splitLines(b.String(), func(int, string) {})
	ones, numbers := 0, 0
	for _, l := range removeFurniture(ls, func(int, string) {}) {
		switch trim(l.text) {
		case "1":
			ones++
		case "2", "3", "4", "5", "6":
			numbers++
		}
	}
	if ones != 6 || numbers != 0 {
		t.Errorf("%d lines of 1 kept, want the 6 序号; %d page numbers kept, want none", ones, numbers)
	}
}

// edgePages prints n pages cut by form feeds, each of eight lines of
// text between what head and foot print for it (nothing for ""), and
// returns the lines removeFurniture keeps other than those eight.
func edgePages(n int, head, foot func(p int) string) []string {
	var b strings.Builder
	for p := 1; p <= n; p++ {
		if p > 1 {
			b.WriteString("\f")
		}
		if h := head(p); h != "" {
			b.WriteString(h + "\n\n")
		}
		for k := range 8 {
			fmt.Fprintf(&b, "第%d页第%d行的文字写在这里并且继续写下去\n", p, k)
		}
		if f := foot(p); f != "" {
			b.WriteString("\n" + f + "\n")
		}
	}
	ls, _ := splitLines(b.String(), func(int, string) {})
	var kept []string
	for _, l := range removeFurniture(ls, func(int, string) {}) {
		if t := trim(l.text); t != "" && !strings.Contains(t, "行的文字") {
			kept = append(kept, t)
		}
	}
	return kept
}

// TestRunningHeaderAnyLength: a running header is told by where it
// recurs, not by its length — a document's title of 44 characters on the
// odd pages (the first among them) and the issue beside it on the even
// ones, of an odd count of pages (with or without a blank line between
// the page's number and the form feed); a header holding the page's number
// (the gazette, its issue and 第N页; N and a title) — while a long line at
// the heads of some pages and the feet of others, one on fewer than half
// the pages, signing dates at the feet, and a table's header row over
// every page stay text.
func TestRunningHeaderAnyLength(t *testing.T) {
	title := "某市人民政府办公室关于印发某市推进政务服务标准化规范化便利化工作实施方案的通知"
	other := "某市人民政府办公室关于进一步加强和改进全市城乡社区工作推动基层治理现代化的实施意见全文"
	footer := func(p int) string { return fmt.Sprintf("— %d —", p) }
	none := func(int) string { return "" }
	cases := []struct {
		name       string
		head, foot func(p int) string
		pages      int
		kept       []string
	}{
		{"alternating long headers", func(p int) string {
			if p%2 == 0 {
				return "2024年第3期                        " + title
			}
			return "                " + title
		}, footer, 7, []string{title}}, // the copy on the first page is its title
		{"a blank line before each form feed", func(p int) string {
			if p%2 == 0 {
				return "2024年第3期                        " + title
			}
			return "                " + title
		}, func(p int) string { return footer(p) + "\n" }, 7, []string{title}},
		{"issue and page number", func(p int) string {
			return fmt.Sprintf("某市人民政府公报        2024年第3期        第%d页", p+2)
		}, none, 5, nil},
		{"page number beside a title", func(p int) string {
			if p%2 == 0 {
				return fmt.Sprintf("%d                    %s", p+10, title)
			}
			return fmt.Sprintf("%s                    %d", other, p+10)
		}, none, 8, nil},
		{"at heads and feet", func(p int) string {
			if p%2 == 0 {
				return other
			}
			return ""
		}, func(p int) string {
			if p%2 == 1 && p > 1 {
				return other
			}
			return ""
		}, 6, []string{other, other, other, other, other}},
		{"on few pages", func(p int) string {
			if p >= 8 {
				return other
			}
			return ""
		}, none, 10, []string{other, other, other}},
		{"signing dates", none, func(p int) string { return fmt.Sprintf("2024年3月%d日", p*3) },
			4, []string{"2024年3月3日", "2024年3月6日", "2024年3月9日", "2024年3月12日"}},
		{"table header", func(int) string {
			return "序号\t重点工作任务\t牵头单位\t配合单位\t完成时限\t备注说明"
		}, none,
			3, []string{"序号\t重点工作任务\t牵头单位\t配合单位\t完成时限\t备注说明", "序号\t重点工作任务\t牵头单位\t配合单位\t完成时限\t备注说明", "序号\t重点工作任务\t牵头单位\t配合单位\t完成时限\t备注说明"}},
	}
	for _, c := range cases {
		if got := edgePages(c.pages, c.head, c.foot); strings.Join(got, "|") != strings.Join(c.kept, "|") {
			t.Errorf("%s: kept %q, want %q", c.name, got, c.kept)
		}
	}
}

// TestBareNumberOnDecoratedPage: pdfminer prints a page's running header
// and its folio (- 3 -) as boxes, so a table row's 序号 opens the next
// page under the header, among a page's first two lines. A page that
// carries a decorated number has no bare one: the 序号 stays.
func TestBareNumberOnDecoratedPage(t *testing.T) {
	var b strings.Builder
	for p := 1; p <= 4; p++ {
		if p > 1 {
			b.WriteString("\f某市人民政府公报\n\n")
		}
		fmt.Fprintf(&b, "%d\n\n", p+2)
		for k := range 8 {
			fmt.Fprintf(&b, "第%d页第%d个单元格\n\n", p, k)
		}
		fmt.Fprintf(&b, "- %d -\n\n", p)
	}
	ls, _ := splitLines(b.String(), func(int, string) {})
	cells, folios := 0, 0
	for _, l := range removeFurniture(ls, func(int, string) {}) {
		switch t := trim(l.text); {
		case t == "3" || t == "4" || t == "5" || t == "6":
			cells++
		case strings.HasPrefix(t, "- "):
			folios++
		}
	}
	if cells != 4 || folios != 0 {
		t.Errorf("%d 序号 kept, want 4; %d folios kept, want none", cells, folios)
	}
}

// TestPageSidesNear: near marks the lines head or foot marks, and none
// without edges, for the lines of the samples cut into pages at every
// 37th line and at every 5th.
func TestPageSidesNear(t *testing.T) {
	for k, ls := range decodedWithSamples(t) {
		name := realFiles[k]
		for _, every := range []int{0, 37, 5} {
			edges := edgesEvery(len(ls), 0, every)
			head, foot, near, at := pageSides(ls, edges)
			var want []int
			marked := 0
			for i := range ls {
				if near[i] {
					want = append(want, i)
				}
				if near[i] != (head[i] || foot[i]) {
					t.Fatalf("%s every %d: line %d near %v, head %v foot %v", name, every, i, near[i], head[i], foot[i])
				}
				if near[i] {
					marked++
				}
			}
			if !slices.Equal(at, want) {
				t.Errorf("%s every %d: %d lines listed, %d near", name, every, len(at), len(want))
			}
			if (marked > 0) != (every > 0) {
				t.Errorf("%s every %d: %d lines near edges", name, every, marked)
			}
		}
	}
}

// TestEdgeLines: edgeLines lists, in order, the lines atEdge reports,
// for the lines of the samples cut into pages at every 37th line, at
// every 5th (the first page at none), and not cut.
func TestEdgeLines(t *testing.T) {
	for k, ls := range decodedWithSamples(t) {
		name := realFiles[k]
		for _, every := range []int{0, 37, 5} {
			edges := edgesEvery(len(ls), 40, every) // the first page starts at none
			pg := layoutOf(ls, edges)
			var want []int
			for i := range ls {
				if pg.atEdge(i) {
					want = append(want, i)
				}
			}
			if got := pg.edgeLines(); !slices.Equal(got, want) {
				t.Errorf("%s every %d: %d edge lines, want %d", name, every, len(got), len(want))
			}
		}
	}
}

// edgesEvery marks a page edge before every every-th of n lines from
// line from on: nil, no edge at all, when every is 0.
func edgesEvery(n, from, every int) []bool {
	if every == 0 {
		return nil
	}
	edges := make([]bool, n)
	for i := from; i < n; i += every {
		edges[i] = true
	}
	return edges
}
