package loader

// drawnTables rebuilds the tables that text draws with characters, in
// turn: AsciiDoc blocks, bordered tables, tables ruled with dashes, rows
// between bars, then tables laid out in columns. Each of the first four
// looks only at the lines whose first byte is one of a few (| + - = and
// the lead byte of the box-drawing characters): one pass over the lines
// finds which first bytes occur, and a stage whose bytes start no line
// is not run over the whole file, as most files draw no table. The pass
// is made anew after a stage rebuilt a table: its rows are new lines.
func drawnTables(ls []line, warn warnFunc) []line {
	leads := lineLeads(ls)
	stage := func(run func([]line, warnFunc) []line, starts *[256]bool) {
		for c, ok := range starts {
			if ok && leads[c] {
				if out := run(ls, warn); len(out) != len(ls) || len(out) > 0 && &out[0] != &ls[0] {
					ls, leads = out, lineLeads(out)
				}
				return
			}
		}
	}
	stage(asciidocTables, &barLead)
	stage(borderedTables, &borderLead)
	stage(dashedTables, &dashLead)
	stage(barTables, &barLead)
	return layoutTables(ls, warn)
}

// barLead and dashLead are the first bytes of the lines that start an
// AsciiDoc block or rows between bars (|) and a dashed table's rule.
var barLead, dashLead = byteSet("|"), byteSet("-=")

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

// lineLeads marks the first bytes of the lines of ls (see first).
func lineLeads(ls []line) (leads [256]bool) {
	for i := range ls {
		leads[ls[i].first()] = true
	}
	return leads
}
