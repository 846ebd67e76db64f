package loader

import (
	"strings"

	"gazette/data"
)

// docStart is where a document begins: its title block and 文号.
type docStart struct {
	start  int // index of the first line of the title block
	body   int // index of the first line after the title block and 文号
	title  string
	issuer string
	number string
	line   int // source line of the title
	kind   data.Kind
	// mark is the issuer the 发文机关标志 of a 版头 names (the document
	// is printed in the national format), "" without a 版头; notes are
	// the warnings for the 版头's lines that are no text.
	mark  string
	notes []data.Warning
}

// findDocuments finds every document: a title (one to three lines, maybe
// after an issuer line) followed by a 文号 on a line of its own. A 文号
// inside a sentence is a citation and starts nothing. 大事记 sections after
// the first document are documents of their own kind. With heads, it
// lists there the lines that may end a decree's head (see findDecrees),
// found in the same pass by their last bytes: a second pass over every
// line for them cost as much as this one.
func findDocuments(ls []line, heads *[]int) []docStart {
	var out []docStart
	var chron []int // the lines that may end in 大事记, found in the same pass
	for i := range ls {
		l := &ls[i]
		c := l.last()
		if k := docLasts[c]; k != 0 { // most lines end otherwise
			if k&lastChron != 0 {
				chron = append(chron, i)
			}
			if k&lastDecree != 0 && heads != nil {
				*heads = append(*heads, i)
			}
		}
		if noNumber(l, c) {
			continue
		}
		num, signed, ok := numberLine(l)
		if !ok {
			continue
		}
		ds, ok := headStart(ls, i, num, signed)
		if !ok {
			ds, ok = titleBlock(ls, i, num)
		}
		if !ok {
			continue
		}
		if len(out) > 0 && ds.start < out[len(out)-1].body {
			continue // a 文号 right after another one's title block
		}
		out = append(out, ds)
	}
	if len(out) == 0 {
		return nil
	}
	// 大事记 sections: a short line ending in 大事记 after the first document.
	var all []docStart
	di := 0
	for _, i := range chron {
		if i < out[0].body || !ls[i].mayEnd("记") {
			continue
		}
		t, _ := stripMarkup(trim(ls[i].text)) // # 晋城市人民政府3月大事记
		t = trim(t)
		if strings.HasSuffix(t, "大事记") && runeLen(t) <= 24 && strings.IndexByte(t, '\t') < 0 {
			for di < len(out) && out[di].start <= i { // the documents before it
				all = append(all, out[di])
				di++
			}
			all = append(all, docStart{start: i, body: i + 1, title: joinCJK(t), line: int(ls[i].n), kind: data.KindChronicle})
		}
	}
	all = append(all, out[di:]...)
	return all
}

// chronLast is the last byte of 记 (E8 AE B0).
const chronLast = 0xB0

// docLasts tells by a line's last byte which lists of findDocuments it
// may go on: lastChron, it may end in 大事记 (or markup); lastDecree, it
// may end a decree's head (mayEndBy). One look at it passes over a line
// that goes on neither.
var docLasts = func() (t [256]uint8) {
	for c := range 256 {
		if c == chronLast || markupEnds[c] {
			t[c] |= lastChron
		}
		if mayEndBy(decreeHeadEnds, byte(c)) {
			t[c] |= lastDecree
		}
	}
	return t
}()

const (
	lastChron = 1 << iota
	lastDecree
)

// noNumber reports whether numberLine surely reads no 文号 in line l,
// whose last byte is c, by the bytes recorded on decoding, as it does
// for most lines: the line is blank, or plain text that starts with no
// Han character, as a 文号 (docNumber) and the label 签发人 do.
func noNumber(l *line, c byte) bool {
	return c == 0 || l.marks&markPlain != 0 && l.lead != 0 && !hanLead(l.lead)
}

// numberLine reads a line that is a 文号 alone, or a 文号 beside the
// 签发人 (signed).
func numberLine(l *line) (num string, signed, ok bool) {
	s := l.text
	if l.last() == "号"[len("号")-1] && strings.HasSuffix(s, "号") {
		text, _ := l.plain()
		if num, ok = docNumber(text); ok {
			return num, false, true
		}
	}
	if !maySign(l) {
		return "", false, false
	}
	text, _ := l.plain()
	num, ok = signedNumber(trim(text))
	return num, ok, ok
}

