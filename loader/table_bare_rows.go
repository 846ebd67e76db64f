package loader

import "fmt"

// A bare pipe table's row may take more than one line, which only its
// hard breaks (markHard: two spaces at a line's end) tell. A writer that
// ends no row with one (pandoc, a hand-written table) marks with it a
// line break inside a cell: the line's row goes on on the next line, the
// rest of that cell first. html2text ends every line of a table with
// one, the end of a row (its soft break at </tr>) and a <br> in a cell
// alike; it wraps a line without " | " (a minified row) at its spaces as
// a paragraph, the wrapped lines without the break. Its rows are told by
// their cells instead: lines that together fill the table's columns
// exactly are one row where the columns' content says so (see
// bareEvidence).

// bareLine is a logical line of a bare table: its first source line and
// its cells.
type bareLine struct {
	l     line
	cells []string
	lines int // the source lines it was joined from
}

// bareLines splits the body lines of a bare table into cells, joining
// the lines a hard break or a wrap broke a row over; marked is set when
// the table's header line ends in a hard break, as every row of such a
// writer does.
func bareLines(body []line, marked bool, warn warnFunc) []bareLine {
	var out []bareLine
	for i := 0; i < len(body); i++ {
		bl := bareLine{l: body[i], lines: 1}
		text := body[i].text
		// A line a wrap cut ends without the break every row ends in:
		// the cut took a space, which joining gives back.
		for marked && !body[i].hard() && i+1 < len(body) {
			i++
			text += " " + trim(body[i].text)
			bl.lines++
		}
		if bl.lines > 1 {
			warn(int(bl.l.n), fmt.Sprintf("table row wrapped over %d lines joined", bl.lines))
		}
		bl.cells = splitBars(trim(text))
		bl.l.marks |= body[i].marks & markHard
		out = append(out, bl)
	}
	if marked {
		return out
	}
	// Unmarked rows: a hard break after text is a line break inside the
	// last cell (spaces after a bar end an empty cell).
	joined := out[:0]
	for k := 0; k < len(out); k++ {
		bl := out[k]
		for bl.l.hard() && trim(bl.cells[len(bl.cells)-1]) != "" && k+1 < len(out) {
			k++
			bl = bareJoin(bl, out[k])
		}
		if bl.lines > 1 {
			warn(int(bl.l.n), fmt.Sprintf("table row broken over %d lines by line breaks in its cells joined", bl.lines))
		}
		joined = append(joined, bl)
	}
	return joined
}

// bareJoin joins a row's line with the next: the first cell of b goes on
// the last cell of a after a line break.
func bareJoin(a, b bareLine) bareLine {
	cells := append(append([]string(nil), a.cells[:len(a.cells)-1]...), trim(a.cells[len(a.cells)-1])+"<br>"+trim(b.cells[0]))
	a.cells = append(cells, b.cells[1:]...)
	a.lines += b.lines
	a.l.marks = a.l.marks&^markHard | b.l.marks&markHard
	return a
}

// bareSpan is the run of lines from ls[i] on that fills exactly w cells
// when joined, as lines a row's <br>s broke; 0 when there is none.
func bareSpan(ls []bareLine, i, w int) int {
	cells := len(ls[i].cells)
	for j := i + 1; j < len(ls) && cells < w; j++ {
		if cells += len(ls[j].cells) - 1; cells == w {
			return j - i + 1
		}
	}
	return 0
}

// bareMarkedRows reads the rows of a table whose every line ends in a
// hard break (see above). A line of fewer cells than the table's w is
// joined with those after it that fill the row exactly when nothing can
// have left cells of it out (it is the first row, or the first under a
// group row across the table: no merged cell reaches down into it), or
// when the columns' content, as the full rows and those joined so show
// it, fits the joined row better than the lines as rows of their own; a
// short row left is placed under its columns (see bareEvidence.place). A
// group label is a row of its own, and so is a 合计 row.
func bareMarkedRows(ls []bareLine, w int, warn warnFunc) []bareLine {
	top := func(i int) bool { return i == 0 || bareLabel(ls[i-1].cells) }
	span := make([]int, len(ls)) // the lines the row from each line on takes, when known
	for i := 0; i < len(ls); i++ {
		if k := bareSpan(ls, i, w); k > 1 && top(i) && !ownRows(ls[i:i+k]) {
			span[i] = k
			i += k - 1
		}
	}
	ev := newBareEvidence(ls, span, w)
	var out []bareLine
	for i := 0; i < len(ls); i++ {
		bl := ls[i]
		k := span[i]
		if k == 0 && ev != nil && !top(i) {
			if k = bareSpan(ls, i, w); k > 1 && (ownRows(ls[i:i+k]) || !ev.joins(ls[i:i+k])) {
				k = 0
			}
		}
		if k > 1 {
			bl = bareRun(ls[i : i+k])
			i += k - 1
			warn(int(bl.l.n), fmt.Sprintf("table row broken over %d lines by line breaks in its cells joined", bl.lines))
		} else if ev != nil && !top(i) {
			bl = ev.place(bl, warn)
		}
		out = append(out, bl)
	}
	return out
}

// bareRun is the row the lines of run make joined.
func bareRun(run []bareLine) bareLine {
	bl := run[0]
	for _, next := range run[1:] {
		bl = bareJoin(bl, next)
	}
	return bl
}

// ownRows reports whether a line of run is a row of its own: a group
// label, or a 合计 row after the first (a row a cell's lines never start).
func ownRows(run []bareLine) bool {
	for k, bl := range run {
		if bareLabel(bl.cells) || k > 0 && totalRow(bl.cells) {
			return true
		}
	}
	return false
}
