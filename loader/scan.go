package loader

import (
	"strings"
	"unicode/utf8"
)

// splitLines splits text on LF, CRLF or CR and sanitises every line,
// reporting each kind of repair once with the number of lines it changed.
// It returns false, having reported nothing, when text is not valid UTF-8.
//
// It goes over the text once for the line count and once line by line,
// finding each line's end as it checks its characters (see scanLine): a
// CR but that of a CRLF is a control character, which only a line that
// is not clean can hold, so CRs are looked for there alone.
func splitLines(text string, warn warnFunc) ([]line, bool) {
	out := make([]line, 0, strings.Count(text, "\n")+1)
	preferHugePages(out)
	var rep repairs
	n := 1
	for at, first := 0, true; first || at < len(text); first = false {
		if at < len(text) && text[at] == '\n' { // a blank line: a third of most files
			out = append(out, line{n: int32(n), marks: cleanMarks[0]})
			n++
			at++
			continue
		}
		end, f, slack := scanLine(text, at)
		if f&scanClean != 0 {
			out = append(out, line{})
			cleanLine(&out[len(out)-1], text[at:end], n, f, slack, &rep)
			n++
			at = end + 1
			if end < len(text) && text[end] == '\r' {
				at++ // CRLF
			}
			continue
		}
		// Not clean: the line is sanitised as a whole.
		l := text[at:]
		if i := strings.IndexByte(text[end:], '\n'); i >= 0 {
			l, at = text[at:end+i], end+i+1
		} else {
			at = len(text)
		}
		var ok bool
		if out, n, ok = appendLines(out, strings.TrimSuffix(l, "\r"), n, &rep); !ok {
			return nil, false
		}
	}
	if rep.count(repairOCRSpace) > 0 {
		ocrJoinShort(out, &rep)
	}
	rep.report(warn)
	return out, true
}

// cleanLine makes d line n of a file, l, which scanLine found clean
// with flags f and slack: only its trailing spaces go, and spaces inside
// a number and its unit (see unitRepair) when it holds a space at all;
// two of them or more after text mark a hard break (markHard);
// markdown's backslash escapes are read (see unescapeMD). It writes the
// line in place: a copy of it cost as much as the rest.
func cleanLine(d *line, l string, n int, f scanFlags, slack int, rep *repairs) {
	var hard uint16
	if f&scanSpaced != 0 { // only a line with a space can end in one
		end := len(l)
		for len(l) > 0 && l[len(l)-1] == ' ' {
			l, slack = l[:len(l)-1], slack-2
		}
		if end-len(l) >= 2 && l != "" {
			hard = markHard
		}
		if t := unitRepair(l, 0, n, rep); t != l {
			l, slack = t, -1 // not known
		}
	}
	if f&scanEscaped != 0 {
		if t := unescapeMD(l); t != l {
			l, slack = t, -1
		}
	}
	if f&(scanSpaced|scanTabbed) == 0 && l != "" { // nothing to trim
		*d = line{n: int32(n), text: l, lead: l[0], tail: l[len(l)-1]}
	} else {
		*d = decoded(n, l)
	}
	d.marks = cleanMarks[f&^scanClean] | hard
	d.setSlack(slack)
}

// cleanMarks are the marks of a clean line by what scanLine found in it
// (its flags but scanClean), looked up rather than set one by one.
var cleanMarks = func() (t [64]uint16) {
	for f := range t {
		for _, m := range []struct {
			flag scanFlags
			mark uint16
		}{{scanMarked, markPlain}, {scanSpaced, markSpaceless}, {scanTabbed, markTabless}, {scanForeign, markNative}} {
			if scanFlags(f)&m.flag == 0 {
				t[f] |= m.mark
			}
		}
	}
	return t
}()

