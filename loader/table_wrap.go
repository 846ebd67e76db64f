package loader

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"gazette/data"
)

// Wrapped cells. Some converters put the rest of a cell's text on the next
// line: a row with an empty 序号 and partial text in one or more cells.
// The same shape is also a real sub-record under a merged cell (jincheng's
// task table: one task, several responsible units). The text decides: a
// row is joined to the record above only with evidence that a cell was cut.

// sentenceColumns marks the columns whose cells read as sentences: most of
// their non-empty cells end with sentence-final punctuation. Repeats of
// the header (rows starting with its first cell) do not count.
func sentenceColumns(body []row, cols int, header []string) []bool {
	ends := make([]int, cols)
	all := make([]int, cols)
	first := ""
	if header != nil {
		first = trim(header[0])
	}
	for _, r := range body {
		if first != "" && trim(r.cells[0]) == first {
			continue
		}
		for c := 0; c < cols && c < len(r.cells); c++ {
			x := trim(r.cells[c])
			if x == "" {
				continue
			}
			all[c]++
			if last, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(x, "</p>")); strings.ContainsRune("。；：！？;:!?", last) {
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

// fillWidths finds the columns a converter wrapped at a fixed number of
// characters: their longest cells all have one length, at least ten
// characters (names and dates are shorter, and a column of them says
// nothing), and at least two different cells reach it, or one does and
// another column wraps at that length. A cell of that
// length (or of a multiple of it, once joined) was cut there. A cell that
// keeps its line breaks tells nothing. Other columns get 0.
func fillWidths(body []row, cols int) []int {
	out := make([]int, cols)
	longest := make([]int, cols)
	for c := 1; c < cols; c++ {
		first, two := "", false // a longest cell, and whether another differs
		for _, r := range body {
			if c >= len(r.cells) {
				continue
			}
			x := trim(r.cells[c])
			if strings.ContainsRune(x, '\n') {
				continue // the converter kept this cell's own line breaks
			}
			switch n := runeLen(x); {
			case n > longest[c]:
				longest[c], first, two = n, x, false
			case n == longest[c] && x != first:
				two = true
			}
		}
		if longest[c] >= 10 && two {
			out[c] = longest[c]
		}
	}
	// A column whose longest cell is alone wraps at the table's width when
	// another column shows that width.
	for c := 1; c < cols; c++ {
		for d := 1; d < cols && out[c] == 0 && longest[c] >= 10; d++ {
			if out[d] == longest[c] {
				out[c] = longest[c]
			}
		}
	}
	return out
}

// join adds the cells of a row with an empty 序号 to the record above when
// they continue its cut cells, and reports the join as a warning. It
// returns false, changing nothing, when the row is a record of its own: a
// cell where the record above has none (or an inherited one), a cell that
// starts a numbered item or is a number (a 序号 column further right), or
// no evidence of a cut.
func (tb *tableBuilder) join(r row, rec data.Record) bool {
	prev := &tb.t.Records[len(tb.t.Records)-1]
	if tb.sentence == nil {
		tb.sentence = sentenceColumns(tb.body, tb.cols, tb.header)
		tb.fill = fillWidths(tb.body, tb.cols)
	}
	reason, filled := "", true
	for c := 1; c < len(rec.Cells); c++ {
		x := rec.Cells[c].Text
		if x == "" {
			continue
		}
		p := prev.Cells[c]
		if p.Text == "" || p.Inherited {
			return false
		}
		if k, _, _ := numbering(x); k != kindNone || digitPrefix(x) == len(x) {
			return false // a numbered item, or a 序号 of its own
		}
		if f, _ := firstRune(x); isCircled(f) {
			return false
		}
		if reason == "" {
			reason = cutEvidence(p.Text, x, tb.sentence[c], tb.brk)
		}
		filled = filled && tb.fill[c] > 0 && runeLen(p.Text)%tb.fill[c] == 0
	}
	if reason == "" && filled {
		reason = "every cell it fills continues one filled to the width its column wraps at"
	}
	if reason == "" {
		return false
	}
	for c := 1; c < len(rec.Cells); c++ {
		if x := rec.Cells[c].Text; x != "" {
			prev.Cells[c].Text = joinCut(prev.Cells[c].Text, x)
		}
	}
	tb.warn(r.line.n, "table row continues the record on line "+strconv.Itoa(prev.Line)+" ("+reason+"); joined to it")
	return true
}

// cutEvidence says why cell text p, continued by c on the next row, reads
// as one cell cut in two, or "" when nothing says so. sentence is set for
// a column of sentences, brk when a page break lies between the rows.
func cutEvidence(p, c string, sentence, brk bool) string {
	last, _ := utf8.DecodeLastRuneInString(p)
	first, _ := firstRune(c)
	switch {
	case openBrackets(p) > 0:
		return "an unclosed bracket"
	case strings.ContainsRune("）)》〕】]」』”’，,、。；;：:！!？?%％", first):
		return "a cell starting with punctuation"
	case strings.ContainsRune("，,、（(《〔【[「『“‘：:—-/和及与或的并将把对", last):
		return "a cell cut mid-phrase"
	case last >= '0' && last <= '9' && strings.ContainsRune("年月日号个项万亿元次家户人台辆吨亩米", first):
		return "a number cut from its unit"
	case isLatinLower(last) && isLatinLower(first):
		return "a word cut in two"
	case sentence && !endsSentence(p) && endsSentence(c):
		return "a sentence cut in two"
	case sentence && brk && !endsSentence(p):
		return "a record cut by a page break"
	}
	return ""
}

func isLatinLower(r rune) bool { return r >= 'a' && r <= 'z' }

// openBrackets counts the brackets s opens and does not close.
func openBrackets(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case strings.ContainsRune("(（《〔【[「『“‘", r):
			n++
		case strings.ContainsRune(")）》〕】]」』”’", r) && n > 0:
			n--
		}
	}
	return n
}

// joinCut joins the two halves of a cut cell: a space only between two
// Latin letters or digits.
func joinCut(a, b string) string {
	if needsSpace(a, b) {
		return a + " " + b
	}
	return a + b
}
