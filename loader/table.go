package loader

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"gazette/data"
)

// row is one physical table line split into cells.
type row struct {
	line  line
	cells []string // raw cells, tags still in place
}

// region is a run of table lines (with the blank lines between its page
// breaks removed) that forms one logical table, or a garbled region.
type region struct {
	rows    []row
	garbled bool   // OCR dumps or garbage inside: keep raw
	extra   []line // non-tab lines absorbed into a garbled region
}

// extractTables scans the lines of one document body and replaces every
// table with a block: tab-separated tables (merging the pages of a split
// table and dropping repeated headers), and tables flattened one cell per
// line after a 专栏 caption. Lines outside tables pass through.
func extractTables(ls []line, warn warnFunc) []bodyItem {
	var out []bodyItem
	for i := 0; i < len(ls); {
		if bl := ls[i].block; bl != nil {
			if bl.Kind == data.TableBlock && bl.Table.Caption == "" {
				bl.Table.Caption, out = takeCaption(out)
			}
			out = append(out, bodyItem{block: bl})
			i++
			continue
		}
		if strings.HasPrefix(ls[i].text, "专栏") && strings.ContainsRune(ls[i].text, '\t') {
			// An OCR caption split into cells: 专栏9<TAB>消费品以<TAB>旧换新计划.
			ls[i].text = strings.ReplaceAll(ls[i].text, "\t", "")
		}
		if !strings.ContainsRune(ls[i].text, '\t') {
			if flat, next, ok := flatTable(ls, i); ok {
				out = append(out, bodyItem{line: ls[i]}, bodyItem{block: flat})
				i = next
				continue
			}
			out = append(out, bodyItem{line: ls[i]})
			i++
			continue
		}
		regs, next := scanRegions(ls, i)
		for _, rg := range regs {
			caption := ""
			if len(out) > 0 && rg == regs[0] {
				caption, out = takeCaption(out)
			}
			out = append(out, bodyItem{block: buildTable(rg, caption, next >= len(ls), warn)})
		}
		i = next
	}
	return out
}

// takeCaption pops a caption line printed just above a table: a short
// line that is not a sentence and not a numbered heading.
func takeCaption(out []bodyItem) (string, []bodyItem) {
	j := len(out) - 1
	for j >= 0 && out[j].block == nil && trim(out[j].line.text) == "" && len(out)-j <= 4 {
		j--
	}
	if j < 0 || out[j].block != nil {
		return "", out
	}
	t, hash := stripMarkup(out[j].line.text)
	t = trim(t)
	if !titleLike(t) || runeLen(t) > 50 || strings.HasPrefix(t, "- ") {
		return "", out
	}
	if k, _, _ := numbering(t); k != kindNone && !hash {
		return "", out
	}
	if _, ok := isAttachmentLabel(t); ok {
		return "", out
	}
	if hash || hasSuffixAny(t, "表", "清单", "目录", "名单", "方式", "职责", "计划", "标准") || strings.HasPrefix(t, "专栏") {
		return joinCJK(t), out[:j]
	}
	return "", out
}

// scanRegions reads the table lines starting at i and splits them into
// logical tables. It returns the index of the first line after them.
func scanRegions(ls []line, i int) ([]*region, int) {
	var regs []*region
	cur := &region{}
	var header []string
	end := i
	for i < len(ls) {
		// One block of consecutive tab lines.
		j := i
		var block []row
		for j < len(ls) && strings.ContainsRune(ls[j].text, '\t') {
			block = append(block, row{line: ls[j], cells: strings.Split(ls[j].text, "\t")})
			j++
		}
		if len(cur.rows) == 0 {
			cur.rows = block
			header = block[0].cells
		} else if cur.garbled || sameTable(header, cur.rows, block) {
			cur.rows = append(cur.rows, block...)
		} else if partialRepeat(header, block[0].cells) {
			// A header repeated with OCR damage (平 for 序号): one
			// table, but not one to trust cell by cell.
			cur.rows = append(cur.rows, block...)
			cur.garbled = true
		} else {
			regs = append(regs, cur)
			cur = &region{rows: block}
			header = block[0].cells
		}
		end = j
		// Look past blank lines (a page break) for the next block; absorb
		// OCR text dumps sandwiched between table lines.
		k := j
		for k < len(ls) && trim(ls[k].text) == "" && k-j < 4 {
			k++
		}
		if k < len(ls) && strings.ContainsRune(ls[k].text, '\t') {
			i = k
			continue
		}
		if dump, after := ocrDump(ls, k); dump != nil {
			cur.garbled = true
			cur.extra = append(cur.extra, dump...)
			i = after
			continue
		}
		break
	}
	regs = append(regs, cur)
	return mergeGarbled(regs), end
}

