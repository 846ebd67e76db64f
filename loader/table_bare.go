package loader

import (
	"strings"

	"gazette/data"
)

// bareTables rewrites the pipe tables markdown writers print without
// outer pipes (html2text: 序号 | 任务 over ---|---) as tab rows, read as
// GitHub's table extension reads them: the row above a delimiter row of
// as many cells is the header, and every line after it up to a blank
// line is a row, a line without a bar a row of one cell (a group row
// across the table); a row of fewer cells is filled with empty ones. As
// the writer prints no outer bars, a bar at a row's end parts an empty
// first or last cell from the next; a row may take several lines (see
// bareLines). ls is returned as it is when it holds no such table.
func bareTables(ls []line, warn warnFunc) []line {
	var out []line
	done := 0 // the lines before done are in out
	for i := 1; i < len(ls); i++ {
		if c := ls[i].first(); c != '-' && c != ':' || i-1 < done {
			continue
		}
		n := bareDelimiter(ls[i].text)
		if n < 2 || len(splitBars(trim(ls[i-1].text))) != n {
			continue
		}
		if out == nil {
			out = make([]line, 0, len(ls))
		}
		out = append(out, ls[done:i-1]...)
		out, done = bareRows(out, ls, i, n, warn)
		i = done - 1
	}
	if out == nil {
		return ls
	}
	return append(out, ls[done:]...)
}

// bareRows appends the rows of the table whose delimiter row is ls[sep],
// n cells wide, as tab rows to out, and returns it with the index of the
// first line after the table.
func bareRows(out, ls []line, sep, n int, warn warnFunc) ([]line, int) {
	head := ls[sep-1]
	out = append(out, bareRow(head, splitBars(trim(head.text)), n))
	end := sep + 1
	hard := false // most tables have no line ending in a hard break
	for ; end < len(ls) && trim(ls[end].text) != ""; end++ {
		hard = hard || ls[end].hard()
	}
	if !hard {
		for _, l := range ls[sep+1 : end] {
			out = append(out, bareRow(l, splitBars(trim(l.text)), n))
		}
		return out, end
	}
	rows := bareLines(ls[sep+1:end], head.hard(), warn)
	if head.hard() {
		w := n
		for _, r := range rows {
			w = max(w, len(r.cells))
		}
		rows = bareMarkedRows(rows, w, warn)
	}
	for _, r := range rows {
		out = append(out, bareRow(r.l, r.cells, n))
	}
	return out, end
}

// bareRow is a row's line with its cells parted by tabs, n at least.
func bareRow(l line, cells []string, n int) line {
	for k, c := range cells {
		if c != " " { // a cell merged with the record above stays one space
			cells[k] = pipeCell(c)
		}
	}
	for len(cells) < n {
		cells = append(cells, "")
	}
	l.setText(strings.Join(cells, "\t"))
	return l
}

// bareDelimiter is the cell count of a delimiter row without outer
// pipes (---|:---:|---), 0 for any other line.
func bareDelimiter(t string) int {
	t = trim(t)
	if strings.HasPrefix(t, "|") || strings.HasSuffix(t, "|") {
		return 0
	}
	cells := strings.Split(t, "|")
	for _, c := range cells {
		c = strings.TrimSuffix(strings.TrimPrefix(trim(c), ":"), ":")
		if c == "" || strings.Trim(c, "-") != "" {
			return 0
		}
	}
	return len(cells)
}

// seqFlat reads a table flattened one cell per line that opens with its
// 序号 column's name on a line of its own and no caption a flattened
// table is looked for under (a .docx saved as text prints a table so,
// its title a paragraph above it or none): the rows' numbers tell the
// table as they do under a caption (see numberedFlat, which reads from
// the line after the one it is given: the 序号 line on).
func seqFlat(ls []line, i int, warn warnFunc) (*data.Block, int, bool) {
	if trim(ls[i].text) != "序号" {
		return nil, 0, false
	}
	return numberedFlat(ls, i-1, "", warn)
}

// maySeq tells the lines seqFlat may start at by their first byte and
// length, without reading their text: 序号 with a few spaces around it.
func maySeq(l *line) bool {
	return l.first() == "序"[0] && len(l.text) >= len("序号") && len(l.text) <= len("序号")+8
}
