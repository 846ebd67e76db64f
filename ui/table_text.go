package ui

import (
	"errors"
	"strconv"
	"strings"

	"gazette/data/query"
	say "gazette/ui/msg"
)

// The table screen's words come from the catalogue: its filters as
// chips, the filter language's errors and the hidden-columns note.

// dateExamples are deadlines as printed, which the filter reads; they
// are data, the same in both languages.
var dateExamples = []string{"2022年6月", "6月底前", "2022年6月30日", "上半年", "年底"}

// compareSigns are the comparison operators as a chip shows them, plain
// and negated.
var compareSigns = map[query.Op][2]string{
	query.OpEqual: {"=", "≠"},
	query.OpLess:  {"<", "!<"}, query.OpLessEq: {"≤", "!≤"},
	query.OpGreater: {">", "!>"}, query.OpGreaterEq: {"≥", "!≥"},
}

// chip shows filter f as a chip: 责任单位 含 发改委 | 完成时限 ≤ 2022年6月.
func chip(t say.Catalog, f query.Filter) string {
	parts := make([]string, len(f.Terms))
	for i, term := range f.Terms {
		name := strings.ReplaceAll(term.Name, "\n", " ")
		switch {
		case term.Column < 0:
			name = t.T(say.TableAnyColumn)
		case name == "":
			name = "#" + strconv.Itoa(term.Column+1)
		}
		switch {
		case term.Op == query.OpContains && term.Negated:
			parts[i] = t.F(say.TableLacks, name, term.Text)
		case term.Op == query.OpContains:
			parts[i] = t.F(say.TableHas, name, term.Text)
		case term.Negated:
			parts[i] = name + " " + compareSigns[term.Op][1] + " " + term.Text
		default:
			parts[i] = name + " " + compareSigns[term.Op][0] + " " + term.Text
		}
	}
	return strings.Join(parts, " | ")
}

// filterError says in the catalogue's language why a filter expression
// cannot be read, and at which character.
func filterError(t say.Catalog, err error) string {
	var se *query.SyntaxError
	if !errors.As(err, &se) {
		return err.Error()
	}
	var why string
	switch se.Kind {
	case query.UnbalancedQuote:
		why = t.T(say.TableUnbalancedQuote)
	case query.EmptyTerm:
		why = t.T(say.TableEmptyTerm)
	case query.NothingToFind:
		why = t.T(say.TableNothingToFind)
	case query.EqualNeedsColumn:
		why = t.T(say.TableEqualNeedsCol)
	case query.CompareNeedsColumn:
		why = t.T(say.TableCompareNeedsCol)
	case query.NothingToCompare:
		why = t.T(say.TableNothingToComp)
	case query.NotADate:
		why = t.F(say.TableNotADate, se.Arg, strings.Join(dateExamples, t.T(say.ListSep)))
	default:
		why = columnError(t, se)
	}
	return t.F(say.TableErrorAt, why, se.At)
}

// columnError says why a column name cannot be resolved.
func columnError(t say.Catalog, se *query.SyntaxError) string {
	var ce *query.ColumnError
	if !errors.As(se, &ce) {
		return se.Msg
	}
	list := strings.Join(ce.Columns, t.T(say.ListSep))
	switch {
	case ce.Ambiguous:
		return t.F(say.TableAmbiguousColumn, ce.Name, list)
	case ce.Name == "":
		return t.F(say.TableEmptyColumn, list)
	}
	return t.F(say.TableNoColumn, ce.Name, list)
}

// moreColumns names hidden columns: 1 more column: 责任人.
func moreColumns(t say.Catalog, names []string) string {
	return t.N(say.TableMore, len(names)) + strings.Join(names, t.T(say.ListSep))
}