// mergeGarbled joins regions next to a garbled one: the table boundaries
// inside an OCR mess cannot be trusted, so it all stays one raw block.
func mergeGarbled(regs []*region) []*region {
	if len(regs) < 2 {
		return regs
	}
	bad := func(rg *region) bool { return rg.garbled || !quality(rg, width(rg.rows[0].cells)) }
	out := []*region{regs[0]}
	for _, rg := range regs[1:] {
		last := out[len(out)-1]
		if bad(last) || bad(rg) {
			last.rows = append(last.rows, rg.rows...)
			last.extra = append(last.extra, rg.extra...)
			last.garbled = true
			continue
		}
		out = append(out, rg)
	}
	return out
}

// ocrDump recognises the tab-less text dumps an OCR put between the rows
// of a garbled table (003: the same items repeated in a sliding window):
// up to 20 lines, none of them numbered, at least one long one repeating
// text of another, followed by more table lines.
func ocrDump(ls []line, k int) ([]line, int) {
	var dump []line
	for n := k; n < len(ls) && n-k < 40; n++ {
		t := ls[n].text
		if strings.ContainsRune(t, '\t') {
			if len(dump) > 0 && repeats(dump) {
				return dump, n
			}
			return nil, 0
		}
		t = trim(t)
		if t == "" {
			continue
		}
		if startsItem(t) || len(dump) >= 20 {
			return nil, 0
		}
		dump = append(dump, ls[n])
	}
	return nil, 0
}

// repeats reports whether some long line of ls shares a run of ten
// characters with another line: the signature of a sliding-window dump.
func repeats(ls []line) bool {
	for i, a := range ls {
		ra := []rune(a.text)
		if len(ra) < 120 {
			continue
		}
		if len(ra) > 1000 {
			ra = ra[:1000] // enough to see the repetition, bounded work
		}
		for j, b := range ls {
			if i == j {
				continue
			}
			bt := b.text
			if len(bt) > 3000 {
				bt = bt[:3000]
			}
			for s := 0; s+10 <= len(ra); s += 5 {
				if strings.Contains(bt, string(ra[s:s+10])) {
					return true
				}
			}
		}
		// Within the line itself.
		for s := 0; s+10 <= len(ra)/2; s += 5 {
			if strings.Contains(string(ra[s+10:]), string(ra[s:s+10])) {
				return true
			}
		}
	}
	return false
}

// sameTable decides whether a block of rows after a page break continues
// the current table: it starts with a repeat of the header, or with data
// rows of the same width.
func sameTable(header []string, rows []row, block []row) bool {
	first := block[0].cells
	if headerRepeat(header, first) {
		return true
	}
	if looksHeader(first, block) {
		return false
	}
	return width(first) == width(header) || width(first) <= width(header) && width(first) >= 2
}

// width is the number of cells up to the last non-empty one.
func width(cells []string) int {
	n := len(cells)
	for n > 0 && trim(cells[n-1]) == "" {
		n--
	}
	return n
}

// cellKey normalises a header cell for comparison.
func cellKey(s string) string { return removeSpaces(stripTags(s)) }

