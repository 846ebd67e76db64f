package ui

import (
	"slices"
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
// It gathers the runs of cells to write, row by row, and writes them a
// style at a time (done): a table's row switches between the rules'
// colour and the text's half a dozen times, and moving the cursor to
// the next run of a style costs a third of switching to it.
type pen struct {
	b     *strings.Builder
	width int
	x, y  int
	known bool   // x and y are where the cursor is
	st    string // the style in force; "?" when not known
	runs  []stroke
}

// A stroke is cells a to e of a row, all of style st, to write at row y;
// with row nil, the row is erased from a on.
type stroke struct {
	row     []cell
	a, e, y int
	st      string
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

// done writes the runs, a style at a time, the style in force first,
// and leaves the style reset.
func (p *pen) done() {
	var order []string
	for _, r := range p.runs {
		if r.st != p.st && !slices.Contains(order, r.st) {
			order = append(order, r.st)
		}
	}
	order = append([]string{p.st}, order...)
	for _, st := range order {
		for _, r := range p.runs {
			if r.st == st {
				p.write(r)
			}
		}
	}
	p.runs = p.runs[:0]
	p.style("")
}

// write writes stroke r.
func (p *pen) write(r stroke) {
	p.move(r.a, r.y)
	p.style(r.st)
	if r.row == nil {
		p.b.WriteString("\x1b[K") // erase to the end of the row
		return
	}
	for i := r.a; i < r.e; i++ {
		if c := r.row[i]; c.g != "" {
			p.b.WriteString(c.g)
			p.x++
			if i+1 < len(r.row) && r.row[i+1].g == "" {
				p.x++
			}
		}
	}
}

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
			p.runs = append(p.runs, stroke{a: max(a, tail), y: y})
			return
		}
		p.span(y, want, a, e)
		x = e
	}
}

// span takes cells a to e of row y to write, in runs of one style. A
// wide character and its right half have the same style.
func (p *pen) span(y int, want []cell, a, e int) {
	for a < e {
		b := a + 1
		for b < e && want[b].st == want[a].st {
			b++
		}
		p.runs = append(p.runs, stroke{row: want, a: a, e: b, y: y, st: want[a].st})
		a = b
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
