package loader

import (
	"fmt"
	"strings"
)

// Tables drawn with borders: pandoc's grid tables (+------+ rules,
// +======+ under the header, | between cells) and the box-drawing tables
// of WPS and Word text dumps (┌─┬─┐ │ ├─┼─┤ └─┴─┘, heavy ┏━┳━┓, double
// ╔═╦═╗, mixed ╒═╤═╕ ╞═╪═╡). A table is a run of lines that start with a
// border character: rule lines (border characters and spaces) and rows
// (cells between verticals). The junctions of the rules (+ ┬ ┼ ╋ …) give
// the columns' edges; a row is cut at the verticals standing on an edge,
// so a missing one merges cells across columns (a colspan), and a rule
// that leaves a column's segment blank lets that column's cell run on
// into the next row (a rowspan). borderedTables rewrites each table as
// tab-separated lines, one per record, so that the tab-table rules
// (captions, headers, group rows, merged cells, pages) apply to them as
// to any converter's tables.

// borderedTables rewrites every bordered table in ls as tab-separated
// lines and passes other lines through.
func borderedTables(ls []line, warn warnFunc) []line {
	return borderedAt(ls, leadIndex(ls, &borderLead), warn)
}

// borderedAt is borderedTables given at, the indices in order of the
// lines of ls that may start a table (those whose first byte is in
// borderLead, and maybe others).
func borderedAt(ls []line, at []int, warn warnFunc) []line {
	var out []line // made only when a table is found, as in layoutTables
	kept, next := 0, 0
	for _, i := range at {
		if i < next || !borderLead[ls[i].first()] || !borderStart(ls[i].text) {
			continue
		}
		run, end := borderRun(ls, i, warn)
		next = end
		rows, ok := readBordered(run, warn)
		if !ok {
			continue
		}
		if out == nil {
			out = make([]line, 0, len(ls))
		}
		out = append(append(out, ls[kept:i]...), rows...)
		kept = end
	}
	if out == nil {
		return ls
	}
	return append(out, ls[kept:]...)
}

// borderRun returns the run of border lines from ls[i] and the index of
// the line after it. A run that a page break cuts inside a record (it
// ends on a row, or the next run starts with one) goes on after the
// break: blank lines and page furniture, which are dropped (a warning).
// Short lines that are not known furniture (a running header of any
// wording) are dropped too when the break leaves the table open: the run
// ends on no closing rule and the next starts with no opening one, so
// nothing of the text can stand between them. A table whose pages each
// close and open with a rule is joined later, as every table's pages are.
func borderRun(ls []line, i int, warn warnFunc) ([]line, int) {
	end := i + 1
	for end < len(ls) && borderStart(ls[end].text) {
		end++
	}
	run := ls[i:end]
	for {
		k, ff, known := pageGap(ls, end)
		if k == end || k == len(ls) || !borderStart(ls[k].text) {
			return run, end
		}
		last, next := ls[end-1].text, ls[k].text
		if fullRule(last) && fullRule(next) || !known && (cornerRule(last, "└┗╚╘╙┕┖╰") || cornerRule(next, "┌┏╔╒╓┍┎╭")) {
			return run, end
		}
		for _, l := range ls[end:k] {
			if t := trim(l.text); t != "" {
				warn(int(l.n), "page furniture between table rows dropped: "+t)
			}
		}
		run = append(run[:len(run):len(run)], ls[k])
		if ff {
			run[len(run)-1].marks |= markFF
		}
		for end = k + 1; end < len(ls) && borderStart(ls[end].text); end++ {
			run = append(run, ls[end])
		}
	}
}

// pageGap returns the index of the first line from ls[from] that can be
// no part of a page break (a border line, a sentence, a long line, or the
// line the break's reach ends at), whether a form feed lies before it and
// whether every non-blank line skipped is known page furniture.
func pageGap(ls []line, from int) (k int, ff, known bool) {
	known = true
	for k = from; k < len(ls) && k-from < maxBreakLines && !borderStart(ls[k].text); k++ {
		t := trim(ls[k].text)
		switch {
		case t == "" || pageFurniture(t):
		case !runesOver(t, 40) && !strings.Contains(t, "。"):
			known = false
		default:
			return k, ff, known
		}
		ff = ff || ls[k].ff()
	}
	return k, ff, known
}

