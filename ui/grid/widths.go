package grid

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"gazette/data"
	"gazette/ui/cjk"
)

// metrics are the measurements of a table's columns that its column widths
// are chosen from. Widths are in units: cells divided by unit.
type metrics struct {
	// unit is the width of ─ in cells (2 when ambiguous characters are
	// wide): column widths are multiples of it so that rules fit exactly.
	unit int
	// bar is the width of │ in cells.
	bar int
	// nat is each column's natural width, its longest line or name, in
	// units.
	nat []int
	// min is each column's narrowest width before the table scrolls, in
	// units: a long column's floor; a short column's longest word (a
	// name, a date) or its name, which stays on one line.
	min []int
	// mean is the average width of each column's cells, in cells.
	mean []float64
	// weight is each column's claim on the space left to share.
	weight []float64
}

// measure measures the columns of t.
func measure(t *data.Table, w *cjk.Width) *metrics {
	n := len(t.Columns)
	m := &metrics{
		unit:   max(1, w.String("─")),
		bar:    w.String("│"),
		nat:    make([]int, n),
		min:    make([]int, n),
		mean:   make([]float64, n),
		weight: make([]float64, n),
	}
	total := make([]int, n)
	words := make([]int, n)
	for _, r := range t.Records {
		for c := range min(n, len(r.Cells)) {
			longest, sum := lineWidths(w, r.Cells[c].Text)
			m.nat[c] = max(m.nat[c], longest)
			total[c] += sum
			if longest <= short {
				piece := longest
				if strings.ContainsAny(r.Cells[c].Text, " \t\u3000") {
					piece = longestPiece(w, r.Cells[c].Text)
				}
				words[c] = max(words[c], piece)
			}
		}
	}
	for c, name := range t.Columns {
		nat := max(m.nat[c], minCell, longestLine(w, name))
		least := min(nat, max(words[c], minCell, longestLine(w, name)))
		if nat > short {
			least = min(nat, max(floor, longestWord(w, name)))
		}
		m.nat[c] = ceilDiv(nat, m.unit)
		m.min[c] = ceilDiv(least, m.unit)
		if len(t.Records) > 0 {
			m.mean[c] = float64(total[c]) / float64(len(t.Records))
		}
		m.weight[c] = max(1, damped(m.mean[c]))
	}
	return m
}

// lineWidths returns the width of the widest line of s and the sum of the
// widths of its lines.
func lineWidths(w *cjk.Width, s string) (longest, sum int) {
	for {
		line, rest, more := strings.Cut(s, "\n")
		lw := w.String(line)
		longest = max(longest, lw)
		sum += lw
		if !more {
			return longest, sum
		}
		s = rest
	}
}

// longestPiece returns the width of the widest space-separated piece of
// s: a short column narrowed to it breaks lines only between names.
func longestPiece(w *cjk.Width, s string) int {
	longest := 0
	for s != "" {
		i := strings.IndexAny(s, " \t\n\u3000")
		if i < 0 {
			return max(longest, w.String(s))
		}
		longest = max(longest, w.String(s[:i]))
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
	}
	return longest
}

// longestLine returns the width of the widest line of s.
func longestLine(w *cjk.Width, s string) int {
	longest, _ := lineWidths(w, s)
	return longest
}

// longestWord returns the width of the longest run of ASCII letters and
// digits in s: the longest piece of s that cjk.Width.Wrap does not break.
func longestWord(w *cjk.Width, s string) int {
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return max(longest, w.Rune('中'))
}

// damped is the weight of a column whose cells are x cells wide on
// average: x up to damp, growing with the logarithm of x beyond, so that a
// column of long texts does not starve its neighbours.
func damped(x float64) float64 {
	if x <= damp {
		return x
	}
	return damp * (1 + math.Log(x/damp))
}

// ceilDiv returns a/b rounded up, for a >= 0 and b > 0.
func ceilDiv(a, b int) int {
	return (a + b - 1) / b
}

// overhead returns the cells that the frame and padding of k columns take.
func (m *metrics) overhead(k int) int {
	return (k+1)*m.bar + 2*pad*k
}

