package loader

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"gazette/data"
)

// A single official document (公文) printed in the national format
// GB/T 9704-2012, saved from Word, WPS or a PDF, or reprinted so in a
// gazette, prints a 版头 above its title: 份号, 密级和保密期限, 紧急程度,
// the 发文机关标志 (the issuer's name and 文件, or the name alone), a rule,
// the 发文字号 (with 签发人 beside it in a 上行文), a rule; and a 版记
// after its last page: 抄送 and 印发 lines between rules. The rules here
// read that head and that end, whatever the converter made of the rules.

// headStart recognises the 版头 of a document whose 发文字号 line is at
// index k (num its 文号, signed when the line also names the 签发人): the
// 发文机关标志 above it, under 份号, 密级 and 紧急程度 lines, and the 标题
// below it. The document starts at the 版头's first line; its title is
// the 标题, whole; the 版头's other lines are no text, and each line
// dropped so is noted for a warning.
func headStart(ls []line, k int, num string, signed bool) (docStart, bool) {
	ds := docStart{number: num, kind: data.KindDocument}
	var notes []data.Warning
	if signed {
		notes = append(notes, headNote(ls[k], "签发人"))
	}
	j, above := headGap(ls, k-1, -1)
	mark, top := headMark(ls, j)
	if mark == "" {
		return docStart{}, false
	}
	ds.start, ds.mark = top, mark
	for i := top - 1; i >= 0; i-- {
		t := stripped(ls[i].text)
		if t == "" {
			continue
		}
		f := headField(t)
		if f == "" {
			break
		}
		notes = append(notes, headNote(ls[i], f))
		ds.start = i
	}
	b, below := headGap(ls, k+1, 1)
	idx := headTitle(ls, b)
	if len(idx) == 0 {
		return docStart{}, false
	}
	ds.body = idx[len(idx)-1] + 1
	ds.line = int(ls[idx[0]].n)
	for _, x := range idx {
		ds.title += joinCJK(stripped(ls[x].text))
	}
	ds.notes = append(append(notes, above...), below...)
	slices.SortFunc(ds.notes, func(a, b data.Warning) int { return a.Line - b.Line })
	return ds, true
}

// headNote is the warning for a 版头 line that is no text.
func headNote(l line, field string) data.Warning {
	return data.Warning{Line: int(l.n), Message: fmt.Sprintf("document head %q read as 版头 (%s), not text", trim(l.text), field)}
}

// headGap walks from index i in direction dir over what may lie between
// the 发文机关标志, the 发文字号 and the 标题: blank lines (a converter
// keeps the 版头's spacing in as many as it likes), rules and 签发人
// lines. It returns the index of the first other line and the notes of
// the 签发人 lines.
func headGap(ls []line, i, dir int) (int, []data.Warning) {
	var notes []data.Warning
	for ; i >= 0 && i < len(ls); i += dir {
		t := stripped(ls[i].text)
		switch {
		case t == "" || printedRule(t):
		case signerAt(t) == 0:
			notes = append(notes, headNote(ls[i], "签发人"))
		default:
			return i, notes
		}
	}
	return i, notes
}

// headMark reads the 发文机关标志 whose last line is at index j: the
// issuer's name and 文件 (某市人民政府文件, 某市人民政府 文件), several
// issuers stacked on consecutive lines or side by side, with 文件 once
// (beside one of them or on a line of its own), or, without 文件, the
// issuer's name alone (a 函's head); a line spaced out letter by letter
// is read joined. It returns the issuers (joined by 、) and the index of
// the first line, "" when the lines are no 发文机关标志.
func headMark(ls []line, j int) (string, int) {
	var names []string
	files, top := 0, j
	for i := j; i >= 0 && i < len(ls) && j-i < 6; i-- {
		name, file := strings.CutSuffix(letterSpaced(stripped(ls[i].text)), "文件")
		if last, _ := utf8.DecodeLastRuneInString(name); !file && !strings.ContainsRune(orgEnds, last) {
			break // no name of a body: spare the split
		}
		ns := strings.Fields(name)
		if file && files > 0 || len(ns) == 0 && !file || !orgNames(ns) {
			break
		}
		if file {
			files++
		}
		names = append(ns, names...)
		top = i
	}
	if len(names) == 0 {
		return "", 0
	}
	return strings.Join(names, "、"), top
}

