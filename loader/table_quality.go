package loader

import (
	"sort"
	"strings"
	"unicode/utf8"

	"gazette/data"
)

// garbage reports whether a rune is OCR garbage in a Chinese gazette:
// Hangul, Cyrillic, Greek and other scripts that never occur in one.
func garbage(r rune) bool {
	return (r >= 0x1100 && r <= 0x11FF) || (r >= 0xAC00 && r <= 0xD7AF) || (r >= 0x3130 && r <= 0x318F) ||
		(r >= 0x0370 && r <= 0x04FF) || r == '\\' || r == utf8.RuneError
}

// garbageLeads are the bytes a garbage rune can start with.
var garbageLeads = func() (t [256]bool) {
	for _, rg := range [][2]byte{{'\\', '\\'}, {0xCE, 0xD3}, {0xE1, 0xE1}, {0xE3, 0xE3}, {0xEA, 0xED}, {0xEF, 0xEF}} {
		for b := int(rg[0]); b <= int(rg[1]); b++ {
			t[b] = true
		}
	}
	return t
}()

// cjkPunct reports whether s starts with a character of the CJK
// punctuation block (、。「」, E3 80 xx) or of the full-width forms (，：（）,
// EF BC xx and EF BD xx): the commonest characters of the lead bytes
// garbage ones share, none of them garbage.
func cjkPunct(s string) bool {
	return len(s) >= 3 && cont(s[2]) && (s[0] == 0xE3 && s[1] == 0x80 || s[0] == 0xEF && (s[1] == 0xBC || s[1] == 0xBD))
}

// runeBytes is the length of the character whose first byte is c, in
// text that is valid UTF-8: a scan that looks at the first bytes alone
// steps over the others.
func runeBytes(c byte) int {
	switch {
	case c < 0xC0:
		return 1
	case c < 0xE0:
		return 2
	case c < 0xF0:
		return 3
	}
	return 4
}

// garbageIn counts the garbage runes of s, valid UTF-8, looking at the
// first byte of each character only, and passing over a Han character
// of the main block (E4 to E9, none a garbage lead) at the first test: a
// cell's text is nearly all of them.
func garbageIn(s string) int {
	bad := 0
	for i := 0; i < len(s); {
		c := s[i]
		if mainHan(c) {
			i += 3
			continue
		}
		if garbageLeads[c] && !cjkPunct(s[i:]) {
			if r, _ := utf8.DecodeRuneInString(s[i:]); garbage(r) {
				bad++
			}
		}
		i += runeBytes(c)
	}
	return bad
}

// mainHan reports whether c starts a character of U+4E00 to U+9FFF, the
// main block of Han characters.
func mainHan(c byte) bool { return c-0xE4 < 6 }

// quality decides whether a region is a readable table: not garbled, with
// nearly every row fitting the header's width.
func quality(rg *region, cols int) bool {
	if rg.garbled {
		return false
	}
	bad, total := 0, 0
	misfit := 0
	for k := range rg.rows {
		r := &rg.rows[k]
		if w := width(r.cells); w > cols+1 {
			misfit++
		}
		for _, c := range r.cells {
			total += len(c) / 3 // about one CJK character per three bytes
		}
		if r.whole { // its tabs are no garbage: one count for the line
			if r.line.marks&markNative == 0 {
				bad += garbageIn(r.line.text)
			}
			continue
		}
		for _, c := range r.cells {
			bad += garbageIn(c)
		}
	}
	if bad*200 >= total || misfit*5 > len(rg.rows) || garbledHeader(rg.rows[0].cells) {
		return false
	}
	// Words split across the first two columns (化 / 工装备): the OCR
	// lost the column boundary.
	split := 0
	for k := range rg.rows {
		r := &rg.rows[k]
		if len(r.cells) > 1 {
			a, b := trim(r.cells[0]), trim(r.cells[1])
			fa, _ := firstRune(a)
			fb, _ := firstRune(b)
			if !runesOver(a, 1) && a != "" && isHan(fa) && isHan(fb) {
				split++
			}
		}
	}
	return split < 2
}

// garbledHeader reports OCR damage in a header row: unbalanced brackets
// (20)24年) or a cell of stray Latin letters (in.).
func garbledHeader(cells []string) bool {
	for i, c := range cells {
		c = cellKey(c)
		if c == "" {
			continue
		}
		// A year split over two cells: 202 | 4年.
		if d := digitPrefix(c); d == len(c) && d < 4 && i+1 < len(cells) {
			next := cellKey(cells[i+1])
			if digitPrefix(next) > 0 && strings.Contains(next, "年") {
				return true
			}
		}
		open := strings.Count(c, "(") + strings.Count(c, "（")
		closed := strings.Count(c, ")") + strings.Count(c, "）")
		if open != closed {
			return true
		}
		han, digit := false, false
		for _, r := range c {
			if isHan(r) {
				han = true
			} else if r >= '0' && r <= '9' {
				digit = true
			}
		}
		if !han && !digit && !runesOver(c, 4) && c != "—" && c != "-" {
			return true
		}
	}
	return false
}

// rawTable keeps a region line by line as a raw block.
func rawTable(rg *region) *data.Block {
	all := make([]line, 0, len(rg.rows)+len(rg.extra))
	for _, r := range rg.rows {
		all = append(append(all, r.line), r.more...)
	}
	all = append(all, rg.extra...)
	sort.Slice(all, func(i, j int) bool { return all[i].n < all[j].n }) // source order
	texts := make([]string, len(all))
	for i, l := range all {
		texts[i] = strings.TrimRight(l.text, "\t ")
	}
	return &data.Block{Kind: data.Raw, Line: int(all[0].n), Text: strings.Join(texts, "\n")}
}
