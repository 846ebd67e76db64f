package loader

import (
	"slices"
	"strings"

	"gazette/data"
)

// A 政府令 (government decree) publishes a 政府规章. It carries no 文号:
// its head names the issuing body and the decree's number,
//
//	鸡西市人民政府令              XX省人民政府令第123号
//	第 5 号                       国务院令 （第7号）
//
// then the 公布 text (《鸡西市城市供热管理办法》已经……通过，现予公布，
// 自……起施行。), the signature (市长  张三) and date, and the regulation
// itself: its title again and its 章 and 条. The decree is a document:
// its number is the 令 and its 第N号, its title the regulation's, named
// in the 公布 text; the regulation after the signature is its section,
// as an 印发 notice's attachment is.

// decreeBodies are the endings of the name of a body that issues 令:
// people's governments, the State Council, ministries, commissions,
// bureaus, administrations and the central bank.
var decreeBodies = []string{"人民政府", "国务院", "政府", "部", "委员会", "总局", "局", "署", "银行"}

// decreeName recognises the name of a decree, spaces removed: an issuing
// body of Han characters followed by 令 (鸡西市人民政府令).
func decreeName(s string) bool {
	body, ok := strings.CutSuffix(s, "令")
	if !ok || body == "" {
		return false
	}
	n := 0
	for _, r := range body {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 24 && hasSuffixAny(body, decreeBodies...)
}

// decreeSerial recognises a decree's 第N号, spaces removed, maybe in
// brackets ((第5号), （第５号）), and returns it with ASCII digits.
func decreeSerial(s string) (string, bool) {
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}, {"〔", "〕"}} {
		if inner, ok := strings.CutPrefix(s, br[0]); ok {
			s, _ = strings.CutSuffix(inner, br[1])
			break
		}
	}
	rest, ok := strings.CutPrefix(s, "第")
	if !ok {
		return "", false
	}
	digits, n, size := digitRun(rest)
	if n < 1 || n > 6 || rest[size:] != "号" {
		return "", false
	}
	return "第" + digits + "号", true
}

// decreeNumber recognises a decree's whole number on one line, the name
// and its 第N号 (鸡西市人民政府令 第 5 号, 国务院令（第７号）), and returns
// it normalised: spaces and brackets dropped, digits in ASCII
// (鸡西市人民政府令第5号).
func decreeNumber(s string) (string, bool) {
	s = removeSpaces(s)
	i := strings.LastIndex(s, "令")
	if i < 0 || !decreeName(s[:i+len("令")]) {
		return "", false
	}
	serial, ok := decreeSerial(s[i+len("令"):])
	if !ok {
		return "", false
	}
	return s[:i+len("令")] + serial, true
}

// decreeHead recognises the head of a decree at line i: its number on
// the line, or its name there and its 第N号 on the next line that is not
// blank. It returns the number and the index of the line after the head.
func decreeHead(ls []line, i int) (string, int, bool) {
	t := removeSpaces(stripped(ls[i].text))
	if num, ok := decreeNumber(t); ok {
		return num, i + 1, true
	}
	if !decreeName(t) {
		return "", 0, false
	}
	blanks := 0 // a page break may come between: its furniture is gone, its blank lines stay
	for j := i + 1; j < len(ls) && blanks <= 4; j++ {
		s := removeSpaces(stripped(ls[j].text))
		if s == "" {
			blanks++
			continue
		}
		if serial, ok := decreeSerial(s); ok {
			return t + serial, j + 1, true
		}
		break
	}
	return "", 0, false
}

// decreeTitle reads the 公布 text that opens a decree's body, ls[from:]:
// the paragraph up to its first 。, at most a few lines. It returns the
// regulation that paragraph publishes, the first 《…》 in it; ok is false
// when the paragraph publishes nothing (no 公布): the head is then no
// decree's.
func decreeTitle(ls []line, from int) (string, bool) {
	var b strings.Builder
	n := 0
	for j := from; j < len(ls) && n < 6; j++ {
		t := stripped(ls[j].text)
		if t == "" {
			if n > 0 {
				break
			}
			continue
		}
		n++
		b.WriteString(t)
		if strings.Contains(t, "。") {
			break
		}
	}
	p := joinCJK(b.String())
	if !strings.Contains(p, "公布") {
		return "", false
	}
	open := strings.Index(p, "《")
	if open < 0 {
		return "", true
	}
	inner := p[open+len("《"):]
	if end := strings.Index(inner, "》"); end > 0 {
		return inner[:end], true
	}
	return "", true
}

