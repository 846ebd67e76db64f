package loader

import "strings"

// pageNumber recognises a footer line holding a page number: decorated
// (— 2 —, —2—, - 2 -, ·2·, 第2页, 第 2 页 共 30 页, 2/30, Page 2, Page 2 of
// 30) or bare (2). It returns the number and whether it was decorated.
func pageNumber(t string) (n int, decorated, ok bool) {
	// Trimmed, t starts as s below will: its start is tested first.
	if t = trim(t); t == "" || len(t) > 48 || !pageNumberStarts[t[0]] && !strings.HasPrefix(t, "第") || !hasDigit(t) {
		return 0, false, false
	}
	s := removeSpaces(t)
	if s == "" || len(s) > 40 {
		return 0, false, false
	}
	if s[0] == 'P' || s[0] == 'p' {
		return latinPageNumber(s)
	}
	if strings.HasPrefix(s, "第") {
		r := s[len("第"):]
		d := digitPrefix(r)
		if d == 0 || d > 4 || !strings.HasPrefix(r[d:], "页") {
			return 0, false, false
		}
		rest := strings.TrimLeft(r[d+len("页"):], ",，/")
		if rest == "" || strings.HasPrefix(rest, "共") && strings.HasSuffix(rest, "页") &&
			digitPrefix(rest[len("共"):]) == len(rest)-len("共页") {
			return atoi(r[:d]), true, true
		}
		return 0, false, false
	}
	if !pageNumberStarts[s[0]] {
		return 0, false, false // what the dashes leave starts with no digit
	}
	core := strings.TrimLeft(s, pageDashes)
	lead := len(s) - len(core)
	inner := strings.TrimRight(core, pageDashes)
	trail := len(core) - len(inner)
	d := digitPrefix(inner)
	if d == 0 || d > 4 {
		return 0, false, false
	}
	switch {
	case d == len(inner) && lead > 0 && trail > 0:
		return atoi(inner), true, true
	case d == len(inner) && lead == 0 && trail == 0:
		return atoi(inner), false, true
	case lead == 0 && trail == 0 && inner[d] == '/' && digitPrefix(inner[d+1:]) == len(inner)-d-1 && d+1 < len(inner):
		return atoi(inner[:d]), true, true
	}
	return 0, false, false
}

// latinPageNumber recognises the footer a PDF printer or an English
// locale writes, spaces removed: Page 2, Page 2 of 30 (any case).
func latinPageNumber(s string) (n int, decorated, ok bool) {
	if len(s) < 5 || !strings.EqualFold(s[:4], "page") {
		return 0, false, false
	}
	r := s[4:]
	d := digitPrefix(r)
	if d == 0 || d > 4 {
		return 0, false, false
	}
	rest := r[d:]
	if rest == "" || len(rest) > 2 && strings.EqualFold(rest[:2], "of") && digitPrefix(rest[2:]) == len(rest)-2 {
		return atoi(r[:d]), true, true
	}
	return 0, false, false
}

// pageDashes are the characters printed around a page number.
const pageDashes = "—-－–―─·•‧・"

// pageNumberStarts are the bytes a page number can start with, once the
// spaces are gone: a digit or the first byte of one of the pageDashes.
var pageNumberStarts = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for _, r := range pageDashes {
		t[string(r)[0]] = true
	}
	t['P'], t['p'] = true, true
	return t
}()

// pageNumberEnds are the bytes a page number (trimmed, as pageNumber
// reads it) ends with: a digit, the last byte of one of the pageDashes,
// or of 页.
var pageNumberEnds = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for _, r := range pageDashes + "页" {
		s := string(r)
		t[s[len(s)-1]] = true
	}
	return t
}()

// candidate is a page-number line.
type candidate struct {
	i, pos, n int // line index, index among the non-blank lines, number
	decorated bool
}

// chain is a run of page numbers increasing page by page.
type chain struct {
	members   []int // line indexes
	last, pos int
	decorated bool
}

