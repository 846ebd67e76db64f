package loader

import (
	"fmt"
	"strconv"
	"strings"
)

// AsciiDoc tables (pandoc -t asciidoc, asciidoctor sources): a block
// between two |=== lines, maybe under an attribute line
// [cols="20%,80%",options="header"]; each cell starts with a bar (\| is
// a bar of the text) and runs to the next one, over line ends; the cells
// fill the rows in order, as many to a row as the cols attribute names
// or, without one, as the first line holds. The first row is the header
// when the attributes say so, or when a blank line follows its line
// (AsciiDoc's implicit header). asciidocTables rewrites each block as
// tab-separated lines, one per row, before the bordered stage, which
// would read the lines after a cell's line end as page furniture between
// bar rows.

// asciidocTables rewrites every AsciiDoc table block in ls.
func asciidocTables(ls []line, warn warnFunc) []line {
	var out []line // made only when a table is found
	kept := 0
	for i := 0; i < len(ls); i++ {
		if ls[i].first() != '|' || trim(ls[i].text) != "|===" {
			continue
		}
		end := i + 1
		for end < len(ls) && trim(ls[end].text) != "|===" {
			end++
		}
		if end == len(ls) {
			return keepLines(out, ls, kept)
		}
		top := i
		attrs := ""
		if i > kept && strings.HasPrefix(trim(ls[i-1].text), "[") && strings.HasSuffix(trim(ls[i-1].text), "]") {
			top, attrs = i-1, trim(ls[i-1].text)
		}
		rows, ok := asciidocRows(ls[i+1:end], attrs)
		if !ok {
			i = end
			continue
		}
		if out == nil {
			out = make([]line, 0, len(ls))
		}
		out = append(append(out, ls[kept:top]...), rows...)
		out = append(out, line{n: ls[end].n, marks: markBoxed})
		warn(int(ls[top].n), fmt.Sprintf("an AsciiDoc table (lines %d–%d) was read by its cells' bars", ls[top].n, ls[end].n))
		kept, i = end+1, end
	}
	return keepLines(out, ls, kept)
}

func keepLines(out, ls []line, kept int) []line {
	if out == nil {
		return ls
	}
	return append(out, ls[kept:]...)
}

// asciidocCell is a cell's text and the line it starts on.
type asciidocCell struct {
	text string
	n    int32
}

// asciidocRows reads a block's cells into tab-separated rows. ok is
// false when the block starts with no cell or its cells fill no rows.
func asciidocRows(body []line, attrs string) ([]line, bool) {
	var cells []asciidocCell
	cols, firstEnd := 0, -1 // the first line's cells; the index of its line
	for k, l := range body {
		t := trim(l.text)
		if t == "" {
			continue
		}
		if len(cells) == 0 && t[0] != '|' {
			return nil, false
		}
		parts := splitBars(t)
		if len(parts) > 0 && t[0] != '|' { // the cell above goes on
			c := &cells[len(cells)-1]
			if p := trim(parts[0]); p != "" {
				if needsSpace(c.text, p) {
					c.text += " "
				}
				c.text += p
			}
			parts = parts[1:]
		} else if len(parts) > 0 {
			parts = parts[1:] // the text before the first bar: none
		}
		for _, p := range parts {
			cells = append(cells, asciidocCell{trim(p), l.n})
		}
		if firstEnd < 0 {
			cols, firstEnd = len(parts), k
		}
	}
	if n := asciidocCols(attrs); n > 0 {
		cols = n
	}
	if cols < 2 || len(cells) < cols || len(cells)%cols != 0 {
		return nil, false
	}
	header := strings.Contains(attrs, `options="header"`) || strings.Contains(attrs, "%header") ||
		firstEnd+1 < len(body) && trim(body[firstEnd+1].text) == "" && cols == len(splitBars(trim(body[firstEnd].text)))-1
	var out []line
	for r := 0; r*cols < len(cells); r++ {
		row := cells[r*cols : (r+1)*cols]
		texts := make([]string, cols)
		for c, x := range row {
			texts[c] = pipeCell(strings.ReplaceAll(x.text, "\t", " "))
		}
		l := line{n: row[0].n, marks: markBoxed | markOwn}
		if r == 0 && header {
			l.marks = markBoxed | markHead
		}
		l.setText(strings.Join(texts, "\t"))
		out = append(out, l)
	}
	return out, true
}

// splitBars splits t at its bars (\| is a bar of the text).
func splitBars(t string) []string {
	var parts []string
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '\\' && i+1 < len(t) && t[i+1] == '|':
			b.WriteByte('|')
			i++
		case t[i] == '|':
			parts = append(parts, b.String())
			b.Reset()
		default:
			b.WriteByte(t[i])
		}
	}
	return append(parts, b.String())
}

// asciidocCols is the column count the cols attribute names: cols="3"
// or one entry a column, cols="20%,80%"; 0 without one.
func asciidocCols(attrs string) int {
	_, v, ok := strings.Cut(attrs, `cols="`)
	if !ok {
		return 0
	}
	v, _, _ = strings.Cut(v, `"`)
	if n, err := strconv.Atoi(v); err == nil {
		return n
	}
	return strings.Count(v, ",") + 1
}