// maySign reports whether line l may be a 文号 beside the 签发人 (see
// signedNumber), without searching all of its text for 签 where its
// plain text is known: that text, trimmed, starts with the label, or
// with the 文号 before it, which ends in 号 within its first 80 bytes
// (docNumber's longest). Either starts with a Han character, as half the
// lines of text do not: their first byte, recorded on decoding, tells
// them without a read of their text. Most of the others hold no 号 that
// early.
func maySign(l *line) bool {
	c := l.first()
	if c == 0 { // blank
		return false
	}
	if l.marks&markPlain == 0 {
		return holdsHan(l.text, "签")
	}
	if !hanLead(c) {
		return false
	}
	t := skipSpaces(l.text) // the spaces after it change neither test
	return strings.HasPrefix(t, "签") || holdsHan(t[:min(len(t), 80)], "号") && holdsHan(t, "签")
}

// hanLead reports whether c may be the first byte of a Han character
// (isHan): U+3400 to U+9FFF are E3 90 80 to E9 BF BF in UTF-8.
func hanLead(c byte) bool { return c >= 0xE3 && c <= 0xE9 }

// titleBlock walks back from the 文号 line at index k to collect the
// title lines and the issuer.
func titleBlock(ls []line, k int, num string) (docStart, bool) {
	var idx []int // title line indexes, nearest first
	blanks := 0
	found := false
	for j := k - 1; j >= 0 && len(idx) < 4; j-- {
		t, hash := stripMarkup(ls[j].text)
		t = trim(t)
		if t == "" {
			blanks++
			if blanks > 3 {
				break
			}
			continue
		}
		blanks = 0
		if stopsTitle(t) {
			break
		}
		idx = append(idx, j)
		if hash || startsTitle(t) {
			found = true
			break
		}
	}
	if len(idx) == 0 {
		return docStart{}, false
	}
	if !found {
		idx = wrappedTitle(ls, idx)
	}
	first := idx[len(idx)-1]
	ds := docStart{start: first, body: k + 1, number: num, kind: data.KindDocument}
	// An issuer on its own line just above the title.
	if t := trim(ls[first].text); !isIssuer(t) {
		for j, b := first-1, 0; j >= 0 && b <= 2; j-- {
			p := trim(ls[j].text)
			if p == "" {
				b++
				continue
			}
			if isIssuer(p) {
				ds.start = j
				ds.issuer = p
			}
			break
		}
	}
	var parts []string
	for x := len(idx) - 1; x >= 0; x-- {
		t, _ := stripMarkup(ls[idx[x]].text)
		t = trim(t)
		if x == len(idx)-1 {
			if isIssuer(t) && len(idx) > 1 {
				ds.issuer = t
				continue
			}
			if sp := strings.IndexByte(t, ' '); sp > 0 && isIssuer(t[:sp]) && strings.HasPrefix(trim(t[sp:]), "关于") {
				ds.issuer = t[:sp]
				t = trim(t[sp:])
			}
			ds.line = int(ls[idx[x]].n)
		}
		parts = append(parts, joinCJK(t))
	}
	if ds.line == 0 {
		ds.line = int(ls[idx[len(idx)-2]].n)
	}
	ds.title = strings.Join(parts, "")
	return ds, ds.title != ""
}

// wrappedTitle keeps, of title lines without a first line that says it
// starts a title (关于, 印发, an issuer), the lines printed together with
// the nearest one: a title wrapped over consecutive short lines and ending
// in a title word (……工作指引 / 的通知). Otherwise only the nearest line.
func wrappedTitle(ls []line, idx []int) []int {
	t, _ := stripMarkup(ls[idx[0]].text)
	if !hasSuffixAny(trim(t), titleEnds...) {
		return idx[:1]
	}
	n := 1
	for n < len(idx) && idx[n] == idx[n-1]-1 && runeLen(trim(ls[idx[n]].text)) <= 40 {
		n++
	}
	return idx[:n]
}

// stopsTitle reports whether a line cannot be part of a title block (so
// the walk back from a 文号 stops there).
func stopsTitle(t string) bool {
	if strings.IndexByte(t, '\t') >= 0 || endsSentence(t) || runesOver(t, 80) {
		return true
	}
	if _, _, ok := dateLine(t); ok {
		return true
	}
	if _, ok := docNumber(t); ok {
		return true
	}
	if (strings.HasPrefix(t, "(") || strings.HasPrefix(t, "（")) && (strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）")) {
		return true
	}
	if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "附件") {
		return true
	}
	if k, _, _ := numbering(t); k != kindNone {
		return true
	}
	return false
}

// startsTitle reports whether a line can be the first line of a title.
func startsTitle(t string) bool {
	if isIssuer(t) {
		return true
	}
	head := t
	if len(head) > 90 {
		head = head[:90]
	}
	return strings.Contains(head, "关于") || strings.Contains(head, "印发") || strings.Contains(head, "转发") || strings.Contains(head, "批转")
}
