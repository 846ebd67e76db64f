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
// between Latin words or numbers (see ocrWordByte) and the one after a
// list's mark or a section's number at the line's start (- 市发展改革委…,
// 2 组织体系), so that titles, 文号 and headings read as printed. In a
// file spaced out throughout, a shorter numbered heading is joined too
// (see ocrJoinShort). A line with two Han characters side by side
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
func ocrJoin(s string) (string, bool) { return ocrJoinLine(s, false) }

// ocrJoinLine is ocrJoin, which with short joins a numbered heading
// spaced out however short: in a file OCR spaced out throughout, ( 4 ) 专
// 家 组 is OCR's spacing too (see ocrJoinShort). A short line spaced out
// without a number stays: 市 长 刘 洋 may be an office and a name apart.
func ocrJoinLine(s string, short bool) (string, bool) {
	if strings.IndexByte(s, ' ') < 0 || strings.IndexByte(s, '\t') >= 0 || hanPair(s) {
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
			!(ocrWordByte(s[i-1]) && ocrWordByte(s[i+1])) && !listMark(s[:i]) {
			continue
		}
		b.WriteByte(s[i])
	}
	t := b.String()
	if han < ocrSpacedHan { // a short line may be letter-spaced: 主 任:杨 浩
		if _, ok := docNumber(t); !ok && (han <= spacedWord && !short || !numberedHeading(t)) {
			return s, false
		}
	}
	return t, true
}

// ocrWordByte reports whether c is of a Latin word to OCR: a letter, a
// digit, or a mark that clings to one (" ' %). OCR prints a Latin word
// whole, so a single space between two such bytes stood on the page (
// "高效办成一件事" 2024年度); brackets and separators (( ) , :)
// it prints apart like Han characters.
func ocrWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '"' || c == '\'' || c == '%'
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

// ocrJoinShort takes the OCR spacing out of the short numbered headings
// of a file (see ocrJoinLine) when the file is spaced out throughout: at
// least half of its lines of ocrSpacedHan Han characters or more were
// spaced out (tables' tab rows aside). Then a short heading spaced out,
// ( 4 ) 专 家 组, 四 、 其 他, is OCR's spacing like the text around it; in
// a file whose text reads as typeset, the few lines joined are titles
// spaced out, and a short heading spaced out (7 附 则) is the
// typesetter's, left to the document stages. It counts the lines it
// joins in rp.
func ocrJoinShort(ls []line, rp *repairs) {
	long := 0
	for i := range ls {
		t := ls[i].text
		if ls[i].marks&markTabless == 0 && strings.IndexByte(t, '\t') >= 0 || len(t) < 3*ocrSpacedHan {
			continue
		}
		han := 0
		for _, r := range t {
			if isHan(r) {
				if han++; han == ocrSpacedHan {
					long++
					break
				}
			}
		}
	}
	if rp.count(repairOCRSpace)*2 < long {
		return
	}
	for i := range ls {
		if ls[i].marks&markSpaceless != 0 {
			continue
		}
		if t, ok := ocrJoinLine(ls[i].text, true); ok {
			ls[i].setText(t)
			rp.add(repairOCRSpace, int(ls[i].n))
		}
	}
}

// hanPair reports whether s surely holds two Han characters side by side,
// which the walk below refuses on reaching them. Most lines with a space
// are prose and hold such a pair within their first few characters: a
// test of their bytes finds it without decoding each rune the walk
// decodes. A byte from E3 to E9 starts no character but its own, so two
// three-byte Han characters found at any byte are two the walk reads;
// a pair this test misses (none in valid text) is left to the walk.
func hanPair(s string) bool {
	for i := 0; i+6 <= len(s); i++ {
		if han3(s[i:]) && han3(s[i+3:]) {
			return true
		}
	}
	return false
}

// han3 reports whether s starts with a Han character (isHan) in its
// three bytes: U+3400 to U+4DBF are E3 90 80 to E4 B6 BF, U+4E00 to
// U+9FFF are E4 B8 80 to E9 BF BF.
func han3(s string) bool {
	c, c1, c2 := s[0], s[1], s[2]
	if c < 0xE3 || c > 0xE9 || c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
		return false
	}
	return c >= 0xE5 || c == 0xE4 && c1 != 0xB7 || c == 0xE3 && c1 >= 0x90
}
