package loader

import (
	"strings"
	"unicode/utf8"
)

// cellKey normalises a header cell for comparison.
func cellKey(s string) string {
	// A short cell is looked over once for the bytes either step looks
	// for, rather than searched five times: most hold none.
	if len(s) <= 64 {
		i := 0
		for i < len(s) && !keyBytes[s[i]] {
			i++
		}
		if i == len(s) {
			return s
		}
	}
	return removeSpaces(stripTags(s))
}

// keyBytes are the bytes cellKey takes away or reads markup from.
var keyBytes = byteSet("<&$ \t")

// headerRepeat reports whether cells repeat the header, allowing reworded
// cells: one an abbreviation of the other (牵头单位 / 牵头责任单位), or
// short names sharing half their characters (完成时限 / 完成时间, 序号 /
// 编号, 责任单位 / 牵头单位), as long as one cell at least is the same.
func headerRepeat(header, cells []string) bool {
	w := width(header)
	if w == 0 || width(cells) != w {
		return false
	}
	same := 0
	for i := 0; i < w; i++ {
		if header[i] == cells[i] { // the same keys, not made
			same++
			continue
		}
		switch headerCell(cellKey(header[i]), cellKey(cells[i])) {
		case cellSame:
			same++
		case cellOther:
			return false
		}
	}
	return same > 0
}

// headerKeys are the cellKeys of a header's cells up to its width: a
// table asks whether each of its rows repeats its header (see
// repeatsKeys), and finds them once.
func headerKeys(header []string) []string {
	keys, own := header[:width(header)], false // most headers are their keys
	for i, h := range keys {
		if k := cellKey(h); k != h {
			if !own {
				keys, own = append([]string(nil), keys...), true
			}
			keys[i] = k
		}
	}
	return keys
}

// repeatsKeys is headerRepeat for a header of keys (see headerKeys) and
// cells of width cw; plain is set when the cells hold no markup.
func repeatsKeys(keys, cells []string, cw int, plain bool) bool {
	w := len(keys)
	if w == 0 || cw != w {
		return false
	}
	same := 0
	for i := 0; i < w; i++ {
		b := cells[i]
		if plain {
			b = removeSpaces(b) // all cellKey does to such a cell
		} else {
			b = cellKey(b)
		}
		switch headerCell(keys[i], b) {
		case cellSame:
			same++
		case cellOther:
			return false
		}
	}
	return same > 0
}

// What headerCell finds of a cell under a header cell.
const (
	cellSame     = iota // the same name, or one an abbreviation of the other
	cellReworded        // a short name sharing half its characters
	cellOther           // no repeat of the header cell
)

// headerCell compares the keys of a header cell a and a cell b.
func headerCell(a, b string) int {
	switch {
	case a == b || a != "" && b != "" && (subsequence(a, b) || subsequence(b, a)):
		return cellSame
	case reworded(a, b):
		return cellReworded
	}
	return cellOther
}

// reworded reports whether two short header names share at least half of
// the characters of the longer one.
func reworded(a, b string) bool {
	if len(a) > 4*12 || len(b) > 4*12 {
		return false // more than 12 characters, without decoding them
	}
	// A name in ASCII alone (the 12 under 序号) shares no character
	// with one of no ASCII: the commonest pair, told without decoding.
	aASCII, aOther := byteKinds(a)
	bASCII, bOther := byteKinds(b)
	if !aOther && !bASCII || !aASCII && !bOther {
		return false
	}
	// The runes of both, in arrays rather than slices: asked of a cell
	// of nearly every row, the names are not copied to the heap.
	var ra, rb [12]rune
	na, oka := runesInto(&ra, a)
	nb, okb := runesInto(&rb, b)
	if na == 0 || nb == 0 || !oka || !okb {
		return false
	}
	shared := 0
	var used [12]bool
	for _, r := range ra[:na] {
		for j, q := range rb[:nb] {
			if q == r && !used[j] {
				used[j] = true
				shared++
				break
			}
		}
	}
	return shared*2 >= max(na, nb)
}

// byteKinds reports whether s holds ASCII bytes and other bytes.
func byteKinds(s string) (ascii, other bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			ascii = true
		} else {
			other = true
		}
	}
	return ascii, other
}

// runesInto decodes s into dst and returns how many runes it holds;
// false when it holds more than dst has room for.
func runesInto(dst *[12]rune, s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); n++ {
		if n == len(dst) {
			return n, false
		}
		// A Han character, nearly every one of a name, is decoded here:
		// a lead byte E1 to EF but ED (whose forms are all valid) and
		// two continuation bytes. The library decodes the others.
		if c := s[i]; c >= 0xE1 && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 && c <= 0xEF {
			dst[n] = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst[n] = r
		i += size
	}
	return n, true
}

