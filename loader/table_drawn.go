package loader

// drawnTables rebuilds the tables that text draws with characters, in
// turn: AsciiDoc blocks, bordered tables, tables ruled with dashes, rows
// between bars, then tables laid out in columns. Each of the first four
// looks only at the lines whose first byte is one of a few (| + - = and
// the lead byte of the box-drawing characters): one pass over the lines
// finds those, a stage whose bytes start none of them is not run, and
// the bordered and dashed stages, which many files need, go over them
// alone rather than over every line. The pass is made anew after a stage
// rebuilt a table: its rows are new lines.
func drawnTables(ls []line, warn warnFunc) []line {
	at := leadIndex(ls, &drawnLead)
	stage := func(run func([]line, []int, warnFunc) []line, starts *[256]bool) {
		for _, i := range at {
			if starts[ls[i].first()] {
				if out := run(ls, at, warn); len(out) != len(ls) || len(out) > 0 && &out[0] != &ls[0] {
					ls, at = out, leadIndex(out, &drawnLead)
				}
				return
			}
		}
	}
	stage(func(ls []line, _ []int, warn warnFunc) []line { return asciidocTables(ls, warn) }, &barLead)
	stage(borderedAt, &borderLead)
	stage(dashedAt, &dashLead)
	stage(func(ls []line, _ []int, warn warnFunc) []line { return barTables(ls, warn) }, &barLead)
	return layoutTables(ls, warn)
}

// barLead and dashLead are the first bytes of the lines that start an
// AsciiDoc block or rows between bars (|) and a dashed table's rule;
// drawnLead those of any drawn table's first line.
var barLead, dashLead = byteSet("|"), byteSet("-=")

var drawnLead = func() (set [256]bool) {
	for c := range set {
		set[c] = barLead[c] || dashLead[c] || borderLead[c]
	}
	return set
}()

// nextLead returns the index of the first line of ls from i on whose
// first byte (see first) is in set, len(ls) when there is none: a stage
// that looks for a few first bytes goes over the others in this one
// tight loop.
func nextLead(ls []line, i int, set *[256]bool) int {
	for ; i < len(ls); i++ {
		if set[ls[i].first()] {
			return i
		}
	}
	return len(ls)
}

// leadIndex returns the indices, in order, of the lines of ls whose
// first byte is in set.
func leadIndex(ls []line, set *[256]bool) []int {
	var at []int
	for i := nextLead(ls, 0, set); i < len(ls); i = nextLead(ls, i+1, set) {
		at = append(at, i)
	}
	return at
}