// headerRepeat reports whether cells repeat the header, allowing reworded
// cells where one is an abbreviation of the other (牵头单位 / 牵头责任单位).
func headerRepeat(header, cells []string) bool {
	if width(header) != width(cells) || width(header) == 0 {
		return false
	}
	for i, w := 0, width(header); i < w; i++ {
		a, b := cellKey(header[i]), cellKey(cells[i])
		if a == b {
			continue
		}
		if a == "" || b == "" || !(subsequence(a, b) || subsequence(b, a)) {
			return false
		}
	}
	return true
}

// partialRepeat reports whether cells repeat at least half of a header
// of the same width, the other cells being OCR debris of one or two
// characters (平 for 序号).
func partialRepeat(header, cells []string) bool {
	w := width(header)
	if w < 3 || width(cells) != w {
		return false
	}
	same := 0
	for i := 0; i < w; i++ {
		k, c := cellKey(header[i]), cellKey(cells[i])
		switch {
		case k != "" && k == c:
			same++
		case runeLen(c) > 2:
			return false // a different header, not a damaged repeat
		}
	}
	return same*2 >= w
}

// subsequence reports whether the runes of a appear in b in order.
func subsequence(a, b string) bool {
	for _, r := range a {
		i := strings.IndexRune(b, r)
		if i < 0 {
			return false
		}
		b = b[i+utf8.RuneLen(r):]
	}
	return true
}

// headerWords are words that mark a row as a header row.
var headerWords = []string{"序号", "名称", "单位", "时限", "时间", "任务", "内容", "职责", "电话", "备注", "类别",
	"项目", "姓名", "职务", "指标", "措施", "级别", "对象", "阶段", "事项", "部门", "工作组", "机构", "标准",
	"类型", "分值", "得分", "面积", "规模", "数量", "专业", "传真", "领导", "目标", "条款", "乡镇", "地点"}

// looksHeader reports whether a row reads as a header: short cells, one
// of the usual column words, and not a numbered data row.
func looksHeader(cells []string, rows []row) bool {
	first := trim(cells[0])
	if first != "" && digitPrefix(first) == len(first) {
		return false
	}
	words := false
	for _, c := range cells {
		k := cellKey(c)
		if runeLen(k) > 30 {
			return false
		}
		for _, w := range headerWords {
			if strings.Contains(k, w) {
				words = true
			}
		}
	}
	if words {
		return true
	}
	if len(rows) > 1 {
		n := trim(rows[1].cells[0])
		return n != "" && digitPrefix(n) == len(n) && first != ""
	}
	return false
}

// garbage reports whether a rune is OCR garbage in a Chinese gazette:
// Hangul, Cyrillic, Greek and other scripts that never occur in one.
func garbage(r rune) bool {
	return (r >= 0x1100 && r <= 0x11FF) || (r >= 0xAC00 && r <= 0xD7AF) || (r >= 0x3130 && r <= 0x318F) ||
		(r >= 0x0370 && r <= 0x04FF) || r == '\\' || r == utf8.RuneError
}

// quality decides whether a region is a readable table: not garbled, with
// nearly every row fitting the header's width.
func quality(rg *region, cols int) bool {
	if rg.garbled {
		return false
	}
	bad, total := 0, 0
	misfit := 0
	for _, r := range rg.rows {
		if w := width(r.cells); w > cols+1 {
			misfit++
		}
		for _, c := range r.cells {
			total += len(c) / 3 // about one CJK character per three bytes
			for i := 0; i < len(c); i++ {
				// Only these lead bytes can start a garbage rune.
				if b := c[i]; b == '\\' || b >= 0xCE && b <= 0xD3 || b == 0xE1 || b == 0xE3 || b >= 0xEA && b <= 0xED || b == 0xEF {
					r, _ := utf8.DecodeRuneInString(c[i:])
					if garbage(r) {
						bad++
					}
				}
			}
		}
	}
	if bad*200 >= total || misfit*5 > len(rg.rows) || garbledHeader(rg.rows[0].cells) {
		return false
	}
	// Words split across the first two columns (化 / 工装备): the OCR
	// lost the column boundary.
	split := 0
	for _, r := range rg.rows {
		if len(r.cells) > 1 {
			a, b := trim(r.cells[0]), trim(r.cells[1])
			fa, _ := firstRune(a)
			fb, _ := firstRune(b)
			if runeLen(a) == 1 && isHan(fa) && isHan(fb) {
				split++
			}
		}
	}
	return split < 2
}

