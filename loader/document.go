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
}

// findDocuments finds every document: a title (one to three lines, maybe
// after an issuer line) followed by a 文号 on a line of its own. A 文号
// inside a sentence is a citation and starts nothing. 大事记 sections after
// the first document are documents of their own kind.
func findDocuments(ls []line) []docStart {
	var out []docStart
	for i, l := range ls {
		if !strings.HasSuffix(l.text, "号") {
			continue
		}
		text, _ := stripMarkup(l.text)
		num, ok := docNumber(text)
		if !ok {
			continue
		}
		ds, ok := titleBlock(ls, i, num)
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
	for i := out[0].body; i < len(ls); i++ {
		for di < len(out) && out[di].start <= i {
			all = append(all, out[di])
			di++
		}
		t := trim(ls[i].text)
		if strings.HasSuffix(t, "大事记") && runeLen(t) <= 24 && !strings.ContainsRune(t, '\t') {
			all = append(all, docStart{start: i, body: i + 1, title: joinCJK(t), line: ls[i].n, kind: data.KindChronicle})
		}
	}
	all = append(all, out[di:]...)
	return all
}

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
		idx = idx[:1]
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
			ds.line = ls[idx[x]].n
		}
		parts = append(parts, joinCJK(t))
	}
	if ds.line == 0 {
		ds.line = ls[idx[len(idx)-2]].n
	}
	ds.title = strings.Join(parts, "")
	return ds, ds.title != ""
}

