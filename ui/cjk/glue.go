package cjk

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a piece ln[start:end] of a line.
type span struct{ start, end int }

// glue finds the pieces of a line that it must not break inside, though
// UAX #14 would: numbers and names. It finds the numbers around the
// position asked about only, since a line breaks at a few places.
type glue struct {
	ln string
	// from and to are where the numbers below were looked for: the
	// numbers holding a position from from to to are among them.
	from, to int
	// strong are numbers with their units (a range's two ends each).
	strong []span
	// weak are ranges of numbers: 346.3-385.8mm, 2019年12月-2020年3月.
	weak []span
	// dashes are where a range's second number starts, after its dash: a
	// range wider than the line breaks there first.
	dashes []int32
	// names are the names in a list of names set apart by spaces, found
	// when named is true.
	names []span
	named bool
}

// reset makes g the glue of ln.
func (g *glue) reset(ln string) {
	g.ln, g.from, g.to, g.named = ln, 0, -1, false
}

// at reports whether q, after l, is inside a number or a name (strong),
// inside a range (weak), and whether it is where a range's second number
// starts.
func (g *glue) at(q int, l rune) (strong, weak, dash bool) {
	if !g.named {
		g.named, g.names = true, names(g.names[:0], g.ln)
	}
	strong = inside(g.names, q)
	if !numeric(l) {
		return strong, false, false // no number holds q
	}
	if q < g.from || q > g.to {
		g.numbersAround(q)
	}
	for _, d := range g.dashes {
		dash = dash || int(d) == q
	}
	return strong || inside(g.strong, q), inside(g.weak, q), dash
}

// inside reports whether q is inside one of spans, which are in order and
// do not overlap.
func inside(spans []span, q int) bool {
	for _, s := range spans {
		if s.start >= q {
			return false
		}
		if q < s.end {
			return true
		}
	}
	return false
}

// numbersAround finds the numbers that may hold q: those after the last
// character before q that no number holds, up to q.
func (g *glue) numbersAround(q int) {
	ln, from := g.ln, q
	for from > 0 {
		l, size := utf8.DecodeLastRuneInString(ln[:from])
		if !numeric(l) {
			break
		}
		from -= size
	}
	g.from, g.to = from, q
	g.strong, g.weak, g.dashes = g.strong[:0], g.weak[:0], g.dashes[:0]
	g.numbers(from, q+len("〔"))
}

// numbers finds the numbers of g.ln from from that start before limit: a
// number is digits with their decimal point, thousands separators or time
// and date separators (6.5, 1,000, 10:30, 2022/6/30), then a unit (%, ‰,
// ℃, mm, 万元, 个百分点, 年); a date unit chains the next number
// (2022年6月30日), a year in brackets goes with the number after it
// (〔2022〕1号), and a dash or a tilde joins two numbers into a range
// (346.3-385.8mm, 2020—2022年).
func (g *glue) numbers(from, limit int) {
	ln := g.ln
	for i := from; i < limit; {
		d := nextDigit(ln[:min(limit+len("０"), len(ln))], i)
		if d < 0 {
			return
		}
		start := d
		if o := opener(ln, d); o >= i && bracketed(ln, o) > o {
			start = o
		}
		j := g.number(ln, start)
		for {
			c := connector(ln, j)
			if c == 0 || digit(ln, j+c) == 0 {
				break
			}
			g.dashes = append(g.dashes, int32(j+c))
			j = g.number(ln, j+c)
		}
		if len(g.dashes) > 0 && int(g.dashes[len(g.dashes)-1]) > start {
			g.weak = append(g.weak, span{start, j})
		}
		i = j
	}
}

// numeric reports whether r may be part of a number as numbers finds
// them.
func numeric(r rune) bool {
	if r < utf8.RuneSelf {
		return numericASCII[r]
	}
	switch r {
	case '平', '方', '公', '里', '立', '瓦', '顷', '斤', // in multiUnits
		'．', '—', '–', '～', '－', '〜', '〔', '〕', '［', '］', '（', '）':
		return true
	}
	return r >= '０' && r <= '９' || unitRune(r)
}

