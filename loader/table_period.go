package loader

import (
	"strings"
	"unicode"

	"gazette/data"
)

// periodFlat reads a table that pdftotext flattened one cell per line
// under a 表N caption when neither a 序号 column nor header words tell its
// column count, but the kinds of its cells do: a column holds numbers
// (26000, 0351—7680418), another "label:value" cells (值班电话:2198345),
// another plain names, and those kinds repeat line by line with the
// period of the row (类别 2024年 … then 汽车 6000 102000 …). The column
// count is the one number of leading lines (the header row, or a first
// row standing as column names as in a table printed without a header)
// after which the lines fall into two rows at least of one shape that
// mixes kinds (a run of names alone fits any count); the rows end where
// the lines do, at a line that is no cell (a numbered heading, a
// sentence) or at a last line titling the next table. It reports false
// when no count reads so, and keeps the lines as one raw block when more
// than one does, so that no cell becomes a heading.
func periodFlat(ls []line, i int, caption string) (*data.Block, int, bool) {
	if !tableNumber(caption) {
		return nil, 0, false
	}
	fl := flatLines(ls, i+1, 2000)
	kinds := make([]byte, len(fl))
	for p, k := range fl {
		kinds[p] = cellKind(trim(ls[k].text))
	}
	cols, rows, fits := 0, 0, 0
	for k := 2; k <= 12 && 3*k <= len(fl); k++ {
		if r := periodRows(ls, fl, kinds, k); r > 0 {
			cols, rows, fits = k, r, fits+1
		}
	}
	switch {
	case fits == 0:
		return nil, 0, false
	case fits > 1: // two counts fit (甲 1 乙 2 … in two columns or four): keep the cells raw
		return rawRun(ls, fl[0])
	}
	return flatGrid(ls, fl, cols, rows, caption)
}

// periodRows returns how many rows of cols cells follow the first cols
// lines of fl when all of them have the kinds of the first row, which
// mixes kinds, there are two at least, the first cols lines are short and
// distinct, and the rows end at the end of fl, at a line that is no cell,
// or at a last line captioning the next table; 0 otherwise.
func periodRows(ls []line, fl []int, kinds []byte, cols int) int {
	text := func(p int) string { return trim(ls[fl[p]].text) }
	seen := map[string]bool{}
	for p := range cols {
		if kinds[p] == 'L' || seen[text(p)] {
			return 0
		}
		seen[text(p)] = true
	}
	shape := string(kinds[cols : 2*cols])
	mixed := false
	for c := 1; c < cols; c++ {
		mixed = mixed || shape[c] != shape[0]
	}
	if !mixed || shape[0] == 'L' {
		return 0
	}
	rows := 0
	for p := cols; p+cols <= len(fl) && string(kinds[p:p+cols]) == shape; p += cols {
		rows++
	}
	end := (rows + 1) * cols
	switch {
	case rows < 2:
		return 0
	case end == len(fl), kinds[end] == 'L', startsItem(text(end)):
		return rows
	case end == len(fl)-1 && captionLike(text(end)):
		return rows // the title of the table that follows
	}
	return 0
}

// cellKind tells what a flattened table's cell holds: 'n' a number (with
// separators, a unit sign or a dash: 20377 55, 0351—7680418, -56.1%), 'l'
// a short label and its value (传真:2022239), 'L' a long line or a
// sentence, which no short-celled row holds, 't' anything else.
func cellKind(t string) byte {
	switch {
	case runesOver(t, 25) || endsSentence(t):
		return 'L'
	case labelled(t):
		return 'l'
	}
	digits := 0
	for _, r := range t {
		switch {
		case unicode.IsDigit(r):
			digits++
		case !isNumberMark(r):
			return 't'
		}
	}
	if digits == 0 {
		return 't'
	}
	return 'n'
}

// isNumberMark reports whether a rune may stand in a number cell besides
// its digits.
func isNumberMark(r rune) bool {
	switch r {
	case '.', ',', '%', '-', '+', ' ', '—', '－', '．', '，':
		return true
	}
	return false
}

// flatText joins the lines fl of ls as a raw block's text.
func flatText(ls []line, fl []int) string {
	var b strings.Builder
	for n, k := range fl {
		if n > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(trim(ls[k].text))
	}
	return b.String()
}

// longCellNext reports whether the long line that ends a run of short
// cells at ls[k] is a cell itself: short cells follow it, right after it
// or after one more long line (指挥长 / 副县长 / a long duty / 副指挥长),
// where text after a table goes on in long lines, ends in a sentence or
// opens a numbered heading.
func longCellNext(ls []line, k int) bool {
	long := 0
	for ; k < len(ls) && ls[k].block == nil && long <= 2; k++ {
		t := trim(ls[k].text)
		switch {
		case t == "":
		case strings.ContainsRune(t, '\t'):
			return false
		case runesOver(t, 25):
			long++
		default:
			return long > 0 && long <= 2 && cellLike(t)
		}
	}
	return false
}