// appendLines appends the lines of l, numbered from n, to out and
// returns the next line number. l holds no LF; a CR in it (an old Mac
// file's line end) ends a line too.
func appendLines(out []line, l string, n int, rep *repairs) ([]line, int, bool) {
	if end, f, slack := scanLine(l, 0); end == len(l) && f&scanClean != 0 {
		out = append(out, line{})
		cleanLine(&out[len(out)-1], l, n, f, slack, rep)
		return out, n + 1, true
	}
	for {
		seg, rest, cr := strings.Cut(l, "\r")
		t, ok := normalize(seg, n, rep)
		if !ok {
			return nil, 0, false
		}
		t = unescapeMD(t)
		d := decoded(n, t)
		if strings.IndexByte(seg, '\f') >= 0 {
			d.marks |= markFF
		}
		if strings.HasSuffix(seg, "  ") && d.text != "" {
			d.marks |= markHard
		}
		out = append(out, d)
		n++
		if !cr {
			return out, n, true
		}
		l = rest
	}
}

// clean reports whether s needs no sanitising: it is valid UTF-8 with no
// control character and none of the characters sanitize rewrites. It
// steps over a whole character at a time, by the kind of its lead byte,
// and looks closer only at the few lead bytes of what is rewritten: C1
// controls and NBSP are C2 80 to C2 A0; U+3000 is E3 80 80; U+FEFF is
// EF BB BF; the zero-width and bidi controls are E2 80 xx and E2 81 xx;
// the CJK radicals supplement and the Kangxi radicals E2 BA xx to E2 BF
// xx; the CJK compatibility ideographs EF A4 xx to EF AB xx.
func clean(s string) bool {
	ok, _ := cleanMarked(s)
	return ok
}

// cleanMarked is clean, and reports whether s holds a byte markup starts
// with (see markupStarts), found on the way.
func cleanMarked(s string) (ok, marked bool) {
	end, f, _ := scanLine(s, 0)
	ok = end == len(s) && f&scanClean != 0
	return ok, ok && f&scanMarked != 0
}

// scanFlags say what scanLine found in a line.
type scanFlags uint8

const (
	scanClean   scanFlags = 1 << iota // the line needs no sanitising
	scanMarked                        // it holds a byte markup starts with
	scanSpaced                        // it holds a space
	scanTabbed                        // it holds a tab
	scanForeign                       // it holds a byte garbageIn looks closer at
	scanEscaped                       // it holds a backslash: markdown's escape, maybe
)

// scanLine reads the line of s that starts at i up to its LF, its CRLF
// or the end of s, and returns where its text ends, with scanClean when
// it is clean (see clean). It steps over a whole character at a time, by
// the kind of its lead byte, and looks closer only at the few lead bytes
// of what is rewritten (see clean). A line that is not clean ends the
// scan at the first byte found wrong. A LF or CR is no continuation byte:
// checking a character's bytes past the line's end finds it short, as
// checking the line alone would. The characters garbageIn looks closer
// at are noted on the way (scanForeign), as they are rare in a Chinese
// gazette: a table's quality check need not read the line again. So is
// its slack, 3×runes − bytes, which the wrap width's count of runes
// takes from a line (see setSlack): its Han characters add nothing to it.
func scanLine(s string, i int) (end int, f scanFlags, slack int) {
	for i < len(s) {
		// Han characters and CJK punctuation (see plain3At): only
		// validity to check, two characters at a time, their six bytes
		// read in one load.
		for b := s[i:]; len(b) >= 8; b = b[6:] {
			w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			if w&0xC0C000C0C000 != 0x808000808000 || !plain3At(w) || !plain3At(w>>24) {
				break
			}
			i += 6
		}
		c := s[i]
		k := leadKinds[c]
		if k == lead3 { // one alone: near the end of s, before another kind, or not valid
			if i+2 >= len(s) || !cont2(s[i+1], s[i+2]) {
				return i, f, slack
			}
			i += 3
			continue
		}
		switch k {
		case leadASCII: // and those after it: a number, a Latin word
			j := i
			for i++; i < len(s) && leadKinds[s[i]] == leadASCII; i++ {
			}
			slack += 2 * (i - j)
		case leadSpace:
			i, f, slack = i+1, f|scanSpaced, slack+2
		case leadTab:
			i, f, slack = i+1, f|scanTabbed, slack+2
		case leadMarkup:
			i, f, slack = i+1, f|scanMarked, slack+2
		case leadBackslash:
			i, f, slack = i+1, f|scanForeign|scanEscaped, slack+2
		case lead2:
			if i+1 >= len(s) || !cont(s[i+1]) || c == 0xC2 && s[i+1] <= 0xA0 {
				return i, f, slack
			}
			if garbageLeads[c] {
				f |= scanForeign
			}
			i, slack = i+2, slack+1
		case lead3Foreign:
			if i+2 >= len(s) || !cont2(s[i+1], s[i+2]) {
				return i, f, slack
			}
			i, f = i+3, f|scanForeign
		case lead3Special:
			if i+2 >= len(s) || !cont(s[i+1]) || !cont(s[i+2]) || rewritten3(c, s[i+1], s[i+2]) ||
				c == 0xE0 && s[i+1] < 0xA0 || c == 0xED && s[i+1] > 0x9F { // overlong, surrogate
				return i, f, slack
			}
			if garbageLeads[c] && !cjkPunct(s[i:]) {
				f |= scanForeign
			}
			i += 3
		case lead4:
			if r, n := utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && n == 1 {
				return i, f, slack
			}
			i, slack = i+4, slack-1
		default: // a control character, or no UTF-8 lead byte
			if c == '\n' || c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				return i, f | scanClean, slack
			}
			return i, f, slack
		}
	}
	return i, f | scanClean, slack
}

