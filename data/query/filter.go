package query

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ColumnError is a column name FindColumn cannot resolve: Name is empty,
// names no column (Columns lists them all), or is ambiguous (Columns
// lists the columns it may mean).
type ColumnError struct {
	Name      string
	Ambiguous bool
	Columns   []string
}

func (e *ColumnError) Error() string {
	list := strings.Join(e.Columns, ", ")
	switch {
	case e.Ambiguous:
		return fmt.Sprintf("column %q is ambiguous: %s", e.Name, list)
	case e.Name == "":
		return "empty column name; columns: " + list
	}
	return fmt.Sprintf("no column %q; columns: %s", e.Name, list)
}

// FindColumn resolves a column name typed by the user against a table's
// column names: an exact name first, then a name equal after Normalize,
// then a unique column one of whose /-separated header parts equals it,
// then a unique column whose normalised name starts with it, then a unique
// column whose normalised name contains it. #N names the N-th column
// (1-based), for columns without a name. The error names the available
// (or the ambiguous) columns.
func FindColumn(name string, columns []string) (int, error) {
	name = strings.TrimSpace(name)
	n := Normalize(name)
	if n == "" {
		return -1, &ColumnError{Columns: listColumns(columns, nil)}
	}
	for i, c := range columns {
		if c == name {
			return i, nil
		}
	}
	if rest, ok := strings.CutPrefix(name, "#"); ok {
		if k, err := strconv.Atoi(rest); err == nil && 1 <= k && k <= len(columns) {
			return k - 1, nil
		}
	}
	norm := make([]string, len(columns))
	for i, c := range columns {
		norm[i] = Normalize(c)
	}
	tests := []func(c string) bool{
		func(c string) bool { return c == n },
		func(c string) bool {
			for p := range strings.SplitSeq(c, "/") {
				if p == n {
					return true
				}
			}
			return false
		},
		func(c string) bool { return strings.HasPrefix(c, n) },
		func(c string) bool { return strings.Contains(c, n) },
	}
	for _, test := range tests {
		var hits []int
		for i, c := range norm {
			if test(c) {
				hits = append(hits, i)
			}
		}
		switch {
		case len(hits) == 1:
			return hits[0], nil
		case len(hits) > 1:
			return -1, &ColumnError{Name: name, Ambiguous: true, Columns: listColumns(columns, hits)}
		}
	}
	return -1, &ColumnError{Name: name, Columns: listColumns(columns, nil)}
}

// listColumns returns the names of the columns at idx (all when idx is
// nil), naming unnamed columns by their 1-based position.
func listColumns(columns []string, idx []int) []string {
	if idx == nil {
		idx = make([]int, len(columns))
		for i := range idx {
			idx[i] = i
		}
	}
	names := make([]string, len(idx))
	for j, i := range idx {
		names[j] = columns[i]
		if names[j] == "" {
			names[j] = fmt.Sprintf("#%d", i+1)
		}
	}
	return names
}

// Filter keeps the records of a table that one of its terms holds for.
// Several filters hold together (AND).
type Filter struct {
	Terms []Term
	q     *Table
}

// Term is one alternative of a filter.
type Term struct {
	// Column is the column index, -1 for any column (OpContains only).
	Column int
	// Name is the column's name, "" for any column.
	Name    string
	Op      Op
	Negated bool
	// Text is the operand as typed, quotes removed.
	Text string

	m     *Matcher // OpContains, and OpEqual for highlighting
	label string   // OpEqual: the normalised label wanted, "" for any
	unit  string   // OpEqual: the normalised unit text, "" for an empty cell
	bound bound    // comparisons
}

// Kinds of comparison bounds.
const (
	boundText = iota
	boundNumber
	boundDate
)

// bound is the value a cell is compared with.
type bound struct {
	kind int
	num  float64
	date when
	text string
}

