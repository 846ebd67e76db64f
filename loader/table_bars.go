package loader

import (
	"fmt"
	"slices"
	"strings"
)

// Tables printed as rows between bars with no rules, as antiword prints
// a Word table: |序号 |重点工作任务  |完成时限 |, each cell padded to its
// column's width, so that the bars stand one above the other, and a cell
// too long for its column going on in the lines below, the other cells
// there blank: |    |智能化、绿色化|         |. No rule tells a record's
// lines apart, so a line goes on with the record above when its first
// cell is blank, each cell it fills goes on with one the line above
// fills, and the line above shows a cut (see cutGoesOn); or when its
// first cell goes on with the record's, as the table tells: a 序号 or
// another column every record fills left blank, an unclosed bracket (see
// firstGoesOn). Else the line is a record (a blank first cell: one under
// a merged cell). A run of lines that starts and ends with a bar whose
// bars do not line up (a markdown pipe table, which has its |---| line
// and is read by pipeTables) is none. barTables rewrites each table as
// tab-separated lines, one per record.

// barTables rewrites every table of bar rows in ls as tab-separated
// lines and passes other lines through.
func barTables(ls []line, warn warnFunc) []line {
	var out []line // made only when a table is found
	kept := 0
	for i := 0; i < len(ls); i++ {
		if ls[i].first() != '|' {
			continue
		}
		end := i
		for end < len(ls) && barRow(ls[end].text) {
			end++
		}
		if end == i || i > 0 && pipeSeparator(ls[i-1].text) {
			i = max(i, end-1) // a markdown pipe table's body
			continue
		}
		rows, ok := readBars(ls[i:end], warn)
		if !ok {
			i = end - 1
			continue
		}
		if out == nil {
			out = make([]line, 0, len(ls))
		}
		out = append(append(out, ls[kept:i]...), rows...)
		warn(int(ls[i].n), fmt.Sprintf("a table printed as rows between bars (lines %d–%d) was read by its bars, a cell cut at its column's width joined to the one above", ls[i].n, ls[end-1].n))
		kept, i = end, end-1
	}
	if out == nil {
		return ls
	}
	return append(out, ls[kept:]...)
}

// barRow reports whether t starts and ends with a bar, holds another
// and is no pipe table's separator line.
func barRow(t string) bool {
	t = trim(t)
	return len(t) >= 3 && t[0] == '|' && t[len(t)-1] == '|' && !pipeSeparator(t) && strings.IndexByte(t, '\t') < 0
}

// barCut is one line of a table of bar rows: each column's text as
// printed (padding included), and the room the line's bars give it (0
// for a column a cell merged across columns covers: its text is the
// first column's).
type barCut struct {
	cells []string
	room  []int
}

// barsAt returns the positions of a line's bars, measured by m, and
// for each how many spaces the decode stage may have taken out before
// it (see spaceTaken): the bar stood up to as many columns further right.
func barsAt(t string, m measure) (bars, slack []int) {
	x, taken := 0, 0
	for i, r := range t {
		switch {
		case r == '|':
			bars, slack = append(bars, x), append(slack, taken)
		case i > 0 && spaceTaken(t, i):
			taken++
		}
		x += m(r)
	}
	return bars, slack
}

// onBars returns the table's bar each of a line's bars stands on: the
// first at or right of it within its slack, the shift growing from bar
// to bar by no more than the slack does. ok is false when one stands on
// none, or the first or last bar is missing.
func onBars(at, slack, bars []int) (on []int, ok bool) {
	shift := 0
	for k, x := range at {
		d := shift
		for d <= slack[k] && !slices.Contains(bars, x+d) {
			d++
		}
		if d > slack[k] {
			return nil, false
		}
		shift = d
		j, _ := slices.BinarySearch(bars, x+d)
		on = append(on, j)
	}
	return on, len(on) > 0 && on[0] == 0 && on[len(on)-1] == len(bars)-1
}