// findDecrees finds every decree in ls: a head followed by its 公布 text.
// A decree whose 公布 text names no regulation is titled by its number.
// The heads are looked for at the indexes heads lists, in order: those of
// every line that may end one (see findDocuments).
func findDecrees(ls []line, heads []int) []docStart {
	var out []docStart
	next := 0 // the first line after the last decree found
	for _, i := range heads {
		if i < next || !mayEndBy(decreeHeadEnds, ls[i].last()) || len(ls[i].text) > 120 || !ls[i].mayEndIn(decreeHeadEnds) || !holdsHan(ls[i].text, "令") {
			continue
		}
		num, body, ok := decreeHead(ls, i)
		if !ok {
			continue
		}
		title, ok := decreeTitle(ls, body)
		if !ok {
			continue
		}
		if title == "" {
			title = num
		}
		out = append(out, docStart{start: i, body: body, title: title, number: num, line: int(ls[i].n), kind: data.KindDocument})
		next = body
	}
	return out
}

// decreeHeadEnds are the characters a decree's head ends with: the 令 of
// its name (the 第N号 on the next line), or its 号, maybe in brackets.
var decreeHeadEnds = newCharSet("令号)）〕")

// mayEndBy reports whether a line whose last byte is c may end in one
// of the characters of e, or in markup: mayEndIn's first test, made in
// a pass over every line without a call for each, as most lines end
// otherwise.
func mayEndBy(e *charSet, c byte) bool {
	return c != 0 && (markupEnds[c] || e.endAt[c] != 0)
}

// withDecrees adds the decrees to the documents found by their 文号, in
// order of their lines; of two whose heads overlap the first found stays.
func withDecrees(starts, decrees []docStart) []docStart {
	if len(decrees) == 0 {
		return starts
	}
	all := slices.Clone(starts)
	for _, d := range decrees {
		if !slices.ContainsFunc(starts, func(s docStart) bool { return s.start < d.body && d.start < s.body }) {
			all = append(all, d)
		}
	}
	slices.SortStableFunc(all, func(a, b docStart) int { return a.start - b.start })
	return all
}

// signerTitles are the offices whose holder signs a decree.
var signerTitles = []string{"市长", "省长", "县长", "区长", "州长", "旗长", "盟长", "主席", "总理", "部长", "主任", "局长", "署长", "行长"}

// signer recognises the signature line of a decree: an office and the
// name of its holder set apart by spaces (市长  张三, 代省长 李 四, a
// name of two to four Han characters), the office maybe spaced out as a
// typesetter or an OCR engine prints it (市 长 张 三). It returns the
// line with one space between office and name.
func signer(t string) (string, bool) {
	f := strings.Fields(t)
	k := signerOffice(f)
	if k == 0 || k == len(f) || len(f)-k > 4 {
		return "", false
	}
	name := strings.Join(f[k:], "")
	n := 0
	for _, r := range name {
		if !isHan(r) {
			return "", false
		}
		n++
	}
	if n < 2 || n > 4 {
		return "", false
	}
	return strings.Join(f[:k], "") + " " + name, true
}

// signerOffice returns how many of the first fields make a signer's
// office (市长, 代省长; 市 长 spaced out), 0 when none do.
func signerOffice(f []string) int {
	office := ""
	for k := 0; k < len(f) && k < 3; k++ {
		office += f[k]
		if slices.Contains(signerTitles, strings.TrimPrefix(strings.TrimPrefix(office, "代"), "副")) {
			return k + 1
		}
	}
	return 0
}

// decreeKey is the key under which a contents entry that names a decree
// by its number (鸡西市人民政府令（第5号）) finds the decree: its number
// normalised, as titleKey keys a title.
func decreeKey(s string) (string, bool) {
	num, ok := decreeNumber(s)
	if !ok {
		return "", false
	}
	return titleKey(num), true
}
