package loader

import "strings"

// maxQuotedLines bounds how far a quoted cell may run over source lines:
// a stray quote must not swallow the rest of a document.
const maxQuotedLines = 40

// readRow reads the table row that starts at ls[j] and returns it with the
// index of the line after it. A row is one line split at its tabs, unless
// it was written with CSV quoting (see csvRow): then a quoted cell may hold
// tabs, doubled quotes and further lines. The cells of a plain row go
// into sc (see tableScratch), nil for a slice of their own.
func readRow(ls []line, j int, sc *tableScratch) (row, int) {
	if strings.IndexByte(ls[j].text, '"') >= 0 {
		if cells, next, ok := csvRow(ls, j); ok {
			return row{line: ls[j], cells: cells, more: ls[j+1 : next]}, next
		}
	}
	t := ls[j].text
	// A line that decoding marked plain holds none of hasMarkup's bytes.
	plain := ls[j].marks&markPlain != 0 || !hasMarkup(t)
	return row{line: ls[j], cells: sc.split(t), plain: plain, whole: true}, j + 1
}

// startsRow reports whether a table row starts at ls[j]: a line with a
// tab, or the first line of a CSV-quoted row whose first cell runs on.
func startsRow(ls []line, j int) bool {
	if ls[j].tabbed() {
		return true
	}
	// A text that starts with a quote has it for its recorded first
	// byte: most lines are passed over without reading their text.
	if ls[j].first() != '"' || !strings.HasPrefix(ls[j].text, `"`) {
		return false
	}
	cells, _, ok := csvRow(ls, j)
	return ok && len(cells) >= 2
}

// csvRow reads ls[j] (and the lines a quoted cell runs over) as one row
// written the way Python's csv module writes with delimiter='\t': a cell
// is quoted when it holds a tab, a quote (doubled inside) or a line break.
// The row counts as CSV only when that explains its quotes: some quoted
// cell holds one of those, or every non-empty cell is quoted (a writer
// that quotes everything). A quoted cell over several lines that holds a
// tab is none: no converter puts its delimiter in a cell, those are rows
// (a wrap that starts a line of a cell with a quote, another that ends
// one with it). Otherwise ok is false and the quotes are text.
func csvRow(ls []line, j int) (cells []string, next int, ok bool) {
	s, k, pos := ls[j].text, j, 0
	needed, quoted, plain := false, 0, 0
	for {
		if pos < len(s) && s[pos] == '"' {
			var b strings.Builder
			pos++
			for {
				q := strings.IndexByte(s[pos:], '"')
				if q < 0 { // the cell runs on to the next line
					b.WriteString(s[pos:])
					k++
					if k >= len(ls) || k-j > maxQuotedLines {
						return nil, 0, false
					}
					b.WriteByte('\n')
					s, pos, needed = ls[k].text, 0, true
					continue
				}
				b.WriteString(s[pos : pos+q])
				pos += q + 1
				if pos < len(s) && s[pos] == '"' {
					b.WriteByte('"')
					pos, needed = pos+1, true
					continue
				}
				break
			}
			cell := b.String()
			if strings.IndexByte(cell, '\n') >= 0 && strings.IndexByte(cell, '\t') >= 0 {
				return nil, 0, false // lines of tab rows between two quotes in text
			}
			needed = needed || strings.IndexByte(cell, '\t') >= 0
			cells, quoted = append(cells, cell), quoted+1
			if pos == len(s) {
				break
			}
			if s[pos] != '\t' {
				return nil, 0, false // text after the closing quote
			}
			pos++
			continue
		}
		f, rest, more := strings.Cut(s[pos:], "\t")
		if strings.IndexByte(f, '"') >= 0 {
			return nil, 0, false // a CSV writer would have quoted this cell
		}
		if trim(f) != "" {
			plain++
		}
		cells = append(cells, f)
		if !more {
			break
		}
		pos = len(s) - len(rest)
	}
	if !needed && (quoted == 0 || plain > 0) {
		return nil, 0, false
	}
	return cells, k + 1, true
}
