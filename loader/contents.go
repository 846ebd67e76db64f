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
// line or the first line carrying a page number (colophon text printed
// next to the heading is skipped); an entry's title may wrap over several
// lines and ends at the line that carries its page number, in any of the
// printed forms:
//
//	TITLE.....1<TAB>1        TITLE<TAB>(46)        …的通知1 (page glued on)
//	TITLE (阳政办发〔2022〕55 号) 24                 .....53 (page on its own line)
//	TITLE（鸡政发〔2022〕1号）……1     TITLE—1—     TITLE  1
//
// It also returns where the contents end: at len(ls), or where a line that
// no contents page prints (a sentence, a long paragraph) shows that body
// text has begun — at the first of the lines read as categories before
// it with no entry under them (a document's "#" title and headings).
func parseContents(ls []line, warn warnFunc) ([]data.ContentsEntry, int) {
	c := &contentsParser{warn: warn, catAt: -1}
	for i, l := range ls {
		c.at = i
		if c.bodyBegins(l.text) {
			end := i
			if len(c.pending) > 0 {
				end = c.pendingAt
			}
			if c.catAt >= 0 && c.catAt < end {
				end = c.catAt // headings no entry follows are the body's
			}
			c.pending = c.pending[:0]
			return c.out, end
		}
		text, hash := stripMarkup(l.text)
		text = trim(text)
		if text == "" || strings.Trim(text, "-\t ") == "" {
			if !c.started {
				c.pending = c.pending[:0]
			}
			continue
		}
		if len(c.pending) == 0 && c.started && c.numberLine(text) {
			continue
		}
		if len(c.pending) == 0 && strings.ContainsAny(text, ":：") {
			continue // colophon (编辑出版:, 地 址:) printed beside the contents
		}
		if cat, ok := contentsCategory(text, hash); ok {
			if !c.started && !entryFollows(ls[i+1:]) {
				continue // a colophon line that looks like a category
			}
			c.flushPending()
			c.category, c.started = cat, true
			if c.catAt < 0 {
				c.catAt = i
			}
			continue
		}
		c.line(text, int(l.n))
	}
	c.flushPending()
	return c.out, len(ls)
}

// bodyBegins reports whether a line cannot be part of a contents page that
// has entries already: a sentence or a paragraph (a title holds no 。,
// and a line wrapped inside a sentence may end in anything, even digits
// that read as a page number), or an article (第一条 and its text: the
// contents list documents, never their articles).
func (c *contentsParser) bodyBegins(s string) bool {
	if len(c.out) == 0 {
		return false
	}
	t := trim(s)
	if strings.Contains(t, "。") || runeLen(t) > 120 {
		return true
	}
	k, _, rest := numbering(stripped(t))
	return k == kindArticle && rest != ""
}

// contentsParser is the state of parseContents.
type contentsParser struct {
	warn      warnFunc
	out       []data.ContentsEntry
	category  string
	started   bool
	pending   []string // title lines waiting for their page number
	first     int      // source line of the pending entry
	pendingAt int      // index of its first line
	catAt     int      // index of the first category line since the last entry, -1 if none
	at        int      // index of the line being read
	prevPage  int
}

// line reads one line that is not a category: an entry, or part of one.
// Before the contents have started, lines without a page number are kept
// only as the possible start of the first entry.
func (c *contentsParser) line(text string, n int) {
	text = strings.TrimPrefix(text, "- ")
	title, number, page, ok := splitEntry(text, c.prevPage)
	if !c.started {
		if !ok {
			if len(c.pending) == 0 {
				c.first, c.pendingAt = n, c.at
			}
			c.pending = append(c.pending, joinCJK(title))
			return
		}
		if title == "" && len(c.pending) == 0 || runeLen(title)+len(c.pending) < 4 || mastheadLike(removeSpaces(title), "") {
			c.pending = c.pending[:0]
			return
		}
		c.started = true
	}
	if len(c.pending) == 0 {
		c.first, c.pendingAt = n, c.at
	}
	if !ok && len(c.pending) > 0 {
		// An entry wrapped inside its last word (…的通 / 知77): the page
		// number reads off the whole entry.
		whole := strings.Join(c.pending, "") + joinCJK(text)
		if t, num, p, wok := splitEntry(whole, c.prevPage); wok && len(t) > len(whole)-len(text) {
			c.pending = c.pending[:0]
			c.emit(joinCJK(t), num, p)
			return
		}
	}
	if !ok {
		c.pending = append(c.pending, joinCJK(title))
		return
	}
	c.emit(joinCJK(title), number, page)
}

