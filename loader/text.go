package loader

import (
	"strings"
	"unicode/utf8"
)

// Small text recognisers shared by the parsing stages. They are written
// by hand rather than with regexp because they run on every line and the
// loader must parse the largest real issue in a few milliseconds.

// isCJK reports whether r is a Han character or CJK punctuation/full-width
// form: the characters next to which a space is a line-wrap artefact.
func isCJK(r rune) bool {
	return (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3400 && r <= 0x4DBF) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) ||
		r == '“' || r == '”' || r == '《' || r == '》' || r == '—' || r == '…'
}

// isHan reports whether r is a Han character.
func isHan(r rune) bool {
	return (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3400 && r <= 0x4DBF)
}

// isSpace reports whether b is an ASCII space or tab.
func isSpace(b byte) bool { return b == ' ' || b == '\t' }

// trim removes ASCII spaces (and tabs) at both ends. NBSP and U+3000 were
// already turned into spaces when the file was decoded. Most text it is
// asked of has none, which its first and last bytes, both above a space,
// tell at once.
func trim(s string) string {
	if s == "" || s[0] > ' ' && s[len(s)-1] > ' ' {
		return s
	}
	i, j := 0, len(s)
	for i < j && isSpace(s[i]) {
		i++
	}
	for j > i && isSpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

// runesOver reports whether s has more than n runes, runeLen(s) > n,
// counting them only when its length in bytes does not tell (a rune
// takes one byte to four), and then no further than the rune after n.
func runesOver(s string, n int) bool {
	switch {
	case len(s) <= n:
		return false
	case len(s) > 4*n:
		return true
	}
	return runesUpTo(s, n+1) > n
}

// runesUpTo is min(runeLen(s), most), counted no further than the most-th
// rune. It is called on nearly every line several times, and the text is
// nearly all ASCII and three-byte Han characters: those are counted
// inline (the library decodes each multi-byte rune in a call), the Han
// characters two at a time, six bytes in one load; from the first other
// byte on the library counts the rest.
func runesUpTo(s string, most int) int {
	n, i := 0, 0
	for i < len(s) && n < most {
		for b := s[i:]; n+2 <= most && len(b) >= 8; b = b[6:] {
			w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			if !plainLead3(byte(w)) || !plainLead3(byte(w>>24)) || w&0xC0C000C0C000 != 0x808000808000 {
				break
			}
			n, i = n+2, i+6
		}
		if n == most {
			break
		}
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			i++
		case plainLead3(c) && i+2 < len(s) && cont2(s[i+1], s[i+2]):
			i += 3
		default:
			return min(n+utf8.RuneCountInString(s[i:]), most)
		}
		n++
	}
	return n
}

// plainLead3 reports whether c starts a three-byte character that is
// valid whenever two continuation bytes follow: no overlong or surrogate
// forms start with E1 to EF but ED.
func plainLead3(c byte) bool { return c >= 0xE1 && c <= 0xEF && c != 0xED }

