package loader

import (
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	"gazette/data"
)

// moreDocuments completes the documents found by their 文号 with what the
// contents page and the body show (lines from index from on, after the
// contents): a title printed over more lines than the 文号 search took,
// the issuer's line included when the contents print it; and documents
// without a 文号 (政务信息, 人事任免, 领导分工) — a line the contents list
// as an entry, or a title followed by a 主送 line.
func moreDocuments(ls []line, from int, starts []docStart, entries []data.ContentsEntry) []docStart {
	full := map[string]bool{}
	keys := map[string]int{}
	for _, e := range entries {
		full[foldKey(e.Title)] = true
		keys[titleKey(e.Title)]++
	}
	for i := range starts {
		if starts[i].kind == data.KindDocument && starts[i].number != "" {
			starts[i] = retitle(ls, starts[i], full, keys)
		}
		keys[titleKey(starts[i].title)]--
	}
	taken := make([]bool, len(ls))
	for _, ds := range starts {
		for i := ds.start; i < ds.body && i < len(ls); i++ {
			taken[i] = true
		}
	}
	unlisted := 0 // entries not yet given to a document
	li := listing{keys: keys, full: full, ends: map[string]bool{}}
	for k, n := range keys {
		if n > 0 {
			unlisted += n
			li.ends[lastRunes(k, 2)] = true
			if k != "" { // no line that is not blank ends as "" does
				li.last[k[len(k)-1]] = true
			}
		}
	}
	var more []docStart
	fits := make(titleFits, len(ls))
	add := func(ds docStart) {
		for j := ds.start; j < ds.body; j++ {
			taken[j] = true
		}
		more = append(more, ds)
	}
	if unlisted > 0 {
		next := from // the first line not in a title found
		for _, i := range li.endsNear(ls, from, taken) {
			if i < next {
				continue
			}
			if ds, ok := listedTitle(ls, i, &li, taken, fits); ok {
				add(ds)
				next = ds.body
				if unlisted--; unlisted == 0 {
					break
				}
			}
		}
	}
	prev := inkedAbove(ls, from) // the nearest line above k that is not blank
	for k := from; k < len(ls); k++ {
		if ls[k].last() == 0 {
			continue // blank: it holds no colon
		}
		above := prev
		prev = k
		if t := ls[k].text; !taken[k] && len(t) <= 720 && mayFollowTitle(ls, above, k) && (strings.IndexByte(t, ':') >= 0 || strings.Contains(t, "：")) {
			if ds, ok := addressedTitle(ls, k, taken); ok {
				if len(entries) == 0 {
					ds = issuerTitle(ds)
				}
				add(ds)
			}
		}
	}
	if len(more) == 0 {
		return starts
	}
	all := append(starts, more...)
	slices.SortFunc(all, func(a, b docStart) int { return a.start - b.start })
	return all
}

// titleLines walks back from index k (exclusive) over the lines a title
// block may hold: up to five non-blank lines, none of which stops a title.
// They are returned nearest first.
func titleLines(ls []line, k int) []int {
	var idx []int
	blanks := 0
	for j := k - 1; j >= 0 && len(idx) < 5; j-- {
		t, _ := ls[j].plain()
		if t = trim(t); t == "" {
			if blanks++; blanks > 3 {
				break
			}
			continue
		}
		blanks = 0
		if stopsTitle(t) {
			break
		}
		idx = append(idx, j)
	}
	return idx
}

// joinLines is the text of lines idx[n-1] … idx[0] (idx nearest first).
func joinLines(ls []line, idx []int, n int) string {
	var b strings.Builder
	for x := n - 1; x >= 0; x-- {
		t, _ := ls[idx[x]].plain()
		b.WriteString(joinCJK(trim(t)))
	}
	return b.String()
}

// retitle takes a document's title as the contents page prints it when
// the 文号 search took less of it: the issuer's line and every wrapped
// line included.
func retitle(ls []line, ds docStart, full map[string]bool, keys map[string]int) docStart {
	if len(full) == 0 {
		return issuerTitle(ds)
	}
	if full[foldKey(ds.title)] {
		return ds
	}
	idx := titleLines(ls, ds.body-1)
	for n := len(idx); n >= 1; n-- {
		if t := joinLines(ls, idx, n); full[foldKey(t)] {
			return withTitle(ls, ds, idx[n-1], t)
		}
	}
	if keys[titleKey(ds.title)] > 0 {
		return ds
	}
	for n := len(idx); n >= 1; n-- {
		t := joinLines(ls, idx, n)
		if keys[titleKey(t)] == 0 {
			continue
		}
		first := idx[n-1]
		if n > 1 && isIssuer(trim(ls[first].text)) {
			ds.issuer = trim(ls[first].text)
			t = joinLines(ls, idx, n-1)
		}
		return withTitle(ls, ds, first, t)
	}
	return ds
}

