package loader

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Page furniture is what the printer repeats on every page: running
// headers (the gazette's name and issue), footers (page numbers in any
// dress) and the form feeds between pages. It is removed before any
// structure is read, so that it never becomes text, a heading, an
// attachment or a table row; a paragraph, list item or table row cut by
// a page break is joined across it.
//
// The rules hold for any converter: a page number is furniture when it
// stands next to a form feed, or when it belongs to a run of page numbers
// that increase page by page with a page's worth of text between them; a
// running header is a line of any length repeated at one edge of half
// the pages or more, or repeated there but for the page's number (see
// headers.go), or the masthead title (with or without the issue)
// repeated through the issue.

// removeFurniture drops the page furniture of ls and joins what a page
// break cut. Every removal is reported in one warning, every join in its
// own.
func removeFurniture(ls []line, warn warnFunc) []line {
	brk := pageBreaks(ls)
	if len(brk) == 0 {
		return ls
	}
	// out is written over ls: it never holds more lines than have been
	// read (a page break's lines become at most as many blank ones), and
	// ls is the caller's to give.
	out := ls[:0]
	removed, feeds, first, firstText := 0, 0, -1, ""
	for i := 0; i < len(ls); i++ {
		if !brk[i] {
			// The lines up to the next break, in one copy.
			k := i + 1
			for k < len(ls) && !brk[k] {
				k++
			}
			out = append(out, ls[i:k]...)
			i = k - 1
			continue
		}
		// A run of furniture and blank lines: one page break.
		j := i
		for j < len(ls) && (brk[j] || trim(ls[j].text) == "") {
			switch {
			case brk[j] && trim(ls[j].text) == "":
				feeds++ // a line that held only a form feed
			case brk[j]:
				removed++
				if first < 0 {
					first, firstText = int(ls[j].n), trim(ls[j].text)
				}
			}
			j++
		}
		prev := lastText(out)
		if j < len(ls) && prev >= 0 && !closed(out[prev+1:]) && joinsAcross(out[prev].text, ls[j].text) && !nextInSequence(out, ls[j], warn) {
			out = out[:prev+1]
			next := ls[j]
			next.marks |= markJoin
			if strings.IndexByte(next.text, '\t') < 0 {
				warn(int(next.n), fmt.Sprintf("text cut by a page break joined to line %d", out[prev].n))
			}
			out = append(out, next)
			i = j
			continue
		}
		// The break reads as one blank line, however many lines the page's
		// foot and head took (a title and its 文号 on two pages stay one
		// title block), marked as a page's start: a table's cell cut by
		// the page is told by it from two cells.
		out = append(out, line{n: ls[i].n, marks: markFF})
		i = j - 1
	}
	if removed > 0 {
		warn(first, fmt.Sprintf("%d lines of page furniture (running headers, page numbers) removed, the first: %q",
			removed, firstText))
	}
	if feeds > 0 {
		warn(0, fmt.Sprintf("%d form feeds (page breaks) removed", feeds))
	}
	return out
}

// lastText is the index of the last non-blank line of ls, -1 if none.
func lastText(ls []line) int {
	for i := len(ls) - 1; i >= 0; i-- {
		if trim(ls[i].text) != "" {
			return i
		}
	}
	return -1
}

// closed reports whether the blank lines before a page break hold the
// closing rule of a table drawn with borders: its last row is whole.
func closed(blank []line) bool {
	for _, l := range blank {
		if l.boxed() {
			return true
		}
	}
	return false
}

// joinsAcross reports whether the text before a page break continues
// after it: two table rows, or a line that does not end its sentence
// and is not a short heading.
func joinsAcross(prev, next string) bool {
	pt, _ := stripMarkup(trim(prev))
	nt := trim(next)
	if strings.IndexByte(pt, '\t') >= 0 || strings.IndexByte(nt, '\t') >= 0 {
		return strings.IndexByte(pt, '\t') >= 0 && strings.IndexByte(nt, '\t') >= 0
	}
	if pt == "" || nt == "" || endsPara(pt) || strings.HasPrefix(nt, "#") ||
		strings.HasPrefix(nt, "- ") || strings.HasPrefix(nt, "• ") { // a heading or a list's next item
		return false
	}
	// A short line without a comma (not a list item) is a title or a
	// heading, not running text cut by the page.
	bullet := strings.HasPrefix(pt, "- ") || strings.HasPrefix(pt, "• ")
	if !bullet && runeLen(pt) <= 12 && !strings.ContainsAny(pt, ",，、") {
		return false
	}
	if _, ok := docNumber(nt); ok || opensNumbering(nt) {
		return false
	}
	if k, _, _ := numbering(pt); k != kindNone && runeLen(pt) <= 30 {
		return false
	}
	if _, ok := docNumber(pt); ok {
		return false
	}
	if _, _, ok := dateLine(pt); ok {
		return false
	}
	return !isIssuer(pt) && !isIssuer(nt) && !isAttachmentLabelLine(nt)
}

