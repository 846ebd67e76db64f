package loader

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"gazette/data"
)

// gridCell is one position of a table's grid after rowspan and colspan
// are expanded; a spanned position shares its origin's cell.
type gridCell struct {
	origin *htmlCell
	above  bool // copied down from the row above (rowspan)
	left   bool // copied right from the column before (colspan)
}

// htmlCell is one <td> or <th>.
type htmlCell struct {
	text string
	th   bool
	row  int // the grid row it starts in
	cols int // colspan
}

// maxSpan bounds rowspan and colspan (a page may say 10000), and
// maxCells the cells a table's spans may fill: beyond it spans are
// ignored, so that a hostile page cannot fill memory.
const (
	maxSpan  = 1000
	maxCells = 1 << 21
)

// table writes a <table>: a metadata table as key-value lines, a data
// table as a finished table block on a line of its own.
func (e *emitter) table(n *html.Node) {
	e.flush(true)
	for _, l := range readTable(n, &e.loc).asLines(e.warn) {
		e.add(l, "")
	}
}

// htmlGrid is a <table> read into a grid, its spans expanded: each row's
// source line, how many leading rows are its header, and its <caption>.
type htmlGrid struct {
	grid    [][]gridCell
	lines   []int
	head    int
	caption string
}

// readTable reads the rows of a table (not those of tables nested in it),
// expanding the spans; loc finds their source lines. The header is the
// rows in <thead>, else as headerRows finds it.
func readTable(t *html.Node, loc *locator) *htmlGrid {
	g := &gridReader{loc: loc, budget: maxCells}
	g.walk(t, false)
	h := &htmlGrid{grid: g.grid, lines: g.lines, head: g.head, caption: g.caption}
	if h.head == 0 && len(h.grid) > 0 {
		h.head = headerRows(h.grid)
	}
	return h
}

// asLines are the lines a table stands for: a metadata table's key-value
// lines, or a data table's block on a line of its own and a blank line;
// none for a table of fewer than two columns.
func (h *htmlGrid) asLines(warn warnFunc) []line {
	if len(h.grid) == 0 {
		return nil
	}
	if ls := metaLines(h.grid, h.lines); ls != nil {
		return ls
	}
	t := buildHTMLTable(h, warn)
	if t == nil {
		return nil
	}
	return []line{{n: int32(t.Line), block: &data.Block{Kind: data.TableBlock, Line: t.Line, Table: t}}, {n: int32(t.Line)}}
}

// gridReader reads the rows of a table into a grid, expanding spans.
type gridReader struct {
	loc     *locator
	grid    [][]gridCell
	lines   []int // each row's source line
	head    int   // rows in <thead>
	caption string
	down    []carry // per column: the cell a rowspan carries into the next rows
	budget  int
}

type carry struct {
	c    *htmlCell
	left int
}

func (g *gridReader) walk(m *html.Node, inHead bool) {
	for c := m.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipped(c) {
			continue
		}
		switch c.DataAtom {
		case atom.Tr:
			g.row(c, inHead)
		case atom.Thead:
			g.walk(c, true)
		case atom.Tbody, atom.Tfoot:
			g.walk(c, false)
		case atom.Caption:
			g.caption = captionContent(c)
		}
	}
}

// row reads one <tr>: its cells placed after the cells that rowspans
// above carry into it; a column no cell reaches is an empty cell.
func (g *gridReader) row(tr *html.Node, inHead bool) {
	var row []gridCell
	r := len(g.grid)
	empty := &htmlCell{row: r, cols: 1}
	// fill places the carried cells from column len(row) on.
	fill := func() {
		for len(row) < len(g.down) && g.down[len(row)].left > 0 {
			d := &g.down[len(row)]
			row = append(row, gridCell{origin: d.c, above: true})
			d.left--
		}
	}
	line := g.loc.tag("tr")
	for td := tr.FirstChild; td != nil; td = td.NextSibling {
		if td.Type != html.ElementNode || td.DataAtom != atom.Td && td.DataAtom != atom.Th {
			continue
		}
		fill()
		c := &htmlCell{text: cellContent(td), th: td.DataAtom == atom.Th, row: r}
		cs, rs := span(td, "colspan"), span(td, "rowspan")
		if g.budget -= cs * rs; g.budget < 0 {
			cs, rs = 1, 1
		}
		c.cols = max(1, min(cs, maxSpan-len(row)))
		for k := 0; k < c.cols; k++ {
			if len(g.down) <= len(row) {
				g.down = append(g.down, carry{})
			}
			g.down[len(row)] = carry{c: c, left: rs - 1}
			row = append(row, gridCell{origin: c, left: k > 0})
		}
	}
	for len(row) < len(g.down) {
		if g.down[len(row)].left > 0 {
			fill()
			continue
		}
		row = append(row, gridCell{origin: empty})
	}
	g.grid = append(g.grid, row)
	g.lines = append(g.lines, line)
	if inHead {
		g.head = len(g.grid)
	}
}