// compile readies a term for matching; at is the operand's byte offset
// in expr, for errors.
func (t *Term) compile(expr, operand string, at int, q *Table) error {
	t.Text = operand
	n := Normalize(operand)
	switch t.Op {
	case OpContains:
		if n == "" {
			return syntaxErr(expr, at, NothingToFind, "empty filter: nothing to look for")
		}
		t.m = &Matcher{terms: []term{newTerm(n)}}
		return nil
	case OpEqual:
		if t.Column < 0 {
			return syntaxErr(expr, at, EqualNeedsColumn, "= needs a column: COL=TEXT")
		}
		t.unit = n
		if i := strings.IndexAny(operand, ":："); i > 0 && isRole(strings.TrimSpace(operand[:i])) {
			_, size := utf8.DecodeRuneInString(operand[i:])
			t.label, t.unit = Normalize(operand[:i]), Normalize(operand[i+size:])
		}
		if t.unit != "" {
			t.m = &Matcher{terms: []term{newTerm(t.unit)}}
		}
		return nil
	}
	if t.Column < 0 {
		return syntaxErr(expr, at, CompareNeedsColumn, "a comparison needs a column: COL<=VALUE")
	}
	if n == "" {
		return syntaxErr(expr, at, NothingToCompare, "nothing to compare with")
	}
	if w, ok := parseWhen(n); ok && !w.never && len(w.spans) == 1 {
		t.bound = bound{kind: boundDate, date: w}
		return nil
	}
	if v, ok := parseNumber(n); ok {
		t.bound = bound{kind: boundNumber, num: v}
		return nil
	}
	if strings.ContainsAny(n, "0123456789") && strings.ContainsAny(n, "年月日季") {
		se := syntaxErr(expr, at, NotADate, "%q is not a date (2022年6月, 6月底前, 2022年6月30日, 上半年, 年底)", operand)
		se.Arg = operand
		return se
	}
	t.bound = bound{kind: boundText, text: n}
	return nil
}

// match reports whether the term holds for record r of q, negation
// applied.
func (t *Term) match(q *Table, r int) bool {
	return t.holds(q, r) != t.Negated
}

func (t *Term) holds(q *Table, r int) bool {
	switch t.Op {
	case OpContains:
		if t.Column < 0 {
			return t.m.containsCells(q.T.Records[r].Cells)
		}
		return t.m.contains(q.T.Text(r, t.Column))
	case OpEqual:
		units := q.unitsOf(t.Column, r)
		if t.unit == "" {
			return len(units) == 0
		}
		for _, u := range units {
			if u.text == t.unit && u.label == t.label {
				return true
			}
		}
		return false
	}
	var c int
	switch t.bound.kind {
	case boundDate:
		col := q.column(t.Column)
		year := col.dateYear(q)
		if year == 0 {
			year = t.bound.date.year
		}
		return compareWhen(col.whenOf(q, r), t.Op, t.bound.date, year)
	case boundNumber:
		v, ok := parseNumber(Normalize(q.T.Text(r, t.Column)))
		if !ok {
			return false
		}
		c = cmpFloat(v, t.bound.num)
	default:
		n := Normalize(q.T.Text(r, t.Column))
		if n == "" {
			return false
		}
		c = naturalCompare(n, t.bound.text)
	}
	switch t.Op {
	case OpLess:
		return c < 0
	case OpLessEq:
		return c <= 0
	case OpGreater:
		return c > 0
	}
	return c >= 0
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Match reports whether record r of the filter's table passes: one of the
// terms holds.
func (f Filter) Match(r int) bool {
	for i := range f.Terms {
		if f.Terms[i].match(f.q, r) {
			return true
		}
	}
	return false
}

// Highlight is text a filter matches in a column (-1: any), for painting.
type Highlight struct {
	Column int
	M      *Matcher
}

// Highlights returns what the filter's positive contains and unit terms
// match.
func (f Filter) Highlights() []Highlight {
	var out []Highlight
	for _, t := range f.Terms {
		if !t.Negated && t.m != nil {
			out = append(out, Highlight{Column: t.Column, M: t.m})
		}
	}
	return out
}

// opSigns are the operators as a filter chip shows them, plain and negated.
var opSigns = map[Op][2]string{
	OpContains: {" ∋ ", " ∌ "}, OpEqual: {" = ", " ≠ "},
	OpLess: {" < ", " !< "}, OpLessEq: {" ≤ ", " !≤ "},
	OpGreater: {" > ", " !> "}, OpGreaterEq: {" ≥ ", " !≥ "},
}

// String shows the filter as a chip: 责任单位 ∋ 发改委 | 完成时限 ≤ 2022年6月.
func (f Filter) String() string {
	parts := make([]string, len(f.Terms))
	for i, t := range f.Terms {
		name := t.Name
		if t.Column < 0 {
			name = "any"
		} else if name == "" {
			name = fmt.Sprintf("#%d", t.Column+1)
		}
		sign := opSigns[t.Op][0]
		if t.Negated {
			sign = opSigns[t.Op][1]
		}
		parts[i] = strings.ReplaceAll(name, "\n", " ") + sign + t.Text
	}
	return strings.Join(parts, " | ")
}

// FilterRecords returns the indices of the records of q that pass every
// filter, in table order; all records when fs is empty.
func FilterRecords(q *Table, fs []Filter) []int {
	out := []int{}
	for i := range q.T.Records {
		if MatchAll(i, fs) {
			out = append(out, i)
		}
	}
	return out
}

// MatchAll reports whether record r passes every filter of fs (AND); true
// when fs is empty.
func MatchAll(r int, fs []Filter) bool {
	for _, f := range fs {
		if !f.Match(r) {
			return false
		}
	}
	return true
}