// cornerRule reports whether t is a rule that may open or close a table:
// it starts with one of corners, or it is a grid table's + rule, which
// opens and closes alike.
func cornerRule(t string, corners string) bool {
	if !fullRule(t) {
		return false
	}
	r, _ := firstRune(strings.TrimLeft(t, " "))
	return r == '+' || strings.ContainsRune(corners, r)
}

// borderStart reports whether a line may belong to a bordered table: its
// first character (after indentation) is a box-drawing character, a | or
// the + of a rule (+-, +=, +:).
func borderStart(t string) bool {
	t = strings.TrimLeft(t, " ")
	r, _ := firstRune(t)
	switch {
	case r == '|' || boxChar(r):
		return true
	case r == '+':
		return len(t) > 1 && strings.IndexByte("-=:", t[1]) >= 0
	}
	return false
}

// borderLead marks the bytes a line that borderStart accepts may have as
// its first after its spaces and tabs: | + and the first byte of the
// box-drawing characters (E2 94 80 to E2 95 BF). A line that starts with
// any other passes without its text being read.
var borderLead = [256]bool{'|': true, '+': true, 0xE2: true}

// boxChar reports whether r is a box-drawing character.
func boxChar(r rune) bool { return r >= 0x2500 && r <= 0x257F }

// horizontal reports whether r draws a horizontal line of a rule: - = :
// (grid tables) and the box-drawing horizontals, light, heavy, double
// and dashed.
func horizontal(r rune) bool {
	switch r {
	case '-', '=', ':', '─', '━', '═', '┄', '┅', '┈', '┉', '╌', '╍', '╴', '╶', '╸', '╺', '╼', '╾':
		return true
	}
	return false
}

// border reports whether r is a border character that may stand on a
// column's edge: a vertical, a junction or a corner.
func border(r rune) bool { return r == '|' || r == '+' || boxChar(r) && !horizontal(r) }

// fullRule reports whether t is a rule line across the whole table: only
// border characters and spaces, with some horizontal and some junction
// (a line of ─ alone is a separator, not a table's rule). A grid table's
// rules are drawn with + - = : only.
func fullRule(t string) bool {
	t = trim(t)
	hor, junction := false, false
	for _, r := range t {
		switch {
		case r == ' ':
		case horizontal(r):
			hor = true
		case r == '+' || boxChar(r):
			junction = true
		default:
			return false
		}
	}
	return hor && junction
}

// readBordered reads a run of border lines as a table and returns its
// records as tab-separated lines. ok is false when the run is no table:
// no full rule, or no row (a | run without rules is a pipe table's).
// A box of one column (a framed note) gives its text lines with the
// borders taken off.
func readBordered(run []line, warn warnFunc) ([]line, bool) {
	bt, ok := newBorderTable(run)
	if !ok {
		return nil, false
	}
	if len(bt.edges) < 3 {
		return bt.framed(), true
	}
	recs := bt.records(warn)
	out := make([]line, 0, len(recs)+1)
	for _, rc := range recs {
		out = append(out, rc.line())
	}
	if last := run[len(run)-1]; bt.kinds[len(run)-1] == ruleLine {
		// The rule that closes the table stands as a blank line, marked:
		// no page break after it cuts a row (see removeFurniture).
		out = append(out, line{n: last.n, marks: markBoxed | ffMark(last.ff())})
	}
	warn(int(run[0].n), fmt.Sprintf("a table drawn with borders (lines %d–%d) was read by its rules", run[0].n, run[len(run)-1].n))
	return out, true
}

// framed gives the text of a one-column box, a line for each of its rows
// with text, the borders taken off.
func (bt *borderTable) framed() []line {
	var out []line
	for k, l := range bt.run {
		if bt.kinds[k] != rowLine {
			continue
		}
		segs := bt.cut(l.text)
		var b strings.Builder
		for _, s := range segs {
			b.WriteString(s.text)
		}
		if t := trim(b.String()); t != "" {
			out = append(out, line{n: l.n, text: t, marks: ffMark(l.ff())})
		}
	}
	return out
}
