package query

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Unit is one thing a cell names: a bureau, a person, a date. Label is the
// role it is named under (主办, 协办, 牵头单位 …), "" when none is printed.
type Unit struct {
	Label string
	Text  string
	// label and text are Label and Text normalised, as units are compared.
	label, text string
	// suffix is true when Label was printed after the unit (市能源局牵头).
	suffix bool
}

// newUnit returns the unit with its normalised forms.
func newUnit(label, text string) Unit {
	return Unit{Label: label, Text: text, label: Normalize(label), text: Normalize(text)}
}

// String returns the unit as it is shown and as COL=… takes it back:
// 主办：市发改委, or the text alone.
func (u Unit) String() string {
	if u.Label == "" {
		return u.Text
	}
	return u.Label + "：" + u.Text
}

// roleStems are the words of role labels such as 主办, 牵头单位 or
// 主要责任单位 that precede or follow the units of a cell.
var roleStems = []string{"主办", "协办", "牵头", "配合", "负责", "参与", "主责", "协助", "责任"}

// isRole reports whether s is a role label rather than a unit.
func isRole(s string) bool {
	if s == "" || len(s) > 8*utf8.UTFMax || utf8.RuneCountInString(s) > 8 {
		return false
	}
	for _, w := range roleStems {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// roleSuffixes are role words printed after a unit: 市能源局牵头.
var roleSuffixes = []string{"负责落实", "牵头", "配合", "参与", "主办", "协办"}

// vocabulary is what a column teaches about its units: the units printed
// alone (without a space inside), and whether they are people's names.
type vocabulary struct {
	known  map[string]bool
	people bool
	// first maps a character to the one known name it begins, "" when
	// several begin with it; built on first use.
	first map[string]string
}

// piece is a run of a cell between separators and the label it is
// printed under; its spaces are not resolved yet. Pieces listed with 、 or
// ／ share a clause; ，；, line ends and labels start a new one.
type piece struct {
	label, text string
	clause      int
}

// cutPieces cuts a cell at its labels and separators: the part of
// splitting that needs no vocabulary. A plain cell is one piece.
func cutPieces(text string) []piece {
	if plain(text) {
		return []piece{{"", text, 0}}
	}
	var out []piece
	clause := 0
	for _, sec := range labelSections(text) {
		clause++
		for _, p := range hardSplit(sec.text) {
			out = append(out, piece{sec.label, p.text, clause})
			if p.ends {
				clause++
			}
		}
	}
	return out
}

// resolve splits pieces at the spaces that separate whole names, with the
// column's vocabulary v, into units. A role printed after the last unit of
// a clause (市生态环境局、市市场监督管理局牵头) labels every unit of the
// clause that has none.
func resolve(ps []piece, v *vocabulary) []Unit {
	var out []Unit
	start := 0 // of the current clause in out
	for i, p := range ps {
		if i > 0 && p.clause != ps[i-1].clause {
			start = len(out)
		}
		if !hasSpace(p.text) {
			out = appendUnit(out, p.label, strings.TrimSpace(p.text))
		} else {
			for _, u := range splitSpaces(p.text, v) {
				out = appendUnit(out, p.label, u)
			}
		}
		if last := len(out) - 1; last > start && (i+1 == len(ps) || ps[i+1].clause != p.clause) && out[last].suffix {
			for j := start; j < last; j++ {
				if out[j].Label == "" {
					out[j] = newUnit(out[last].Label, out[j].Text)
				}
			}
		}
	}
	return out
}

// isStop reports whether r is a character without which a cell is a
// single unit (less a role printed after it): a separator, a space, a
// colon, a bracket.
func isStop(r rune) bool {
	switch r {
	case '\t', ' ', '\u3000', ':', '：', '（', '(', ')':
		return true
	}
	return isSeparator(r)
}

// plain reports whether text holds no isStop character.
func plain(text string) bool {
	for _, r := range text {
		if isStop(r) {
			return false
		}
	}
	return true
}

// hasSpace reports whether text holds a space, a tab or U+3000.
func hasSpace(text string) bool {
	return strings.IndexByte(text, ' ') >= 0 || strings.IndexByte(text, '\t') >= 0 || strings.Contains(text, "\u3000")
}

// appendUnit appends the unit u printed under label to out, its role
// suffix (市能源局牵头) taken as its label when it has none, unless u is
// empty or a role alone.
func appendUnit(out []Unit, label, u string) []Unit {
	suffix := false
	if l, rest, ok := cutRoleSuffix(u); ok {
		if label == "" {
			// A bare role (牵头) may name a list; a bracketed one (（牵头）)
			// only its own unit.
			label, suffix = l, !isClose(lastRune(u))
		}
		u = rest
	}
	u = strings.TrimRight(u, "。.")
	if strings.Trim(u, "-—–/\\") == "" || isRole(u) && utf8.RuneCountInString(u) <= 4 {
		return out // nothing, a placeholder (—) or a role alone
	}
	nu := newUnit(label, u)
	nu.suffix = suffix
	return append(out, nu)
}

// section is the text printed under one label.
type section struct{ label, text string }

// labelSections cuts text at its labels: a role word followed by ： or :
// (or a whole role word followed by a space) at the start of the text or
// after a space or separator.
func labelSections(text string) []section {
	var out []section
	cur := section{}
	start := 0
	prev := ' '
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isBreak(prev) && isHan(r) {
			if label, end, ok := labelAt(text, i); ok {
				cur.text = text[start:i]
				if strings.TrimSpace(cur.text) != "" || cur.label != "" {
					out = append(out, cur)
				}
				cur = section{label: label}
				start, i, prev = end, end, ' '
				continue
			}
		}
		prev = r
		i += n
	}
	cur.text = text[start:]
	return append(out, cur)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isHan reports whether r is a Han character, quickly for the rest.
func isHan(r rune) bool { return r >= 0x2E80 && unicode.Is(unicode.Han, r) }

// isBreak reports whether r may precede a label.
func isBreak(r rune) bool { return unicode.IsSpace(r) || isSeparator(r) || r == 0x3000 }

// labelAt reads a label at byte i of text: a run of Han characters that is
// a role, then a colon, or a space and more text.
func labelAt(text string, i int) (label string, end int, ok bool) {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		j += n
	}
	word := text[i:j]
	if !isRole(word) {
		return "", 0, false
	}
	k := j
	for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if r, n := utf8.DecodeRuneInString(text[k:]); r == ':' || r == '：' {
		return word, k + n, true
	}
	if k > j && k < len(text) && utf8.RuneCountInString(word) <= 4 {
		return word, k, true
	}
	return "", 0, false
}

// isSeparator reports whether r separates units wherever it is printed
// outside brackets.
func isSeparator(r rune) bool {
	switch r {
	case '、', '，', ',', '；', ';', '／', '/', '\n', '\r':
		return true
	}
	return false
}

// hardSplit splits s at separators outside brackets; a , / or . between
// two digits (2022/6/30, 1,000) is part of a number.
func hardSplit(s string) []cut {
	var out []cut
	depth, start := 0, 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isOpen(r):
			depth++
		case isClose(r):
			depth = max(depth-1, 0)
		case depth == 0 && isSeparator(r) && !betweenDigits(s, i, n):
			out = append(out, cut{s[start:i], r != '、' && r != '／' && r != '/'})
			start = i + n
		}
		i += n
	}
	return append(out, cut{s[start:], true})
}

