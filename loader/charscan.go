package loader

import "strings"

// holdsHan is strings.Contains(s, c) for c a Han character of three
// bytes, in a quarter of the time on Chinese text: strings.Contains
// looks for c's first byte, which starts every sixth Han character or so
// (E4 to E9), and compares there; holdsHan looks for its last byte, one
// of 64, with IndexByte's vector search.
func holdsHan(s, c string) bool {
	last := c[len(c)-1]
	for i := len(c) - 1; i < len(s); i++ {
		j := strings.IndexByte(s[i:], last)
		if j < 0 {
			return false
		}
		if i += j; s[i+1-len(c):i+1] == c {
			return true
		}
	}
	return false
}