// stopsTitle reports whether a line cannot be part of a title block (so
// the walk back from a 文号 stops there).
func stopsTitle(t string) bool {
	if strings.ContainsRune(t, '\t') || endsSentence(t) || runeLen(t) > 80 {
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
		case isFurniture(t):
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

func isFurniture(t string) bool {
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

// isAttachmentLabel recognises a line that labels an attachment: 附件,
// 附件1, 附件 2, 附录 8.1, 附件8.2. It returns the label without spaces.
func isAttachmentLabel(t string) (string, bool) {
	if !strings.HasPrefix(t, "附") || len(t) > 40 {
		return "", false
	}
	s := removeSpaces(t)
	if !hasPrefixAny(s, "附件", "附录") {
		return "", false
	}
	rest := s[len("附件"):]
	for i := 0; i < len(rest); i++ {
		if (rest[i] < '0' || rest[i] > '9') && rest[i] != '.' {
			return "", false
		}
	}
	return s, true
}

// attachmentList recognises "附件:1.标题" (also after "- ") and returns the
// title, and whether the line is such a list head.
func attachmentList(t string) (string, bool) {
	t = strings.TrimPrefix(t, "- ")
	s := trim(t)
	if !strings.HasPrefix(s, "附件") {
		return "", false
	}
	rest := skipSpaces(s[len("附件"):])
	switch {
	case strings.HasPrefix(rest, ":"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "："):
		rest = rest[len("："):]
	default:
		return "", false
	}
	return listItemTitle(rest), true
}

// listItemTitle drops a leading "1." or "1、" from an attachment title.
func listItemTitle(s string) string {
	s = trim(strings.TrimPrefix(trim(s), "- "))
	if d := digitPrefix(s); d > 0 && d < len(s) {
		r := s[d:]
		switch {
		case strings.HasPrefix(r, "."), strings.HasPrefix(r, ","):
			s = r[1:]
		case strings.HasPrefix(r, "、"), strings.HasPrefix(r, "．"):
			s = r[len("、"):]
		}
	}
	return joinCJK(trim(s))
}

// numberedItem reports whether t starts with "2." / "2、" (a continuation
// of an attachment list).
func numberedItem(t string) bool {
	t = strings.TrimPrefix(trim(t), "- ")
	d := digitPrefix(t)
	return d > 0 && d <= 2 && (strings.HasPrefix(t[d:], ".") || strings.HasPrefix(t[d:], "、") || strings.HasPrefix(t[d:], "．"))
}

// isNote recognises a parenthesised note after a signature such as
// (此件公开发布) or (附件详见阳城县人民政府门户网站).
func isNote(t string) bool {
	return (strings.HasPrefix(t, "(") || strings.HasPrefix(t, "（")) &&
		(strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）")) && runeLen(t) <= 40
}

// titleLike reports whether a line can be an attachment title: short, not
// a sentence, not a table row.
func titleLike(t string) bool {
	return t != "" && runeLen(t) <= 70 && !strings.ContainsRune(t, '\t') && !strings.Contains(t, "。") && !endsSentence(t)
}

// parseDocument builds one document from its body lines (after the title
// block and 文号, up to the next document).
func parseDocument(ds docStart, ls []line, web bool, warn warnFunc) *data.Document {
	d := &data.Document{Kind: ds.kind, Title: ds.title, Number: ds.number, Issuer: ds.issuer, Line: ds.line}
	if ds.kind == data.KindChronicle {
		b := newBuilder(1, warn)
		b.feed(extractTables(ls, warn))
		d.Blocks, d.Sections = b.finish()
		return d
	}
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
	// The transmittal body, without its attachment list.
	var body []line
	for k := i; k < bodyEnd; k++ {
		t, _ := stripMarkup(ls[k].text)
		if title, ok := attachmentList(t); ok {
			if title != "" {
				d.Attachments = append(d.Attachments, title)
			}
			for k+1 < bodyEnd && (trim(ls[k+1].text) == "" || numberedItem(ls[k+1].text)) {
				k++
				if trim(ls[k].text) != "" {
					d.Attachments = append(d.Attachments, listItemTitle(ls[k].text))
				}
			}
			continue
		}
		body = append(body, ls[k])
	}
	b := newBuilder(1, warn)
	b.feed(extractTables(body, warn))
	d.Blocks, d.Sections = b.finish()
	if fragment != "" {
		appendFragment(d, fragment)
	}
	if hasSig {
		d.Sections = append(d.Sections, attachments(d, ls[sig.date+1:], warn)...)
	}
	return d
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
	if strings.ContainsRune(t, '\t') {
		return i, "", ""
	}
	end := k + 1
	if !strings.ContainsAny(t, ":：") {
		// 主送 split over two lines: 各县…,市人民政府 / 府各委、办、局: 执行。
		n := k + 1
		for n < len(ls) && n <= k+2 && trim(ls[n].text) == "" {
			n++
		}
		if n >= len(ls) || runeLen(t) > 40 || !strings.ContainsAny(t, "、,，") || !strings.Contains(t, "政府") {
			return i, "", ""
		}
		next := trim(ls[n].text)
		if !strings.ContainsAny(next, ":：") || strings.IndexAny(next, ":：") > 60 {
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
	if !strings.ContainsAny(head, "、,，") && !hasSuffixAny(head, "政府", "单位", "部门", "局", "委") {
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

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

func lastRune(s string) (rune, int) {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0, 0
	}
	return rs[len(rs)-1], len(string(rs[len(rs)-1]))
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

// attachments splits what follows a signature into attachment sections:
// each starts at a 附件/附录 label or, without a label, at a title line.
func attachments(d *data.Document, ls []line, warn warnFunc) []*data.Section {
	// Skip notes such as (此件公开发布).
	i := 0
	for i < len(ls) {
		t := trim(ls[i].text)
		if t != "" && !isNote(t) {
			break
		}
		i++
	}
	ls = ls[i:]
	if len(ls) == 0 {
		return nil
	}
	type att struct {
		label, title string
		line         int
		from, to     int
	}
	var atts []att
	var cur *att
	for k := 0; k < len(ls); k++ {
		raw, _ := stripMarkup(ls[k].text)
		t := trim(raw)
		if t == "" {
			continue
		}
		label, isLabel := isAttachmentLabel(t)
		inline, isList := attachmentList(t)
		if !isLabel && !isList && cur != nil {
			continue
		}
		if !isLabel && !isList && cur == nil && !titleLike(t) {
			atts = append(atts, att{line: ls[k].n, from: k})
			cur = &atts[len(atts)-1]
			continue
		}
		a := att{label: label, line: ls[k].n, from: k + 1}
		switch {
		case isList:
			a.label, a.title = "附件", inline
			// 附件:晋城市人民政府落实2020年省《政府 cut by the page, with the
			// whole title printed as the next line: take the whole one.
			for n := k + 1; n < len(ls) && inline != ""; n++ {
				nt, _ := stripMarkup(ls[n].text)
				if nt = trim(nt); nt == "" {
					continue
				}
				if titleLike(nt) && len(nt) > len(inline) && strings.HasPrefix(removeSpaces(nt), removeSpaces(inline)) {
					a.title, a.from = joinCJK(nt), n+1
				}
				break
			}
		case isLabel:
			// The title is the next non-blank line when it reads as one.
			for n := k + 1; n < len(ls); n++ {
				nt, _ := stripMarkup(ls[n].text)
				nt = trim(nt)
				if nt == "" {
					continue
				}
				if _, again := isAttachmentLabel(nt); !again && titleLike(nt) {
					a.title = joinCJK(nt)
					a.from = n + 1
				}
				break
			}
		default:
			a.title = joinCJK(t)
		}
		if cur != nil {
			cur.to = k
		}
		atts = append(atts, a)
		cur = &atts[len(atts)-1]
	}
	if cur != nil {
		cur.to = len(ls)
	}
	var out []*data.Section
	for _, a := range atts {
		heading := a.title
		if heading == "" {
			heading = a.label
		}
		if heading == "" {
			heading = "附件"
		}
		s := &data.Section{Heading: heading, Numbering: a.label, Level: 1, Line: a.line}
		if a.to < a.from {
			a.to = a.from
		}
		b := newBuilder(2, warn)
		b.feed(extractTables(ls[a.from:a.to], warn))
		s.Blocks, s.Sections = b.finish()
		captionFromTitle(s.Blocks, a.title)
		out = append(out, s)
		if a.title != "" && !contains(d.Attachments, a.title) && len(d.Attachments) < len(atts) {
			d.Attachments = append(d.Attachments, a.title)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