// cutBars cuts a line at its bars into the columns that the table's
// bars part; on gives the table's bar each of the line's stands on.
func cutBars(t string, bars, on []int) barCut {
	bc := barCut{cells: make([]string, len(bars)-1), room: make([]int, len(bars)-1)}
	k, from := 0, -1
	for i, r := range t {
		if r != '|' {
			continue
		}
		if k > 0 {
			col := on[k-1]
			bc.cells[col] = t[from:i]
			bc.room[col] = bars[on[k]] - bars[col] - 1
		}
		k, from = k+1, i+1
	}
	return bc
}

// readBars reads a run of bar rows as a table; ok is false when it has
// fewer than two lines or two columns, or when under no measure every
// line's bars stand on the table's: the bars of its fullest lines (a
// cell merged across columns leaves out the bars it covers, a space the
// decode stage took out moves the bars after it).
func readBars(run []line, warn warnFunc) ([]line, bool) {
	if len(run) < 2 {
		return nil, false
	}
	for _, m := range []measure{byWidth, wideAmbiguous, byRune} {
		at, slack := make([][]int, len(run)), make([][]int, len(run))
		var bars []int
		for k, l := range run {
			at[k], slack[k] = barsAt(l.text, m)
			switch {
			case len(at[k]) > len(bars):
				bars = slices.Clone(at[k])
			case len(at[k]) == len(bars):
				for j := range bars {
					bars[j] = max(bars[j], at[k][j])
				}
			}
		}
		if len(bars) < 3 {
			continue
		}
		cuts := make([]barCut, len(run))
		ok := true
		for k, l := range run {
			on, fits := onBars(at[k], slack[k], bars)
			if ok = fits; !ok {
				break
			}
			cuts[k] = cutBars(l.text, bars, on)
		}
		if ok {
			return barRecords(run, cuts, m, warn), true
		}
	}
	return nil, false
}

// barRecords groups the lines into records and joins each record's
// cells into a tab-separated line, a record of its own. A line whose
// first cell goes on with the record's is reported, with its evidence.
func barRecords(run []line, cuts []barCut, m measure, warn warnFunc) []line {
	var out []line
	var cells []string
	flush := func() {
		if cells != nil {
			out[len(out)-1].setText(strings.Join(cells, "\t"))
		}
	}
	pad := barPad(cuts)
	keys := barKeyColumns(cuts, m)
	joined := false // the line above went on with the record above it
	for k, l := range run {
		why := ""
		if k > 0 && !cutGoesOn(cuts[k-1], cuts[k], cells, joined, m) {
			why = firstGoesOn(cuts[k-1], cuts[k], cells, len(out) == 1, keys, m)
			joined = why != ""
		} else {
			joined = k > 0
		}
		if joined {
			if why != "" {
				warn(int(l.n), fmt.Sprintf("a table's line goes on with the first cell of the record above (%s), joined to it", why))
			}
			for c, raw := range cuts[k].cells {
				if p := trim(raw); p != "" {
					if needsSpace(cells[c], p) || leadingSpaces(raw) > pad {
						cells[c] += " "
					}
					cells[c] += p
				}
			}
			continue
		}
		flush()
		cells = make([]string, len(cuts[k].cells))
		for c, p := range cuts[k].cells {
			cells[c] = trim(p)
		}
		out = append(out, line{n: l.n, marks: markBoxed | markOwn | ffMark(l.ff())})
	}
	flush()
	return out
}

// barPad is how many spaces the table's printer puts before a cell's
// text: the fewest any filled cell starts with (none, as antiword prints
// |text  |; one, as | text |). A piece of a cell that starts with more
// was cut at a space of its text: 堆料棚建设(m / ²、元) keeps it.
func barPad(cuts []barCut) int {
	pad := -1
	for _, bc := range cuts {
		for _, raw := range bc.cells {
			if trim(raw) != "" && (pad < 0 || leadingSpaces(raw) < pad) {
				pad = leadingSpaces(raw)
			}
		}
	}
	return max(pad, 0)
}

func leadingSpaces(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }

// barKeys are the columns right of the first that every record of a
// table fills (a 序号, a phone number), those of them that number the
// records (whole numbers on three of four records or more), and those
// whose cells read as sentences (see barSentences).
type barKeys struct {
	filled, serial, sentence []bool
}

