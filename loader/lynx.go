package loader

import (
	"fmt"
	"strconv"
	"strings"
)

// lynxLinks takes away what a text browser's dump (lynx -dump, elinks
// -dump) adds for a page's links: the numbered list of their addresses
// under "References" at the end (with its "Visible links:" and "Hidden
// links:" parts), and the [N] it puts before each link's text (and form
// field) where it stands, a number no larger than the list's last; a [N]
// whose number the list does not reach is text (a 文号's [2020]). Both
// are reported. ls is returned as it is when it ends in no such list.
func lynxLinks(ls []line, warn warnFunc) []line {
	end, last := lynxReferences(ls)
	if end < 0 {
		return ls
	}
	warn(int(ls[end].n), fmt.Sprintf("the list of the page's %d links a text browser prints at its end is left out, with the [N] before each link's text", last))
	ls = ls[:end]
	for i := range ls {
		if strings.IndexByte(ls[i].text, '[') < 0 {
			continue
		}
		if t, ok := stripLinkMarks(ls[i].text, last); ok {
			ls[i].setText(t)
		}
	}
	return ls
}

// lynxReferences finds the list of links at the end of ls: the index of
// its "References" line and the largest number it lists, or -1.
func lynxReferences(ls []line) (int, int) {
	last := 0
	for i := len(ls) - 1; i >= 0; i-- {
		t := trim(ls[i].text)
		switch {
		case t == "" || t == "Visible links:" || t == "Visible links" || t == "Hidden links:":
		case t == "References":
			if last == 0 {
				return -1, 0
			}
			return i, last
		default:
			num, addr, ok := strings.Cut(t, ". ")
			n, err := strconv.Atoi(num)
			if !ok || err != nil || n <= 0 || strings.ContainsAny(trim(addr), " \t") || !strings.Contains(addr, ":") {
				return -1, 0
			}
			last = max(last, n)
		}
	}
	return -1, 0
}

// stripLinkMarks takes the [N] link marks out of t, N from 1 to last; it
// reports whether it took any.
func stripLinkMarks(t string, last int) (string, bool) {
	var b strings.Builder
	took := false
	for {
		i := strings.IndexByte(t, '[')
		if i < 0 {
			break
		}
		j := strings.IndexByte(t[i:], ']')
		n, err := strconv.Atoi(t[i+1 : i+max(j, 1)])
		if j < 0 || err != nil || n < 1 || n > last || t[i+1] == '+' || t[i+1] == '-' {
			b.WriteString(t[:i+1])
			t = t[i+1:]
			continue
		}
		b.WriteString(t[:i])
		t, took = t[i+j+1:], true
	}
	b.WriteString(t)
	return b.String(), took
}
