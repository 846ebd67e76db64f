package loader

import (
	"fmt"
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The decode stage's character-level repairs. Each is a rule for a family
// of converter damage, applied to every line before any structure is read,
// and reported once per file with the number of lines it changed.

// repair is a set of the repairs made on one line.
type repair uint8

const (
	repairControl   repair = 1 << iota // escape sequences and control characters removed
	repairKangxi                       // Kangxi radicals, compatibility ideographs replaced
	repairUnitSpace                    // a space inside a number and its unit removed
	repairOCRSpace                     // an OCR engine's spaces between Han characters removed
	nRepairKinds    = iota
)

// repairs counts the lines each kind of repair changed in a file.
type repairs struct {
	lines [nRepairKinds]int
	first [nRepairKinds]int
}

// repairMessages say what each repair did, in the order of the bits.
var repairMessages = [nRepairKinds]string{
	"terminal escape sequences and control characters removed",
	"Kangxi radicals and CJK compatibility ideographs (a PDF's broken character map) replaced by the ordinary characters (⼀→一)",
	"spaces inside a number and its unit removed (2025 年 → 2025年, 2 号 → 2号)",
	"spaces an OCR engine put between every two Han characters removed (关 于 印 发 → 关于印发)",
}

func (rp *repairs) add(did repair, n int) {
	for k := range nRepairKinds {
		if did&(1<<k) != 0 {
			if rp.lines[k] == 0 {
				rp.first[k] = n
			}
			rp.lines[k]++
		}
	}
}

// count is how many lines had the repair did, one kind of repair.
func (rp *repairs) count(did repair) int {
	return rp.lines[bits.TrailingZeros8(uint8(did))]
}

// report gives one warning per kind of repair, at its first line.
func (rp *repairs) report(warn warnFunc) {
	for k := range nRepairKinds {
		if c := rp.lines[k]; c > 0 {
			warn(rp.first[k], fmt.Sprintf("%s on %s", repairMessages[k], plural(c, "line")))
		}
	}
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// normalize sanitises line n of a file and applies the character-level
// repairs, counting them in rp. It returns false when s is not valid
// UTF-8 (the file is in another encoding, or damaged).
func normalize(s string, n int, rp *repairs) (string, bool) {
	// clean once: sanitize would ask it again of every line.
	var did repair
	if clean(s) {
		s = strings.TrimRight(s, " ")
	} else if !utf8.ValidString(s) {
		return "", false
	} else {
		s, did = sanitizeDirty(s)
	}
	return unitRepair(s, did, n, rp), true
}

// unitRepair applies the repairs that follow sanitising to line n, s,
// and counts them in rp with did, the repairs sanitising made.
func unitRepair(s string, did repair, n int, rp *repairs) string {
	if t, ok := unitSpaces(s); ok {
		s, did = t, did|repairUnitSpace
	}
	if t, ok := ocrJoin(s); ok {
		s, did = t, did|repairOCRSpace
	}
	if did != 0 {
		rp.add(did, n)
	}
	return s
}

// ordinary maps the Kangxi radicals (U+2F00–U+2FDF), the CJK radicals
// supplement (U+2E80–U+2EFF) and the CJK compatibility ideographs
// (U+F900–U+FAFF) to the ordinary character each is a form of, by their
// Unicode compatibility decomposition (NFKC), for exactly these ranges:
// normalising the whole text would also turn full-width punctuation
// （，：） into ASCII, which must stay as printed. A supplement radical
// without a decomposition (⺮) stays. It is built on first use: few files
// hold such characters, and building it cost every start of the program
// a few milliseconds.
var ordinary = sync.OnceValue(func() map[rune]rune {
	m := map[rune]rune{}
	for _, rg := range [][2]rune{{0x2E80, 0x2EFF}, {0x2F00, 0x2FDF}, {0xF900, 0xFAFF}} {
		for r := rg[0]; r <= rg[1]; r++ {
			s := norm.NFKC.String(string(r))
			if o, n := utf8.DecodeRuneInString(s); n == len(s) && o != r && o != utf8.RuneError {
				m[r] = o
			}
		}
	}
	return m
})

// ordinaryHan returns the ordinary character for a radical or
// compatibility ideograph.
func ordinaryHan(r rune) (rune, bool) {
	if r < 0x2E80 || r > 0x2FDF && r < 0xF900 || r > 0xFAFF {
		return r, false
	}
	o, ok := ordinary()[r]
	return o, ok
}

// unitChars are the characters that follow a number as its unit or
// measure: dates, 文号, counts and quantities.
var unitChars = newHanSet("年月日号时分秒个项条款次名人家户元万亿千百米吨斤亩公天周岁台辆座所件批期页章节届倍份篇类种处间张本支位度克升")

// dateUnit are the units a heading's number is never followed by.
var dateUnit = newHanSet("年月日号")

// unitSpaces removes the single space pdftotext puts inside a number and
// its unit (2025 年, 2 号, 6 月 30 日, 15 公里) and between a date's or
// 文号's word and the number it counts (第 2 期, 年 6 月, 〕 2 号). Only
// one space is taken, never a run of them (a gap between columns); a
// number at the start of a line or cell keeps its space unless a date or
// 文号 unit follows (7.1 名词术语 is a heading), and a space between two
// Han characters stays (names in tables are padded: 徐 铭); the document
// stages join those where text is running.
func unitSpaces(s string) (string, bool) {
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return s, false
	}
	var b strings.Builder
	last := 0 // s[last:] is not written yet; 0 while nothing is removed
	for ; i >= 0; i = nextSpace(s, i) {
		if i == 0 || i+1 >= len(s) || s[i-1] == ' ' || s[i+1] == ' ' {
			continue
		}
		if !glueNumber(s, i) && !glueCounter(s, i) {
			continue
		}
		if last == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		last = i + 1
	}
	if last == 0 {
		return s, false
	}
	b.WriteString(s[last:])
	return b.String(), true
}

func nextSpace(s string, i int) int {
	j := strings.IndexByte(s[i+1:], ' ')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// glueNumber reports whether the space at s[i] lies between a number and
// its unit.
func glueNumber(s string, i int) bool {
	if !isDigit(s[i-1]) {
		return false
	}
	u, _ := utf8.DecodeRuneInString(s[i+1:])
	if !unitChars.has(u) {
		return false
	}
	if dateUnit.has(u) {
		return true
	}
	j := i
	for j > 0 && (isDigit(s[j-1]) || s[j-1] == '.') {
		j--
	}
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	return j > 0 && s[j-1] != '\t'
}

// glueCounter reports whether the space at s[i] lies between a date's or
// 文号's word and a number that has a unit of its own after it.
func glueCounter(s string, i int) bool {
	if !isDigit(s[i+1]) {
		return false
	}
	w, _ := utf8.DecodeLastRuneInString(s[:i])
	if !strings.ContainsRune("年月第共〕］】", w) {
		return false
	}
	j := i + 1
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j < len(s) && s[j] == ' ' {
		j++
	}
	u, _ := utf8.DecodeRuneInString(s[j:])
	return unitChars.has(u)
}