// opensNumbering reports whether t starts with the first heading of a
// numbering no sentence is cut before (第一章, 第一节, 第一条, 一、, （一）): a
// section starts there. A numeral that is one of a list of them (一、二级)
// is text, and arabic numbers (1. 1.1) may be the rest of a figure.
func opensNumbering(t string) bool {
	t, _ = stripMarkup(t)
	k, tok, rest := numbering(t)
	switch k {
	case kindChapter, kindPart, kindArticle, kindCN, kindParenCN:
	default:
		return false
	}
	if _, v := tokenNumber(tok); v != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return k != kindCN || cnDigit(r) < 0
}

// nextInSequence reports whether the line after a page break goes on
// with a numbering of the text before it (12.… ……负责落实〕 / 13.加强…):
// it starts a heading or item of its own, not the rest of a cut line. A
// bare number (12 项) is no numbering here: it may be the rest of a
// sentence. Only the nearest line of the same numbering kind counts, and
// only within the lines a few pages hold.
func nextInSequence(before []line, next line, warn warnFunc) bool {
	const reach = 500
	t, _ := stripMarkup(trim(next.text))
	k, tok, _ := numbering(trim(t))
	if k == kindNone || digitPrefix(tok) == len(tok) {
		return false
	}
	for i := len(before) - 1; i >= 0 && i >= len(before)-reach; i-- {
		pt, _ := stripMarkup(before[i].text)
		pk, ptok, _ := numbering(trim(pt))
		if pk != k {
			continue
		}
		at := int(before[i].n)
		if !follows(ptok, tok) {
			if at = runInPredecessor(before[i+1:], tok); at == 0 {
				return false
			}
		}
		warn(int(next.n), fmt.Sprintf(inSequence, tok, at))
		return true
	}
	if at := runInPredecessor(before[max(0, len(before)-reach):], tok); at > 0 {
		warn(int(next.n), fmt.Sprintf(inSequence, tok, at))
		return true
	}
	return false
}

const inSequence = "%s after a page break goes on with the numbering of line %d: a heading of its own, not joined to the text cut by the break"

// runInPredecessor finds the numbering just before tok (20. for 21.) run
// into a line after other text (……服务水平20.提升…: a converter lost the
// line break) and returns that line's number, 0 if there is none.
func runInPredecessor(ls []line, tok string) int {
	d := digitPrefix(tok)
	if d == 0 || atoi(tok[:d]) < 2 || d == len(tok) {
		return 0
	}
	pred := strconv.Itoa(atoi(tok[:d])-1) + tok[d:]
	for _, l := range ls {
		for s := l.text; ; {
			i := strings.Index(s, pred)
			if i < 0 {
				break
			}
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after, _ := utf8.DecodeRuneInString(s[i+len(pred):])
			if isHan(before) && isHan(after) {
				return int(l.n)
			}
			s = s[i+len(pred):]
		}
	}
	return 0
}

// pageBreaks marks the furniture lines of ls: form-feed-only lines, page
// numbers and running headers.
func pageBreaks(ls []line) []bool {
	var brk []bool
	mark := func(i int) {
		if brk == nil {
			brk = make([]bool, len(ls))
		}
		brk[i] = true
	}
	edges := make([]bool, len(ls)) // a page starts at this line
	anyEdge := false
	for i := range ls {
		l := &ls[i]
		if l.ff() {
			edges[i], anyEdge = true, true
			if trim(l.text) == "" {
				mark(i)
			}
		}
	}
	pageEdges := edges
	if !anyEdge {
		pageEdges = nil
	}
	for _, i := range pageNumbers(ls, pageEdges) {
		mark(i)
		if i+1 < len(ls) {
			edges[i+1], anyEdge = true, true
		}
	}
	if !anyEdge && brk == nil {
		// Without page edges only the masthead title can be a header.
		edges = nil
	}
	for _, i := range runningHeaders(ls, edges, brk) {
		mark(i)
	}
	return brk
}

// backCover finds where the back cover starts: the slogans and colophon
// printed after the last document. It returns len(ls) when there is none.
func backCover(ls []line) int {
	end := len(ls)
	cut := false
	for j := len(ls) - 1; j >= 0; j-- {
		t := removeSpaces(ls[j].text)
		switch {
		case t == "":
			continue
		case isCoverText(t):
			cut = true
			end = j
			continue
		case cut && runeLen(t) <= 6 && onlyHan(t):
			end = j
			continue
		}
		break
	}
	return end
}

// isCoverText recognises the slogans and colophon of a back cover.
func isCoverText(t string) bool {
	switch t {
	case "传达政令", "宣传政策", "指导工作", "服务社会", "公开政务", "内部资料注意保存":
		return true
	}
	return strings.Contains(t, "准印证号") || strings.HasPrefix(t, "编辑出版") || strings.HasPrefix(t, "地址:") ||
		strings.HasPrefix(t, "地址：") || strings.HasPrefix(t, "网址")
}

func onlyHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// isAttachmentLabelLine reports whether t is an 附件 label on its own.
func isAttachmentLabelLine(t string) bool {
	_, ok := isAttachmentLabel(trim(t))
	return ok
}