// garbledHeader reports OCR damage in a header row: unbalanced brackets
// (20)24年) or a cell of stray Latin letters (in.).
func garbledHeader(cells []string) bool {
	for i, c := range cells {
		c = cellKey(c)
		if c == "" {
			continue
		}
		// A year split over two cells: 202 | 4年.
		if d := digitPrefix(c); d == len(c) && d < 4 && i+1 < len(cells) {
			next := cellKey(cells[i+1])
			if digitPrefix(next) > 0 && strings.Contains(next, "年") {
				return true
			}
		}
		open := strings.Count(c, "(") + strings.Count(c, "（")
		closed := strings.Count(c, ")") + strings.Count(c, "）")
		if open != closed {
			return true
		}
		han, digit := false, false
		for _, r := range c {
			if isHan(r) {
				han = true
			} else if r >= '0' && r <= '9' {
				digit = true
			}
		}
		if !han && !digit && runeLen(c) <= 4 && c != "—" && c != "-" {
			return true
		}
	}
	return false
}

// buildTable turns a region into a table block, or a raw block when the
// region is too garbled to structure.
func buildTable(rg *region, caption string, atEOF bool, warn warnFunc) *data.Block {
	rows := rg.rows
	hasHeader := looksHeader(rows[0].cells, rows)
	cols := width(rows[0].cells)
	two := hasHeader && len(rows) > 1 && secondHeader(rows[0].cells, rows[1].cells)
	if two {
		cols = max(cols, width(rows[1].cells)) // spans end in empty cells
	}
	for _, r := range rows {
		if !hasHeader && width(r.cells) > cols {
			cols = width(r.cells)
		}
	}
	if cols < 2 || !quality(rg, cols) {
		return rawTable(rg)
	}
	t := &data.Table{Line: rows[0].line.n, Caption: caption, Columns: make([]string, cols)}
	body := rows
	var header, header2 []string
	if hasHeader {
		header = rows[0].cells
		body = rows[1:]
		for c := 0; c < cols && c < len(header); c++ {
			t.Columns[c] = joinCJK(trim(stripTags(header[c])))
		}
		// A second header row: empty first cell, short non-numeric cells,
		// under a first row with spanned (empty) cells.
		if two {
			header2 = body[0].cells
			body = body[1:]
			top := ""
			for c := 0; c < cols; c++ {
				if c < len(header) && trim(header[c]) != "" {
					top = t.Columns[c]
				}
				sub := ""
				if c < len(header2) {
					sub = joinCJK(trim(stripTags(header2[c])))
				}
				switch {
				case sub == "":
					t.Columns[c] = top
				case top == "":
					t.Columns[c] = sub
				default:
					t.Columns[c] = top + "/" + sub
				}
			}
		}
	}
	// Two copies of a narrow table printed side by side (序号 单位 电话 |
	// 序号 单位 电话) are one table: the right half's rows follow the left's.
	if k := sideBySide(t.Columns); k > 0 && header2 == nil {
		t.Columns, header, cols = t.Columns[:k], header[:k], k
		body = unfold(body, k)
	}
	seen := map[string]int{}
	serial := t.Columns[0] == "序号"
	group := -1
	for _, r := range body {
		if hasHeader && headerRepeat(header, r.cells) {
			continue
		}
		if header2 != nil && headerRepeat(header2, r.cells) {
			continue
		}
		if width(r.cells) == 0 {
			continue
		}
		if label, ok := groupRow(r.cells, cols); ok {
			t.Groups = append(t.Groups, label)
			group = len(t.Groups) - 1
			continue
		}
		rec := data.Record{Line: r.line.n, Group: group, Cells: make([]data.Cell, cols)}
		w := width(r.cells)
		for c := 0; c < cols && c < len(r.cells); c++ {
			rec.Cells[c].Text = cellText(r.cells[c])
		}
		if w > cols {
			// Extra cells: keep their text in the last column.
			extra := make([]string, 0, w-cols)
			for c := cols; c < w; c++ {
				if x := cellText(r.cells[c]); x != "" {
					extra = append(extra, x)
				}
			}
			if len(extra) > 0 {
				last := &rec.Cells[cols-1]
				last.Text = strings.TrimSpace(last.Text + "\n" + strings.Join(extra, "\n"))
			}
		}
		if atEOF && r.line.n == rows[len(rows)-1].line.n && len(r.cells) < cols {
			warn(r.line.n, "file ends inside a table row (truncated?)")
		}
		if rec.Cells[0].Text == "" && len(t.Records) > 0 {
			prev := t.Records[len(t.Records)-1]
			rec.Continuation = true
			for c := 0; c < cols && rec.Cells[c].Text == ""; c++ {
				rec.Cells[c] = data.Cell{Text: prev.Cells[c].Text, Inherited: true}
			}
		} else {
			// A row is a duplicate when it repeats an earlier row, or
			// an earlier 序号.
			key := strings.Join(r.cells, "\t")
			if serial {
				key = rec.Cells[0].Text
			}
			if first, dup := seen[key]; dup {
				rec.Duplicate = true
				what := "line " + strconv.Itoa(first)
				if serial {
					what = "序号 " + key + " of line " + strconv.Itoa(first)
				}
				warn(r.line.n, "table row repeats "+what+"; kept and flagged as a duplicate")
			} else {
				seen[key] = r.line.n
			}
		}
		t.Records = append(t.Records, rec)
	}
	return &data.Block{Kind: data.TableBlock, Line: t.Line, Table: t}
}

