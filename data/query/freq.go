package query

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"gazette/data"
)

// Freq is one distinct value of a column and the records naming it.
type Freq struct {
	// Value is the value as first found; "" counts empty cells.
	Value string
	// Count is the number of records naming the value.
	Count int
	// Records are the indices of those records, in the order given.
	Records []int
}

// Frequencies counts the values of column col over the records idx of t,
// most frequent first, ties in order of first appearance. A cell naming
// several units (see Units) counts once for each; values equal after
// Normalize are counted together.
func Frequencies(t *data.Table, idx []int, col int) []Freq {
	var out []Freq
	pos := map[string]int{}
	add := func(value string, rec int) {
		key := Normalize(value)
		i, ok := pos[key]
		if !ok {
			i = len(out)
			pos[key] = i
			out = append(out, Freq{Value: value})
		}
		f := &out[i]
		if n := len(f.Records); n > 0 && f.Records[n-1] == rec {
			return
		}
		f.Count++
		f.Records = append(f.Records, rec)
	}
	for _, r := range idx {
		units := Units(t.Text(r, col))
		if len(units) == 0 {
			add("", r)
		}
		for _, u := range units {
			add(u, r)
		}
	}
	slices.SortStableFunc(out, func(a, b Freq) int { return cmp.Compare(b.Count, a.Count) })
	return out
}

// roleStems are the words of role labels such as 主办, 牵头单位 or
// 主要责任单位 that precede or follow the units of a cell.
var roleStems = []string{"主办", "协办", "牵头", "配合", "负责", "参与", "主责", "协助", "责任"}

// isRole reports whether s is a role label rather than a unit.
func isRole(s string) bool {
	if utf8.RuneCountInString(s) > 8 {
		return false
	}
	for _, w := range roleStems {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// Units splits a cell naming several units, such as
// 主办：市发改委 协办：市财政局、市商务局, into the units it names:
// it splits on 、，,；;／/ and whitespace (line breaks included) outside
// brackets, so 各县（市、区）政府 stays one unit, and drops role labels
// (主办：, 牵头单位:, a trailing （牵头）). A cell without separators is its
// own single value; an empty cell gives none.
func Units(text string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case strings.ContainsRune("（(〔【[《", r):
			depth++
		case strings.ContainsRune("）)〕】]》", r):
			depth = max(depth-1, 0)
		case depth == 0 && (fold(r) == ignored || strings.ContainsRune("、，,；;／/", r)):
			out = appendUnit(out, text[start:i])
			start = i + n
		}
		i += n
	}
	return appendUnit(out, text[start:])
}

// appendUnit appends piece to units after stripping role labels and
// trailing punctuation, unless nothing is left.
func appendUnit(units []string, piece string) []string {
	piece = strings.TrimSpace(piece)
	if i := strings.IndexAny(piece, ":："); i >= 0 && isRole(piece[:i]) {
		_, n := utf8.DecodeRuneInString(piece[i:])
		piece = strings.TrimSpace(piece[i+n:])
	}
	piece = strings.TrimRight(piece, "。.")
	if strings.HasSuffix(piece, "）") || strings.HasSuffix(piece, ")") {
		if i := max(strings.LastIndex(piece, "（"), strings.LastIndex(piece, "(")); i > 0 {
			_, n := utf8.DecodeRuneInString(piece[i:])
			_, m := utf8.DecodeLastRuneInString(piece)
			if isRole(piece[i+n : len(piece)-m]) {
				piece = strings.TrimSpace(piece[:i])
			}
		}
	}
	if piece == "" || isRole(piece) && utf8.RuneCountInString(piece) <= 4 {
		return units
	}
	return append(units, piece)
}
