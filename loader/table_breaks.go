package loader

import (
	"fmt"
	"strings"

	"gazette/data"
)

// What lies between the pages of a table: blank lines, page furniture
// (footers, running headers) and, for some converters, the table's group
// labels printed as lines of their own.

// maxBreakLines bounds the lines between two pages of one table.
const maxBreakLines = 8

// pageBreak looks at the lines from ls[j] to the next table row across a
// page break. It returns the index of that row (or of the first line that
// is no part of a break), the furniture lines it skipped and the group
// label lines it found, as one-cell rows.
func pageBreak(ls []line, j int) (k int, furniture []line, labels []row) {
	k = j
	for k < len(ls) && k-j < maxBreakLines {
		t := trim(ls[k].text)
		switch {
		case t == "":
		case ls[k].tabbed():
			return k, furniture, labels
		case pageFurniture(t):
			furniture = append(furniture, ls[k])
		case groupLabel(t):
			labels = append(labels, row{line: ls[k], cells: []string{t}})
		default:
			return k, furniture, labels
		}
		k++
	}
	return k, furniture, labels
}

// pageFurniture recognises a line a printer puts on every page: a folio
// (— 2 —, —2—, - 2 -, ·2·, 第2页, 第2页 共9页, a bare page number) or a
// running header with the gazette's name and issue (某市人民政府公报
// 2020年第2期, or the issue alone). Every footer pageNumber reads (Page 2,
// Page 2 of 30) is one too.
func pageFurniture(t string) bool {
	if _, _, ok := pageNumber(t); ok {
		return true
	}
	if runesOver(t, 40) || strings.Contains(t, "。") {
		return false
	}
	var b strings.Builder
	digits := 0
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(" -—–－·•()（）/|", r):
		default:
			b.WriteRune(r)
		}
	}
	rest := b.String()
	switch rest {
	case "":
		return digits > 0 && digits <= 4
	case "第页", "第页共页", "共页第页", "页", "年第期", "第期", "年第期总第期", "第期总第期":
		return digits > 0
	}
	return strings.Contains(rest, "公报") && !strings.ContainsAny(rest, "，,、：:；;")
}

// groupLabel recognises a group label printed as a line of its own
// between table rows: 一、…… or (一)……, short, not a sentence, with or
// without a count (（共6项）).
func groupLabel(t string) bool {
	if runesOver(t, 60) || strings.Contains(t, "。") {
		return false
	}
	k, _, rest := numbering(t)
	return (k == kindCN || k == kindParenCN) && rest != ""
}

// hasCount reports whether a group label ends with a count: （共6项）,
// (6项), 共6项.
func hasCount(t string) bool {
	_, ok := groupCount(t)
	return ok
}

// groupCount returns the count a group label ends with: 6 for （共6项）,
// (6项), 共6项 (also 条, 个, 件).
func groupCount(t string) (int, bool) {
	t = strings.TrimRight(trim(t), ")）")
	for _, unit := range []string{"项", "条", "个", "件"} {
		if strings.HasSuffix(t, unit) {
			t = t[:len(t)-len(unit)]
			d := len(t)
			for d > 0 && t[d-1] >= '0' && t[d-1] <= '9' {
				d--
			}
			if d < len(t) && hasSuffixAny(t[:d], "共", "(", "（") {
				return atoi(t[d:]), true
			}
			return 0, false
		}
	}
	return 0, false
}

// checkCounts warns when a group label's count (（共6项）) differs from
// the records under it, continuation records and 合计/小计 rows not
// counted: a row lost or split at a page break shows here.
func checkCounts(t *data.Table, lines []int, warn warnFunc) {
	have := make([]int, len(t.Groups))
	for _, r := range t.Records {
		if r.Group >= 0 && !r.Continuation && !totalRow([]string{r.Cells[0].Text, r.Cells[1].Text}) {
			have[r.Group]++
		}
	}
	for g, label := range t.Groups {
		if n, ok := groupCount(label); ok && n != have[g] {
			warn(lines[g], fmt.Sprintf("group %s counts %d items, the table has %d under it", label, n, have[g]))
		}
	}
}
