package loader

import (
	"strings"
	"unicode/utf8"
)

// numbering kinds, from the highest level to the lowest. A document uses a
// subset; levels come from the order in which its kinds appear, not from
// the "#" marks a converter printed.
const (
	kindNone    = iota
	kindChapter // 第一章
	kindPart    // 第一节
	kindArticle // 第一条
	kindCN      // 一、
	kindParenCN // (一) （一）
	kindArabic  // 1. 1、 1． and decimal top level "1 总则"
	kindDec2    // 1.1
	kindDec3    // 1.1.1
	kindDec4    // 1.1.1.1
	kindParen   // (1) （1）
	kindTitled  // an unnumbered heading ("#" line): child of the current section
)

// numbering recognises the numbering token a line starts with. It returns
// the kind, the token (一、 (一) 1. 1.1 第一章) and the text after it. Its
// first byte tells most lines apart: a token starts with a digit, "(" or
// a character of more than one byte (第, （ or a Chinese numeral).
func numbering(t string) (kind int, token, rest string) {
	if t == "" {
		return kindNone, "", t
	}
	switch c := t[0]; {
	case isDigit(c):
		return digitNumbering(t)
	case c == '(':
		return parenNumbering(t)
	case c < utf8.RuneSelf:
		return kindNone, "", t
	}
	switch {
	case strings.HasPrefix(t, "第"):
		return ordinalNumbering(t)
	case strings.HasPrefix(t, "（"):
		return parenNumbering(t)
	}
	if n := cnNumeralPrefix(t); n > 0 && strings.HasPrefix(t[n:], "、") {
		end := n + len("、")
		return kindCN, t[:end], trim(t[end:])
	}
	return kindNone, "", t
}

// ordinalNumbering recognises 第一章, 第一节, 第一条 (also 第1条).
func ordinalNumbering(t string) (int, string, string) {
	r := t[len("第"):]
	n := cnNumeralPrefix(r)
	if n == 0 {
		n = digitPrefix(r)
	}
	if n == 0 {
		return kindNone, "", t
	}
	for _, k := range []struct {
		s string
		k int
	}{{"章", kindChapter}, {"节", kindPart}, {"条", kindArticle}} {
		if strings.HasPrefix(r[n:], k.s) {
			end := len("第") + n + len(k.s)
			return k.k, t[:end], trim(t[end:])
		}
	}
	return kindNone, "", t
}

// parenNumbering recognises (一) （一） (1) （1）, spaces allowed inside.
func parenNumbering(t string) (int, string, string) {
	_, size := utf8.DecodeRuneInString(t)
	r := skipSpaces(t[size:])
	n := cnNumeralPrefix(r)
	kind := kindParenCN
	if n == 0 {
		n, kind = digitPrefix(r), kindParen
		if n > 2 {
			return kindNone, "", t
		}
	}
	if n == 0 {
		return kindNone, "", t
	}
	after := skipSpaces(r[n:])
	for _, c := range []string{")", "）"} {
		if strings.HasPrefix(after, c) {
			end := len(t) - len(after) + len(c)
			return kind, removeSpaces(t[:end]), trim(t[end:])
		}
	}
	return kindNone, "", t
}

// digitNumbering recognises 1. 1、 1． 1.1 1.1.1 … and a short decimal
// top-level heading "1 总则".
func digitNumbering(t string) (int, string, string) {
	d := digitPrefix(t)
	if d == 0 || d > 3 {
		return kindNone, "", t
	}
	r := t[d:]
	// Decimal: 1.1, 1.1.1 … optionally ending in a dot.
	depth := 1
	end := d
	for strings.HasPrefix(r, ".") && len(r) > 1 && r[1] >= '0' && r[1] <= '9' {
		k := digitPrefix(r[1:])
		if k > 3 {
			return kindNone, "", t
		}
		depth++
		end += 1 + k
		r = r[1+k:]
	}
	if depth > 1 {
		if strings.HasPrefix(r, ".") {
			r, end = r[1:], end+1
		}
		rest := trim(r)
		if fr, _ := firstRune(rest); !isHan(fr) && fr != 'I' && fr != 'V' && !(fr >= 'Ⅰ' && fr <= 'Ⅻ') {
			return kindNone, "", t
		}
		return kindDec2 + min(depth, 4) - 2, t[:end], rest
	}
	for _, c := range []string{".", "、", "．"} {
		if strings.HasPrefix(r, c) {
			rest := trim(r[len(c):])
			if fr, _ := firstRune(rest); fr >= '0' && fr <= '9' || rest == "" || fr == '%' {
				return kindNone, "", t
			}
			return kindArabic, t[:d+len(c)], rest
		}
	}
	// "1 总则": a short decimal top-level heading.
	if strings.HasPrefix(r, " ") && atoi(t[:d]) <= 30 {
		rest := trim(r)
		if fr, _ := firstRune(rest); isHan(fr) && !runesOver(rest, 24) && !holdsAny(rest, "。,，") {
			return kindArabic, t[:d], rest
		}
	}
	return kindNone, "", t
}

// isCircled reports whether r is a circled number ① … ⑳.
func isCircled(r rune) bool { return r >= '①' && r <= '⑳' }

// follows reports whether numbering token next comes right after prev in
// one sequence: 12. → 13., (十) → (十一), 四、 → 五、, 1.4.2 → 1.4.3.
func follows(prev, next string) bool {
	pp, pv := tokenNumber(prev)
	np, nv := tokenNumber(next)
	return pv > 0 && nv == pv+1 && pp == np
}

// tokenNumber splits a numbering token into the numbers before the last
// one of a decimal token (1.4 of 1.4.3) and the value of the last; the
// value is 0 when the token holds no number.
func tokenNumber(tok string) (parent string, v int) {
	s := strings.TrimPrefix(tok, "第")
	s = strings.TrimLeft(s, "(（")
	s = strings.TrimRight(s, ".、．)）章节条")
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		parent, s = s[:i], s[i+1:]
	}
	if d := digitPrefix(s); d > 0 && d == len(s) {
		return parent, atoi(s)
	}
	return parent, cnValue(s)
}

// cnValue is the value of a Chinese numeral (三, 十一, 二十三, 一百零五), 0
// if s is not one.
func cnValue(s string) int {
	total, cur := 0, 0
	for _, r := range s {
		switch d := cnDigit(r); {
		case d < 0:
			return 0
		case d >= 10:
			total += max(cur, 1) * d
			cur = 0
		default:
			cur = d
		}
	}
	return total + cur
}
