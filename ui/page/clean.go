package page

import (
	"strings"
	"unicode/utf8"

	"gazette/ui/cjk"
)

// tabStop is the distance between tab stops when a tab is expanded.
const tabStop = 4

// Clean makes s safe to draw: tabs are expanded to spaces up to the next
// tab stop (measured with m) and every other control character except
// "\n" is dropped, so that nothing in a file can move the cursor or reach
// the terminal as a command. Text without control characters is returned
// as is.
func Clean(s string, m *cjk.Width) string {
	if !hasControl(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	col := 0
	for _, r := range s {
		switch {
		case r == '\n':
			col = 0
			b.WriteByte('\n')
		case r == '\t':
			n := tabStop - col%tabStop
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case r < 0x20 || (r >= 0x7f && r < 0xa0) || r == utf8.RuneError:
		default:
			b.WriteRune(r)
			col += m.Rune(r)
		}
	}
	return b.String()
}

// hasControl reports whether s holds a control character other than "\n"
// or invalid UTF-8.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\n':
		case c < 0x20 || c == 0x7f:
			return true
		case c == 0xc2 && i+1 < len(s) && s[i+1] < 0xa0:
			return true
		case c >= utf8.RuneSelf:
			if r, n := utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && n == 1 {
				return true
			}
		}
	}
	return false
}
