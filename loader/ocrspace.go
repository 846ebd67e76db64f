package loader

import (
	"strings"
	"unicode/utf8"
)

// OCR engines (tesseract's Chinese models among them) print every Han
// character as a word of its own: 关 于 印 发 … 的 通 知, 鸡 政 发 〔 2022 〕
// 2 号. Such a line is spaced out throughout: it holds at least
// ocrSpacedHan Han characters (or fewer when it is a 文号, or a numbered
// heading of more than spacedWord once joined, 一、总体要求: a shorter
// line may be a label spaced out by the typesetter, 主 任:杨 浩, 7 附 则),
// no two of them side by side, and a single space between each two that
// follow each other. ocrJoin takes out its single spaces but those
// between Latin words or numbers and the one after a list's mark or a
// section's number at the line's start (- 市发展改革委…, 2 组织体系), so
// that titles, 文号 and
// headings read as printed. A line with two Han characters side by side
// anywhere, a run of spaces between two of them (columns laid out) or
// fewer of them (通 知, a name padded as 徐 铭) is left as it is. It runs
// after unitSpaces, which takes the spaces out of a date (2022 年 1 月).

// ocrSpacedHan is the fewest Han characters a spaced-out line holds.
const ocrSpacedHan = 6

// spacedWord is the most Han characters a typesetter spaces out in a
// heading or label (总 则, 附 录, 主 任): a numbered heading of so few is
// left to the document stages, which join it as they join pdftotext's.
const spacedWord = 3

// ocrJoin returns s with its OCR spacing taken out, and whether it was
// spaced out.
func ocrJoin(s string) (string, bool) {
	if strings.IndexByte(s, ' ') < 0 || strings.IndexByte(s, '\t') >= 0 {
		return s, false
	}
	han, prevHan, spaces := 0, false, 0
	for _, r := range s {
		switch {
		case r == ' ':
			spaces++
			continue
		case isHan(r):
			if prevHan && spaces != 1 {
				return s, false // side by side, or apart by a run of spaces
			}
			han++
			prevHan = true
		case r >= utf8.RuneSelf && isCJK(r):
			// CJK punctuation between two Han characters keeps them apart
		default:
			prevHan = false
		}
		spaces = 0
	}
	if han < 2 {
		return s, false
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && i > 0 && i+1 < len(s) && s[i-1] != ' ' && s[i+1] != ' ' &&
			!needsSpace(s[:i], s[i+1:]) && !listMark(s[:i]) {
			continue
		}
		b.WriteByte(s[i])
	}
	t := b.String()
	if han < ocrSpacedHan { // a short line may be letter-spaced: 主 任:杨 浩
		if _, ok := docNumber(t); !ok && (han <= spacedWord || !numberedHeading(t)) {
			return s, false
		}
	}
	return t, true
}

// numberedHeading reports whether t starts with a section number: 一、,
// (一), 1., 第一章.
func numberedHeading(t string) bool {
	kind, _, rest := numbering(t)
	return kind != kindNone && rest != ""
}

// listMark reports whether s (the text before a space) is a list's mark
// alone, - * + •, or a section's number, 2 or 2.1 (2 组织体系 is a
// heading, 2组织体系 may be text, as unitSpaces has it).
func listMark(s string) bool {
	s = strings.TrimLeft(s, " ")
	return s == "-" || s == "*" || s == "+" || s == "•" || s != "" && strings.Trim(s, "0123456789.") == ""
}
