package query

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gazette/data"
)

// Classes of sort keys, in ascending order.
const (
	classNumber = iota
	classDate
	classText
	classEmpty
)

// sortKey is a cell's text parsed for natural ordering.
type sortKey struct {
	class int
	num   float64
	// date is year, month, day; 0 for an absent part, 31 for 月底.
	date     [3]int
	yearless bool
	// text is the normalised text, for natural comparison.
	text string
}

// SortRecords sorts idx, indices of records of t, stably by the text of
// column col in natural order: numbers (2 < 10, also Chinese numerals such
// as 三 or 十二) numerically, Chinese dates (2022年6月, 2022年6月底前,
// 6月底前, 2022年12月31日, 2022年上半年, 2022-06-30) by date, other text
// with embedded numbers compared numerically. Numbers come before dates,
// dates before other text. Empty cells (or placeholders such as —) are
// last in either direction. A date without a year takes the year most
// cells of the column name.
func SortRecords(t *data.Table, idx []int, col int, desc bool) {
	keys := make([]sortKey, len(idx))
	years := map[int]int{}
	for i, r := range idx {
		keys[i] = parseKey(t.Text(r, col))
		if k := keys[i]; k.class == classDate && !k.yearless {
			years[k.date[0]]++
		}
	}
	year, most := 0, 0
	for y, n := range years {
		if n > most || n == most && y < year {
			year, most = y, n
		}
	}
	type item struct {
		rec int
		key *sortKey
	}
	items := make([]item, len(idx))
	for i, r := range idx {
		if keys[i].yearless {
			keys[i].date[0] = year
		}
		items[i] = item{r, &keys[i]}
	}
	slices.SortStableFunc(items, func(a, b item) int {
		ea, eb := a.key.class == classEmpty, b.key.class == classEmpty
		if ea || eb {
			switch {
			case ea && eb:
				return 0
			case ea:
				return 1
			}
			return -1
		}
		c := compareKeys(a.key, b.key)
		if desc {
			c = -c
		}
		return c
	})
	for i, it := range items {
		idx[i] = it.rec
	}
}

// compareKeys orders two keys of non-empty cells. Equal numbers and equal
// dates compare equal whatever their text, so a stable sort keeps them in
// table order.
func compareKeys(a, b *sortKey) int {
	if c := cmp.Compare(a.class, b.class); c != 0 {
		return c
	}
	switch a.class {
	case classNumber:
		return cmp.Compare(a.num, b.num)
	case classDate:
		return slices.Compare(a.date[:], b.date[:])
	}
	return naturalCompare(a.text, b.text)
}

// parseKey classifies and parses a cell's text.
func parseKey(text string) sortKey {
	n := Normalize(text)
	if strings.Trim(n, "-—–/\\") == "" {
		return sortKey{class: classEmpty}
	}
	k := sortKey{text: n}
	y, m, d, hasYear, isDate := parseDate(n)
	if w, ok := parseWhen(n); ok && !w.never {
		// Read as the filters read deadlines, so that sorting and
		// COL<=DATE agree: the end of the first period (2022年6月 is due
		// at the end of June, 2020年5月-9月 at the end of September,
		// 每季度末 first at the end of March).
		y, m, d, hasYear, isDate = w.year, w.spans[0].m2, w.spans[0].d2, w.year != 0, true
		if d == 0 {
			d = dayEnd
		}
	}
	if isDate {
		k.class, k.date, k.yearless = classDate, [3]int{y, m, d}, !hasYear
		return k
	}
	if v, ok := parseNumber(n); ok {
		k.class, k.num = classNumber, v
		return k
	}
	k.class = classText
	return k
}

