package ui

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"gazette/ui/cjk"
)

// A patch is what the scroll area (scroll.go) writes to bring the rows the
// terminal shows to the rows of a new frame when they differ in a few
// cells: a step of the table's cursor changes its left edge, a step of a
// status or a search changes a few characters. Rewriting whole rows would
// send every character and colour of them again; a patch moves the cursor
// to each run of cells that differ and writes only those.

// A cell is one column of a row as the terminal shows it.
type cell struct {
	// g is the character (with any combining marks), "" for the right
	// half of a wide one.
	g string
	// st is the SGR sequences in force, "" for none.
	st string
}

var blankCell = cell{g: " "}

// cells lays row out on a line width columns wide, as a terminal does,
// measuring characters with cm, the width function the frame was laid
// out with. Escape sequences other than SGR are dropped.
func cells(row string, width int, cm *cjk.Width) []cell {
	out := make([]cell, width)
	for i := range out {
		out[i] = blankCell
	}
	st, x, last := "", 0, -1
	for i := 0; i < len(row); {
		if row[i] == 0x1b {
			j := seqEnd(row, i)
			if seq := row[i:j]; len(seq) > 2 && seq[1] == '[' && seq[len(seq)-1] == 'm' {
				st = sgr(st, seq)
			}
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(row[i:])
		w := cm.Rune(r)
		switch {
		case w == 0 && last >= 0 && r >= 0x300:
			out[last].g += row[i : i+n] // a combining mark
		case w == 0:
		case x+w > width:
			return out
		default:
			out[x], last = cell{g: row[i : i+n], st: st}, x
			if w == 2 {
				out[x+1] = cell{st: st}
			}
			x += w
		}
		i += n
	}
	return out
}

// seqEnd returns where the escape sequence at s[i] ends.
func seqEnd(s string, i int) int {
	j := i + 1
	switch {
	case j >= len(s):
		return j
	case s[j] == '[':
		for j++; j < len(s) && (s[j] < 0x40 || s[j] > 0x7e); j++ {
		}
	case s[j] == ']':
		for j++; j < len(s) && s[j] != 0x07 && !(s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\'); j++ {
		}
		if j < len(s) && s[j] == 0x1b {
			j++
		}
	}
	return min(j+1, len(s))
}

// sgr returns the style in force after seq, an SGR sequence, in style st.
func sgr(st, seq string) string {
	params := seq[2 : len(seq)-1]
	switch {
	case params == "" || params == "0":
		return ""
	case strings.HasPrefix(params, "0;"):
		return "\x1b[" + params[2:] + "m"
	}
	return st + seq
}

// pen writes a patch, keeping track of the terminal's cursor and style.
type pen struct {
	b     *strings.Builder
	width int
	x, y  int
	known bool   // x and y are where the cursor is
	st    string // the style in force; "?" when not known
}

func newPen(b *strings.Builder, width int) *pen {
	return &pen{b: b, width: width, st: "?"}
}

// move puts the cursor at column x of row y (from 0): forward on its row
// when it is there, else by position.
func (p *pen) move(x, y int) {
	switch {
	case p.known && p.y == y && p.x == x:
	case p.known && p.y == y && p.x < x && p.x < p.width:
		p.b.WriteString("\x1b[")
		if x-p.x > 1 {
			p.b.WriteString(strconv.Itoa(x - p.x))
		}
		p.b.WriteByte('C')
	default:
		p.b.WriteString("\x1b[")
		p.b.WriteString(strconv.Itoa(y + 1))
		if x > 0 {
			p.b.WriteByte(';')
			p.b.WriteString(strconv.Itoa(x + 1))
		}
		p.b.WriteByte('H')
	}
	p.x, p.y, p.known = x, y, true
}

// style sets the style to st.
func (p *pen) style(st string) {
	if st == p.st {
		return
	}
	if p.st != "" {
		p.b.WriteString("\x1b[m")
	}
	p.b.WriteString(st)
	p.st = st
}

// put writes c, w columns wide, where the cursor is.
func (p *pen) put(c cell, w int) {
	p.style(c.st)
	p.b.WriteString(c.g)
	p.x += w
}

// done leaves the style reset.
func (p *pen) done() { p.style("") }

// row writes what turns row y from now into want.
func (p *pen) row(y int, now, want []cell) {
	n := len(want)
	tail := n // want is blank from tail on
	for tail > 0 && want[tail-1] == blankCell {
		tail--
	}
	for x := 0; x < n; {
		if now[x] == want[x] {
			x++
			continue
		}
		// A run of cells that differ, over short gaps cheaper written than
		// skipped. It cuts no wide character in two, in now or in want:
		// the right half of one is the same in both only when the whole
		// character is.
		a, e := x, x+1
		for e < n && (now[e] != want[e] || p.cheapGap(now, want, e)) {
			e++
		}
		if e > tail {
			p.span(y, want, a, tail)
			p.move(max(a, tail), y)
			p.style("")
			p.b.WriteString("\x1b[K") // erase to the end of the row
			return
		}
		p.span(y, want, a, e)
		x = e
	}
}

// span writes the cells of row y from a to e.
func (p *pen) span(y int, want []cell, a, e int) {
	if a >= e {
		return
	}
	p.move(a, y)
	for i := a; i < e; i++ {
		if want[i].g != "" {
			w := 1
			if i+1 < len(want) && want[i+1].g == "" {
				w = 2
			}
			p.put(want[i], w)
		}
	}
}

// cheapGap reports whether the cells from e on that are the same in now
// and want are fewer and cheaper to write again than to skip: a few ASCII
// characters in the style of the cell before, then more cells that differ.
func (p *pen) cheapGap(now, want []cell, e int) bool {
	const most = 3
	for i := e; i < len(want) && i < e+most+1; i++ {
		if now[i] != want[i] {
			return i > e
		}
		if len(want[i].g) != 1 || want[i].st != want[e-1].st {
			return false
		}
	}
	return false
}
