package loader

import (
	"strings"

	"gazette/data"
)

// frequencies are the printed publication frequencies, longest first so
// that 双月刊 is not read as 月刊.
var frequencies = []string{"双月刊", "半月刊", "月刊", "季刊", "旬刊", "周刊", "年刊"}

// parseMasthead fills the issue's name, numbers, date, frequency and
// publisher from the lines before the first document (cover, colophon and
// contents page). Labels and values may be spaced ("主 办"), on one line or
// on consecutive lines, or jumbled by a two-column OCR.
func parseMasthead(ls []line, is *data.Issue) {
	publisherNext := false
	for _, l := range ls {
		text, _ := stripMarkup(l.text)
		s := removeSpaces(text)
		if s == "" {
			continue
		}
		if publisherNext {
			if !strings.ContainsAny(s, ":：") {
				is.Publisher = s
			}
			publisherNext = false
		}
		if is.Title == "" && strings.HasSuffix(s, "公报") && runeLen(s) <= 20 {
			is.Title = s
		}
		if strings.Contains(s, "期") {
			if n, ok := numberAfter(s, "总第", "期"); ok && is.TotalNumber == 0 {
				is.TotalNumber = n
			}
			if n, ok := issueNumber(s); ok && is.Number == 0 {
				is.Number = n
			}
		}
		if is.Year == 0 && runeLen(s) <= 30 && !strings.ContainsAny(s, ":：") {
			if y := leadingYear(s); y > 0 {
				is.Year = y
			}
		}
		if is.Date == "" && strings.Contains(s, "出版") {
			if d, _, _, ok := findDate(s); ok {
				is.Date = d
			}
		}
		if is.Frequency == "" {
			for _, f := range frequencies {
				if strings.Contains(s, f) && runeLen(s) <= 20 {
					is.Frequency = f
					break
				}
			}
		}
		if is.Publisher == "" {
			switch {
			case hasPrefixAny(s, "主办单位:", "主办单位：", "主办:", "主办："):
				v := afterColon(s)
				if v == "" {
					publisherNext = true
				} else {
					is.Publisher = v
				}
			case strings.HasSuffix(s, "主办") && runeLen(s) <= 24:
				is.Publisher = strings.TrimSuffix(s, "主办")
			}
		}
	}
	if is.Year == 0 && is.Date != "" {
		is.Year = atoi(is.Date[:4])
	}
}

// numberAfter finds prefix + digits + suffix in s (spaces already removed)
// and returns the number.
func numberAfter(s, prefix, suffix string) (int, bool) {
	i := strings.Index(s, prefix)
	if i < 0 {
		return 0, false
	}
	rest := s[i+len(prefix):]
	d := digitPrefix(rest)
	if d == 0 || d > 5 || !strings.HasPrefix(rest[d:], suffix) {
		return 0, false
	}
	return atoi(rest[:d]), true
}

// issueNumber finds 第N期 that is not part of 总第N期.
func issueNumber(s string) (int, bool) {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "第")
		if i < 0 {
			return 0, false
		}
		i += off
		if !strings.HasSuffix(s[:i], "总") {
			rest := s[i+len("第"):]
			d := digitPrefix(rest)
			if d > 0 && d <= 3 && strings.HasPrefix(rest[d:], "期") {
				return atoi(rest[:d]), true
			}
		}
		off = i + len("第")
	}
	return 0, false
}

// leadingYear returns the year a masthead line starts with (2022, 2022年第2期,
// 2024第5期), 0 if it does not start with a plausible year.
func leadingYear(s string) int {
	if digitPrefix(s) != 4 {
		return 0
	}
	y := atoi(s[:4])
	if y < 1949 || y > 2100 {
		return 0
	}
	rest := s[4:]
	if rest == "" || strings.HasPrefix(rest, "年第") || strings.HasPrefix(rest, "第") || strings.HasPrefix(rest, "|") {
		return y
	}
	return 0
}

// afterColon returns the text after the first ':' or '：' of s, "" if none.
func afterColon(s string) string {
	i := strings.IndexAny(s, ":：")
	if i < 0 {
		return ""
	}
	if strings.HasPrefix(s[i:], "：") {
		return s[i+len("："):]
	}
	return s[i+1:]
}