// joinCJK removes the spaces a printed line wrap or OCR left between two
// CJK characters ("优化政务服 务" → "优化政务服务"), keeping spaces that
// separate Latin words or numbers from each other.
func joinCJK(s string) string {
	i := firstJoin(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	var prev rune
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	for i < len(s) {
		// Copy up to the next run of spaces whole.
		k := strings.IndexByte(s[i:], ' ')
		if k < 0 {
			b.WriteString(s[i:])
			break
		}
		if k > 0 {
			b.WriteString(s[i : i+k])
			prev, _ = utf8.DecodeLastRuneInString(s[i : i+k])
			i += k
		}
		j := i
		for j < len(s) && s[j] == ' ' {
			j++
		}
		next, _ := utf8.DecodeRuneInString(s[j:])
		if prev == 0 || j == len(s) || isCJK(prev) || isCJK(next) {
			i = j
			continue
		}
		b.WriteByte(' ')
		prev = ' '
		i = j
	}
	return b.String()
}

// firstJoin returns where the first run of spaces starts that joinCJK
// removes or shortens, -1 when it leaves s as it is: most text with
// spaces has them between Latin words or numbers only.
func firstJoin(s string) int {
	for off := 0; ; {
		k := strings.IndexByte(s[off:], ' ')
		if k < 0 {
			return -1
		}
		i, j := off+k, off+k+1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if i == 0 || j == len(s) || j > i+1 {
			return i
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[j:])
		if isCJK(prev) || isCJK(next) {
			return i
		}
		off = j
	}
}

// joinedOver reports whether runeLen(joinCJK(s)) > n, counting no further than
// the rune after n.
func joinedOver(s string, n int) bool { return joinedUpTo(s, n+1) > n }

// joinedUpTo is min(runeLen(joinCJK(s)), most), counted in one pass
// without building the string, no further than the most-th rune: a run
// of spaces counts as one rune between two runes that are not CJK, and
// as none elsewhere (s is valid UTF-8).
func joinedUpTo(s string, most int) int {
	// Text without a space, most of it, is counted sixteen bytes at a
	// time: the first 4×most bytes hold at least most runes, or all of
	// them (a character cut there counts its first byte alone).
	if most > 0 && strings.IndexByte(s, ' ') < 0 {
		return min(runeLen(s[:min(len(s), 4*most)]), most)
	}
	n := 0
	for i := 0; i < len(s) && n < most; {
		switch c := s[i]; {
		case c >= 0xE0 && c < 0xF0: // a three-byte rune: most of the text
			n++
			i += 3
		case c != ' ':
			_, size := utf8.DecodeRuneInString(s[i:])
			n++
			i += size
		default:
			j := i
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if i > 0 && j < len(s) {
				prev, _ := utf8.DecodeLastRuneInString(s[:i])
				next, _ := utf8.DecodeRuneInString(s[j:])
				if !isCJK(prev) && !isCJK(next) {
					n++
				}
			}
			i = j
		}
	}
	return n
}

// containsEither reports whether s holds a or b, two Han characters. It
// looks for each by its last byte, as holdsHan does: the first byte they
// share starts a fifth of the characters of Chinese text, each a place
// to compare both at.
func containsEither(s, a, b string) bool {
	return holdsHan(s, a) || holdsHan(s, b)
}

// removeSpaces drops every space and tab.
func removeSpaces(s string) string {
	if strings.IndexByte(s, ' ') < 0 && strings.IndexByte(s, '\t') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if !isSpace(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// cnDigit maps a Chinese numeral character to its value, -1 if it is not one.
func cnDigit(r rune) int {
	switch r {
	case '零', '〇':
		return 0
	case '一':
		return 1
	case '二':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	case '十':
		return 10
	case '百':
		return 100
	}
	return -1
}

// cnNumeralPrefix returns the byte length of the run of Chinese numerals at
// the start of s (at most 6 characters), 0 if none. It is asked of nearly
// every line that starts with a Han character (is it 一、?): every numeral
// takes three bytes, led by E3 to E9, and is read from them without a
// call to decode it.
func cnNumeralPrefix(s string) int {
	n := 0
	for count := 0; count < 6 && n+2 < len(s); count++ {
		c := s[n]
		if c < 0xE3 || c > 0xE9 || !cont2(s[n+1], s[n+2]) {
			break
		}
		if cnDigit(rune(c&0x0F)<<12|rune(s[n+1]&0x3F)<<6|rune(s[n+2]&0x3F)) < 0 {
			break
		}
		n += 3
	}
	return n
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// digitPrefix returns the byte length of the run of ASCII digits at the
// start of s.
func digitPrefix(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// atoi parses a short run of ASCII digits (no sign, no overflow concern
// beyond 9 digits).
func atoi(s string) int {
	v := 0
	for i := 0; i < len(s) && i < 9; i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// skipSpaces returns s without leading spaces: s itself, not sliced
// again, when its first byte is above a space, as it nearly always is.
func skipSpaces(s string) string {
	if s == "" || s[0] > ' ' {
		return s
	}
	i := 0
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return s[i:]
}

// hasPrefixAny reports whether s starts with one of the prefixes. The
// first bytes are compared before the rest: most prefixes differ there.
func hasPrefixAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if len(p) <= len(s) && (p == "" || p[0] == s[0]) && s[:len(p)] == p {
			return true
		}
	}
	return false
}

// hasSuffixAny reports whether s ends with one of the suffixes. The last
// bytes are compared before the rest: most suffixes differ there.
func hasSuffixAny(s string, suffixes ...string) bool {
	for _, p := range suffixes {
		if len(p) <= len(s) && (p == "" || p[len(p)-1] == s[len(s)-1]) && s[len(s)-len(p):] == p {
			return true
		}
	}
	return false
}

// numberBrackets pairs the brackets printed around a 文号's year:
// 〔2022〕 as the standard prints it, and what converters and typists put
// for it ([2022], ［2022］, (2022), （2022）, 【2022】, 〖2022〗, ﹝2022﹞).
var numberBrackets = [][2]string{
	{"〔", "〕"}, {"[", "]"}, {"［", "］"}, {"(", ")"}, {"（", "）"}, {"【", "】"}, {"〖", "〗"}, {"﹝", "﹞"},
}

// docNumber recognises a whole line that is a 文号 such as
// 鸡政发〔2022〕1 号 or 晋市政办[2020]15号: an issuer's abbreviation, the
// year in brackets, a serial number of any length (maybe after 第) and 号.
// It returns it without spaces, with the year in 〔〕, as the standard
// writes it, and its digits in ASCII (full-width ones are the same
// number), so that one 文号 printed two ways is one 文号; a 第 stays as
// printed.
func docNumber(s string) (string, bool) {
	s = trim(s)
	if len(s) < 8 || len(s) > 80 || !strings.HasSuffix(s, "号") || strings.IndexByte(s, '\t') >= 0 {
		return "", false
	}
	i := 0
	prefix := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) {
			break
		}
		i += n
		prefix++
	}
	if prefix < 1 || prefix > 8 {
		return "", false
	}
	rest := skipSpaces(s[i:])
	var closeBr string
	for _, br := range numberBrackets {
		if strings.HasPrefix(rest, br[0]) {
			rest, closeBr = rest[len(br[0]):], br[1]
			break
		}
	}
	if closeBr == "" {
		return "", false
	}
	rest = skipSpaces(rest)
	year, n, size := digitRun(rest)
	if n != 4 {
		return "", false
	}
	rest = skipSpaces(rest[size:])
	if !strings.HasPrefix(rest, closeBr) {
		return "", false
	}
	rest = skipSpaces(rest[len(closeBr):])
	ordinal := ""
	if strings.HasPrefix(rest, "第") {
		ordinal, rest = "第", skipSpaces(rest[len("第"):])
	}
	serial, n, size := digitRun(rest)
	if n < 1 || n > 9 {
		return "", false
	}
	if skipSpaces(rest[size:]) != "号" {
		return "", false
	}
	return s[:i] + "〔" + year + "〕" + ordinal + serial + "号", true
}

// isIssuer reports whether s looks like the name of an issuing body on a
// line of its own: 晋城市人民政府办公室, 鸡西市人民政府.
func isIssuer(s string) bool {
	s = trim(s)
	if s == "" || runesOver(s, 24) || holdsAny(s, " \t,，。:：;；、") {
		return false
	}
	return hasSuffixAny(s, "人民政府", "人民政府办公室", "政府办公室", "办公厅", "委员会", "人民政府办公厅")
}

// endsSentence reports whether s ends with sentence-final punctuation.
// Most text it is asked of ends in another last byte, and is passed over
// at the first test.
func endsSentence(s string) bool {
	return s != "" && sentenceLasts[s[len(s)-1]] && hasSuffixAny(s, sentenceEnds...)
}

// sentenceEnds are the characters a sentence ends with, and
// sentenceLasts their last bytes.
var (
	sentenceEnds  = []string{"。", "；", "：", "！", "？", ";", ":", "!", "?"}
	sentenceLasts = func() (t [256]bool) {
		for _, e := range sentenceEnds {
			t[e[len(e)-1]] = true
		}
		return t
	}()
)
