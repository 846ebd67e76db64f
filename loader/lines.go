package loader

import "gazette/data"

// line is one source line after decoding and sanitising.
// Its number and flags share one word: a large file has hundreds of
// thousands of lines, each 32 bytes rather than 40.
type line struct {
	text string // decoded UTF-8, control characters removed, no line end
	// block is a finished block standing where the line is (a table of a
	// web page, built from its cells); text is then "".
	block *data.Block
	n     int32 // 1-based line number in the source file (see parse)
	ff    bool  // the source line held a form feed: a page starts here
	join  bool  // continues the line before it across a removed page break
	// own marks a row a laid-out table's x-positions show to be a record
	// of its own under merged cells: no rule joins it to the row above.
	own bool
	// boxed marks a row of a table drawn with borders, whose reader
	// joined the lines its cells' borders show to be wrapped: a count of
	// characters shows no more cuts (see borderedTables); on a blank
	// line, the rule that closed such a table.
	boxed bool
}

// bodyItem is one item of a document body after table extraction: either
// a run of consecutive source lines of running text, or a finished block
// (a table, or a raw block for a region that could not be structured).
// A run shares the memory of the body's lines: one item a line cost more
// than the lines themselves.
type bodyItem struct {
	lines []line      // valid when block == nil
	block *data.Block // a TableBlock or Raw block with Line set, or nil
}

// addLine appends the line ls[i] to items, extending the last run when
// it ends at ls[i-1].
func addLine(items []bodyItem, ls []line, i int) []bodyItem {
	if n := len(items); n > 0 && i > 0 && items[n-1].block == nil {
		if r := items[n-1].lines; len(r) > 0 && &r[len(r)-1] == &ls[i-1] {
			items[n-1].lines = r[:len(r)+1]
			return items
		}
	}
	return append(items, bodyItem{lines: ls[i : i+1]})
}

// splitTail makes each of the last n lines of the runs that end items an
// item of its own, for code that looks at the last few lines one by one.
func splitTail(items []bodyItem, n int) []bodyItem {
	k, lines := len(items), 0
	for k > 0 && items[k-1].block == nil && lines < n {
		k--
		lines += len(items[k].lines)
	}
	skip := lines - n // lines of the first runs that stay together
	tail := make([]bodyItem, 0, len(items)-k+min(lines, n))
	for _, it := range items[k:] {
		r := it.lines
		if skip >= len(r) {
			tail = append(tail, it)
			skip -= len(r)
			continue
		}
		if skip > 0 {
			tail = append(tail, bodyItem{lines: r[:skip]})
			r, skip = r[skip:], 0
		}
		for x := range r {
			tail = append(tail, bodyItem{lines: r[x : x+1]})
		}
	}
	return append(items[:k], tail...)
}

// warnFunc records a warning at a source line.
type warnFunc func(n int, msg string)