// barSentences marks the columns right of the first whose cells read as
// sentences: of the lines that may end their cells (but those the line
// below may go on with: a blank first cell, text in the column), two or
// more, at least half end a sentence.
func barSentences(cuts []barCut) []bool {
	cols := len(cuts[0].cells)
	ends, all := make([]int, cols), make([]int, cols)
	for k, bc := range cuts {
		for c := 1; c < cols; c++ {
			p := trim(bc.cells[c])
			if p == "" || k+1 < len(cuts) && trim(cuts[k+1].cells[0]) == "" && trim(cuts[k+1].cells[c]) != "" {
				continue
			}
			all[c]++
			if endsSentence(p) {
				ends[c]++
			}
		}
	}
	out := make([]bool, cols)
	for c := range out {
		out[c] = all[c] >= 2 && ends[c]*2 >= all[c]
	}
	return out
}

// barKeyColumns finds a table's key columns (see barKeys), as read from
// the lines that start a record for sure: those below the first (a
// header may leave a 序号 unnamed) with a first cell of their own but
// those that may go on with the first cell above (see firstCut). It
// finds none when fewer than two lines tell.
func barKeyColumns(cuts []barCut, m measure) barKeys {
	cols := len(cuts[0].cells)
	keys := barKeys{filled: make([]bool, cols), serial: make([]bool, cols), sentence: barSentences(cuts)}
	n, nums := 0, make([]int, cols)
	for k := 1; k < len(cuts); k++ {
		bc := cuts[k]
		if trim(bc.cells[0]) == "" || slices.Contains(bc.room, 0) || firstCut(cuts[k-1], bc, m) != firstNone {
			continue
		}
		if n++; n == 1 {
			for c := 1; c < cols; c++ {
				keys.filled[c] = true
			}
		}
		for c, p := range bc.cells {
			p = trim(p)
			keys.filled[c] = keys.filled[c] && p != ""
			if wholeNumber(p) {
				nums[c]++
			}
		}
	}
	for c := range keys.serial {
		keys.filled[c] = keys.filled[c] && n >= 2
		keys.serial[c] = keys.filled[c] && nums[c]*4 >= n*3
	}
	return keys
}

// wholeNumber reports whether s is a whole number of one to three digits.
func wholeNumber(s string) bool {
	return s != "" && len(s) <= 3 && strings.Trim(s, "0123456789") == ""
}

// How line b may go on with line a in its first cell (see firstCut).
const (
	firstNone    = iota // it may not
	firstAtWidth        // a's first cell is cut at its column's width
	firstLines          // a's first cell is not, but b goes on with other cells of a
)

// firstCut tells whether line b may go on with line a in its first
// cell: both fill it, each other cell b fills goes on with one a fills
// cut at its column's width (b's first word would not have fitted after
// it), and a's first cell is cut so too, or b goes on with another cell
// of a (a cell's own lines: 纳入最低生活保障范围的 / 老年人).
func firstCut(a, b barCut, m measure) int {
	goesOn := false
	for c := 1; c < len(b.cells); c++ {
		if p := trim(b.cells[c]); p != "" {
			above := trim(a.cells[c])
			if above == "" || a.room[c] != b.room[c] || !wordCut(above, p, a.room[c], m) {
				return firstNone
			}
			goesOn = true
		}
	}
	p, above := trim(b.cells[0]), trim(a.cells[0])
	switch {
	case p == "" || above == "" || a.room[0] != b.room[0]:
		return firstNone
	case wordCut(above, p, a.room[0], m):
		return firstAtWidth
	case goesOn:
		return firstLines
	}
	return firstNone
}