// span reads a rowspan or colspan: at least 1, at most maxSpan.
func span(n *html.Node, key string) int {
	v := strings.TrimSpace(attr(n, key))
	if d := digitPrefix(v); d > 0 && d <= 4 {
		return min(max(atoi(v[:d]), 1), maxSpan)
	}
	return 1
}

// cellContent is the text of a cell: <br>, <p> and other blocks inside
// it become "\n", white space is collapsed, each line trimmed.
func cellContent(n *html.Node) string { return htmlText(n, false) }

// captionContent is the text of a <caption> on one line, its spaces kept
// as captionText keeps a printed caption's. Only the space an HTML
// writer's line wrap left (a run of white space holding a line break, or
// a <br>) is no space of the caption's: next to a CJK character it is
// taken out, as joinCJK takes it out of running text.
func captionContent(n *html.Node) string { return captionText(htmlText(n, true)) }

// htmlText is cellContent, or with oneLine the caption's single line
// (see captionContent).
func htmlText(n *html.Node, oneLine bool) string {
	var b strings.Builder
	space, newline, wrap := false, false, false
	var walk func(m *html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				for i := 0; i < len(c.Data); i++ {
					if isHTMLSpace(c.Data[i]) {
						space = true
						wrap = wrap || c.Data[i] == '\n' || c.Data[i] == '\r'
						continue
					}
					switch {
					case b.Len() == 0:
					case oneLine && (newline || wrap) && cjkBeside(b.String(), c.Data[i:]):
					case oneLine && (newline || space):
						b.WriteByte(' ')
					case newline:
						b.WriteByte('\n')
					case space:
						b.WriteByte(' ')
					}
					space, newline, wrap = false, false, false
					b.WriteByte(c.Data[i])
				}
			case c.Type == html.ElementNode && !skipped(c):
				if c.DataAtom == atom.Br || blockElems[c.DataAtom] {
					newline = true
				}
				walk(c)
				if blockElems[c.DataAtom] {
					newline = true
				}
			}
		}
	}
	walk(n)
	t := b.String()
	if clean(t) {
		return t
	}
	parts := strings.Split(t, "\n")
	for i, p := range parts {
		parts[i], _ = sanitize(p)
	}
	return strings.Join(parts, "\n")
}

// metaLines are the key-value lines of a table of metadata pairs (索引号 |
// … | 发布机构 | …), nil when it is none: fewer than two of its cells name
// a metadata key.
func metaLines(grid [][]gridCell, lines []int) []line {
	keys := 0
	for _, row := range grid {
		for _, g := range row {
			if _, pair := metaKeyAt(g.origin.text); !g.above && !g.left && (pair || metaKey(g.origin.text)) {
				keys++
			}
		}
	}
	if keys < 2 {
		return nil
	}
	var out []line
	for r, row := range grid {
		for i := 0; i < len(row); i++ {
			g := row[i]
			if g.above || g.left {
				continue
			}
			t := g.origin.text
			if k, ok := metaKeyAt(t); ok && trim(afterColonAt(t, len(k))) != "" {
				out = append(out, line{n: int32(lines[r]), text: strings.ReplaceAll(t, "\n", " ")})
				continue
			}
			if metaKey(t) && i+g.origin.cols < len(row) {
				k := strings.TrimRight(t, ":： ")
				v := row[i+g.origin.cols].origin.text
				out = append(out, line{n: int32(lines[r]), text: k + "：" + strings.ReplaceAll(v, "\n", " ")})
				i += g.origin.cols
			}
		}
	}
	return append(out, line{n: int32(lines[len(lines)-1])})
}

// metaKey reports whether a cell or line is a metadata key alone
// (索引号, 文号：, 标　　题：).
func metaKey(t string) bool {
	if len(t) > 40 {
		return false
	}
	k := strings.TrimRight(removeSpaces(t), ":：")
	for _, m := range metaKeys {
		if k == m {
			return true
		}
	}
	return false
}

