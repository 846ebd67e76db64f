package loader

import (
	"strings"
	"unicode"
)

// Running headers are told by their repetition, not their length: a
// header may print a long document title beside the issue, so any line
// that recurs at one edge of the pages (their heads, or their feet) on
// half of them or more is furniture, as is one that recurs there but
// for the page's own number. A line of a table (cells cut by tabs) never
// is: the table code reads a header repeated over a page break.

// pageLayout is where the lines of a text cut into pages stand.
type pageLayout struct {
	near, head, foot []bool // see pageSides
	nearAt           []int  // the lines near marks, in order
	page             []int  // the page (0 for the first) of each line
	top              int    // the first line of text: the top of the first page
	firstEdge        int    // the edge that starts the second page, len(ls) if none
	pages            int
}

func layoutOf(ls []line, edges []bool) *pageLayout {
	pg := &pageLayout{page: make([]int, len(ls)), firstEdge: len(ls), pages: 1}
	pg.head, pg.foot, pg.near, pg.nearAt = pageSides(ls, edges)
	for pg.top < len(ls)-1 && ls[pg.top].first() == 0 { // blank
		pg.top++
	}
	// A page starts at the first of the edges between two lines of text:
	// a page number, blank lines and a form feed start one page, and the
	// edge after the last page's number starts none.
	text, at := false, -1 // at: the edge that starts the next text's page
	page, pages := pg.page[:len(ls)], 1
	for i := range ls {
		l := &ls[i]
		if edges != nil && edges[i] && text && at < 0 {
			at = i
		}
		if l.first() != 0 { // text
			if at >= 0 {
				pg.firstEdge = min(pg.firstEdge, at)
				pages++
				at = -1
			}
			text = true
		}
		page[i] = pages - 1
	}
	pg.pages = pages
	return pg
}

// atEdge reports whether line i stands at a page's edge where a header
// is printed: near one (see nearEdges), or at the top of the first page
// (a header printed on odd pages is on it).
func (pg *pageLayout) atEdge(i int) bool { return pg.near[i] || i == pg.top && pg.pages > 1 }

// edgeLines lists the lines atEdge, in order: the top of the first page
// (above every line near an edge but itself), then those near one.
func (pg *pageLayout) edgeLines() []int {
	if pg.pages <= 1 || len(pg.nearAt) > 0 && pg.nearAt[0] == pg.top {
		return pg.nearAt
	}
	return append([]int{pg.top}, pg.nearAt...)
}

// atOneEdge counts the lines of idx at the edge where most of them
// stand: the heads of pages (the top of the file is one), or their feet.
func (pg *pageLayout) atOneEdge(idx []int) int {
	h, f := 0, 0
	for _, i := range idx {
		if pg.head[i] || i == pg.top {
			h++
		}
		if pg.foot[i] {
			f++
		}
	}
	return max(h, f)
}

// onHalf reports whether n copies, one a page, stand on at least half the
// pages: a header printed on every other page of an odd count of pages
// is on one fewer than half.
func (pg *pageLayout) onHalf(n int) bool { return n*2+1 >= pg.pages }

// runningHeaders returns the indexes of running-header lines: a line
// printed at least three times at one edge of the pages (four copies in
// five there, the rest inside pages), on at least half the pages, or the
// masthead title, the issue, or both, printed three times, or at page
// edges only (the top of the file is one; once is enough after the first
// edge: an issue of two pages); and the lines numberedHeaders finds. The
// first copy stays when it comes before any page edge (the cover prints
// it).
func runningHeaders(ls []line, edges []bool, brk []bool) []int {
	name := gazetteName(ls)
	pg := layoutOf(ls, edges)
	seen := headerCandidates(ls, pg, brk, name)
	var out []int
	var inside map[string]int
	for k, idx := range seen {
		masthead := mastheadLike(k, name)
		if len(idx) < 2 && !(idx[0] >= pg.firstEdge && pg.near[idx[0]] && masthead) {
			continue
		}
		near := 0
		for _, i := range idx {
			if pg.near[i] || i == pg.top {
				near++
			}
		}
		if !masthead && len(idx) >= 3 && inside == nil {
			inside = copiesInside(ls, pg.near, brk, seen)
		}
		// A header other than the masthead's is printed at the same edge
		// of every page (and hardly ever inside one); a table cell (长期坚持)
		// at a few page edges, or a heading (第一章总则) that opens pages and
		// stands inside others, is not one.
		at := pg.atOneEdge(idx)
		if !(masthead && (len(idx) >= 3 || near == len(idx)) || len(idx) >= 3 && at*5 >= (len(idx)+inside[k])*4 && pg.onHalf(at)) {
			continue
		}
		if idx[0] < pg.firstEdge {
			idx = idx[1:]
		}
		out = append(out, idx...)
	}
	return append(out, numberedHeaders(ls, pg, brk)...)
}

