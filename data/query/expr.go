package query

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Op is the operator of a filter term.
type Op int

// The operators of filter terms.
const (
	OpContains  Op = iota // COL~TEXT: the cell holds TEXT as a phrase
	OpEqual               // COL=TEXT: one of the cell's units is TEXT
	OpLess                // COL<V
	OpLessEq              // COL<=V
	OpGreater             // COL>V
	OpGreaterEq           // COL>=V
)

// operators are the spellings of the operators, longest first, full-width
// forms included.
var operators = []struct {
	text string
	op   Op
	neg  bool
}{
	{"!~", OpContains, true}, {"!=", OpEqual, true}, {"<=", OpLessEq, false}, {">=", OpGreaterEq, false},
	{"！～", OpContains, true}, {"！＝", OpEqual, true}, {"＜＝", OpLessEq, false}, {"＞＝", OpGreaterEq, false},
	{"≤", OpLessEq, false}, {"≥", OpGreaterEq, false}, {"≠", OpEqual, true},
	{"~", OpContains, false}, {"～", OpContains, false}, {"=", OpEqual, false}, {"＝", OpEqual, false},
	{"<", OpLess, false}, {"＜", OpLess, false}, {">", OpGreater, false}, {"＞", OpGreater, false},
}

// Syntax is the filter syntax in one line, for prompts and help.
const Syntax = "COL~TEXT contains · COL=TEXT unit · COL<=2022年6月 · ! not · a|b either"

// SyntaxKind says what is wrong with an expression, so that an interface
// can say it in its reader's language rather than show Msg.
type SyntaxKind int

// The kinds of syntax errors.
const (
	UnbalancedQuote    SyntaxKind = iota // an odd number of "
	EmptyTerm                            // nothing between two | (or none at all)
	NothingToFind                        // COL~ with no text
	EqualNeedsColumn                     // =TEXT with no column to take
	CompareNeedsColumn                   // <=V with no column to take
	NothingToCompare                     // COL<= with no value
	NotADate                             // Arg looks like a date but is none
	BadColumn                            // Err is the *ColumnError
)

// SyntaxError is an expression that cannot be parsed; At is the 1-based
// character where the trouble is, Kind what the trouble is (Arg the text
// it concerns, for NotADate), Err the cause when there is one (such as
// FindColumn's error for an unknown column).
type SyntaxError struct {
	Expr string
	At   int
	Kind SyntaxKind
	Arg  string
	Msg  string
	Err  error
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s (at character %d of %q)", e.Msg, e.At, e.Expr)
}

func (e *SyntaxError) Unwrap() error { return e.Err }

// ParseFilter parses a filter expression against table q. Alternatives are
// separated by |; each is a term, negated by a leading !:
//
//	COL~TEXT   the cell holds TEXT as a phrase (spaces, full/half width
//	           and punctuation variants ignored); COL!~TEXT: it does not
//	COL=TEXT   one of the cell's units (see Table.Units) is TEXT, label
//	           included: 主办：市发改委 is not 协办：市发改委, nor 市发改委
//	           printed without a label; COL= an empty cell
//	COL<V, <=, >, >=   in the column's natural order, dates understood
//	TEXT       like COL~TEXT on column col, or on any column when col is -1
//
// COL is resolved with FindColumn and may be left out (~TEXT, =TEXT) to
// mean column col. Quotes ("…") make text literal.
func ParseFilter(expr string, q *Table, col int) (Filter, error) {
	f := Filter{q: q}
	if i := strings.IndexAny(expr, `"＂`); i >= 0 && (strings.Count(expr, `"`)+strings.Count(expr, "＂"))%2 != 0 {
		return Filter{}, syntaxErr(expr, i, UnbalancedQuote, "unbalanced quote")
	}
	for _, part := range splitAlternatives(expr) {
		t, err := parseTerm(expr, part.text, part.at, q, col)
		if err != nil {
			return Filter{}, err
		}
		f.Terms = append(f.Terms, t)
	}
	return f, nil
}

// alternative is one |-separated part of an expression and its byte offset.
type alternative struct {
	text string
	at   int
}

