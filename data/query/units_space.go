package query

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of the space between two words of a piece.
const (
	spaceJoins     = iota // inside one name or phrase: 市大数据 应用局
	spaceSeparates        // between two whole names: 市发改委 市人社局
	spacePads             // next to a lone character: 徐 铭
)

// splitSpaces splits a piece without separators at the spaces that
// separate whole names. A piece that reads as a date (2022年 每季度末,
// 2020 年 6 月底) is one unit. Lone characters (徐 铭, 王　丽) are padded
// names: they pair up, the column's vocabulary deciding how a run of them
// (张 涛 徐 铭) groups. Other words are joined unless the space separates
// two whole names: the word before it ends a name (局, 委, 中心, a closing
// bracket), both words are known units of the column, or both look like
// people's names in a column of names.
func splitSpaces(piece string, v *vocabulary) []string {
	words := fields(piece)
	if len(words) <= 1 {
		return words
	}
	if _, ok := parseWhen(Normalize(piece)); ok {
		return []string{joinWords(words)}
	}
	// Join the words whose space joins.
	var merged []string
	cur := words[0]
	for _, w := range words[1:] {
		if spaceKind(cur, w, v) == spaceJoins {
			cur = joinWords([]string{cur, w})
			continue
		}
		merged = append(merged, cur)
		cur = w
	}
	merged = append(merged, cur)
	// Pair up runs of lone characters.
	var out []string
	for i := 0; i < len(merged); {
		if !isLone(merged[i]) {
			out = append(out, merged[i])
			i++
			continue
		}
		j := i
		for j < len(merged) && isLone(merged[j]) {
			j++
		}
		out = append(out, groupLone(merged[i:j], v)...)
		i = j
	}
	return out
}

// fields splits s at whitespace, U+3000 included.
func fields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == 0x3000 })
}

// joinWords joins words without the spaces between them, keeping one
// between two ASCII letters or digits.
func joinWords(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 && isASCIIWord(lastRune(words[i-1])) && isASCIIWord(firstRune(w)) {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isASCIIWord(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// isLone reports whether w is a single Han character, perhaps with
// punctuation after it (组 长:).
func isLone(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.Is(unicode.Han, r) {
		return false
	}
	for _, r := range w[n:] {
		if unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// nameEnds holds the characters that end the name of a body: 市发改委,
// 油气科, 市畜牧兽医服务中心, 鸡冠区.
var nameEnds = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "局委办科室院所站队部厅处心会司府组行社馆校厂场台团区县镇乡村署园" {
		m[r] = true
	}
	return m
}()

// spaceKind tells what the space between words a and b is.
func spaceKind(a, b string, v *vocabulary) int {
	switch {
	case isLone(a) || isLone(b):
		return spacePads
	case isOpen(firstRune(b)) || isClose(firstRune(b)) || strings.HasSuffix(a, "-") || strings.HasSuffix(a, "—") || strings.HasSuffix(a, "·"):
		return spaceJoins
	}
	if v != nil {
		if v.known[Normalize(a)] && v.known[Normalize(b)] {
			return spaceSeparates
		}
		if v.known[Normalize(a+b)] {
			return spaceJoins
		}
	}
	if last := lastRune(a); nameEnds[last] || isClose(last) {
		return spaceSeparates
	}
	if v != nil && v.people && hanRun(a, 2, 4) && hanRun(b, 2, 4) {
		return spaceSeparates // 4 for a compound surname: 上官泽根
	}
	return spaceJoins
}

// isPersonName reports whether w has the shape of a Chinese name: two or
// three Han characters.
func isPersonName(w string) bool { return hanRun(w, 2, 3) }

// hanRun reports whether w is lo to hi Han characters.
func hanRun(w string, lo, hi int) bool {
	n := 0
	for _, r := range w {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		n++
	}
	return lo <= n && n <= hi
}

// groupLone groups a run of lone characters into names of two or three,
// preferring names the column knows. A character left alone stands for
// the one known name it begins (邓 for 邓驰 when 邓驰 is the column's only
// 邓), else it stays alone.
func groupLone(run []string, v *vocabulary) []string {
	n := len(run)
	const known, expanded, unknown, alone = 0, 2, 3, 10
	cost := make([]int, n+1)
	from := make([]int, n+1)
	name := make([]string, n+1)
	for i := 1; i <= n; i++ {
		cost[i] = -1
		for size := 1; size <= 3 && size <= i; size++ {
			s := strings.Join(run[i-size:i], "")
			c := cost[i-size]
			switch {
			case v != nil && v.known[Normalize(s)]:
				c += known
			case size > 1:
				c += unknown
			default:
				if full := v.only(s); full != "" {
					s, c = full, c+expanded
				} else {
					c += alone
				}
			}
			if cost[i] < 0 || c < cost[i] {
				cost[i], from[i], name[i] = c, i-size, s
			}
		}
	}
	var out []string
	for i := n; i > 0; i = from[i] {
		out = append(out, name[i])
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// only returns the one known name of two or three characters that starts
// with the character c, "" when there is none or more than one.
func (v *vocabulary) only(c string) string {
	if v == nil {
		return ""
	}
	c = strings.TrimRightFunc(c, func(r rune) bool { return !unicode.Is(unicode.Han, r) })
	if v.first == nil {
		v.first = map[string]string{}
		for k := range v.known {
			if isPersonName(k) {
				f := string(firstRune(k))
				if _, seen := v.first[f]; seen {
					v.first[f] = ""
				} else {
					v.first[f] = k
				}
			}
		}
	}
	return v.first[c]
}
