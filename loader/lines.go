package loader

import "gazette/data"

// line is one source line after decoding and sanitising.
type line struct {
	n    int    // 1-based line number in the source file
	text string // decoded UTF-8, control characters removed, no line end
	ff   bool   // the source line held a form feed: a page starts here
	join bool   // continues the line before it across a removed page break
	// block is a finished block standing where the line is (a table of a
	// web page, built from its cells); text is then "".
	block *data.Block
}

// bodyItem is one item of a document body after table extraction: either
// a source line of running text, or a finished block (a table, or a raw
// block for a region that could not be structured).
type bodyItem struct {
	line  line        // valid when block == nil
	block *data.Block // a TableBlock or Raw block with Line set, or nil
}

// warnFunc records a warning at a source line.
type warnFunc func(n int, msg string)
