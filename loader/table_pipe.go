package loader

import "strings"

// pipeTables rewrites markdown pipe tables (| 序号 | 任务 | over a
// |---|---| separator) as tab rows, so that they are read like every other
// table; separator rows are dropped. A table starts at a pipe row above a
// separator and runs over blank lines (its pages) to the first line that
// is no pipe row. ls is returned as it is when it holds no pipe table.
func pipeTables(ls []line) []line {
	start := -1
	// A pipe row and a separator start with their |, so no other line
	// is read.
	for i := nextLead(ls, 0, &barLead); i+1 < len(ls); i = nextLead(ls, i+1, &barLead) {
		if ls[i+1].first() == '|' && pipeRow(ls[i].text) && pipeSeparator(ls[i+1].text) {
			start = i
			break
		}
	}
	if start < 0 {
		return ls
	}
	out := append(make([]line, 0, len(ls)), ls[:start]...)
	in := false
	for i := start; i < len(ls); i++ {
		l := ls[i]
		switch {
		case trim(l.text) == "":
		case !pipeRow(l.text):
			in = false
		case !in:
			in = i+1 < len(ls) && pipeSeparator(ls[i+1].text)
		}
		if !in || !pipeRow(l.text) {
			out = append(out, l)
			continue
		}
		if !pipeSeparator(l.text) {
			out = append(out, line{n: l.n, text: strings.Join(pipeCells(trim(l.text)), "\t")})
		}
	}
	return out
}

// pipeRow reports whether a line is a row of a pipe table.
func pipeRow(t string) bool {
	t = trim(t)
	return len(t) >= 2 && t[0] == '|' && strings.IndexByte(t[1:], '|') >= 0
}

// pipeSeparator recognises the row under a pipe table's header:
// |---|:---:|, | --- | --- |.
func pipeSeparator(t string) bool {
	t = trim(t)
	if !strings.HasPrefix(t, "|") || !strings.Contains(t, "-") {
		return false
	}
	return strings.Trim(t, "|-: ") == ""
}

// pipeCells splits a pipe row into its cells; \| is a pipe inside a cell.
func pipeCells(t string) []string {
	t = strings.TrimPrefix(t, "|")
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, `\|`) {
		t = t[:len(t)-1]
	}
	cells := splitBars(t)
	for i, c := range cells {
		cells[i] = pipeCell(c)
	}
	return cells
}

// pipeCell trims a pipe table's cell and turns its markdown bold marks
// (**一、……**, the way markdown prints a group label) into the <b> the
// table stage reads in every converter's cells; a lone ** stays text.
func pipeCell(c string) string {
	c = trim(c)
	for {
		i := strings.Index(c, "**")
		if i < 0 {
			return c
		}
		j := strings.Index(c[i+2:], "**")
		if j <= 0 {
			return c
		}
		c = c[:i] + "<b>" + c[i+2:i+2+j] + "</b>" + c[i+2+j+2:]
	}
}
