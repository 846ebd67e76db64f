package loader

import (
	"bytes"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	utf16 "golang.org/x/text/encoding/unicode"
)

// Errors for input that is not a gazette text at all.
var (
	errEmpty  = errors.New("empty file")
	errBinary = errors.New("not a text file (binary data or an unknown encoding)")
)

// decode turns the bytes of a file into sanitised lines. It accepts UTF-8
// with or without BOM, UTF-16 with BOM and GB18030/GBK, and CRLF, CR or LF
// line ends. A file cut off in the middle of a UTF-8 character keeps what
// precedes the cut and reports it through warn.
func decode(b []byte, warn warnFunc) ([]line, error) {
	text, err := toUTF8(b, warn)
	if err != nil {
		return nil, err
	}
	if blank(text) {
		return nil, errEmpty
	}
	return splitLines(text), nil
}

// blank reports whether text holds nothing but white space.
func blank(text string) bool {
	for _, r := range text {
		switch r {
		case ' ', '\t', '\n', '\r', '\v', '\f', 0xA0, 0x3000, 0xFEFF:
		default:
			return false
		}
	}
	return true
}

// toUTF8 detects the encoding and converts.
func toUTF8(b []byte, warn warnFunc) (string, error) {
	if len(b) == 0 {
		return "", errEmpty
	}
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		out, err := utf16.UTF16(utf16.LittleEndian, utf16.UseBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", errBinary
		}
		b = out
	}
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "", errBinary
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	// A UTF-8 file cut off mid-character: everything but the last few
	// bytes is valid.
	for cut := 1; cut <= 3 && cut < len(b); cut++ {
		if utf8.Valid(b[:len(b)-cut]) && !utf8.FullRune(b[len(b)-cut:]) {
			warn(0, "file ends in the middle of a character (truncated?); the incomplete character was dropped")
			return string(b[:len(b)-cut]), nil
		}
	}
	if looksUTF8(b) {
		warn(0, "file has invalid UTF-8 sequences; they were replaced")
		return strings.ToValidUTF8(string(b), "\uFFFD"), nil
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil || !plausibleText(out) {
		return "", errBinary
	}
	return string(out), nil
}

// looksUTF8 reports whether nearly all of b is valid UTF-8 with multi-byte
// characters, so that a few bad bytes are damage rather than another
// encoding.
func looksUTF8(b []byte) bool {
	bad, multi := 0, 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else if n > 1 {
			multi++
		}
		i += n
	}
	return multi > 0 && bad*100 < multi
}

// plausibleText reports whether decoded bytes read as text: mostly
// printable letters, Han characters and punctuation, few controls.
func plausibleText(b []byte) bool {
	good, total := 0, 0
	for i := 0; i < len(b) && total < 1<<16; {
		r, n := utf8.DecodeRune(b[i:])
		i += n
		total++
		switch {
		case r == utf8.RuneError:
		case r == '\n' || r == '\r' || r == '\t':
			good++
		case r < 0x20 || (r >= 0x7F && r < 0xA0):
		case r < 0x7F || isCJK(r) || unicode.IsPrint(r) && r < 0x2FFF:
			good++
		}
	}
	return total > 0 && good*100 >= total*95
}

// splitLines splits text on LF, CRLF or CR and sanitises every line.
func splitLines(text string) []line {
	out := make([]line, 0, strings.Count(text, "\n")+1)
	cr := strings.IndexByte(text, '\r') >= 0
	n := 1
	for len(text) > 0 || n == 1 {
		var i int
		if cr {
			i = strings.IndexAny(text, "\r\n")
		} else {
			i = strings.IndexByte(text, '\n')
		}
		var l string
		if i < 0 {
			l, text = text, ""
		} else {
			l = text[:i]
			if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				text = text[i+2:]
			} else {
				text = text[i+1:]
			}
		}
		out = append(out, line{n: n, text: sanitize(l), ff: strings.IndexByte(l, '\f') >= 0})
		n++
		if i < 0 {
			break
		}
	}
	return out
}

// clean reports whether s needs no sanitising: no control bytes, and none
// of the UTF-8 sequences sanitize rewrites (C1 controls and NBSP start with
// 0xC2, U+3000 is E3 80 80, U+FEFF is EF BB BF, the zero-width and bidi
// controls are E2 80 xx and E2 81 xx).
func clean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !special[c] {
			continue
		}
		switch {
		case c < 0x20 && c != '\t' || c == 0x7F || c == 0xC2:
			return false
		case c == 0xE3 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80:
			return false
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF:
			return false
		case c == 0xE2 && i+2 < len(s) && (s[i+1] == 0x80 && (s[i+2] >= 0x8B && s[i+2] <= 0x8F || s[i+2] >= 0xAA && s[i+2] <= 0xAE) ||
			s[i+1] == 0x81 && (s[i+2] == 0xA0 || s[i+2] >= 0xA6 && s[i+2] <= 0xA9)):
			return false
		}
	}
	return true
}

// special marks the bytes clean must look at more closely.
var special = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t'
	}
	for _, c := range []byte{0x7F, 0xC2, 0xE2, 0xE3, 0xEF} {
		t[c] = true
	}
	return t
}()

// sanitize makes a line safe to display: control characters other than
// tab (ESC, BEL, C1 controls such as 0x9B, …) and format characters that
// could reorder or hide text are dropped; NBSP and U+3000 become spaces;
// trailing spaces go (trailing tabs stay: they are empty table cells).
func sanitize(s string) string {
	if clean(s) {
		return strings.TrimRight(s, " ")
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteByte('\t')
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			// control character: dropped
		case r == 0xA0 || r == 0x3000:
			b.WriteByte(' ')
		case r == 0xFEFF || r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 ||
			(r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F:
			// zero-width and bidi controls: dropped
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimRight(b.String(), " ")
}