// pageNumbers returns the indexes of the page-number lines of ls: those
// next to a form feed (edges marks the lines that start a page), and
// those in a run of at least two decorated or three bare numbers, each
// one more than the one before with a page's text between them (bare
// ones only where no form feed marks the pages: a 序号 column's 3, 4, 5
// in tables pages apart are no run of page numbers), or the 1 that ends a
// text of one page.
func pageNumbers(ls []line, edges []bool) []int {
	var cands []candidate
	nb := 0
	for i := range ls {
		c := ls[i].first()
		if c == 0 {
			continue
		}
		// No page number starts or ends otherwise (see pageNumber): the
		// text of the other lines is not read.
		if (pageNumberStarts[c] || c == "第"[0]) && pageNumberEnds[ls[i].last()] {
			t := trim(ls[i].text)
			if n, dec, ok := pageNumber(t); ok && strings.IndexByte(t, '\t') < 0 {
				cands = append(cands, candidate{i: i, pos: nb, n: n, decorated: dec})
			}
		}
		nb++
	}
	if len(cands) == 0 {
		return nil
	}
	near := nearEdges(ls, edges)
	side, atHead := bareSide(ls, edges, near, cands)
	numbered := decoratedPages(edges, near, cands)
	var out []int
	var chains []*chain
	lastBare := map[int]int{} // number → non-blank index of its latest bare line
	for k, c := range cands {
		if k > 0 && !cands[k-1].decorated {
			lastBare[cands[k-1].n] = cands[k-1].pos
		}
		if near[c.i] && !c.decorated && numbered != nil && numbered[c.i] {
			continue // the page's number is the decorated one at its other edge
		}
		if near[c.i] && (c.decorated || side == nil || side[c.i]) {
			if !c.decorated && side != nil && pairedAtEdge(cands, side, k, atHead) {
				continue // two numbers at one edge: the page's is the one at the edge
			}
			out = append(out, c.i)
			continue
		}
		if edges != nil && !c.decorated {
			continue // where form feeds mark the pages, a bare one stands at an edge
		}
		if !c.decorated && (k > 0 && cands[k-1].pos == c.pos-1 || k+1 < len(cands) && cands[k+1].pos == c.pos+1) {
			continue // a column of numbers, not a footer
		}
		gap := 15
		if c.decorated {
			gap = 2
		}
		if c.pos == nb-1 {
			gap = 2 // the last page may be short
		}
		into := chainFor(chains, c, gap, lastBare[c.n-1])
		if into == nil {
			into = &chain{decorated: c.decorated}
			chains = append(chains, into)
		}
		into.members = append(into.members, c.i)
		into.last, into.pos = c.n, c.pos
	}
	for _, ch := range chains {
		if len(ch.members) >= 3 || ch.decorated && len(ch.members) >= 2 {
			out = append(out, ch.members...)
		}
	}
	if len(out) == 0 {
		out = onePage(ls, cands[len(cands)-1], nb)
	}
	return out
}

// decoratedPages marks the lines of the pages (counted by form feeds)
// that carry a decorated page number (- 7 -) at an edge: a page is
// numbered once, so a bare number at another edge of it is text (a 序号
// 3 that a table's row opens the page with, under the running header).
// It is nil when no form feed marks the pages.
func decoratedPages(edges, near []bool, cands []candidate) []bool {
	if edges == nil {
		return nil
	}
	page := make([]int, len(edges))
	n := 0
	for i, e := range edges {
		if e {
			n++
		}
		page[i] = n
	}
	has := make([]bool, n+1)
	for _, c := range cands {
		if c.decorated && near[c.i] {
			has[page[c.i]] = true
		}
	}
	out := make([]bool, len(edges))
	for i := range out {
		out[i] = has[page[i]]
	}
	return out
}

// chainFor returns the chain of page numbers that c continues: one of
// the latest chains, ending in the number before c's more than gap
// non-blank lines above it, or nil. A bare c never continues a chain
// when a bare number one less than it stands in between (at prev): c
// counts on from that one, as a 序号 column does — its 2 after its own
// 1, not after the 1 of the table a page before.
func chainFor(chains []*chain, c candidate, gap, prev int) *chain {
	for x := len(chains) - 1; x >= 0 && x >= len(chains)-8; x-- {
		ch := chains[x]
		if ch.decorated == c.decorated && c.n == ch.last+1 && c.pos-ch.pos > gap && (c.decorated || prev <= ch.pos) {
			return ch
		}
	}
	return nil
}