// issuerTitle is a document's title when no contents page says how to
// print it: the whole title block, the issuer's line included
// (鹤岗市人民政府 / 关于印发……的通知), as the document prints it. A title
// that names its issuer already is kept.
func issuerTitle(ds docStart) docStart {
	if ds.issuer != "" && hasPrefixAny(ds.title, "关于", "印发", "转发", "批转") {
		ds.title = ds.issuer + ds.title
	}
	return ds
}

func withTitle(ls []line, ds docStart, first int, title string) docStart {
	ds.title = title
	ds.start = min(ds.start, first)
	ds.line = int(ls[first].n)
	return ds
}

// listedTitle recognises, at line i, the title of a document without a
// 文号 that the contents page lists: one to three lines whose text is an
// entry's title not yet given to a document.
//
// The lines matched must be the whole title: what precedes 关于, where
// entries are matched from, is the issuer or the entry prints it too (a
// line above, such as an attachment's title, is no part of the title).
func listedTitle(ls []line, i int, li *listing, taken []bool, fits titleFits) (docStart, bool) {
	if !li.endsWithin(ls, i, taken, fits) {
		return docStart{}, false
	}
	return listedAt(ls, i, li, taken, fits)
}

// listedAt is listedTitle at a line from which one of the lines it reads
// ends as a title not yet found does.
func listedAt(ls []line, i int, li *listing, taken []bool, fits titleFits) (docStart, bool) {
	for j, st := range listedLines(ls, i, taken, fits) {
		if !fits.titleLine(j, st) {
			break
		}
		if !li.endsAs(st) {
			continue
		}
		var parts []string
		for k := i; k <= j; k++ {
			if st := joinCJK(stripped(ls[k].text)); st != "" {
				parts = append(parts, st)
			}
		}
		text := strings.Join(parts, "")
		if k := titleKey(text); li.keys[k] > 0 && li.whole(parts) {
			li.keys[k]--
			return docStart{start: i, body: j + 1, title: text, line: int(ls[i].n), kind: data.KindDocument}, true
		}
	}
	return docStart{}, false
}

// listing is what the contents page says of the documents not yet found:
// the titleKey of each entry's title (how many), the foldKey of each
// whole title, and the last two characters of each (lines that end
// otherwise are not joined and looked up) and their last bytes.
type listing struct {
	keys map[string]int
	full map[string]bool
	ends map[string]bool
	last [256]bool
}

// endsNear returns, in order, the lines from index from on at which
// listedTitle may find a title: not blank, not taken, at most 240 bytes
// (a title line is at most 70 characters), and one of the three lines
// that are not blank from it on may end a title not yet found (listedTitle
// looks no farther), by its last byte: the lines that end otherwise are
// not read. They are found in one pass from the end, counting how many
// lines not blank and not ending so come before the next that may (three
// or more is as many as none). A title found takes lines after the one
// it starts at only, so those after it stay as they were found.
func (li *listing) endsNear(ls []line, from int, taken []bool) []int {
	var near []int
	before := 3
	for i := len(ls) - 1; i >= from; i-- {
		switch c := ls[i].last(); {
		case c == 0: // blank
			continue
		case li.last[c] || markupEnds[c]:
			before = 0
		case before < 3:
			before++
		}
		if before < 3 && !taken[i] && len(ls[i].text) <= 240 {
			near = append(near, i)
		}
	}
	slices.Reverse(near)
	return near
}

// endsAs reports whether the stripped text st of a line ends as a title
// not yet found does, by its last two characters, told first by its last
// byte.
func (li *listing) endsAs(st string) bool {
	return st != "" && li.last[st[len(st)-1]] && li.ends[lastRunes(st, 2)]
}

// endsWithin reports whether one of the lines listedTitle may read from
// line i on, up to three not blank, ends as a title not yet found does.
// Whether a line can be a title's is the costly test: no line is put to
// it where none of them ends so.
func (li *listing) endsWithin(ls []line, i int, taken []bool, fits titleFits) bool {
	for _, st := range listedLines(ls, i, taken, fits) {
		if li.endsAs(st) {
			return true
		}
	}
	return false
}

// listedLines yields the lines listedTitle may read from line i on, each
// with its text stripped of markup: up to three not blank, up to the
// first that cannot be a title's (over 240 bytes, taken, or unfit).
func listedLines(ls []line, i int, taken []bool, fits titleFits) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		n := 0
		for j := i; j < len(ls) && n < 3; j++ {
			t := trim(ls[j].text)
			if t == "" {
				continue
			}
			if len(t) > 240 || taken[j] || fits[j] == fitsNo {
				return
			}
			if ls[j].marks&markPlain == 0 {
				t = stripped(t)
			}
			if !yield(j, t) {
				return
			}
			n++
		}
	}
}

