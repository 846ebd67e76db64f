package ui_test

import (
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"
)

// vt is a small virtual terminal: it carries out what Bubble Tea's
// renderer writes (text, cursor moves, erasing, the scroll region and
// inserted lines) on a grid of cells, so that a test sees the screen as a
// terminal would. Colours, modes and titles are read and ignored.
type vt struct {
	w, h     int
	cells    [][]string // "" is the right half of a wide character
	x, y     int
	top, bot int // the scroll region, rows counted from 0
}

func newVT(w, h int) *vt {
	v := &vt{w: w, h: h, top: 0, bot: h - 1}
	v.cells = make([][]string, h)
	for i := range v.cells {
		v.cells[i] = blankRow(w)
	}
	return v
}

func blankRow(w int) []string {
	r := make([]string, w)
	for i := range r {
		r[i] = " "
	}
	return r
}

// screen returns the rows, trailing spaces removed.
func (v *vt) screen() []string {
	out := make([]string, v.h)
	for i, r := range v.cells {
		out[i] = strings.TrimRight(strings.Join(r, ""), " ")
	}
	return out
}

func (v *vt) Write(p []byte) (int, error) {
	s := string(p)
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == 0x1b:
			i = v.escape(s, i+1)
		case c == '\r':
			v.x = 0
			i++
		case c == '\n':
			v.lineFeed()
			i++
		case c < 0x20:
			i++
		default:
			r, n := decodeRune(s[i:])
			v.put(r)
			i += n
		}
	}
	return len(p), nil
}

func decodeRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 1
}

func (v *vt) put(r rune) {
	w := runewidth.RuneWidth(r)
	if w == 0 {
		return
	}
	if v.x+w > v.w {
		v.x = 0
		v.lineFeed()
	}
	v.cells[v.y][v.x] = string(r)
	if w == 2 {
		v.cells[v.y][v.x+1] = ""
	}
	v.x += w
}

func (v *vt) lineFeed() {
	if v.y == v.bot {
		v.scrollUp(v.top, v.bot, 1)
	} else if v.y < v.h-1 {
		v.y++
	}
}

// scrollUp moves rows top+n to bot up n rows, blank rows coming in below.
func (v *vt) scrollUp(top, bot, n int) {
	for i := top; i <= bot; i++ {
		if i+n <= bot {
			v.cells[i] = v.cells[i+n]
		} else {
			v.cells[i] = blankRow(v.w)
		}
	}
}

// escape carries out the sequence after ESC at s[i:], returning where
// the text goes on.
func (v *vt) escape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		j := i + 1
		for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
			j++
		}
		if j < len(s) {
			v.csi(s[i+1:j], s[j])
		}
		return j + 1
	case ']': // OSC, up to BEL or ST
		j := i + 1
		for j < len(s) && s[j] != 0x07 && !(s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\') {
			j++
		}
		if j < len(s) && s[j] == 0x1b {
			j++
		}
		return j + 1
	}
	return i + 1
}

func (v *vt) csi(params string, final byte) {
	if strings.HasPrefix(params, "?") {
		return // modes
	}
	var ps []int
	for _, f := range strings.Split(params, ";") {
		n, _ := strconv.Atoi(f)
		ps = append(ps, n)
	}
	arg := func(k, def int) int {
		if k < len(ps) && ps[k] > 0 {
			return ps[k]
		}
		return def
	}
	switch final {
	case 'H', 'f':
		v.y, v.x = min(arg(0, 1), v.h)-1, min(arg(1, 1), v.w)-1
	case 'A':
		v.y = max(v.y-arg(0, 1), 0)
	case 'B':
		v.y = min(v.y+arg(0, 1), v.h-1)
	case 'C':
		v.x = min(v.x+arg(0, 1), v.w-1)
	case 'D':
		v.x = max(v.x-arg(0, 1), 0)
	case 'K':
		v.eraseLine(ps[0])
	case 'J':
		v.eraseScreen(ps[0])
	case 'r':
		v.top, v.bot = arg(0, 1)-1, min(arg(1, v.h), v.h)-1
		v.x, v.y = 0, 0
	case 'L':
		if v.y >= v.top && v.y <= v.bot {
			n := min(arg(0, 1), v.bot-v.y+1)
			for i := v.bot; i >= v.y; i-- {
				if i-n >= v.y {
					v.cells[i] = v.cells[i-n]
				} else {
					v.cells[i] = blankRow(v.w)
				}
			}
			v.x = 0
		}
	case 'M':
		if v.y >= v.top && v.y <= v.bot {
			v.scrollUp(v.y, v.bot, min(arg(0, 1), v.bot-v.y+1))
			v.x = 0
		}
	}
}

func (v *vt) eraseLine(mode int) {
	from, to := v.x, v.w
	switch mode {
	case 1:
		from, to = 0, min(v.x+1, v.w)
	case 2:
		from = 0
	}
	for i := from; i < to; i++ {
		v.cells[v.y][i] = " "
	}
}

func (v *vt) eraseScreen(mode int) {
	v.eraseLine(mode)
	from, to := v.y+1, v.h
	switch mode {
	case 1:
		from, to = 0, v.y
	case 2, 3:
		from = 0
	}
	for i := from; i < to; i++ {
		v.cells[i] = blankRow(v.w)
	}
}

// resize keeps the rows that still fit, cut or padded to the new width,
// and resets the scroll region, as terminals do.
func (v *vt) resize(w, h int) {
	cells := make([][]string, h)
	for i := range cells {
		cells[i] = blankRow(w)
		if i < v.h {
			copy(cells[i], v.cells[i][:min(w, v.w)])
		}
	}
	v.w, v.h, v.cells = w, h, cells
	v.top, v.bot = 0, h-1
	v.x, v.y = min(v.x, w-1), min(v.y, h-1)
}