// onePage returns the page number of a text of one page: a 1 (bare or
// decorated) on the last line, set apart by a blank line.
func onePage(ls []line, c candidate, nb int) []int {
	if c.n != 1 || c.pos != nb-1 || c.i == 0 || trim(ls[c.i-1].text) != "" {
		return nil
	}
	return []int{c.i}
}

// bareSide marks, of the bare numbers at page edges, those on the side
// of the page where most of them stand — the foot, or the head — as a
// gazette prints its page numbers in one place on every page (a 序号 2
// that happens to open a page is no page number when the others stand at
// the feet; the last line of a page is at its foot, though a page of two
// lines also starts with it). It returns nil when neither side has more,
// and whether the side is the head.
func bareSide(ls []line, edges, near []bool, cands []candidate) ([]bool, bool) {
	if edges == nil {
		return nil, false
	}
	heads := make([]bool, len(ls)) // the first two lines of a page
	since := 3
	for i := range ls {
		l := &ls[i]
		if edges[i] {
			since = 0
		}
		if trim(l.text) != "" {
			since++
			heads[i] = since <= 2
		}
	}
	var h, f int
	for _, c := range cands {
		switch {
		case c.decorated || !near[c.i]:
		case heads[c.i]:
			h++
		default:
			f++
		}
	}
	if h == f {
		return nil, false
	}
	out := make([]bool, len(ls))
	if h < f {
		// The last line of a page is at its foot, even on a page of two
		// lines (a signing date and the page number).
		last := true
		for i := len(ls) - 1; i >= 0; i-- {
			if last && trim(ls[i].text) != "" {
				out[i], last = true, false
			}
			last = last || edges[i]
		}
	}
	for _, c := range cands {
		out[c.i] = out[c.i] || heads[c.i] == (h > f)
	}
	return out, h > f
}

// pairedAtEdge reports whether bare number k stands next to another bare
// number on the side of the page where page numbers stand (side), farther
// from the edge than it: at a
// page's foot (row 2 of a table, then the page number 1) the last line
// is the page's number, at its head the first.
func pairedAtEdge(cands []candidate, side []bool, k int, atHead bool) bool {
	o := k + 1
	if atHead {
		o = k - 1
	}
	if o < 0 || o >= len(cands) {
		return false
	}
	c, d := cands[k], cands[o]
	return !d.decorated && side[d.i] && (d.pos-c.pos == 1 || c.pos-d.pos == 1)
}

// nearEdges marks the lines among the first two and the last two
// non-blank lines of a page, where headers and footers are printed.
func nearEdges(ls []line, edges []bool) []bool {
	_, _, near, _ := pageSides(ls, edges)
	return near
}

// pageSides marks the lines among the first two non-blank lines of a
// page that starts at an edge (head) and among the last two of a page
// (foot); the last page ends with the text. near marks both, set where
// they are, not or-ed line by line: without form feeds (edges nil) no
// line is marked. at lists the lines near marks, in order, for a pass
// over them alone.
func pageSides(ls []line, edges []bool) (head, foot, near []bool, at []int) {
	head, foot, near = make([]bool, len(ls)), make([]bool, len(ls)), make([]bool, len(ls))
	if edges == nil {
		return head, foot, near, nil
	}
	var nb []int
	var starts []int // positions in nb where a page starts
	for i := range ls {
		l := &ls[i]
		if edges[i] {
			starts = append(starts, len(nb))
		}
		if l.first() != 0 {
			nb = append(nb, i)
		}
	}
	if len(starts) > 0 {
		starts = append(starts, len(nb)) // the end of the last page
	}
	last := -1 // the last q listed: the pages' lines overlap on short pages
	for _, p := range starts {
		for _, q := range []int{p - 2, p - 1, p, p + 1} {
			if q >= 0 && q < len(nb) {
				if q < p {
					foot[nb[q]] = true
				} else {
					head[nb[q]] = true
				}
				near[nb[q]] = true
				if q > last {
					at, last = append(at, nb[q]), q
				}
			}
		}
	}
	return head, foot, near, at
}