// headerCandidates gathers, by their text without spaces, the lines that
// may be running headers: those at page edges (see atEdge), and anywhere
// those that may be the masthead's name or issue; neither sentences, bare
// numbers nor numbered headings.
func headerCandidates(ls []line, pg *pageLayout, brk []bool, name string) map[string][]int {
	starts, ends := mastheadEdges(name)
	seen := map[string][]int{}
	for i := range ls {
		l := &ls[i]
		if brk != nil && brk[i] || l.text == "" || len(l.text) > 200 {
			continue
		}
		edge := pg.atEdge(i)
		if !edge && !(mayEndBy(ends, l.last()) && l.mayEndIn(ends) && l.mayStartIn(starts) && containsEither(l.text, "期", "报")) {
			continue // neither at a page edge nor the masthead's name or issue
		}
		if l.tabbed() {
			continue
		}
		t, _ := l.plain()
		k := removeSpaces(t)
		if k == "" || endsSentence(k) || isDigits(k) || !edge && !mastheadLike(k, name) {
			continue // a bare number is a page's (pageNumbers) or a 序号 opening rows at page edges
		}
		if kind, _, _ := numbering(k); kind != kindNone {
			continue // a numbered heading (（一）健全工作机制) opening pages: a running header names the gazette or its issue
		}
		seen[k] = append(seen[k], i)
	}
	return seen
}

// numberedHeaders returns the running headers that print the page's
// number beside their text (某市人民政府公报 2024年第3期 第5页, or 12 and a
// document's title): lines at one edge of at least three pages, half
// the pages or more, the same but for one number that goes up as the
// pages do — one more a page, whatever the pages between copies. Dates
// or 序号 at page edges do not keep step with the pages. The first page's
// copy goes too: a cover prints no page number.
func numberedHeaders(ls []line, pg *pageLayout, brk []bool) []int {
	type numbered struct{ i, n int }
	groups := map[string][]numbered{}
	for _, i := range pg.edgeLines() {
		l := &ls[i]
		if brk != nil && brk[i] || l.text == "" || len(l.text) > 200 || l.tabbed() {
			continue
		}
		t, _ := l.plain()
		for s := 0; s < len(t); s++ {
			d := digitPrefix(t[s:])
			if d == 0 {
				continue
			}
			if d <= 4 { // a page's number; s skips whole runs of digits
				k := removeSpaces(t[:s]) + "\x00" + removeSpaces(t[s+d:])
				groups[k] = append(groups[k], numbered{i, atoi(t[s : s+d])})
			}
			s += d
		}
	}
	var out []int
	for k, cs := range groups {
		if len(cs) < 3 || !pg.onHalf(len(cs)) || strings.IndexFunc(k, unicode.IsLetter) < 0 {
			continue // a bare or decorated number is pageNumbers'
		}
		idx := make([]int, len(cs))
		inStep := true
		for j, c := range cs {
			idx[j] = c.i
			if j > 0 && (pg.page[c.i] <= pg.page[cs[j-1].i] || c.n-cs[j-1].n != pg.page[c.i]-pg.page[cs[j-1].i]) {
				inStep = false
			}
		}
		if inStep && pg.atOneEdge(idx) == len(idx) {
			out = append(out, idx...)
		}
	}
	return out
}

// copiesInside counts, for each line text of seen, the copies of it that
// stand inside a page, away from its edges.
func copiesInside(ls []line, near, brk []bool, seen map[string][]int) map[string]int {
	n := map[string]int{}
	for i, l := range ls {
		if near[i] || brk != nil && brk[i] || l.text == "" || len(l.text) > 200 {
			continue
		}
		t, _ := l.plain()
		if k := removeSpaces(t); seen[k] != nil {
			n[k]++
		}
	}
	return n
}

// gazetteName is the gazette's name as its masthead prints it: the first
// short line ending in 公报 near the top.
func gazetteName(ls []line) string {
	seen := 0
	for _, l := range ls {
		t, _ := l.plain()
		k := removeSpaces(t)
		if k == "" {
			continue
		}
		if strings.HasSuffix(k, "公报") && runeLen(k) <= 20 {
			return k
		}
		if seen++; seen > 40 {
			break
		}
	}
	return ""
}

// issueChars are the characters of an issue as a masthead prints it,
// with the digits: 2022年第2期, 总第16期.
const issueChars = "0123456789年第期总卷()（）·|-—－/〔〕"

// mastheadEdges are the characters a line that is mastheadLike starts
// and ends with: those of an issue, or those name starts and ends with.
func mastheadEdges(name string) (starts, ends *charSet) {
	first, last := issueChars, issueChars
	if name != "" {
		r, _ := firstRune(name)
		first += string(r)
		r, _ = lastRune(name)
		last += string(r)
	}
	return newCharSet(first), newCharSet(last)
}

// mastheadLike reports whether a line (spaces removed) is the gazette's
// name, its issue (2022年第2期, 总第16期), or both together.
func mastheadLike(k, name string) bool {
	rest := k
	if name != "" && strings.Contains(k, name) {
		rest = strings.Replace(k, name, "", 1)
		if rest == "" {
			return true
		}
	} else if !strings.Contains(k, "期") {
		return false
	}
	for _, r := range rest {
		if !strings.ContainsRune(issueChars, r) {
			return false
		}
	}
	return true
}
