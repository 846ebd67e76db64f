package cli

import (
	"bufio"
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsonWriter streams indented JSON, two spaces a level, byte for byte as
// encoding/json's Encoder with SetIndent("", "  ") and SetEscapeHTML(false)
// prints it. The Encoder marshals the whole value and then re-indents it
// in memory; for a large issue that copy was a quarter of inspect --json's
// time and twice the output in memory.
type jsonWriter struct {
	w     *bufio.Writer
	depth int
	empty bool // the container just opened has no member yet
}

// open starts an object ('{') or array ('[').
func (j *jsonWriter) open(c byte) {
	j.w.WriteByte(c)
	j.depth++
	j.empty = true
}

// close ends the innermost container; c is '}' or ']'.
func (j *jsonWriter) close(c byte) {
	j.depth--
	if !j.empty {
		j.newline()
	}
	j.w.WriteByte(c)
	j.empty = false
}

// elem starts an array element.
func (j *jsonWriter) elem() {
	if !j.empty {
		j.w.WriteByte(',')
	}
	j.newline()
	j.empty = false
}

// key starts an object member.
func (j *jsonWriter) key(k string) {
	j.elem()
	j.str(k)
	j.w.WriteString(": ")
}

// indent is a newline and the indentation of 32 levels, deeper than any
// tree's sections go; deeper levels are written space by space.
var indent = "\n" + strings.Repeat(" ", 64)

func (j *jsonWriter) newline() {
	if n := 2 * j.depth; n < len(indent) {
		j.w.WriteString(indent[:1+n])
		return
	}
	j.w.WriteByte('\n')
	for range j.depth {
		j.w.WriteString("  ")
	}
}

func (j *jsonWriter) int(n int) {
	j.w.Write(strconv.AppendInt(j.w.AvailableBuffer(), int64(n), 10))
}

func (j *jsonWriter) null() { j.w.WriteString("null") }

// strOrNull writes s, or null when it is empty.
func (j *jsonWriter) strOrNull(s string) {
	if s == "" {
		j.null()
		return
	}
	j.str(s)
}

// strs writes an array of strings.
func (j *jsonWriter) strs(ss []string) {
	j.open('[')
	for _, s := range ss {
		j.elem()
		j.str(s)
	}
	j.close(']')
}

const hexDigits = "0123456789abcdef"

// str writes s as a JSON string, escaped as encoding/json escapes it
// without HTML escaping: quote, backslash and control characters, U+2028
// and U+2029, invalid UTF-8 as U+FFFD.
func (j *jsonWriter) str(s string) {
	w := j.w
	w.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			w.WriteString(s[start:i])
			switch c {
			case '"', '\\':
				w.WriteByte('\\')
				w.WriteByte(c)
			case '\n':
				w.WriteString(`\n`)
			case '\r':
				w.WriteString(`\r`)
			case '\t':
				w.WriteString(`\t`)
			case '\b':
				w.WriteString(`\b`)
			case '\f':
				w.WriteString(`\f`)
			default:
				w.WriteString(`\u00`)
				w.WriteByte(hexDigits[c>>4])
				w.WriteByte(hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		if i+2 < len(s) && plain3(c, s[i+1], s[i+2]) {
			i += 3 // a Han character or CJK punctuation: nearly all of the text
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			w.WriteString(s[start:i])
			w.WriteString(`\ufffd`)
		case r == '\u2028' || r == '\u2029':
			w.WriteString(s[start:i])
			w.WriteString(`\u202`)
			w.WriteByte(hexDigits[r&0xF])
		default:
			i += n
			continue
		}
		i += n
		start = i
	}
	w.WriteString(s[start:])
	w.WriteByte('"')
}

// plain3 reports whether c, d, e is a valid three-byte UTF-8 character
// that str writes as it is: a lead byte that starts no overlong form and
// no surrogate, two continuation bytes, and not U+2028 or U+2029
// (E2 80 A8, E2 80 A9).
func plain3(c, d, e byte) bool {
	if c < 0xE1 || c > 0xEF || c == 0xED || d&0xC0 != 0x80 || e&0xC0 != 0x80 {
		return false
	}
	return c != 0xE2 || d != 0x80 || e != 0xA8 && e != 0xA9
}