// choose returns the columns shown at opt.Width and their text widths in
// cells.
func (m *metrics) choose(opt Options) (vis, widths []int) {
	n := len(m.nat)
	fits := func(cols []int, mins func(int) int) bool {
		used := 0
		for _, c := range cols {
			used += mins(c)
		}
		return m.overhead(len(cols))+used*m.unit <= opt.Width
	}
	least := func(c int) int { return m.min[c] }
	squeezed := func(c int) int { return min(m.min[c], ceilDiv(minCell, m.unit)) }

	vis = make([]int, 0, n)
	for c := range n {
		vis = append(vis, c)
	}
	if !fits(vis, least) && n > 1 {
		off := min(max(opt.Offset, 1), n-1)
		vis = append(vis[:0], 0, off)
		for c := off + 1; c < n && fits(append(vis, c), least); c++ {
			vis = append(vis, c)
		}
	}
	mins := least
	switch {
	case fits(vis, least):
	case fits(vis, squeezed):
		mins = squeezed
	default:
		vis = vis[len(vis)-1:]
		avail := max(0, (opt.Width-m.overhead(1))/m.unit)
		mins = func(c int) int { return min(squeezed(c), avail) }
	}
	return vis, m.allocate(vis, mins, opt.Width)
}

// allocate returns the text widths in cells of the columns vis in a table
// width cells wide, each at least mins(c) units.
func (m *metrics) allocate(vis []int, mins func(int) int, width int) []int {
	k := len(vis)
	nat, low, weight := make([]int, k), make([]int, k), make([]float64, k)
	for i, c := range vis {
		nat[i], low[i], weight[i] = m.nat[c], mins(c), m.weight[c]
	}
	widths := allocate(nat, low, weight, max(0, (width-m.overhead(k))/m.unit))
	for i := range widths {
		widths[i] *= m.unit
	}
	return widths
}

// allocate shares avail among columns of natural widths nat, minimum widths
// least (least[i] <= nat[i], sum(least) <= avail) and weights weight. When the
// natural widths fit they are the result. Otherwise the result adds up to
// avail: a column whose minimum is its natural width keeps it, and the
// others get shares in proportion to their weights, each clamped to its
// minimum and natural width.
func allocate(nat, least []int, weight []float64, avail int) []int {
	w := make([]int, len(nat))
	sum := 0
	for _, x := range nat {
		sum += x
	}
	if sum <= avail {
		copy(w, nat)
		return w
	}
	rest := avail
	active := make([]int, 0, len(nat))
	for i := range nat {
		if least[i] >= nat[i] {
			w[i] = nat[i]
			rest -= nat[i]
		} else {
			active = append(active, i)
		}
	}
	share := make([]float64, len(nat))
	// Fix the columns whose share falls below their minimum, then those
	// whose share exceeds their natural width, until every share is in
	// range. Taking the minimums first keeps the rest feasible.
	for changed := true; changed && len(active) > 0; {
		total := 0.0
		for _, i := range active {
			total += weight[i]
		}
		for _, i := range active {
			share[i] = float64(rest) * weight[i] / total
		}
		fix := func(clamp []int, out func(i int) bool) bool {
			n := len(active)
			active = slices.DeleteFunc(active, func(i int) bool {
				if !out(i) {
					return false
				}
				w[i] = clamp[i]
				rest -= clamp[i]
				return true
			})
			return len(active) < n
		}
		changed = fix(least, func(i int) bool { return share[i] < float64(least[i]) }) ||
			fix(nat, func(i int) bool { return share[i] >= float64(nat[i]) })
	}
	for _, i := range active {
		w[i] = int(share[i])
		rest -= w[i]
	}
	// Hand out the cells lost to rounding, largest fraction first, then to
	// any column still below its natural width.
	slices.SortStableFunc(active, func(a, b int) int {
		fa, fb := share[a]-float64(w[a]), share[b]-float64(w[b])
		switch {
		case fa > fb:
			return -1
		case fa < fb:
			return 1
		}
		return 0
	})
	for _, i := range active {
		if rest > 0 && w[i] < nat[i] {
			w[i]++
			rest--
		}
	}
	for i := range w {
		d := max(0, min(rest, nat[i]-w[i]))
		w[i] += d
		rest -= d
	}
	return w
}

// height estimates the lines of a record, the rule below it included, when
// the columns vis have text widths cw: generously, as it is used to size
// buffers.
func (m *metrics) height(vis, cw []int) int {
	h := 0.0
	for i, c := range vis {
		h = max(h, 1.5*m.mean[c]/float64(max(cw[i], 1)))
	}
	return 2 + int(h)
}