// splitAlternatives splits expr at | and ｜ outside quotes.
func splitAlternatives(expr string) []alternative {
	var out []alternative
	quoted, start := false, 0
	for i, r := range expr {
		switch {
		case quoted && isCloseQuote(r):
			quoted = false
		case !quoted && isOpenQuote(r):
			quoted = true
		case !quoted && (r == '|' || r == '｜'):
			out = append(out, alternative{expr[start:i], start})
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, alternative{expr[start:], start})
}

// syntaxErr builds the error for trouble at byte offset at of expr.
func syntaxErr(expr string, at int, kind SyntaxKind, format string, args ...any) *SyntaxError {
	return &SyntaxError{Expr: expr, At: utf8.RuneCountInString(expr[:min(at, len(expr))]) + 1, Kind: kind, Msg: fmt.Sprintf(format, args...)}
}

// parseTerm parses one alternative, at byte offset at of expr.
func parseTerm(expr, s string, at int, q *Table, col int) (Term, error) {
	lead := len(s) - len(strings.TrimLeft(s, " \t\u3000"))
	s, at = strings.TrimSpace(s), at+lead
	if s == "" {
		return Term{}, syntaxErr(expr, at, EmptyTerm, "empty filter")
	}
	t := Term{Column: col, Op: OpContains}
	if rest, ok := cutNegation(s); ok {
		t.Negated = true
		at += len(s) - len(rest)
		s = rest
	}
	name, opText, operand, opAt := cutOp(s)
	if opText != "" {
		for _, o := range operators {
			if o.text == opText {
				t.Op = o.op
				t.Negated = t.Negated != o.neg
			}
		}
		if n := strings.TrimSpace(name); n != "" {
			c, err := FindColumn(n, q.T.Columns)
			if err != nil {
				se := syntaxErr(expr, at, BadColumn, "%v", err)
				se.Err = err
				return Term{}, se
			}
			t.Column = c
		}
		at += opAt + len(opText)
	}
	if t.Column >= 0 {
		t.Name = q.T.Columns[t.Column]
	}
	return t, t.compile(expr, unquote(operand), at, q)
}

// cutOp finds the first operator outside quotes in s.
func cutOp(s string) (name, op, operand string, at int) {
	quoted := false
	for i, r := range s {
		switch {
		case quoted:
			quoted = !isCloseQuote(r)
			continue
		case isOpenQuote(r):
			quoted = true
			continue
		}
		for _, o := range operators {
			if strings.HasPrefix(s[i:], o.text) {
				return s[:i], o.text, s[i+len(o.text):], i
			}
		}
	}
	return "", "", s, 0
}

// unquote removes the quotes around text, when it is quoted as a whole;
// quotes inside it (“煤头电尾”) are text.
func unquote(s string) string {
	s = strings.TrimSpace(s)
	r, n := utf8.DecodeRuneInString(s)
	l, m := utf8.DecodeLastRuneInString(s)
	if len(s) > n && isOpenQuote(r) && isCloseQuote(l) {
		return s[n : len(s)-m]
	}
	return s
}

// UnitFilter returns the filter COL=value on column col of q: the records
// one of whose units is value (as Frequencies shows it), or, for "", the
// records whose cell names no unit.
func UnitFilter(q *Table, col int, value string) Filter {
	t := Term{Column: col, Name: q.T.Columns[col], Op: OpEqual}
	_ = t.compile(value, value, 0, q) // OpEqual with a column cannot fail
	return Filter{Terms: []Term{t}, q: q}
}

// opTexts spell the operators in Expression.
var opTexts = map[Op]string{OpContains: "~", OpEqual: "=", OpLess: "<", OpLessEq: "<=", OpGreater: ">", OpGreaterEq: ">="}

// Expression returns the filter as an expression that ParseFilter reads
// back to the same filter on the same table whatever column it is given:
// every term names its column (#N when its name does not find it back).
func (f Filter) Expression() string {
	parts := make([]string, len(f.Terms))
	for i, t := range f.Terms {
		var b strings.Builder
		if t.Negated {
			b.WriteString("!")
		}
		if t.Column >= 0 {
			if c, err := FindColumn(t.Name, f.q.T.Columns); err == nil && c == t.Column && !strings.ContainsAny(t.Name, "~=<>!|\"") {
				b.WriteString(t.Name)
			} else {
				fmt.Fprintf(&b, "#%d", t.Column+1)
			}
		}
		b.WriteString(opTexts[t.Op])
		text := t.Text
		if strings.ContainsAny(text, "|｜\"＂") || text != strings.TrimSpace(text) ||
			strings.HasPrefix(text, "“") || strings.IndexAny(text, "~=<>!～＝＜＞！≤≥≠") == 0 {
			text = `"` + text + `"`
		}
		b.WriteString(text)
		parts[i] = b.String()
	}
	return strings.Join(parts, "|")
}