// whole reports whether the lines of a title matched by its titleKey are
// a whole title: an entry prints them whole, or nothing precedes their
// 关于 but an issuer, on its own line or on the line of 关于.
func (li *listing) whole(lines []string) bool {
	if li.full[foldKey(strings.Join(lines, ""))] {
		return true
	}
	for _, l := range lines {
		if i := strings.Index(l, "关于"); i >= 0 {
			return i == 0 || isIssuer(l[:i])
		}
		if !isIssuer(l) {
			return false
		}
	}
	return true
}

// titleFits remembers, line by line, whether a line's stripped text can
// be a line of a title: listedTitle asks it of each line for up to three
// starting lines in turn; a line it said no to is not stripped again.
type titleFits []int8

// The answers titleFits keeps.
const (
	fitsUnasked = iota
	fitsYes
	fitsNo
)

func (f titleFits) titleLine(j int, st string) bool {
	if f[j] == fitsUnasked {
		f[j] = fitsNo
		if titleLike(st) && !stopsTitle(st) {
			f[j] = fitsYes
		}
	}
	return f[j] == fitsYes
}

func stripped(t string) string {
	s, _ := stripMarkup(t)
	return trim(s)
}

// docTitleEnds are the words the title of a document without a 文号 ends
// with.
var docTitleEnds = []string{"通知", "决定", "通报", "任免", "分工", "信息", "公告", "通告", "意见", "批复", "名单", "报告", "函"}

// docTitleLasts are the last bytes of docTitleEnds.
var docTitleLasts = func() (t [256]bool) {
	for _, e := range docTitleEnds {
		t[e[len(e)-1]] = true
	}
	return t
}()

// mayFollowTitle reports whether the line at index k may be a 主送 line
// under a title (see addressedTitle), by the last byte of the nearest
// line above it that is not blank, at index above (-1 when there is
// none), with at most three blank lines between: it must end in a title
// word such as 通知 (docTitleLasts), unless markup may end or blank it.
// The caller keeps that line as it passes the lines in turn, rather than
// walk back from each.
func mayFollowTitle(ls []line, above, k int) bool {
	if above < 0 || k-above-1 > 3 {
		return false
	}
	c := ls[above].last()
	return docTitleLasts[c] || markupEnds[c] || markupStarts[ls[above].first()]
}

// inkedAbove is the index of the nearest line above index k that is not
// blank, -1 when there is none.
func inkedAbove(ls []line, k int) int {
	for j := k - 1; j >= 0; j-- {
		if ls[j].last() != 0 {
			return j
		}
	}
	return -1
}

// addressedTitle recognises the title of a document without a 文号 by
// the 主送 line k under it: one to three title lines, the first saying it
// starts a title (关于, 印发, an issuer), the last ending in a title word
// such as 通知 or 任免, maybe under an issuer's line.
func addressedTitle(ls []line, k int, taken []bool) (docStart, bool) {
	idx := titleLines(ls, k)
	if len(idx) == 0 || !hasSuffixAny(stripped(ls[idx[0]].text), docTitleEnds...) {
		return docStart{}, false
	}
	if _, to, _ := recipients(ls, k); to == "" {
		return docStart{}, false
	}
	n := 0
	for x := 0; x < len(idx) && x < 3; x++ {
		t := stripped(ls[idx[x]].text)
		if taken[idx[x]] || !titleLike(t) {
			break
		}
		if startsTitle(t) {
			n = x + 1
			break
		}
	}
	if n == 0 {
		return docStart{}, false
	}
	first := idx[n-1]
	ds := docStart{start: first, body: k, line: int(ls[first].n), kind: data.KindDocument}
	if t := t0(ls, idx[:n]); isIssuer(t) && n > 1 {
		ds.issuer, ds.title = t, joinLines(ls, idx, n-1)
		return ds, !labelledAttachment(ls, ds.start)
	}
	ds.title = joinLines(ls, idx, n)
	if n < len(idx) && !taken[idx[n]] && isIssuer(stripped(ls[idx[n]].text)) {
		ds.issuer, ds.start = stripped(ls[idx[n]].text), idx[n]
	}
	return ds, !labelledAttachment(ls, ds.start)
}

// labelledAttachment reports whether the line before index i (blank lines
// skipped) is an 附件 label: what follows is an attachment (a forwarded
// notice with its own 主送), not a document.
func labelledAttachment(ls []line, i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := stripped(ls[j].text)
		if t == "" {
			continue
		}
		_, label := isAttachmentLabel(t)
		_, list := attachmentList(t)
		return label || list
	}
	return false
}

// t0 is the text of the first (farthest) line of idx.
func t0(ls []line, idx []int) string { return stripped(ls[idx[len(idx)-1]].text) }

// lastRunes is the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}
