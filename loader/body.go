package loader

import (
	"strings"
	"unicode/utf8"

	"gazette/data"
)

// signature is where a document's signature block is: the issuer line
// (sig) and the date line (date), as indexes into the body lines.
type signature struct {
	sig, date int
	issuer    string
	when      string
}

// findSignature finds the first issuer + date pair in a document body.
func findSignature(ls []line, garbledOK bool) (signature, bool) {
	for k, l := range ls {
		t := trim(l.text)
		if t == "" || len(t) > 120 {
			continue
		}
		d, before, ok := dateLine(t)
		if !ok && garbledOK && garbledDate(t) {
			ok = true
		}
		if !ok {
			continue
		}
		if before != "" {
			return signature{sig: k, date: k, issuer: before, when: d}, true
		}
		for j, b := k-1, 0; j >= 0 && b <= 3; j-- {
			p := trim(ls[j].text)
			if p == "" {
				b++
				continue
			}
			if isIssuer(p) {
				return signature{sig: j, date: k, issuer: p, when: d}, true
			}
			if name, ok := signer(p); ok { // a decree's: 市长  张三
				return signature{sig: j, date: k, issuer: name, when: d}, true
			}
			break
		}
	}
	return signature{}, false
}

// garbledDate recognises the web page's damaged date "2022年730".
func garbledDate(t string) bool {
	i := strings.Index(t, "年")
	if i != 4 || digitPrefix(t) != 4 {
		return false
	}
	rest := t[i+len("年"):]
	d := digitPrefix(rest)
	return d >= 2 && d == len(rest)
}

// isNote recognises a parenthesised note after a signature such as
// (此件公开发布) or (附件详见阳城县人民政府门户网站).
func isNote(t string) bool {
	return (strings.HasPrefix(t, "(") || strings.HasPrefix(t, "（")) &&
		(strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）")) && !runesOver(t, 40)
}

// parseDocument builds one document from its body lines (after the title
// block and 文号, up to the next document).
func parseDocument(ds docStart, ls []line, web bool, width wrap, warn warnFunc) *data.Document {
	d := &data.Document{Kind: ds.kind, Title: ds.title, Number: ds.number, Issuer: ds.issuer, Line: ds.line}
	if ds.kind == data.KindChronicle {
		b := newBuilder(1, width, warn)
		b.feed(extractTables(ls, warn))
		d.Blocks, d.Sections = b.finish()
		return d
	}
	ls = cutImprint(ls, warn)
	i := 0
	if web {
		i = skipWebHeader(ls, d.Title)
	}
	var fragment string
	i, d.Recipients, fragment = recipients(ls, i)

	sig, hasSig := findSignature(ls[i:], web)
	bodyEnd := len(ls)
	if hasSig {
		sig.sig += i
		sig.date += i
		bodyEnd = sig.sig
		if d.Issuer == "" {
			d.Issuer = sig.issuer
		}
		d.Date = sig.when
	}
	if d.Issuer == "" {
		d.Issuer = ds.mark
	}
	body := transmittalBody(d, ls[i:bodyEnd])
	b := newBuilder(1, width, warn)
	b.feed(extractTables(body, warn))
	d.Blocks, d.Sections = b.finish()
	if fragment != "" {
		appendFragment(d, fragment)
	}
	if hasSig {
		d.Sections = append(d.Sections, attachments(d, ls[sig.date+1:], width, warn)...)
	}
	return d
}

// transmittalBody returns the body lines without the attachment list
// (附件:1.… and its numbered items), whose titles it adds to d's. Nearly
// always there is none, and the body is ls itself rather than a copy.
func transmittalBody(d *data.Document, ls []line) []line {
	var body []line
	from := 0 // ls[from:k] is body not yet in body
	for k := 0; k < len(ls); k++ {
		t, _ := stripMarkup(ls[k].text)
		title, ok := attachmentList(t)
		if !ok {
			continue
		}
		body = append(body, ls[from:k]...)
		if title != "" {
			d.Attachments = append(d.Attachments, title)
		}
		for k+1 < len(ls) && (trim(ls[k+1].text) == "" || numberedItem(ls[k+1].text)) {
			k++
			if trim(ls[k].text) != "" {
				d.Attachments = append(d.Attachments, listItemTitle(ls[k].text))
			}
		}
		from = k + 1
	}
	if from == 0 {
		return ls
	}
	return append(body, ls[from:]...)
}

// appendFragment puts the body text that a broken 主送 line carried after
// its colon back at the end of the first paragraph that lacks a full stop.
func appendFragment(d *data.Document, frag string) {
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Kind == data.Paragraph && !strings.HasSuffix(b.Text, "。") {
			b.Text += frag
			return
		}
	}
	d.Blocks = append(d.Blocks, data.Block{Kind: data.Paragraph, Text: frag})
}

