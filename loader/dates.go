package loader

import "strings"

// Dates written out in Chinese (2022年1月13日), as signatures and
// chronicles print them.

// findDate finds the first date written 2022年1月13日 (spaces allowed
// around the parts, digits ASCII or full-width) in s. It returns
// YYYY-MM-DD and the byte span.
func findDate(s string) (date string, start, end int, ok bool) {
	for off := 0; off < len(s); {
		k := strings.Index(s[off:], "年")
		if k < 0 {
			return "", 0, 0, false
		}
		k += off
		off = k + len("年")
		// Walk back over spaces to four digits.
		j := k
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		year, from, ok := yearBefore(s, j)
		if !ok {
			continue
		}
		month, rest, ok := numberUnit(skipSpaces(s[off:]), "月")
		if !ok {
			continue
		}
		day, rest, ok := numberUnit(skipSpaces(rest), "日")
		if ok && month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1900 && year <= 2100 {
			return formatDate(year, month, day), from, len(s) - len(rest), true
		}
	}
	return "", 0, 0, false
}

// yearBefore reads the four digits that end at index j of s, not preceded
// by another digit, and returns the year and where its digits start.
func yearBefore(s string, j int) (year, from int, ok bool) {
	from = j
	for n := 0; n < 4; n++ {
		if from, ok = digitBefore(s, from); !ok {
			return 0, 0, false
		}
	}
	if _, more := digitBefore(s, from); more {
		return 0, 0, false
	}
	digits, _, _ := digitRun(s[from:j])
	return atoi(digits), from, true
}

// numberUnit reads one or two digits at the start of s and the unit
// after them (spaces allowed between): the number and the text after
// the unit.
func numberUnit(s, unit string) (v int, rest string, ok bool) {
	digits, n, size := digitRun(s)
	if n < 1 || n > 2 {
		return 0, s, false
	}
	rest = skipSpaces(s[size:])
	if !strings.HasPrefix(rest, unit) {
		return 0, s, false
	}
	return atoi(digits), rest[len(unit):], true
}

func formatDate(y, m, d int) string {
	b := []byte("0000-00-00")
	put := func(at, v, w int) {
		for i := w - 1; i >= 0; i-- {
			b[at+i] = byte('0' + v%10)
			v /= 10
		}
	}
	put(0, y, 4)
	put(5, m, 2)
	put(8, d, 2)
	return string(b)
}

// dateLine recognises a line that is only a date (a signature date), or
// an issuer followed by a date on one line (OCR layout). It returns the
// date and the text before it. The line ends with the date's 日, which
// tells most lines apart before a date is looked for.
func dateLine(s string) (date, before string, ok bool) {
	s = trim(s)
	if len(s) > 120 || !strings.HasSuffix(s, "日") {
		return "", "", false
	}
	d, start, end, ok := findDate(s)
	if !ok || trim(s[end:]) != "" {
		return "", "", false
	}
	before = trim(s[:start])
	if before != "" && !isIssuer(before) {
		return "", "", false
	}
	return d, before, true
}
