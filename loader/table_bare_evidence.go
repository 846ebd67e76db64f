package loader

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// contentKind is the kind of content a table cell holds, which most
// columns keep down the table: 序号 numbers, dates and 时限, unit names,
// figures, long task text.
type contentKind uint8

const (
	ckEmpty  contentKind = iota
	ckSeq                // 1, 12: a 序号
	ckDate               // 2024年底前, 长期坚持
	ckUnit               // 市财政局, 各县（区）政府
	ckFigure             // 50.9, ≥92%, 12亿元
	ckLong               // a sentence or more
	ckLabel              // 一、…: a group row's label
	ckOther
	ckKinds
)

// dateWords are the words a 时限 cell is written with.
var dateWords = []string{"年", "月", "日", "季度", "底前", "之前", "长期", "持续", "每年", "常态"}

// unitEnds are the last characters of the names of units (局, 委, 政府,
// 中心, 医院, 公司 …).
const unitEnds = "局委办府心院厅部会所站司团行队处室科镇乡街社校馆"

// kindOf tells the kind of a cell's text.
func kindOf(x string) contentKind {
	if x = trim(x); x == "" {
		return ckEmpty
	}
	if len(x) <= 3 && strings.Trim(x, "0123456789") == "" {
		return ckSeq
	}
	n := runeLen(x)
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(x, "）)"))
	switch {
	case strings.Contains(x, "。") || n > 30:
		return ckLong
	case n <= 16 && hasAny(x, dateWords):
		return ckDate
	case strings.ContainsRune(unitEnds, last):
		return ckUnit
	case n <= 12 && strings.ContainsAny(x, "0123456789") && hanCount(x) <= 2:
		return ckFigure
	case bareLabel([]string{x}):
		return ckLabel
	}
	return ckOther
}

// hanCount counts the Han characters of s (a figure's unit: 万, 亿元).
func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// bareLabel reports whether a line of one cell is a group row's label
// (一、…, （一）…, or set in bold), a row across the table.
func bareLabel(cells []string) bool {
	if len(cells) != 1 {
		return false
	}
	k, _, _ := numbering(trim(stripTags(cells[0])))
	return k == kindCN || k == kindParenCN || strings.Contains(cells[0], "**")
}

// bareEvidence is what a table's full rows (as many cells as the table
// has columns) say of each column: how many of its cells are of each
// kind, and which texts it holds.
type bareEvidence struct {
	w, full int
	kinds   [][ckKinds]int
	texts   []map[string]bool
}

// newBareEvidence gathers the evidence of the full rows of ls, those of
// one line and those whose lines span says are one, nil when there is
// none. A cell of several lines is of the kind of its last.
func newBareEvidence(ls []bareLine, span []int, w int) *bareEvidence {
	ev := &bareEvidence{w: w, kinds: make([][ckKinds]int, w), texts: make([]map[string]bool, w)}
	for c := range ev.texts {
		ev.texts[c] = map[string]bool{}
	}
	for i := 0; i < len(ls); i++ {
		cells := ls[i].cells
		if k := span[i]; k > 1 {
			cells = bareRun(ls[i : i+k]).cells
			i += k - 1
		}
		if len(cells) != w {
			continue
		}
		ev.full++
		for c, x := range cells {
			last := x
			if k := strings.LastIndex(x, "<br>"); k >= 0 {
				last = x[k+len("<br>"):]
			}
			ev.kinds[c][kindOf(last)]++
			ev.texts[c][trim(x)] = true
		}
	}
	if ev.full == 0 {
		return nil
	}
	return ev
}

// sim is how well text x fits column c: 1 when the column holds the same
// text (a unit repeated down it), else the share of its cells of x's
// kind; a cell of several lines fits as its worst line does (the last
// cell of one row and the first of the next, joined, fit no column).
func (ev *bareEvidence) sim(x string, c int) float64 {
	if x = trim(x); x != "" && ev.texts[c][x] {
		return 1
	}
	if i := strings.Index(x, "<br>"); i >= 0 {
		return min(ev.sim(x[:i], c), ev.sim(x[i+len("<br>"):], c))
	}
	return float64(ev.kinds[c][kindOf(x)]) / float64(ev.full)
}

// score is the summed fit of cells placed in columns cols.
func (ev *bareEvidence) score(cells []string, cols []int) float64 {
	s := 0.0
	for i, x := range cells {
		s += ev.sim(x, cols[i])
	}
	return s
}

// placement is the order-kept placement of cells in the table's columns
// that fits them best, and its score; of placements that fit as well,
// the one furthest left (GitHub's reading of a short row).
func (ev *bareEvidence) placement(cells []string) ([]int, float64) {
	k, w := len(cells), ev.w
	best, from := make([][]float64, k), make([][]int, k)
	for i := range k {
		best[i], from[i] = make([]float64, w), make([]int, w)
		for c := range w {
			best[i][c] = math.Inf(-1)
			if c < i || w-c < k-i { // no room for the cells before or after
				continue
			}
			s := ev.sim(cells[i], c)
			if i == 0 {
				best[i][c] = s
			}
			for p := i - 1; i > 0 && p < c; p++ {
				if v := best[i-1][p] + s; v > best[i][c] {
					best[i][c], from[i][c] = v, p
				}
			}
		}
	}
	end := 0
	for c := range w {
		if best[k-1][c] > best[k-1][end] {
			end = c
		}
	}
	cols := make([]int, k)
	for i, c := k-1, end; i >= 0; i-- {
		cols[i], c = c, from[i][c]
	}
	return cols, best[k-1][end]
}

// joins reports whether the lines of run, which together fill a row,
// fit the columns better as one row broken by <br>s than each placed as
// a row of its own, a cell it leaves out fitting nothing (most rows have
// all their cells).
func (ev *bareEvidence) joins(run []bareLine) bool {
	apart := 0.0
	for _, bl := range run {
		_, s := ev.placement(bl.cells)
		apart += s
	}
	cols := make([]int, ev.w)
	for c := range cols {
		cols[c] = c
	}
	return ev.score(bareRun(run).cells, cols)/float64(ev.w) > apart/float64(ev.w*len(run))
}

// place puts the cells of a short row (html2text leaves out a cell that
// a merged cell above covers, and the row's later cells move left) in
// the columns their content fits, where it fits them clearly better
// than the first columns, and marks the columns left out as merged with
// the record above (see markSpans); a row it cannot place is read as
// GitHub reads it, its empty cells last.
func (ev *bareEvidence) place(bl bareLine, warn warnFunc) bareLine {
	k := len(bl.cells)
	if k >= ev.w || bareLabel(bl.cells) || totalRow(bl.cells) { // a 合计 row's short cells span columns
		return bl
	}
	cols, best := ev.placement(bl.cells)
	left := make([]int, k)
	for i := range left {
		left[i] = i
	}
	gain := (best - ev.score(bl.cells, left)) / float64(k)
	if cols[k-1] == k-1 || best/float64(k) < 0.6 || gain < 0.3 {
		return bl
	}
	cells := make([]string, ev.w)
	for c := range cells {
		cells[c] = " " // merged with the record above
	}
	names := make([]string, k)
	for i, c := range cols {
		cells[c] = bl.cells[i]
		names[i] = fmt.Sprint(c + 1)
	}
	bl.cells = cells
	bl.l.marks |= markSpans | markOwn
	warn(int(bl.l.n), fmt.Sprintf("table row of %d cells under merged cells: its cells placed in columns %s, the others merged with the row above",
		k, strings.Join(names, ", ")))
	return bl
}
