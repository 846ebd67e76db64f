package query

import (
	"strings"
	"time"
	"unicode/utf8"
)

// when is what a deadline cell says: no deadline at all (长期坚持), or one
// or more periods of a year (several for 每季度末, 每月). A deadline falls
// at the end of its period.
type when struct {
	never bool
	year  int // 0 when not printed
	spans []span
}

// span is a period within a year: from month m1 day d1 to month m2 day
// d2; a day of 0 is the month's last.
type span struct{ m1, d1, m2, d2 int }

// neverWords start a cell that sets no deadline.
var neverWords = []string{"长期", "持续", "常态", "长年", "经常", "随时"}

// parseWhen parses normalised text naming a deadline: 2022年6月,
// 6月底前, 2022年6月30日, 2022-06-30, 上半年, 年底, 年内, 三季度,
// 2020年5月-9月, 每季度末, 每月, 长期坚持. Text may follow the date
// (前, 完成) as long as it holds no digits and is short.
func parseWhen(s string) (when, bool) {
	for _, w := range neverWords {
		if strings.HasPrefix(s, w) {
			return when{never: true}, true
		}
	}
	for _, p := range []string{"截至", "截止", "于", "到", "至", "在"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			s = rest
			break
		}
	}
	var w when
	y, rest, ok := leadingYear(s)
	if ok {
		w.year, s = y, rest
	}
	if ok && (strings.HasPrefix(s, "底") || strings.HasPrefix(s, "末")) {
		_, n := utf8.DecodeRuneInString(s)
		s = "年底" + s[n:]
	}
	sp, rest, found := periods(s, ok)
	switch {
	case found:
		w.spans = sp
	case ok && (rest == "" || !strings.ContainsAny(rest, "0123456789")):
		w.spans = []span{{1, 1, 12, 0}}
	default:
		return when{}, false
	}
	if len(w.spans) == 1 {
		if r, ok := cutRange(rest); ok {
			if _, r2, ok := leadingYear(r); ok {
				r = r2
			}
			if sp2, r2, ok := periods(r, true); ok && len(sp2) == 1 {
				w.spans[0].m2, w.spans[0].d2 = sp2[0].m2, sp2[0].d2
				rest = r2
			}
		}
	}
	if strings.ContainsAny(rest, "0123456789") || utf8.RuneCountInString(rest) > 8 {
		return when{}, false
	}
	return w, true
}

// leadingYear reads 2022年, or the 2022 of 2022-06-30, 2022.6, 2022/6.
func leadingYear(s string) (int, string, bool) {
	v, rest, ok := leadingInt(s, 4)
	if !ok || len(s)-len(rest) != 4 {
		return 0, s, false
	}
	if r, ok := strings.CutPrefix(rest, "年"); ok {
		return v, r, true
	}
	if rest != "" && strings.ContainsRune("-./", rune(rest[0])) && len(rest) > 1 && isDigit(rest[1]) {
		return v, "-" + rest[1:], true
	}
	return 0, s, false
}

// cutRange cuts the dash or 至 that starts the end of a range.
func cutRange(s string) (string, bool) {
	for _, p := range []string{"-", "—", "–", "~", "至", "到"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// periods parses the part of a date after its year; a month written with
// digits only (2022-06-30) is taken only after a year.
func periods(s string, afterYear bool) ([]span, string, bool) {
	for _, p := range []struct {
		word  string
		spans []span
	}{
		{"上半年", []span{{1, 1, 6, 0}}},
		{"下半年", []span{{7, 1, 12, 0}}},
		{"年底", []span{{12, 1, 12, 0}}}, {"年末", []span{{12, 1, 12, 0}}},
		{"年内", []span{{12, 1, 12, 0}}}, {"全年", []span{{12, 1, 12, 0}}},
		{"每季度", every(3)}, {"每个季度", every(3)}, {"每季", every(3)},
		{"每半年", every(6)}, {"每月", every(1)}, {"每个月", every(1)}, {"每年", every(12)},
	} {
		if rest, ok := strings.CutPrefix(s, p.word); ok {
			return p.spans, strings.TrimLeft(rest, "末底"), true
		}
	}
	if q, rest, ok := quarterAt(s); ok {
		return []span{{3*q - 2, 1, 3 * q, 0}}, rest, true
	}
	digitsOnly := false
	if r, ok := strings.CutPrefix(s, "-"); ok && afterYear {
		s, digitsOnly = r, true
	}
	m, rest, ok := leadingInt(s, 2)
	if !ok || m < 1 || m > 12 {
		return nil, s, false
	}
	if r, ok := strings.CutPrefix(rest, "月"); ok {
		rest = r
	} else if !digitsOnly {
		return nil, s, false
	} else if rest != "" && strings.ContainsRune("-./", rune(rest[0])) {
		rest = rest[1:]
	}
	sp := span{m, 1, m, 0}
	if d, r, ok := leadingInt(rest, 2); ok && 1 <= d && d <= 31 {
		r = strings.TrimPrefix(strings.TrimPrefix(r, "日"), "号")
		return []span{{m, d, m, d}}, r, true
	}
	for _, part := range []struct {
		word   string
		d1, d2 int
	}{{"上旬", 1, 10}, {"中旬", 11, 20}, {"下旬", 21, 0}, {"底", 1, 0}, {"末", 1, 0}} {
		if r, ok := strings.CutPrefix(rest, part.word); ok {
			sp.d1, sp.d2 = part.d1, part.d2
			return []span{sp}, r, true
		}
	}
	return []span{sp}, rest, true
}

// quarterAt parses 一季度, 第二季度, 3季度 … at the start of s.
func quarterAt(s string) (int, string, bool) {
	s = strings.TrimPrefix(s, "第")
	q, rest, ok := leadingInt(s, 1)
	if !ok {
		q, rest, ok = chineseNumeral(s)
	}
	if !ok || q < 1 || q > 4 {
		return 0, s, false
	}
	for _, w := range []string{"季度", "季"} {
		if r, ok := strings.CutPrefix(rest, w); ok {
			return q, strings.TrimLeft(r, "末底"), true
		}
	}
	return 0, s, false
}

// every returns the periods that end every n months of a year.
func every(n int) []span {
	var out []span
	for m := n; m <= 12; m += n {
		out = append(out, span{m - n + 1, 1, m, 0})
	}
	return out
}

// day encodes a date as yyyymmdd; a day of 0 is the month's last.
func day(y, m, d int) int {
	if d == 0 {
		yy := y
		if yy == 0 {
			yy = 2001 // a year without 29 February
		}
		d = time.Date(yy, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	}
	return y*10000 + m*100 + d
}

// compareWhen reports whether a deadline cell c satisfies op against the
// bound b (one period); year is given to either when it names none. A
// recurring deadline satisfies it when one of its deadlines does; a cell
// with no deadline satisfies no comparison.
func compareWhen(c when, op Op, b when, year int) bool {
	if c.never || b.never || len(b.spans) != 1 {
		return false
	}
	by, cy := b.year, c.year
	if by == 0 {
		by = year
	}
	if cy == 0 {
		cy = year
	}
	s := b.spans[0]
	lo, hi := day(by, s.m1, s.d1), day(by, s.m2, s.d2)
	for _, sp := range c.spans {
		d := day(cy, sp.m2, sp.d2)
		var ok bool
		switch op {
		case OpLess:
			ok = d < lo
		case OpLessEq:
			ok = d <= hi
		case OpGreater:
			ok = d > hi
		case OpGreaterEq:
			ok = d >= lo
		}
		if ok {
			return true
		}
	}
	return false
}
