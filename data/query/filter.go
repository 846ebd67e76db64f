package query

import (
	"fmt"
	"strconv"
	"strings"

	"gazette/data"
)

// Filter keeps the records of a table whose cell in Column matches M.
type Filter struct {
	// Column is the column index, or -1 for any column: then every term
	// must occur somewhere in the record.
	Column int
	// Name is the column's name, "" for any column.
	Name string
	// M is the text to match; a negated M keeps records that do not match.
	M *Matcher
}

// ParseFilter parses a filter expression: COL~TEXT keeps records whose
// column COL matches TEXT, COL!~TEXT those whose column does not. Without a
// column (~TEXT, !~TEXT or a bare TEXT, which may start with !) the filter
// applies to the whole record. COL is resolved with FindColumn; ～ and ！
// work like ~ and !. A ~ inside quotes is part of TEXT.
func ParseFilter(expr string, columns []string) (Filter, error) {
	e := strings.TrimSpace(expr)
	col, text, found := cutOperator(e)
	if !found {
		m, err := Compile(e)
		if err != nil {
			return Filter{}, err
		}
		return Filter{Column: -1, M: m}, nil
	}
	neg := false
	if rest, ok := cutNegationSuffix(col); ok {
		neg, col = true, rest
	}
	col = strings.TrimSpace(col)
	m, err := Compile(text)
	if err != nil {
		return Filter{}, err
	}
	if neg {
		m.negated = !m.negated
	}
	if col == "" {
		return Filter{Column: -1, M: m}, nil
	}
	c, err := FindColumn(col, columns)
	if err != nil {
		return Filter{}, err
	}
	return Filter{Column: c, Name: columns[c], M: m}, nil
}

// cutOperator splits e at its first ~ or ～ that comes before any quote.
func cutOperator(e string) (before, after string, found bool) {
	for i, r := range e {
		switch {
		case isOpenQuote(r):
			return e, "", false
		case r == '~' || r == '～':
			return e[:i], e[i+len(string(r)):], true
		}
	}
	return e, "", false
}

// cutNegationSuffix strips a trailing ! or ！ from s.
func cutNegationSuffix(s string) (string, bool) {
	for _, p := range []string{"!", "！"} {
		if rest, ok := strings.CutSuffix(s, p); ok {
			return rest, true
		}
	}
	return s, false
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
		return -1, fmt.Errorf("empty column name; columns: %s", listColumns(columns, nil))
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
			return -1, fmt.Errorf("column %q is ambiguous: %s", name, listColumns(columns, hits))
		}
	}
	return -1, fmt.Errorf("no column %q; columns: %s", name, listColumns(columns, nil))
}

// listColumns joins the names of the columns at idx (all when idx is nil),
// naming unnamed columns by their 1-based position.
func listColumns(columns []string, idx []int) string {
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
	return strings.Join(names, ", ")
}

// Match reports whether the record passes the filter. Inherited cells count
// like the record's own.
func (f Filter) Match(r *data.Record) bool {
	if f.Column < 0 {
		return f.M.containsCells(r.Cells) != f.M.negated
	}
	text := ""
	if f.Column < len(r.Cells) {
		text = r.Cells[f.Column].Text
	}
	return f.M.Match(text)
}

// FilterRecords returns the indices of the records of t that pass every
// filter, in table order; all records when fs is empty.
func FilterRecords(t *data.Table, fs []Filter) []int {
	out := []int{}
	for i := range t.Records {
		if MatchAll(&t.Records[i], fs) {
			out = append(out, i)
		}
	}
	return out
}

// MatchAll reports whether record r passes every filter of fs (AND); true
// when fs is empty.
func MatchAll(r *data.Record, fs []Filter) bool {
	for _, f := range fs {
		if !f.Match(r) {
			return false
		}
	}
	return true
}