// buildHTMLTable makes a table of a grid: its header rows name the
// columns (see columnNames). A row that is one cell across the table is
// a group row. Spanned cells are filled in and marked
// inherited; a record whose first cell comes from the row above is a
// continuation, as in a text table.
func buildHTMLTable(h *htmlGrid, warn warnFunc) *data.Table {
	grid, lines, head := h.grid, h.lines, h.head
	cols := 0
	for _, r := range grid {
		cols = max(cols, len(r))
	}
	if cols < 2 {
		return nil
	}
	t := &data.Table{Line: lines[0], Caption: h.caption, Columns: columnNames(grid, head, cols)}
	serial := t.Columns[0] == "序号"
	seen := map[string]int{}
	group := -1
	for r := head; r < len(grid); r++ {
		row := grid[r]
		if len(row) == 0 || blankRow(row) {
			continue
		}
		if row[0].origin.cols >= cols && !row[0].above {
			t.Groups = append(t.Groups, joinCJK(strings.ReplaceAll(row[0].origin.text, "\n", "")))
			group = len(t.Groups) - 1
			continue
		}
		rec := data.Record{Line: lines[r], Group: group, Cells: make([]data.Cell, cols), Continuation: row[0].above}
		for c := 0; c < len(row); c++ {
			rec.Cells[c] = data.Cell{Text: row[c].origin.text, Inherited: row[c].above || row[c].left}
		}
		if !rec.Continuation {
			key := rec.Cells[0].Text
			if !serial {
				key = rowKey(rec.Cells)
			}
			if first, dup := seen[key]; dup {
				rec.Duplicate = true
				what := "line " + strconv.Itoa(first)
				if serial {
					what = "序号 " + key + " of line " + strconv.Itoa(first)
				}
				warn(lines[r], "table row repeats "+what+"; kept and flagged as a duplicate")
			} else {
				seen[key] = lines[r]
			}
		}
		t.Records = append(t.Records, rec)
	}
	return t
}

// columnNames names the columns of a grid by its first head rows: a
// column's name joins the names above it with "/".
func columnNames(grid [][]gridCell, head, cols int) []string {
	names := make([]string, cols)
	for c := 0; c < cols; c++ {
		var parts []string
		for r := 0; r < head; r++ {
			if c < len(grid[r]) && !grid[r][c].above {
				if x := joinCJK(strings.ReplaceAll(grid[r][c].origin.text, "\n", " ")); x != "" {
					parts = append(parts, x)
				}
			}
		}
		names[c] = strings.Join(parts, "/")
	}
	return names
}

// headerRows counts the header rows of a table without <thead>: the
// leading rows made of <th> cells, else the first row when it reads as a
// header; then the rows that the header's rowspans reach into.
func headerRows(grid [][]gridCell) int {
	h := 0
	for h < len(grid) && len(grid[h]) > 0 && allTH(grid[h]) {
		h++
	}
	if h == 0 {
		rows := make([]row, 0, 2)
		for _, r := range grid[:min(2, len(grid))] {
			cells := make([]string, len(r))
			for i, g := range r {
				cells[i] = g.origin.text
			}
			rows = append(rows, row{cells: cells})
		}
		if len(rows[0].cells) == 0 || !looksHeader(rows[0].cells, rows) {
			return 0
		}
		h = 1
		if len(grid) > 1 && subHeader(grid[0], grid[1]) {
			h = 2
		}
	}
	for h < len(grid) {
		reach := false
		for _, g := range grid[h] {
			if g.above && g.origin.row < h {
				reach = true
			}
		}
		if !reach {
			break
		}
		h++
	}
	return h
}

// subHeader reports whether next is a second header row under the
// colspan cells of top, written without rowspan: short names under the
// spanned cells, nothing under the others (序号 | 单位 | 2024年任务 over
// "" | "" | 数量 | 时限).
func subHeader(top, next []gridCell) bool {
	names := 0
	for i, g := range next {
		k := cellKey(g.origin.text)
		switch {
		case g.above:
		case i >= len(top) || top[i].origin.cols < 2:
			if k != "" {
				return false
			}
		case runeLen(k) > 24 || k != "" && digitPrefix(k) == len(k):
			return false
		case k != "":
			names++
		}
	}
	return names > 0
}

func allTH(row []gridCell) bool {
	for _, g := range row {
		if !g.origin.th {
			return false
		}
	}
	return true
}

func blankRow(row []gridCell) bool {
	for _, g := range row {
		if g.origin.text != "" {
			return false
		}
	}
	return true
}

func rowKey(cells []data.Cell) string {
	var b strings.Builder
	for _, c := range cells {
		b.WriteString(c.Text)
		b.WriteByte('\t')
	}
	return b.String()
}