// secondHeader reports whether cells are the second row of a two-row header.
func secondHeader(header, cells []string) bool {
	if len(cells) == 0 || trim(cells[0]) != "" || width(cells) < 2 {
		return false
	}
	spanned := false
	for c, w := 1, width(header); c < w; c++ {
		if trim(header[c]) == "" {
			spanned = true
		}
	}
	if !spanned {
		return false
	}
	for _, c := range cells {
		k := cellKey(c)
		if runeLen(k) > 24 || (k != "" && digitPrefix(k) == len(k)) {
			return false
		}
	}
	return true
}

// groupRow recognises a row that labels a group of the rows below it:
// <b>一、加快构建现代产业体系</b> with every other cell empty.
func groupRow(cells []string, cols int) (string, bool) {
	if cols < 3 || width(cells) != 1 {
		return "", false
	}
	c := trim(cells[0])
	if !strings.Contains(strings.ToLower(c), "<b>") {
		if k, _, _ := numbering(c); k != kindCN && k != kindParenCN {
			return "", false
		}
	}
	return joinCJK(stripTags(c)), true
}

// cellText cleans one cell: tags become line breaks, spaces at the ends go.
func cellText(s string) string {
	s = stripTags(trim(s))
	return trim(s)
}

// rawTable keeps a region line by line as a raw block.
func rawTable(rg *region) *data.Block {
	all := make([]line, 0, len(rg.rows)+len(rg.extra))
	for _, r := range rg.rows {
		all = append(all, r.line)
	}
	all = append(all, rg.extra...)
	sort.Slice(all, func(i, j int) bool { return all[i].n < all[j].n }) // source order
	texts := make([]string, len(all))
	for i, l := range all {
		texts[i] = strings.TrimRight(l.text, "\t ")
	}
	return &data.Block{Kind: data.Raw, Line: all[0].n, Text: strings.Join(texts, "\n")}
}