// numericASCII marks the ASCII characters that may be part of a number.
var numericASCII = func() (t [utf8.RuneSelf]bool) {
	for _, c := range "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,:/-~%()[]" {
		t[c] = true
	}
	return t
}()

// number adds the number that starts at ln[i] to the strong glue and
// returns its end.
func (g *glue) number(ln string, i int) int {
	j := number(ln, i)
	if j > i+digit(ln, i) {
		g.strong = append(g.strong, span{i, j})
	}
	return j
}

// isDigitByte marks the bytes that start a digit: 0-9, and 0xef, which
// starts ０-９.
var isDigitByte = [256]bool{'0': true, '1': true, '2': true, '3': true, '4': true,
	'5': true, '6': true, '7': true, '8': true, '9': true, 0xef: true}

// nextDigit returns the offset of the first digit in ln from i, or -1.
func nextDigit(ln string, i int) int {
	for ; i < len(ln); i++ {
		if isDigitByte[ln[i]] && digit(ln, i) > 0 {
			return i
		}
	}
	return -1
}

// opener returns the offset of the opening bracket just before ln[d], or
// -1.
func opener(ln string, d int) int {
	l, size := utf8.DecodeLastRuneInString(ln[:d])
	switch l {
	case '〔', '［', '[', '（', '(':
		return d - size
	}
	return -1
}

// number returns the end of the number, without a range, that starts at
// ln[i], or i.
func number(ln string, i int) int {
	j := i
	if k := bracketed(ln, i); k > i {
		if digit(ln, k) == 0 {
			return k
		}
		j = k
	}
	for {
		k := digits(ln, j)
		if k == j {
			return j
		}
		j = k
		for {
			c := separator(ln, j)
			if c == 0 || digit(ln, j+c) == 0 {
				break
			}
			j = digits(ln, j+c)
		}
		var chain bool
		j, chain = unitAfter(ln, j)
		if !chain || digit(ln, j) == 0 {
			return j
		}
	}
}

// digit returns the length of the digit (0-9 or ０-９) at ln[i], or 0.
func digit(ln string, i int) int {
	switch {
	case i >= len(ln):
		return 0
	case ln[i] >= '0' && ln[i] <= '9':
		return 1
	case strings.HasPrefix(ln[i:], "\xef\xbc") && i+2 < len(ln) && ln[i+2] >= 0x90 && ln[i+2] <= 0x99:
		return 3
	}
	return 0
}

// digits returns the end of the run of digits at ln[i].
func digits(ln string, i int) int {
	for n := digit(ln, i); n > 0; n = digit(ln, i) {
		i += n
	}
	return i
}

// bracketed returns the end of a number in brackets at ln[i], such as the
// year of a 文号 (〔2022〕), or i.
func bracketed(ln string, i int) int {
	for _, b := range [...][2]string{{"〔", "〕"}, {"［", "］"}, {"[", "]"}, {"（", "）"}, {"(", ")"}} {
		if strings.HasPrefix(ln[i:], b[0]) {
			j := digits(ln, i+len(b[0]))
			if j > i+len(b[0]) && strings.HasPrefix(ln[j:], b[1]) {
				return j + len(b[1])
			}
			return i
		}
	}
	return i
}

// separator returns the length of a decimal point or a separator inside a
// number at ln[i], or 0.
func separator(ln string, i int) int {
	if i < len(ln) && strings.IndexByte(".,:/", ln[i]) >= 0 {
		return 1
	}
	if strings.HasPrefix(ln[i:], "．") {
		return len("．")
	}
	return 0
}

// connector returns the length of a range's dash or tilde at ln[i], or 0.
func connector(ln string, i int) int {
	if i < len(ln) && (ln[i] == '-' || ln[i] == '~') {
		return 1
	}
	for _, d := range [...]string{"—", "–", "～", "－", "〜"} {
		if strings.HasPrefix(ln[i:], d) {
			return len(d)
		}
	}
	return 0
}