// cut is a piece of text between separators; ends tells that its
// separator ends a clause (，；, a line end), not a list (、／).
type cut struct {
	text string
	ends bool
}

func isOpen(r rune) bool {
	switch r {
	case '（', '(', '〔', '【', '[', '《':
		return true
	}
	return false
}

func isClose(r rune) bool {
	switch r {
	case '）', ')', '〕', '】', ']', '》':
		return true
	}
	return false
}

func betweenDigits(s string, i, n int) bool {
	return i > 0 && i+n < len(s) && isDigit(s[i-1]) && isDigit(s[i+n])
}

// cutRoleSuffix cuts a role printed after a unit: 市发改委（牵头）,
// 市能源局牵头.
func cutRoleSuffix(u string) (label, rest string, ok bool) {
	if strings.HasSuffix(u, "）") || strings.HasSuffix(u, ")") {
		if i := max(strings.LastIndex(u, "（"), strings.LastIndex(u, "(")); i > 0 {
			_, n := utf8.DecodeRuneInString(u[i:])
			_, m := utf8.DecodeLastRuneInString(u)
			if l := u[i+n : len(u)-m]; isRole(l) {
				return l, strings.TrimSpace(u[:i]), true
			}
		}
	}
	for _, s := range roleSuffixes {
		if rest, cut := strings.CutSuffix(u, s); cut && utf8.RuneCountInString(rest) >= 2 {
			return s, rest, true
		}
	}
	return "", u, false
}