// partialRepeat reports whether cells repeat at least half of a header
// of the same width, the other cells being OCR debris of one or two
// characters (平 for 序号).
func partialRepeat(header, cells []string) bool {
	w := width(header)
	if w < 3 || width(cells) != w {
		return false
	}
	same := 0
	for i := 0; i < w; i++ {
		k, c := cellKey(header[i]), cellKey(cells[i])
		switch {
		case k != "" && k == c:
			same++
		case runesOver(c, 2):
			return false // a different header, not a damaged repeat
		}
	}
	return same*2 >= w
}

// subsequence reports whether the runes of a appear in b in order.
func subsequence(a, b string) bool {
	if len(a) > len(b) {
		return false // each rune of a is one of b, bytes and all
	}
	for _, r := range a {
		i := strings.IndexRune(b, r)
		if i < 0 {
			return false
		}
		b = b[i+utf8.RuneLen(r):]
	}
	return true
}

// headerWords are words that mark a row as a header row.
var headerWords = []string{"序号", "名称", "单位", "时限", "时间", "任务", "内容", "职责", "电话", "备注", "类别",
	"项目", "姓名", "职务", "指标", "措施", "级别", "对象", "阶段", "事项", "部门", "工作组", "机构", "标准",
	"类型", "分值", "得分", "面积", "规模", "数量", "专业", "传真", "领导", "目标", "条款", "乡镇", "地点"}

// headerWordsAt lists the header words by their first character (every
// one starts with a Han character, three bytes long).
var headerWordsAt = func() map[string][]string {
	m := map[string][]string{}
	for _, w := range headerWords {
		m[w[:3]] = append(m[w[:3]], w)
	}
	return m
}()

// holdsHeaderWord reports whether k holds one of the header words. It
// looks the words up by each character of k rather than searching k for
// every word: most cells are data, and hold none.
func holdsHeaderWord(k string) bool {
	for i := 0; i+6 <= len(k); i++ {
		if k[i] < 0xE0 {
			continue
		}
		for _, w := range headerWordsAt[k[i:i+3]] {
			if strings.HasPrefix(k[i:], w) {
				return true
			}
		}
	}
	return false
}

// looksHeader reports whether a row reads as a header: short cells, one
// of the usual column words, and not a numbered data row.
func looksHeader(cells []string, rows []row) bool {
	first := trim(cells[0])
	if first != "" && digitPrefix(first) == len(first) {
		return false
	}
	words := false
	for _, c := range cells {
		k := cellKey(c)
		if runesOver(k, 30) {
			return false
		}
		words = words || holdsHeaderWord(k)
	}
	if words {
		return true
	}
	if len(rows) > 1 {
		n := trim(rows[1].cells[0])
		return n != "" && digitPrefix(n) == len(n) && first != ""
	}
	return false
}

// secondHeader reports whether cells are the second row of a two-row header.
func secondHeader(header, cells []string) bool {
	if len(cells) == 0 || trim(cells[0]) != "" || width(cells) < 2 {
		return false
	}
	spanned := false
	for c, w := 1, width(header); c < w; c++ {
		if trim(header[c]) == "" {
			spanned = true
		}
	}
	if !spanned {
		return false
	}
	for _, c := range cells {
		k := cellKey(c)
		if runesOver(k, 24) || (k != "" && digitPrefix(k) == len(k)) {
			return false
		}
	}
	return true
}

// namesUnit reports whether a short cell names a quantity with its unit
// in brackets at its end, as column names do: 投入资金合计(元), 堆料场(m ²),
// 购置收、储、运机具(台、元), 面积（亩）.
func namesUnit(t string) bool {
	if runesOver(t, 25) {
		return false
	}
	var inner string
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if body, ok := strings.CutSuffix(t, br[1]); ok {
			if i := strings.LastIndex(body, br[0]); i > 0 {
				inner = body[i+len(br[0]):]
			}
		}
	}
	units := strings.FieldsFunc(inner, func(r rune) bool { return r == '、' || r == ',' || r == '，' || r == '/' })
	for _, u := range units {
		if !unitWords[strings.ReplaceAll(u, " ", "")] {
			return false
		}
	}
	return len(units) > 0
}

// unitWords are the units a column name gives in brackets.
var unitWords = map[string]bool{
	"元": true, "千元": true, "万元": true, "亿元": true, "亩": true, "万亩": true, "公顷": true,
	"台": true, "套": true, "个": true, "件": true, "辆": true, "座": true, "处": true, "间": true,
	"人": true, "万人": true, "人次": true, "户": true, "家": true, "吨": true, "万吨": true,
	"米": true, "公里": true, "千米": true, "km": true, "m": true, "m²": true, "m2": true, "m³": true, "m3": true,
	"平方米": true, "立方米": true, "千瓦": true, "kW": true, "%": true, "％": true,
}