// numberLine attaches a 文号 printed on its own line under an entry,
// "（鸡政发〔2022〕1号）", to that entry.
func (c *contentsParser) numberLine(text string) bool {
	title, num := entryNumber(text)
	if num == "" || title != "" || len(c.out) == 0 {
		return false
	}
	if e := &c.out[len(c.out)-1]; e.Number == "" {
		e.Number = num
	}
	return true
}

// flushPending emits a wrapped title that never got its page number.
func (c *contentsParser) flushPending() {
	if len(c.pending) > 0 && c.started {
		c.warn(c.first, "contents entry without a page number")
		c.emit("", "", 0)
	}
	c.pending = c.pending[:0]
}

func (c *contentsParser) emit(title, number string, page int) {
	if len(c.pending) > 0 {
		title = strings.Join(c.pending, "") + title
		if number == "" {
			// A 文号 in brackets wrapped with the title: （阳政发〔2022〕 / 16号）……3.
			title, number = entryNumber(joinCJK(title))
		}
	}
	title = joinCJK(title)
	if title != "" {
		c.out = append(c.out, data.ContentsEntry{Category: c.category, Title: title, Number: number, Page: page, Document: -1, Line: c.first})
		c.catAt = -1
		if page > 0 {
			c.prevPage = page
		}
	}
	c.pending = c.pending[:0]
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
// "### 市政府文件", "●市政府办公室文件", "【市政府文件】" (in any bracket),
// "晋城市人民政府办公室", "大事记".
func contentsCategory(s string, hash bool) (string, bool) {
	s = strings.TrimRight(s, "\t ")
	if strings.IndexByte(s, '\t') >= 0 {
		return "", false
	}
	if strings.HasPrefix(s, "●") {
		return trim(strings.TrimPrefix(s, "●")), true
	}
	if c, ok := bracketed(s); ok {
		return c, true
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
		(isIssuer(s) || hasSuffixAny(s, "文件", "信息", "任免", "动态", "公告", "公示", "规章") || decreeName(s)) {
		return s, true
	}
	return "", false
}

// categoryBrackets are the brackets a contents category is printed in.
var categoryBrackets = [][2]string{{"【", "】"}, {"〖", "〗"}, {"［", "］"}, {"[", "]"}, {"〔", "〕"}}

// bracketed recognises a category printed in brackets: 【市政府文件】.
// The inside is Han text without digits (not a 文号 year).
func bracketed(s string) (string, bool) {
	for _, b := range categoryBrackets {
		if strings.HasPrefix(s, b[0]) && strings.HasSuffix(s, b[1]) && len(s) > len(b[0])+len(b[1]) {
			inner := trim(s[len(b[0]) : len(s)-len(b[1])])
			if inner == "" || strings.ContainsAny(inner, "0123456789"+b[0]+b[1]) || runeLen(inner) > 20 {
				return "", false
			}
			if r, _ := firstRune(inner); !isHan(r) {
				return "", false
			}
			return joinCJK(inner), true
		}
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
	if strings.IndexByte(s, '\t') >= 0 {
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
			title, number = entryNumber(s)
			return title, number, p, true
		}
		if last != "" && digitPrefix(last) == len(last) && len(last) <= 4 {
			t, _, _ := cutLeader(s)
			title, number = entryNumber(t)
			return title, number, atoi(last), true
		}
		if last != "" {
			s += last
		}
	}
	head, page, ok := pageSuffix(s, prevPage)
	if !ok {
		return s, "", 0, false
	}
	title, number = entryNumber(head)
	return title, number, page, true
}

// pageSuffix cuts the page number off the end of a contents line, in any
// printed form: TITLE.....1, TITLE……1, TITLE·····1, TITLE（1）, TITLE(1),
// TITLE—1—, TITLE - 1 -, TITLE  1, TITLE (文号) 1, …的通知1 (glued on
// after a title-final word, never going backwards).
func pageSuffix(s string, prevPage int) (string, int, bool) {
	if t, p, ok := cutLeader(s); ok {
		return t, p, true
	}
	if t, p, ok := parenPageSuffix(s); ok {
		return trim(strings.TrimRight(t, leaders)), p, true
	}
	if t, p, ok := dashPageSuffix(s); ok {
		return trim(strings.TrimRight(t, leaders)), p, true
	}
	d := trailingDigits(s)
	if d == 0 || d > 4 {
		return s, 0, false
	}
	p := atoi(s[len(s)-d:])
	head := strings.TrimRight(s[:len(s)-d], " ")
	if head == "" {
		return "", p, true // a page number on its own line
	}
	if hasSuffixAny(head, ")", "）") {
		if _, num := entryNumber(head); num != "" {
			return head, p, true
		}
	}
	spaced := len(head) < len(s)-d
	if p >= prevPage && p < 2000 && (spaced && runeLen(head) >= 4 || hasSuffixAny(head, titleEnds...)) {
		return head, p, true
	}
	return s, 0, false
}

// parenPageSuffix cuts a page number in parentheses off the end: （12）, (12).
func parenPageSuffix(s string) (string, int, bool) {
	if !hasSuffixAny(s, ")", "）") {
		return s, 0, false
	}
	open := strings.LastIndexAny(s, "(（")
	if open < 0 {
		return s, 0, false
	}
	p, ok := parenPage(s[open:])
	if !ok {
		return s, 0, false
	}
	return trim(s[:open]), p, true
}

// dashPageSuffix cuts a page number between dashes off the end: —12—,
// - 12 -, －12－.
func dashPageSuffix(s string) (string, int, bool) {
	core := strings.TrimRight(s, pageDashes+" ")
	if len(core) == len(s) {
		return s, 0, false
	}
	d := trailingDigits(core)
	if d == 0 || d > 4 {
		return s, 0, false
	}
	head := strings.TrimRight(core[:len(core)-d], " ")
	title := strings.TrimRight(head, pageDashes+" ")
	if len(title) == len(head) {
		return s, 0, false
	}
	return trim(title), atoi(core[len(core)-d:]), true
}

// entryNumber splits a 文号 printed in parentheses after a contents
// title: TITLE（鸡政发〔2022〕1号） → TITLE, 鸡政发〔2022〕1号; so too a
// decree's number after the regulation it publishes.
func entryNumber(s string) (string, string) {
	head := strings.TrimRight(s, " ")
	if !hasSuffixAny(head, ")", "）") {
		return s, ""
	}
	open := strings.LastIndexAny(head, "(（")
	if open < 0 {
		return s, ""
	}
	inner := strings.TrimSuffix(strings.TrimSuffix(head[open:], ")"), "）")
	inner = strings.TrimPrefix(strings.TrimPrefix(inner, "("), "（")
	if num, ok := docNumber(inner); ok {
		return trim(head[:open]), num
	}
	if num, ok := decreeNumber(inner); ok && trim(head[:open]) != "" {
		return trim(head[:open]), num
	}
	return s, ""
}

// leaders are the characters of a dot leader between a title and its page.
const leaders = ".…·‥⋯ "

// cutLeader splits "TITLE.....12" (dots or ellipses as leader) into the
// title and page.
func cutLeader(s string) (string, int, bool) {
	d := trailingDigits(s)
	if d == 0 || d > 4 {
		return s, 0, false
	}
	head := strings.TrimRight(s[:len(s)-d], " ")
	t := strings.TrimRight(head, leaders)
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
