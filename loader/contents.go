package loader

import (
	"strings"

	"gazette/data"
)

// isContentsHeading recognises the 目录 heading: "## 目 录", "目 录", "目录".
func isContentsHeading(s string) bool {
	t, _ := stripMarkup(s)
	return removeSpaces(t) == "目录"
}

// parseContents reads the printed contents page: the lines after the 目录
// heading up to the first document. Entries come after the first category
// line (colophon text printed next to the heading is skipped); an entry's
// title may wrap over several lines and ends at the line that carries its
// page number, in any of the printed forms:
//
//	TITLE.....1<TAB>1        TITLE<TAB>(46)        …的通知1 (page glued on)
//	TITLE (阳政办发〔2022〕55 号) 24                 .....53 (page on its own line)
func parseContents(ls []line, warn warnFunc) []data.ContentsEntry {
	var (
		out      []data.ContentsEntry
		category string
		started  bool
		pending  []string
		first    int
		prevPage int
	)
	emit := func(title, number string, page int) {
		if len(pending) > 0 {
			title = strings.Join(pending, "") + title
		}
		title = joinCJK(title)
		if title != "" {
			out = append(out, data.ContentsEntry{Category: category, Title: title, Number: number, Page: page, Document: -1, Line: first})
			if page > 0 {
				prevPage = page
			}
		}
		pending = pending[:0]
	}
	for i, l := range ls {
		text, hash := stripMarkup(l.text)
		text = trim(text)
		if text == "" || strings.Trim(text, "-\t ") == "" {
			continue
		}
		if len(pending) == 0 && strings.ContainsAny(text, ":：") {
			continue // colophon (编辑出版:, 地 址:) printed beside the contents
		}
		if cat, ok := contentsCategory(text, hash); ok {
			if !started && !entryFollows(ls[i+1:]) {
				continue // a colophon line that looks like a category
			}
			if len(pending) > 0 {
				warn(first, "contents entry without a page number")
				emit("", "", 0)
			}
			category, started = cat, true
			continue
		}
		if !started {
			continue
		}
		text = strings.TrimPrefix(text, "- ")
		title, number, page, ok := splitEntry(text, prevPage)
		if len(pending) == 0 {
			first = l.n
		}
		if !ok {
			pending = append(pending, joinCJK(title))
			continue
		}
		emit(joinCJK(title), number, page)
	}
	if len(pending) > 0 {
		warn(first, "contents entry without a page number")
		emit("", "", 0)
	}
	return out
}

// entryFollows reports whether a contents entry with a page number comes
// within the next few lines: what makes a category line the start of the
// contents rather than a colophon line.
func entryFollows(ls []line) bool {
	seen := 0
	for _, l := range ls {
		t, _ := stripMarkup(l.text)
		t = strings.TrimPrefix(trim(t), "- ")
		if t == "" {
			continue
		}
		if _, _, _, ok := splitEntry(t, 0); ok {
			return true
		}
		if seen++; seen >= 4 {
			return false
		}
	}
	return false
}

// contentsCategory recognises a category line of the contents page:
// "### 市政府文件", "●市政府办公室文件", "晋城市人民政府办公室", "大事记".
func contentsCategory(s string, hash bool) (string, bool) {
	s = strings.TrimRight(s, "\t ")
	if strings.ContainsRune(s, '\t') {
		return "", false
	}
	if strings.HasPrefix(s, "●") {
		return trim(strings.TrimPrefix(s, "●")), true
	}
	if hash {
		if digitPrefix(lastField(s)) > 0 {
			return "", false
		}
		return s, true
	}
	if s == "大事记" {
		return s, true
	}
	if runeLen(s) <= 20 && !strings.ContainsAny(s, "0123456789.…《》()（）") &&
		(isIssuer(s) || strings.HasSuffix(s, "文件")) {
		return s, true
	}
	return "", false
}

func lastField(s string) string {
	if i := strings.LastIndexAny(s, " \t."); i >= 0 {
		return s[i+1:]
	}
	return s
}

// titleEnds are the words a title ends with, after which digits glued to
// the title are a page number.
var titleEnds = []string{"通知", "意见", "方案", "办法", "规划", "措施", "制度", "计划", "大事记", "预案",

	"清单", "细则", "规定", "决定", "报告", "批复", "通告", "公告", "目录", "》", "）", ")"}

// splitEntry splits one contents line into its title part, 文号 and page.
// ok is false when the line carries no page number (a wrapped title).
func splitEntry(s string, prevPage int) (title, number string, page int, ok bool) {
	if strings.ContainsRune(s, '\t') {
		parts := strings.Split(s, "\t")
		last := ""
		for i := len(parts) - 1; i > 0; i-- {
			if p := trim(parts[i]); p != "" {
				last = p
				break
			}
		}
		s = trim(parts[0])
		if p, ok := parenPage(last); ok {
			return s, "", p, true
		}
		if last != "" && digitPrefix(last) == len(last) && len(last) <= 4 {
			t, _, _ := cutLeader(s)
			return t, "", atoi(last), true
		}
		if last != "" {
			s += last
		}
	}
	if t, p, ok := cutLeader(s); ok {
		return t, "", p, true
	}
	if p, ok := parenPage(s); ok {
		return "", "", p, true
	}
	// TITLE (文号) N
	if d := trailingDigits(s); d > 0 && d <= 4 {
		head := strings.TrimRight(s[:len(s)-d], " ")
		if strings.HasSuffix(head, ")") || strings.HasSuffix(head, "）") {
			open := strings.LastIndexAny(head, "(（")
			if open >= 0 {
				inner := head[open:]
				inner = strings.TrimSuffix(strings.TrimSuffix(inner, ")"), "）")
				inner = strings.TrimPrefix(strings.TrimPrefix(inner, "("), "（")
				if num, isNum := docNumber(inner); isNum {
					return trim(head[:open]), num, atoi(s[len(s)-d:]), true
				}
			}
		}
		// Page glued to the title: only after a title-final word, and
		// never going backwards.
		if hasSuffixAny(head, titleEnds...) {
			p := atoi(s[len(s)-d:])
			if p >= prevPage && p < 2000 {
				return head, "", p, true
			}
		}
	}
	return s, "", 0, false
}

// cutLeader splits "TITLE.....12" (dots or ellipses as leader) into the
// title and page.
func cutLeader(s string) (string, int, bool) {
	d := trailingDigits(s)
	if d == 0 || d > 4 {
		return s, 0, false
	}
	head := strings.TrimRight(s[:len(s)-d], " ")
	t := strings.TrimRight(head, ".…·")
	if len(head)-len(t) < 2 {
		return s, 0, false
	}
	return trim(t), atoi(s[len(s)-d:]), true
}

// parenPage recognises "(46)" or "（46）".
func parenPage(s string) (int, bool) {
	s = trim(s)
	var inner string
	switch {
	case strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")"):
		inner = s[1 : len(s)-1]
	case strings.HasPrefix(s, "（") && strings.HasSuffix(s, "）") && len(s) >= 2*len("（"):
		inner = s[len("（") : len(s)-len("）")]
	default:
		return 0, false
	}
	inner = trim(inner)
	if inner == "" || len(inner) > 4 || digitPrefix(inner) != len(inner) {
		return 0, false
	}
	return atoi(inner), true
}

// trailingDigits is the number of ASCII digits at the end of s.
func trailingDigits(s string) int {
	n := 0
	for n < len(s) && s[len(s)-1-n] >= '0' && s[len(s)-1-n] <= '9' {
		n++
	}
	return n
}
