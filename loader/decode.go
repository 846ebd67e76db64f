package loader

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/encoding/simplifiedchinese"
	utf16 "golang.org/x/text/encoding/unicode"
)

// Errors for input that is not a gazette text at all. Errors returned
// wrap them (errors.Is), so that an interface can say them in its language.
var (
	ErrEmpty  = errors.New("empty file")
	ErrBinary = errors.New("not a text file (binary data or an unknown encoding)")
)

// decode turns the bytes of a file into sanitised lines. It accepts UTF-8
// with or without BOM, UTF-16 with BOM and GB18030/GBK, and CRLF, CR or LF
// line ends. A file cut off in the middle of a UTF-8 character keeps what
// precedes the cut and reports it through warn.
func decode(b []byte, warn warnFunc) ([]line, error) {
	b, bom, err := unwrap(b)
	if err != nil {
		return nil, err
	}
	// Nearly every file is valid UTF-8: split it and check it in one pass
	// over the bytes; only a file that fails is decoded some other way.
	if text := shared(b); !blank(text) {
		if ls, ok := splitLines(text, warn); ok {
			return ls, nil
		}
	}
	text, err := repairUTF8(b, bom, warn)
	if err != nil {
		return nil, err
	}
	if blank(text) {
		return nil, ErrEmpty
	}
	ls, _ := splitLines(text, warn)
	return ls, nil
}

// toUTF8 decodes a whole file as decode does, without splitting it into
// lines (a web page is parsed as one text).
func toUTF8(b []byte, warn warnFunc) (string, error) {
	b, bom, err := unwrap(b)
	if err != nil {
		return "", err
	}
	return repairUTF8(b, bom, warn)
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

// unwrap drops a UTF-8 byte order mark (bom is its length, for offsets
// in warnings), converts UTF-16 with a BOM, and refuses an empty file and
// one with NUL bytes near its start (binary data).
func unwrap(b []byte) (_ []byte, bom int, _ error) {
	if len(b) == 0 {
		return nil, 0, ErrEmpty
	}
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b, bom = b[3:], 3
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		out, err := utf16.UTF16(utf16.LittleEndian, utf16.UseBOM).NewDecoder().Bytes(b)
		if err != nil {
			return nil, 0, ErrBinary
		}
		b = out
	}
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return nil, 0, ErrBinary
	}
	return b, bom, nil
}