// parseNumber parses a leading decimal number, or a Chinese numeral, after
// an optional opening bracket or 第. Text may follow a decimal number
// (a unit such as 万元 or %) as long as it holds no further digits; only
// closing punctuation may follow a Chinese numeral.
func parseNumber(s string) (float64, bool) {
	s = strings.TrimPrefix(s, "(")
	s = strings.TrimPrefix(s, "第")
	end := 0
	if end < len(s) && (s[end] == '-' || s[end] == '+') {
		end++
	}
	digits := 0
	for end < len(s) && (isDigit(s[end]) || s[end] == '.' && digits > 0 && end+1 < len(s) && isDigit(s[end+1])) {
		if isDigit(s[end]) {
			digits++
		}
		end++
	}
	if digits > 0 {
		if strings.ContainsFunc(s[end:], func(r rune) bool { return '0' <= r && r <= '9' }) {
			return 0, false
		}
		v, err := strconv.ParseFloat(s[:end], 64)
		return v, err == nil
	}
	v, rest, ok := chineseNumeral(s)
	if !ok || strings.Trim(rest, "、).:") != "" {
		return 0, false
	}
	return float64(v), true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// chineseDigits maps Chinese digits to their values.
var chineseDigits = map[rune]int{
	'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4,
	'五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
}

// chineseNumeral parses a leading Chinese numeral below 1000 such as 三,
// 十二 or 一百零五, returning the rest of s.
func chineseNumeral(s string) (int, string, bool) {
	total, cur, n := 0, 0, 0
	for i, r := range s {
		if d, ok := chineseDigits[r]; ok {
			cur = d
		} else if r == '十' || r == '百' {
			unit := 10
			if r == '百' {
				unit = 100
			}
			total += max(cur, 1) * unit
			cur = 0
		} else {
			return total + cur, s[i:], n > 0
		}
		n++
	}
	return total + cur, "", n > 0
}

// leadingInt parses 1 to maxDigits ASCII digits at the start of s.
func leadingInt(s string, maxDigits int) (int, string, bool) {
	i := 0
	for i < len(s) && i < maxDigits && isDigit(s[i]) {
		i++
	}
	if i == 0 {
		return 0, s, false
	}
	v, _ := strconv.Atoi(s[:i])
	return v, s[i:], true
}

// Day values for parts of a month.
const (
	dayEarly = 10 // 上旬
	dayMid   = 20 // 中旬
	dayEnd   = 31 // 月底, 下旬, 年底
)

// parseDate parses a date at the start of normalised text s (after an
// optional 于, 到, 至 or 截至): 2022年6月30日, 2022年6月底, 2022年底,
// 2022年上半年, 2022年三季度, 6月底前, 2022-06-30, 2022.6.
func parseDate(s string) (y, m, d int, hasYear, ok bool) {
	for _, p := range []string{"截至", "截止", "于", "到", "至"} {
		if rest, cut := strings.CutPrefix(s, p); cut {
			s = rest
			break
		}
	}
	if v, rest, ok := leadingInt(s, 4); ok && len(s)-len(rest) == 4 && rest != "" && strings.ContainsRune("-./", rune(rest[0])) {
		mm, rest2, ok := leadingInt(rest[1:], 2)
		if ok && 1 <= mm && mm <= 12 {
			dd := 0
			if rest2 != "" && rest2[0] == rest[0] {
				dd, _, _ = leadingInt(rest2[1:], 2)
			}
			return v, mm, dd, true, true
		}
	}
	if v, rest, ok := leadingInt(s, 4); ok && len(s)-len(rest) == 4 && strings.HasPrefix(rest, "年") {
		y, hasYear, s = v, true, strings.TrimPrefix(rest, "年")
		switch {
		case strings.HasPrefix(s, "底"), strings.HasPrefix(s, "末"), strings.HasPrefix(s, "下半年"):
			return y, 12, dayEnd, true, true
		case strings.HasPrefix(s, "上半年"):
			return y, 6, dayEnd, true, true
		}
		if q, ok := quarter(s); ok {
			return y, 3 * q, dayEnd, true, true
		}
	}
	v, rest, isNum := leadingInt(s, 2)
	if !isNum || !strings.HasPrefix(rest, "月") || v < 1 || v > 12 {
		return y, 0, 0, hasYear, hasYear
	}
	m, s = v, strings.TrimPrefix(rest, "月")
	if v, rest, ok := leadingInt(s, 2); ok && (strings.HasPrefix(rest, "日") || strings.HasPrefix(rest, "号")) {
		return y, m, v, hasYear, true
	}
	switch {
	case strings.HasPrefix(s, "底"), strings.HasPrefix(s, "末"), strings.HasPrefix(s, "下旬"):
		d = dayEnd
	case strings.HasPrefix(s, "中旬"):
		d = dayMid
	case strings.HasPrefix(s, "上旬"):
		d = dayEarly
	}
	return y, m, d, hasYear, true
}

// quarter parses 一季度, 第二季度, 3季度 … at the start of s.
func quarter(s string) (int, bool) {
	s = strings.TrimPrefix(s, "第")
	q, rest, ok := leadingInt(s, 1)
	if !ok {
		q, rest, ok = chineseNumeral(s)
	}
	if !ok || q < 1 || q > 4 || !strings.HasPrefix(rest, "季") {
		return 0, false
	}
	return q, true
}

// naturalCompare compares two strings rune by rune, runs of ASCII digits
// by their numeric value.
func naturalCompare(a, b string) int {
	for a != "" && b != "" {
		if isDigit(a[0]) && isDigit(b[0]) {
			da, db := digitRun(a), digitRun(b)
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if c := cmp.Compare(len(na), len(nb)); c != 0 {
				return c
			}
			if c := strings.Compare(na, nb); c != 0 {
				return c
			}
			a, b = a[da:], b[db:]
			continue
		}
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if c := cmp.Compare(ra, rb); c != 0 {
			return c
		}
		a, b = a[sa:], b[sb:]
	}
	return cmp.Compare(len(a), len(b))
}

func digitRun(s string) int {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}
