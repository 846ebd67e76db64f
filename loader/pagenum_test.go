package loader

import (
	"fmt"
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
