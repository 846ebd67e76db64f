package query

import (
	"strings"

	"gazette/data"
)

// Table answers questions about the columns of one data.Table: the units
// of its cells and the dates they name. It learns each column's
// vocabulary the first time the column is asked about and keeps what it
// worked out, so it is not safe for concurrent use.
type Table struct {
	T *data.Table
	// Year is the year, given to dates without one when the column
	// itself names no year; 0 when unknown.
	Year int
	cols []*column
}

// column is what Table keeps about one column.
type column struct {
	index int
	vocab *vocabulary
	units [][]Unit // by record
	// whens holds the dates of each record's cell, parsed on first use.
	whens []when
	year  int
}

// NewTable returns a Table for t in an issue of the given year.
func NewTable(t *data.Table, year int) *Table {
	return &Table{T: t, Year: year, cols: make([]*column, len(t.Columns))}
}

// column returns what is known about column col, learning it first: the
// cells are cut at labels and separators, the vocabulary is learnt from
// the pieces, then the spaces of every piece are resolved with it.
func (q *Table) column(col int) *column {
	if c := q.cols[col]; c != nil {
		return c
	}
	pieces := make([][]piece, len(q.T.Records))
	for r := range q.T.Records {
		pieces[r] = cutPieces(q.T.Text(r, col))
	}
	c := &column{index: col, vocab: learn(pieces)}
	c.units = make([][]Unit, len(q.T.Records))
	for r, ps := range pieces {
		c.units[r] = resolve(ps, c.vocab)
	}
	q.cols[col] = c
	return c
}

// learn builds the vocabulary of a column from the pieces of its cells:
// every unit printed without a space inside it, and whether most of them
// are people's names.
func learn(pieces [][]piece) *vocabulary {
	v := &vocabulary{known: make(map[string]bool, 2*len(pieces))}
	names, all := 0, 0
	for _, ps := range pieces {
		for _, p := range ps {
			k := printedAlone(p.text)
			if k == "" || v.known[k] {
				continue
			}
			v.known[k] = true
			all++
			if isPersonName(k) {
				names++
			}
		}
	}
	v.people = all > 0 && names*10 >= all*6
	return v
}

// maxName is the longest piece, in bytes, that the vocabulary learns:
// twenty Chinese characters.
const maxName = 20 * 3

// printedAlone returns the unit a piece names when it is printed as one
// word or as a two-character name padded to the width of three (徐 铭),
// normalised; "" otherwise.
func printedAlone(piece string) string {
	if len(piece) > maxName {
		return "" // a clause of text, not a name the vocabulary needs
	}
	if !hasSpace(piece) {
		return Normalize(strings.TrimSpace(piece))
	}
	words := fields(piece)
	if len(words) == 1 {
		return Normalize(words[0])
	}
	if len(words) != 2 {
		return ""
	}
	for _, w := range words {
		if !isLone(w) {
			return ""
		}
	}
	return Normalize(piece)
}

// Units returns the units of a cell of column col, split with the
// column's vocabulary. It is the one way cells are cut into units: the
// value counts, COL=TEXT filters and --count all use it. Labels (主办：,
// 协办:, 牵头单位：, a standalone 责任单位, a trailing （牵头） or 牵头) stay
// with the units they name. Units are separated by 、，,；;／/ and line
// ends outside brackets, and by spaces only where they separate whole
// names (see splitSpaces).
func (q *Table) Units(col int, cell string) []Unit {
	return resolve(cutPieces(cell), q.column(col).vocab)
}

// unitsOf returns the units of record r's cell in column col.
func (q *Table) unitsOf(col, r int) []Unit {
	if col < 0 || col >= len(q.cols) || r < 0 || r >= len(q.T.Records) {
		return nil
	}
	return q.column(col).units[r]
}

// whenOf returns the deadline record r's cell in column col names.
func (c *column) whenOf(q *Table, r int) when {
	if c.whens == nil {
		c.whens = make([]when, len(q.T.Records))
		for i := range q.T.Records {
			c.whens[i], _ = parseWhen(Normalize(q.T.Text(i, c.index)))
		}
	}
	return c.whens[r]
}

// dateYear returns the year given to the column's dates that name none:
// the year most of its dates name, else the issue's.
func (c *column) dateYear(q *Table) int {
	if c.year != 0 {
		return c.year
	}
	years := map[int]int{}
	for r := range q.T.Records {
		if w := c.whenOf(q, r); w.year != 0 {
			years[w.year]++
		}
	}
	best := 0
	for y, n := range years {
		if n > years[best] || n == years[best] && y < best {
			best = y
		}
	}
	if best == 0 {
		best = q.Year
	}
	c.year = best
	return best
}