// firstGoesOn says why line b, whose first cell is filled, goes on with
// the record of line a, whose cells so far are rec, or "" when it starts
// a record, as a line with a first cell does unless the table says
// otherwise. b must be able to go on with a (see firstCut); then b
// leaving blank a column that numbers the records (序号) says so, and
// so does, when a's first cell is cut at its width, b leaving blank
// another key column (晋城市特种设备安全协 / 会, see barKeys), b going on
// with a sentence the record has not ended in a column of sentences
// (县发展和改革 / 委员会 beside 负责组织电力 / 企业电力恢复), or the
// record's first cell reading as cut there (see cutEvidence: an unclosed
// bracket, 教学科研仪器 (高等职业院 / 校; a cell starting with punctuation;
// one ending mid-phrase, 信息来源、). A label ending in a colon is a cell
// whole (报告时间：), however wide. The record that heads the table
// (head) is the columns' names, which need fill no key column nor end a
// sentence: the cut of its first cell alone tells.
func firstGoesOn(a, b barCut, rec []string, head bool, keys barKeys, m measure) string {
	how := firstCut(a, b, m)
	if how == firstNone {
		return ""
	}
	for c := range b.cells {
		if head {
			break // the key columns are the records', not the header's
		}
		switch {
		case trim(b.cells[c]) != "" || !keys.filled[c]:
		case keys.serial[c]:
			return "it leaves blank the column numbering the records"
		case how == firstAtWidth:
			return "it leaves blank a column every record fills"
		}
	}
	for c := 1; c < len(b.cells) && how == firstAtWidth && !head; c++ {
		if keys.sentence[c] && trim(b.cells[c]) != "" && !endsSentence(rec[c]) {
			return "it goes on with the record's sentence in another column"
		}
	}
	if how != firstAtWidth || openBrackets(rec[0]) == 0 && hasSuffixAny(rec[0], "：", ":") {
		return ""
	}
	return cutEvidence(rec[0], trim(b.cells[0]), func() bool { return false }, false)
}

// cutGoesOn reports whether line b goes on with the record of line a,
// whose cells so far are rec: b's first cell is blank, each cell b fills
// goes on with one a fills over the same room (its next line, or a line
// of its own), and a shows a cut: the first word of b's text in a cell
// (a Han character, or Latin letters and digits up to a space) would not
// have fitted after a's. When b fills every cell a fills but the first,
// as a record under a merged first cell would, each of them must be cut
// so (a name, a date or a sentence may fill its column whole), or one
// when a itself went on with a record (aJoined), whose cut text must go
// on below it as a record's first line's need not. Else one cut will do,
// or a cell right of b's first that a fills and b leaves blank, which a
// record of its own would fill as the records above do. So will a cell
// right of b's first that the record fills and b leaves blank, whether
// or not a does: a record's cells end on different lines (a short one
// ends lines above a long one), and a record under a merged first cell
// fills those cells as the record above does, however far above the
// record's text in them ended.
func cutGoesOn(a, b barCut, rec []string, aJoined bool, m measure) bool {
	if trim(b.cells[0]) != "" {
		return false
	}
	cut, all, leaves, recLeaves, same, first := false, true, false, false, true, -1
	for c, p := range b.cells {
		above := trim(a.cells[c])
		if p = trim(p); p == "" {
			leaves = leaves || first >= 0 && above != "" && a.room[c] > 0
			recLeaves = recLeaves || first >= 0 && rec[c] != "" && b.room[c] > 0
			same = same && (c == 0 || above == "")
			continue
		}
		if above == "" || a.room[c] != b.room[c] {
			return false
		}
		if first < 0 {
			first = c
		}
		k := wordCut(above, p, a.room[c], m)
		cut, all = cut || k, all && k
	}
	if same && !recLeaves {
		return all || aJoined && cut
	}
	return cut || leaves || recLeaves
}

// wordCut reports whether the first word of next (a Han character, or
// Latin letters and digits up to a space) would not have fitted after
// above in a room of the given width.
func wordCut(above, next string, room int, m measure) bool {
	word := next
	if r, size := firstRune(next); r >= 0x80 {
		word = next[:size]
	} else if k := strings.IndexByte(next, ' '); k > 0 {
		word = next[:k]
	}
	w := textWidth(above, m) + textWidth(word, m)
	if needsSpace(above, word) {
		w++
	}
	return w > room
}