// multiUnits are the units of more than one character a number keeps,
// longer ones first where one starts another.
var multiUnits = [...]string{"个百分点", "百分点", "平方公里", "平方米", "立方米", "千瓦时", "千瓦", "千米", "千克", "公里", "公顷", "公斤"}

// multiUnit returns the length of the unit of multiUnits at ln[i], whose
// first character is r, or 0.
func multiUnit(ln string, i int, r rune) int {
	switch r {
	case '个', '百', '平', '立', '千', '公':
		for _, u := range multiUnits {
			if strings.HasPrefix(ln[i:], u) {
				return len(u)
			}
		}
	}
	return 0
}

// unitRune reports whether r is a unit or a measure word a number keeps.
func unitRune(r rune) bool {
	switch r {
	case '%', '％', '‰', '℃', '°', '年', '月', '日', '号', '时', '点', '分', '秒', '万', '亿', '千', '百',
		'元', '米', '克', '吨', '亩', '个', '项', '件', '家', '户', '人', '次', '名', '位', '倍', '岁',
		'天', '周', '期', '届', '批', '条', '款', '所', '座', '台', '辆', '套', '度':
		return true
	}
	return false
}

// chains reports whether a date or a time continues with a number after
// the unit r: 2022年6月30日, 10时30分.
func chains(r rune) bool {
	switch r {
	case '年', '月', '日', '时', '点', '分':
		return true
	}
	return false
}

// unitAfter returns the end of the unit at ln[i] (up to two of them, as
// in 万元) and whether a date or time may continue after it. A run of ASCII
// letters is a unit too (mm, km, 5G).
func unitAfter(ln string, i int) (int, bool) {
	j := i
	for j < len(ln) && (ln[j]|0x20 >= 'a' && ln[j]|0x20 <= 'z') {
		j++
	}
	if j > i {
		return j, false
	}
	chain := false
	for range 2 {
		r, size := decodeAt(ln, j)
		if n := multiUnit(ln, j, r); n > 0 {
			j, chain = j+n, false
			continue
		}
		if !unitRune(r) {
			break
		}
		j, chain = j+size, chains(r)
	}
	return j, chain
}

// names appends to dst the spans of the names in ln when ln is a list of
// names set apart by spaces: every word is one to four Chinese
// characters. A word of two to four is a name (白军龙 张涛), and so are two
// words of one character in a row (徐 铭, a two-character name padded to
// the width of three).
func names(dst []span, ln string) []span {
	n := 0
	for i := 0; i < len(ln); n++ {
		_, end, chars := word(ln, i)
		if chars > 4 {
			return dst
		}
		i = end
	}
	if n < 2 {
		return dst
	}
	single := -1 // start of the one-character word before, or -1
	for i := 0; i < len(ln); {
		start, end, chars := word(ln, i)
		switch {
		case chars > 1:
			dst = append(dst, span{start, end})
			single = -1
		case chars == 1 && single >= 0:
			dst = append(dst, span{single, end})
			single = -1
		case chars == 1:
			single = start
		}
		i = end
	}
	return dst
}

// word returns the next word of ln from i, between spaces, and the number
// of its characters; or 5, and where it stopped looking, when it is more
// than four characters or not all Chinese characters.
func word(ln string, i int) (start, end, chars int) {
	for i < len(ln) {
		r, size := decode(ln, i)
		if !isSpace(r) {
			break
		}
		i += size
	}
	start = i
	for i < len(ln) {
		r, size := decode(ln, i)
		if isSpace(r) {
			break
		}
		if chars++; chars > 4 || !isIdeograph(r) && !unicode.Is(unicode.Han, r) {
			return start, i, 5 // not a name: the caller stops
		}
		i += size
	}
	return start, i, chars
}