// repairUTF8 makes text of bytes that are not valid UTF-8: a UTF-8 file
// cut off mid-character loses the incomplete character, one with a few bad
// bytes gets U+FFFD for them, anything else is decoded as GB18030.
func repairUTF8(b []byte, bom int, warn warnFunc) (string, error) {
	if utf8.Valid(b) {
		return shared(b), nil // blank: the caller says so
	}
	for cut := 1; cut <= 3 && cut < len(b); cut++ {
		if utf8.Valid(b[:len(b)-cut]) && !utf8.FullRune(b[len(b)-cut:]) {
			warn(0, fmt.Sprintf("file ends in the middle of a character at byte %d (truncated?); the incomplete character was dropped", bom+len(b)-cut))
			return shared(b[:len(b)-cut]), nil
		}
	}
	if looksUTF8(b) {
		warn(0, fmt.Sprintf("file has invalid UTF-8 sequences (the first at byte %d); they were replaced", bom+firstInvalid(b)))
		return strings.ToValidUTF8(string(b), "\uFFFD"), nil
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil || !plausibleText(out) {
		return "", ErrBinary
	}
	return shared(out), nil
}

// shared returns b as a string without copying it: the file's text is
// the largest thing the loader holds, and a copy doubled the memory a
// large issue takes. Parse owns b (see there), and the decoders' output
// is the loader's own, so neither changes.
func shared(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// firstInvalid returns the offset of the first byte of b that does not
// start a valid UTF-8 sequence.
func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
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

// Clean makes one line of text safe to show on a terminal, as the loader
// makes every line of a file: terminal escape sequences are removed whole,
// their payload too (an OSC window title, a CSI's parameters), in their
// 7-bit (ESC ]) and 8-bit (U+009D) forms; other control characters but tab
// and the invisible characters that reorder or hide text (bidi overrides,
// zero-width spaces) are dropped. Anything shown to a user that came from
// outside — a file name, an error naming it — goes through Clean.
func Clean(s string) string {
	if utf8.ValidString(s) && clean(s) {
		return s
	}
	out, _ := sanitizeRunes(stripEscapes(s), false)
	return out
}

// sanitize makes a line of file text safe to display as Clean does, and
// normalises it: NBSP and U+3000 become spaces, Kangxi radicals and CJK
// compatibility ideographs become the ordinary characters, trailing spaces
// go (trailing tabs stay: they are empty table cells). It reports which
// repairs it made.
func sanitize(s string) (string, repair) {
	if clean(s) {
		return strings.TrimRight(s, " "), 0
	}
	return sanitizeDirty(s)
}

// sanitizeDirty is sanitize for a line that clean has refused.
func sanitizeDirty(s string) (string, repair) {
	var did repair
	if t := stripEscapes(s); len(t) != len(s) {
		s, did = t, repairControl
	}
	t, more := sanitizeRunes(s, true)
	return strings.TrimRight(t, " "), did | more
}

// stripEscapes removes terminal escape sequences with charmbracelet/x/ansi's
// parser (the state machine terminals use). A C1 control written as a
// character (U+009B CSI, U+009D OSC, U+009C ST …), which a terminal in
// UTF-8 mode may obey, is first rewritten as its 7-bit equivalent (ESC
// and the character 0x40 below it) so that the parser sees the sequence
// it starts. The line end ends an unterminated sequence.
func stripEscapes(s string) string {
	if strings.IndexByte(s, 0x1B) < 0 && !hasC1(s) {
		return s
	}
	if hasC1(s) {
		var b strings.Builder
		b.Grow(len(s) + 8)
		for _, r := range s {
			if r >= 0x80 && r < 0xA0 {
				b.WriteByte(0x1B)
				b.WriteByte(byte(r - 0x40))
				continue
			}
			b.WriteRune(r)
		}
		s = b.String()
	}
	return ansi.Strip(s)
}

// hasC1 reports whether s holds a C1 control character (U+0080–U+009F,
// encoded C2 80 to C2 9F).
func hasC1(s string) bool {
	for i := strings.IndexByte(s, 0xC2); i >= 0 && i+1 < len(s); {
		if s[i+1] >= 0x80 && s[i+1] < 0xA0 {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xC2)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// sanitizeRunes drops the control and invisible format characters left
// after the escape sequences went; with text it also normalises the
// characters of a file's line (see sanitize). Runs of characters kept as
// they are are copied whole: a line indented with U+3000 changes in one
// character or two.
func sanitizeRunes(s string, text bool) (string, repair) {
	var b strings.Builder
	var did repair
	start := 0 // s[start:i] is kept
	for i := 0; i < len(s); {
		// Printable ASCII and the Han characters and punctuation clean
		// steps over are kept: no need to decode them.
		switch leadKinds[s[i]] {
		case leadASCII, leadSpace, leadTab, leadMarkup, leadBackslash:
			i++
			continue
		case lead3, lead3Foreign:
			if i+2 < len(s) && cont(s[i+1]) && cont(s[i+2]) {
				i += 3
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		o, d := sanitizeRune(r, n, text)
		did |= d
		if o == r && (r != utf8.RuneError || n > 1) {
			i += n
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[start:i])
		if o >= 0 {
			b.WriteRune(o)
		}
		i += n
		start = i
	}
	if start == 0 {
		return s, did
	}
	b.WriteString(s[start:])
	return b.String(), did
}

// sanitizeRune says what sanitizeRunes makes of the character r, n bytes
// long: r itself, another character, or -1 to drop it; a byte that is not
// UTF-8 (utf8.RuneError, one byte) becomes U+FFFD.
func sanitizeRune(r rune, n int, text bool) (rune, repair) {
	switch {
	case r == '\t':
		return r, 0
	case r == '\f' && text:
		// a page break, which the furniture stage reads from the
		// line's ff mark: not a repair
		return -1, 0
	case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
		return -1, repairControl
	case r == 0xFEFF || r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 ||
		(r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F:
		// zero-width and bidi controls: dropped silently, they are
		// invisible in the printed issue too
		return -1, 0
	case !text:
		return r, 0
	case r == 0xA0 || r == 0x3000:
		return ' ', 0
	}
	if o, ok := ordinaryHan(r); ok {
		return o, repairKangxi
	}
	return r, 0
}