// recipients reads the 主送 line(s) after the 文号 and returns the index
// of the first body line, the 主送 text and any body text that the
// converter put after its colon.
func recipients(ls []line, i int) (int, string, string) {
	k := i
	for k < len(ls) && trim(ls[k].text) == "" {
		k++
	}
	if k >= len(ls) {
		return i, "", ""
	}
	t := trim(ls[k].text)
	if strings.IndexByte(t, '\t') >= 0 {
		return i, "", ""
	}
	end := k + 1
	if !holdsAny(t, ":：") {
		// 主送 split over two lines: 各县…,市人民政府 / 府各委、办、局: 执行。
		n := k + 1
		for n < len(ls) && n <= k+2 && trim(ls[n].text) == "" {
			n++
		}
		if n >= len(ls) || runesOver(t, 40) || !holdsAny(t, "、,，") || !strings.Contains(t, "政府") {
			return i, "", ""
		}
		next := trim(ls[n].text)
		if !holdsAny(next, ":：") || strings.IndexAny(next, ":：") > 60 {
			return i, "", ""
		}
		tr, _ := lastRune(t)
		nr, _ := firstRune(next)
		if tr == nr {
			next = next[len(string(nr)):]
		}
		t = t + next
		end = n + 1
	}
	c := strings.IndexAny(t, ":：")
	if c < 0 || c > 240 {
		return i, "", ""
	}
	head := t[:c]
	if !holdsAny(head, "、,，") && !hasSuffixAny(head, "政府", "单位", "部门", "局", "委") {
		return i, "", ""
	}
	rest := trim(t[c+len(string([]rune(t[c:])[0])):])
	// OCR interleave: 各县…在双中、 发给你们,…执行。 省直有关单位:
	var frag string
	if a := strings.Index(head, "、 "); a >= 0 {
		if z := strings.Index(head[a:], "。 "); z >= 0 {
			frag = trim(head[a+len("、 ") : a+z+len("。")])
			head = head[:a+len("、")] + head[a+z+len("。 "):]
		}
	}
	if rest != "" {
		frag = joinCJK(strings.TrimSpace(frag + rest))
	}
	return end, joinCJK(removeSpaces(head)) + ":", frag
}

// firstRune returns the first character of s and its length in UTF-8,
// 0 and 0 for an empty s. A byte that is not UTF-8 is U+FFFD, counted as
// the three bytes U+FFFD takes.
func firstRune(s string) (rune, int) {
	if s == "" {
		return 0, 0
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r, utf8.RuneLen(r)
}

// lastRune is firstRune for the last character of s, decoded alone: it
// is asked of table cells and lines by the thousand, and turning all of s
// into runes to take the last cost as much as reading s several times.
func lastRune(s string) (rune, int) {
	if s == "" {
		return 0, 0
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r, utf8.RuneLen(r)
}

// skipWebHeader skips what a web page prints between its title and the
// 主送 line: a garbled 文号, the title again (wrapped) and spacer lines.
func skipWebHeader(ls []line, title string) int {
	key := titleKey(title)
	for k, l := range ls {
		t := trim(l.text)
		if t == "" {
			continue
		}
		if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
			return k
		}
		if k > 40 {
			break
		}
		if tk := titleKey(t); tk != "" && !strings.Contains(key, tk) && !strings.Contains(t, "〔") && !strings.Contains(t, "来源") {
			return k
		}
	}
	return 0
}