// plain3At reports whether the three-byte character in the low bytes of
// w, whose continuation bytes are checked, is one nothing rewrites and
// garbageIn passes over: led by a lead3, or CJK punctuation (。、《》, E3
// 80 xx, all valid) but U+3000, which is a space.
func plain3At(w uint64) bool {
	return leadKinds[byte(w)] == lead3 || w&0xFFFF == 0x80E3 && w&0xFFFFFF != 0x8080E3
}

// The kinds of byte clean finds at the start of a character.
const (
	leadBad       = iota // control character, continuation or invalid byte
	leadASCII            // printable ASCII
	leadSpace            // a space
	leadTab              // a tab
	leadMarkup           // printable ASCII markup starts with
	leadBackslash        // a backslash, which garbageIn counts
	lead2                // starts a two-byte character
	lead3                // starts a three-byte character nothing rewrites, nor garbageIn looks at
	lead3Foreign         // starts a three-byte character nothing rewrites, garbageIn looks at (see garbageLeads)
	lead3Special         // starts a three-byte character that may be rewritten or invalid
	lead4                // starts a four-byte character
)

var leadKinds = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case markupStarts[c]:
			t[c] = leadMarkup
		case c == ' ':
			t[c] = leadSpace
		case c == '\\':
			t[c] = leadBackslash
		case c == '\t':
			t[c] = leadTab
		case c >= 0x20 && c < 0x7F:
			t[c] = leadASCII
		case c >= 0xC2 && c < 0xE0:
			t[c] = lead2
		case c == 0xE0 || c == 0xE2 || c == 0xE3 || c == 0xED || c == 0xEF:
			t[c] = lead3Special
		case c >= 0xE1 && c < 0xF0 && garbageLeads[c]:
			t[c] = lead3Foreign
		case c >= 0xE1 && c < 0xF0:
			t[c] = lead3
		case c >= 0xF0 && c <= 0xF4:
			t[c] = lead4
		}
	}
	return t
}()

// cont reports whether c is a UTF-8 continuation byte. Text that is not
// valid UTF-8 is never clean: the slow path replaces what is broken.
func cont(c byte) bool { return c&0xC0 == 0x80 }

// cont2 reports whether c and d are both continuation bytes, in one test.
func cont2(c, d byte) bool { return (uint16(c)|uint16(d)<<8)&0xC0C0 == 0x8080 }

// rewritten3 reports whether the three-byte character c, d, e is one
// sanitize rewrites (see clean).
func rewritten3(c, d, e byte) bool {
	switch c {
	case 0xE2:
		return d == 0x80 && (e >= 0x8B && e <= 0x8F || e >= 0xAA && e <= 0xAE) ||
			d == 0x81 && (e == 0xA0 || e >= 0xA6 && e <= 0xA9) || d >= 0xBA && d <= 0xBF
	case 0xE3:
		return d == 0x80 && e == 0x80
	case 0xEF:
		return d == 0xBB && e == 0xBF || d >= 0xA4 && d <= 0xAB
	}
	return false
}
