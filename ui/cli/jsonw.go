package cli

import (
	"io"
	"strconv"
	"unicode/utf8"
)

// jsonWriter streams indented JSON, two spaces a level, byte for byte as
// encoding/json's Encoder with SetIndent("", "  ") and SetEscapeHTML(false)
// prints it. The Encoder marshals the whole value and then re-indents it
// in memory; for a large issue that copy was a quarter of inspect --json's
// time and twice the output in memory. It appends to its own buffer and
// writes it out in pieces of 64 KB: a bufio.Writer's call for every byte
// and string cost a third of the writing.
type jsonWriter struct {
	out   io.Writer
	buf   []byte
	err   error // the first error writing to out
	depth int
	empty bool // the container just opened has no member yet
}

// jsonChunk is how much the writer holds before writing it out.
const jsonChunk = 64 << 10

func newJSONWriter(w io.Writer) *jsonWriter {
	return &jsonWriter{out: w, buf: make([]byte, 0, jsonChunk+4<<10)}
}

// spill writes the buffer out once it holds a chunk.
func (j *jsonWriter) spill() {
	if len(j.buf) >= jsonChunk {
		j.flush()
	}
}

// flush writes out what the buffer holds and returns the first error.
func (j *jsonWriter) flush() error {
	if j.err == nil && len(j.buf) > 0 {
		_, j.err = j.out.Write(j.buf)
	}
	j.buf = j.buf[:0]
	return j.err
}

// open starts an object ('{') or array ('[').
func (j *jsonWriter) open(c byte) {
	j.buf = append(j.buf, c)
	j.depth++
	j.empty = true
}

// close ends the innermost container; c is '}' or ']'.
func (j *jsonWriter) close(c byte) {
	j.depth--
	if !j.empty {
		j.newline()
	}
	j.buf = append(j.buf, c)
	j.empty = false
}

// elem starts an array element.
func (j *jsonWriter) elem() {
	if !j.empty {
		j.buf = append(j.buf, ',')
	}
	j.newline()
	j.empty = false
}

// key starts an object member. k is one of the contract's names, which
// need no escaping.
func (j *jsonWriter) key(k string) {
	j.elem()
	b := append(j.buf, '"')
	b = append(b, k...)
	j.buf = append(b, '"', ':', ' ')
}

// indent is a newline and the indentation of 32 levels, deeper than any
// tree's sections go; deeper levels are written space by space.
var indent = func() (a [65]byte) {
	a[0] = '\n'
	for i := 1; i < len(a); i++ {
		a[i] = ' '
	}
	return a
}()

func (j *jsonWriter) newline() {
	j.spill()
	if n := 2 * j.depth; n < len(indent) {
		if b := j.buf; cap(b)-len(b) >= len(indent) {
			// The whole of indent, stored past the end of the buffer
			// and cut after the indentation, takes a few moves; a copy
			// of its first 1+n bytes was a call.
			*(*[len(indent)]byte)(b[len(b) : len(b)+len(indent)]) = indent
			j.buf = b[:len(b)+1+n]
			return
		}
		j.buf = append(j.buf, indent[:1+n]...)
		return
	}
	j.buf = append(j.buf, '\n')
	for range j.depth {
		j.buf = append(j.buf, ' ', ' ')
	}
}

func (j *jsonWriter) int(n int) {
	j.buf = strconv.AppendInt(j.buf, int64(n), 10)
}

func (j *jsonWriter) null() { j.buf = append(j.buf, "null"...) }

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
	b := append(j.buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, `\n`...)
			case '\r':
				b = append(b, `\r`...)
			case '\t':
				b = append(b, `\t`...)
			case '\b':
				b = append(b, `\b`...)
			case '\f':
				b = append(b, `\f`...)
			default:
				b = append(b, `\u00`...)
				b = append(b, hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		// Han characters and CJK punctuation, nearly all of the text: two
		// at a time, their six bytes read in one load, then one alone.
		if k := plainPairs(s, i); k > i {
			i = k
			continue
		}
		if i+2 < len(s) && plain3(c, s[i+1], s[i+2]) {
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, `\u202`...)
			b = append(b, hexDigits[r&0xF])
		default:
			i += n
			continue
		}
		i += n
		start = i
	}
	b = append(b, s[start:]...)
	j.buf = append(b, '"')
}

// plainPairs returns where the run of pairs of three-byte characters
// that str writes as they are ends, from i on: each pair's two lead
// bytes are plainLead3, the four others continuation bytes.
func plainPairs(s string, i int) int {
	for i+7 < len(s) {
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if w&0xC0C000C0C000 != 0x808000808000 || !plainLead3[byte(w)] || !plainLead3[byte(w>>24)] {
			break
		}
		i += 6
	}
	return i
}

// plainLead3 holds the lead bytes after which any two continuation
// bytes make a character str writes as it is: E1 to EF but E2 (U+2028
// and U+2029), ED (surrogates) and E0 (overlong forms).
var plainLead3 = func() (t [256]bool) {
	for c := 0xE1; c <= 0xEF; c++ {
		t[c] = c != 0xE2 && c != 0xED
	}
	return t
}()

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