// orgEnds are the characters an issuing body's name ends with: 政府,
// 办公室, 办公厅, 委员会, 局, 委, 部, 院, 署, 中心, 公司, 集团, 党组 ….
const orgEnds = "府室厅会局委部院署心司团组办处所站社庭"

// orgName reports whether s can be the name of an issuing body in a
// 发文机关标志: two to 24 Han characters ending as a body's name does.
func orgName(s string) bool {
	n := 0
	for _, r := range s {
		if !isHan(r) {
			return false
		}
		n++
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return n >= 2 && n <= 24 && strings.ContainsRune(orgEnds, last)
}

// letterSpaced joins a line spaced out letter by letter (某 市 人 民 政 府
// 文 件, as a converter prints a title set wide); other lines are kept.
func letterSpaced(t string) string {
	if strings.IndexByte(t, ' ') < 0 {
		return t
	}
	f := strings.Fields(t)
	if len(f) < 2 {
		return t
	}
	for _, w := range f {
		if utf8.RuneCountInString(w) != 1 {
			return t
		}
	}
	return strings.Join(f, "")
}

// orgNames reports whether every one of names can be an issuing body's.
func orgNames(names []string) bool {
	for _, n := range names {
		if !orgName(n) {
			return false
		}
	}
	return true
}

// headTitle reads the 标题 under a 版头 from index b: the lines printed
// together up to a blank line, at most six, each of which can be a line
// of a title (and holds no comma: a 标题 is printed without punctuation
// but for 书名号 and brackets). When text follows the lines without a
// blank line between, the title ends at the last of them that ends in a
// kind of document (通知, 意见, 函 …), if one does. It returns the
// title's line indexes.
func headTitle(ls []line, b int) []int {
	if b < 0 {
		return nil
	}
	var idx []int
	j := b
	for ; j < len(ls) && len(idx) < 6; j++ {
		t := stripped(ls[j].text)
		if t == "" || !titleLike(t) || stopsTitle(t) || strings.ContainsAny(t, "，,；;") {
			break
		}
		idx = append(idx, j)
	}
	if j < len(ls) && stripped(ls[j].text) != "" {
		for n := len(idx); n > 0; n-- {
			if t := stripped(ls[idx[n-1]].text); hasSuffixAny(t, docKinds...) || hasSuffixAny(t, titleEnds...) {
				return idx[:n]
			}
		}
	}
	return idx
}

// docKinds are the kinds of official document (党政机关公文处理工作条例)
// a title ends with, and the other words titles end with.
var docKinds = append([]string{"决议", "命令", "令", "公报", "请示", "议案", "函", "纪要"}, docTitleEnds...)

// headField names what a line of a 版头 above the 发文机关标志 holds:
// 份号 (six digits), 密级 (秘密, 机密, 绝密, maybe ★ and a period) or
// 紧急程度 (特急, 加急), one or more of them spaced on one line, "" for
// another line. A word spaced out (特 急) is read whole.
func headField(t string) string {
	if len(t) > 60 {
		return ""
	}
	if f := headWord(removeSpaces(t)); f != "" {
		return f
	}
	var kinds []string
	for _, w := range strings.Fields(t) {
		f := headWord(w)
		if f == "" {
			return ""
		}
		kinds = append(kinds, f)
	}
	return strings.Join(kinds, "、")
}

func headWord(w string) string {
	switch {
	case len(w) == 6 && digitPrefix(w) == 6:
		return "份号"
	case w == "特急" || w == "加急":
		return "紧急程度"
	case hasPrefixAny(w, "秘密", "机密", "绝密"):
		if rest := w[len("秘密"):]; rest == "" || strings.HasPrefix(rest, "★") && runeLen(rest) <= 10 {
			return "密级"
		}
	}
	return ""
}

// printedRule reports whether a line is a printed rule: three or more of
// ─ ━ — - _ = ═ and the like, maybe spaced, maybe with a ★ in it.
func printedRule(t string) bool {
	n := 0
	for _, r := range t {
		switch {
		case strings.ContainsRune("─━—–-_=═＿﹍﹎―⎯▬～~", r):
			n++
		case r != ' ' && r != '\t' && r != '★':
			return false
		}
	}
	return n >= 3
}

// signerAt is the byte index of the label 签发人 (maybe spaced, 签 发 人)
// in t, -1 when there is none.
func signerAt(t string) int {
	for off := 0; off < len(t); {
		i := strings.Index(t[off:], "签")
		if i < 0 {
			return -1
		}
		i += off
		rest := skipSpaces(t[i+len("签"):])
		if strings.HasPrefix(rest, "发") && strings.HasPrefix(skipSpaces(rest[len("发"):]), "人") {
			return i
		}
		off = i + len("签")
	}
	return -1
}

// signedNumber reads a 上行文's 发文字号 line that names the 签发人 too, on
// either side (某政发〔2024〕3号  签发人：张三, or 签发人：张三  某政发〔2024〕3号),
// and returns the 文号.
func signedNumber(t string) (string, bool) {
	i := signerAt(t)
	if i < 0 {
		return "", false
	}
	if before := trim(t[:i]); before != "" {
		return docNumber(before)
	}
	f := strings.Fields(t[i:])
	return docNumber(f[len(f)-1])
}

// imprint finds the 版记 at the end of a document's lines: from the end,
// past blank lines and rules, an 印发 line (the printing office and the
// date: 某市人民政府办公室  2024年1月5日印发); above it, past rules, the
// lists of 抄送 and (when too long for the first page) 主送, each a
// labelled line and the lines it wraps onto (at most four), the last
// ending in 。 when no 印发 line follows. It returns the index where the
// 版记 starts, the rules above it included (len(ls) when there is none),
// and what it holds.
func imprint(ls []line) (int, string) {
	last := lastInked(ls, len(ls)-1)
	if last < 0 {
		return len(ls), ""
	}
	cut := len(ls)
	var parts []string
	switch t := stripped(ls[last].text); {
	case printLine(t):
		cut, parts = last, []string{"印发"}
		last = lastInked(ls, last-1)
	case !strings.HasSuffix(t, "。"):
		return len(ls), ""
	}
	for i, n := last, 0; i >= 0 && n < 4; i-- {
		t := stripped(ls[i].text)
		if t == "" || printedRule(t) {
			continue
		}
		if ls[i].tabbed() {
			break
		}
		if l := removeSpaces(t); hasPrefixAny(l, "抄送:", "抄送：", "主送:", "主送：") {
			if slices.Contains(parts, l[:len("抄送")]) {
				break // one list of each
			}
			cut, parts, n = i, append([]string{l[:len("抄送")]}, parts...), 0
			continue
		}
		n++
	}
	if cut == len(ls) {
		return cut, ""
	}
	for cut > 0 {
		if t := stripped(ls[cut-1].text); t != "" && !printedRule(t) {
			break
		}
		cut--
	}
	return cut, strings.Join(parts, "、")
}

// lastInked is the index of the last line at or before i that is neither
// blank nor a rule, -1 when there is none.
func lastInked(ls []line, i int) int {
	for ; i >= 0; i-- {
		if t := stripped(ls[i].text); t != "" && !printedRule(t) {
			return i
		}
	}
	return -1
}

// printLine recognises a 版记's 印发 line: the printing office (maybe
// none), the date and 印发.
func printLine(t string) bool {
	if len(t) > 120 || !strings.HasSuffix(t, "发") {
		return false
	}
	_, start, end, ok := findDate(t)
	if !ok || removeSpaces(t[end:]) != "印发" {
		return false
	}
	office := removeSpaces(t[:start])
	return office == "" || orgName(office)
}

// cutImprint takes the 版记 off the end of a document's lines, with a
// warning at its first line.
func cutImprint(ls []line, warn warnFunc) []line {
	cut, what := imprint(ls)
	if cut == len(ls) {
		return ls
	}
	first := cut
	for t := stripped(ls[first].text); t == "" || printedRule(t); t = stripped(ls[first].text) {
		first++
	}
	warn(int(ls[first].n), fmt.Sprintf("document end %q read as 版记 (%s), not text", trim(ls[first].text), what))
	return ls[:cut]
}

// officialLine reports whether a line spaced into runs is a line of a
// 版头 or a 版记, which no table's header is: a 发文机关标志 (names and
// 文件), a 发文字号 beside the 签发人, an 印发 line.
func officialLine(t string) bool {
	if printLine(t) {
		return true
	}
	if name, ok := strings.CutSuffix(t, "文件"); ok {
		return orgNames(strings.Fields(name))
	}
	_, ok := signedNumber(t)
	return ok
}
