package ui

import (
	"fmt"
	"math/rand"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"gazette/ui/cjk"
)

// TestScrollShift checks on many pairs of frames that the shift, then the
// patch, turn the old rows into the new ones on a terminal, whatever the
// rows hold: wide characters, styles, rows shorter than the screen; and
// without a shift, that the patch writes the row left blank.
func TestScrollShift(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	cm := cjk.New(cjk.Narrow)
	const width = 12
	pieces := []string{"a", "b", "  ", "发", "展", "│", "\x1b[7m", "\x1b[0m", "\x1b[38;2;1;2;3m", "é", "e\u0301"}
	row := func() string {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		return b.String()
	}
	for i := range 2000 {
		n := 2 + rng.Intn(20)
		old := make([]string, n)
		for j := range old {
			old[j] = fmt.Sprint(rng.Intn(3)) + row()
		}
		d := rng.Intn(2*n-1) - (n - 1)
		want := slices.Clone(old)
		if d > 0 {
			want = append(want[d:], make([]string, d)...)
		} else if d < 0 {
			want = append(make([]string, -d), want[:n+d]...)
		}
		for j := range want {
			if want[j] == "" || rng.Intn(6) == 0 {
				want[j] = row()
			}
		}
		a := scrollArea{width: width, cm: cm}
		k, s := sameEnds(old, want)
		if k == n {
			continue
		}
		screen := make([][]cell, n)
		for j := range old {
			screen[j] = cells(old[j], width, cm)
		}
		now, blank := old, -1
		if sd := shift(old, want, k, n-s); sd != 0 {
			now = shifted(old, want, k, n-s, sd)
			for j := range now {
				screen[j] = cells(now[j], width, cm)
			}
		} else {
			// Without a shift, the patch writes a row left blank whole.
			blank = 1 + rng.Intn(n-1)
			screen[blank] = cells("", width, cm)
		}
		apply(screen, a.patch(now, want, blank), cm)
		for j := range want {
			if w := cells(want[j], width, cm); !slices.Equal(screen[j], w) {
				t.Fatalf("case %d row %d: %q to %q shows %v, want %v", i, j, old[j], want[j], screen[j], w)
			}
		}
	}
}

// apply carries out a patch on the cells of a screen: cursor positions
// and moves forward, styles, erasing to the end of a row, characters.
func apply(screen [][]cell, patch string, cm *cjk.Width) {
	x, y, st := 0, 0, ""
	width := len(screen[0])
	for i := 0; i < len(patch); {
		if patch[i] == 0x1b {
			j := seqEnd(patch, i)
			seq := patch[i:j]
			ps := strings.Split(seq[2:len(seq)-1], ";")
			arg := func(k int) int {
				if k < len(ps) {
					if v, err := strconv.Atoi(ps[k]); err == nil {
						return v
					}
				}
				return 1
			}
			switch seq[len(seq)-1] {
			case 'm':
				st = sgr(st, seq)
			case 'H':
				y, x = arg(0)-1, arg(1)-1
			case 'C':
				x += arg(0)
			case 'K':
				for k := x; k < width; k++ {
					screen[y][k] = blankCell
				}
			}
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(patch[i:])
		w := cm.Rune(r)
		if w == 0 {
			at := x - 1
			if screen[y][at].g == "" {
				at-- // the right half of a wide character
			}
			screen[y][at].g += patch[i : i+n]
		} else {
			// A character written over half of a wide one blanks its
			// other half, as terminals do.
			if screen[y][x].g == "" && x > 0 {
				screen[y][x-1] = blankCell
			}
			if x+w < width && screen[y][x+w].g == "" {
				screen[y][x+w] = blankCell
			}
			screen[y][x] = cell{g: patch[i : i+n], st: st}
			if w == 2 {
				screen[y][x+1] = cell{st: st}
			}
			x += w
		}
		i += n
	}
}

// TestScrollPlanShift: scrolling distinct rows by d shifts them by d.
func TestScrollPlanShift(t *testing.T) {
	old := make([]string, 23)
	for i := range old {
		old[i] = fmt.Sprint("line ", i)
	}
	for _, d := range []int{1, 3, -1, -2} {
		want := make([]string, len(old))
		for i := range want {
			want[i] = fmt.Sprint("line ", i+d)
		}
		if sd := shift(old, want, 0, len(old)); sd != d {
			t.Errorf("scroll by %d: shift %d", d, sd)
		}
	}
}