// flatTable rebuilds a table that a web page flattened to one cell per
// line after a 专栏 caption: short lines separated by blank lines. The
// column count is the number of cells before the first 1 (序号); the
// table is accepted only when the cells fill whole rows numbered 1, 2, 3…,
// otherwise the cells are kept as a raw block. It returns the block, the
// index after the consumed lines and whether it consumed anything.
func flatTable(ls []line, i int) (*data.Block, int, bool) {
	caption := trim(ls[i].text)
	if !strings.HasPrefix(caption, "专栏") || runeLen(caption) > 30 {
		return nil, 0, false
	}
	var cells []string
	var lines []int // source line of each cell
	var idx []int   // index into ls of each cell
	var first int
	k := i + 1
	last := k
	for ; k < len(ls) && ls[k].block == nil; k++ {
		t := trim(ls[k].text)
		if t == "" {
			continue
		}
		if runeLen(t) > 25 || strings.HasPrefix(t, "专栏") || strings.ContainsRune(t, '\t') {
			break
		}
		if kind, _, _ := numbering(t); kind == kindCN || kind == kindParenCN {
			break
		}
		if first == 0 {
			first = ls[k].n
		}
		if t == "%" && len(cells) > 0 {
			cells[len(cells)-1] += t
		} else {
			cells = append(cells, t)
			lines = append(lines, ls[k].n)
			idx = append(idx, k)
		}
		last = k + 1
	}
	if len(cells) < 4 {
		return nil, 0, false
	}
	cols := 0
	for cols < len(cells) && cells[cols] != "1" {
		cols++
	}
	// The cells must fill whole rows numbered 1, 2, 3…; a few short
	// lines after the table (a heading such as 分项目标) are not cells.
	n := 0
	if cols >= 2 && cols < len(cells) {
		for m := len(cells); m > len(cells)-cols && m > cols; m-- {
			if m%cols == 0 && numberedRows(cells[:m], cols) {
				n = m
				break
			}
		}
	}
	if n == 0 {
		return &data.Block{Kind: data.Raw, Line: first, Text: strings.Join(cells, "\n")}, last, true
	}
	cells = cells[:n]
	last = idx[n-1] + 1
	if n < len(idx) {
		last = idx[n]
	}
	t := &data.Table{Line: first, Caption: joinCJK(caption), Columns: append([]string(nil), cells[:cols]...)}
	for r := 1; r < len(cells)/cols; r++ {
		rec := data.Record{Line: lines[r*cols], Group: -1, Cells: make([]data.Cell, cols)}
		for c := 0; c < cols; c++ {
			rec.Cells[c].Text = cells[r*cols+c]
		}
		t.Records = append(t.Records, rec)
	}
	return &data.Block{Kind: data.TableBlock, Line: first, Table: t}, last, true
}

// numberedRows reports whether the rows of a flattened table (after its
// header row) start with 序号 1, 2, 3….
func numberedRows(cells []string, cols int) bool {
	for r := 1; r < len(cells)/cols; r++ {
		if cells[r*cols] != strconv.Itoa(r) {
			return false
		}
	}
	return true
}

// sideBySide returns k when the columns are two copies of the same k
// names, 0 otherwise.
func sideBySide(cols []string) int {
	n := len(cols)
	if n < 4 || n%2 != 0 {
		return 0
	}
	k := n / 2
	for i := 0; i < k; i++ {
		if cols[i] == "" || cellKey(cols[i]) != cellKey(cols[i+k]) {
			return 0
		}
	}
	return k
}

// unfold splits rows of two side-by-side halves of k cells into the left
// halves, then the right halves that hold anything.
func unfold(rows []row, k int) []row {
	left := make([]row, 0, 2*len(rows))
	var right []row
	for _, r := range rows {
		l := row{line: r.line, cells: r.cells[:min(k, len(r.cells))]}
		left = append(left, l)
		if len(r.cells) > k {
			rc := r.cells[k:min(2*k, len(r.cells))]
			if width(rc) > 0 {
				right = append(right, row{line: r.line, cells: rc})
			}
		}
	}
	return append(left, right...)
}
