package loader

import (
	"strings"
	"sync"
	"unicode/utf8"

	"gazette/data"
)

// row is one physical table line split into cells.
type row struct {
	line  line
	cells []string // raw cells, tags still in place
	more  []line   // further source lines of a row whose quoted cell runs on
	brk   bool     // the row is the first after a page break
	// wrapped is set when more are lines a hard wrap cut the row into
	// (not lines of a quoted cell).
	wrapped bool
	// plain is set when the cells are known to hold no markup and no line
	// break: a line split at its tabs with none of hasMarkup's bytes.
	plain bool
	// whole is set when the cells are the line's text split at its tabs,
	// which what is counted over all the cells can be counted over.
	whole bool
}

// region is a run of table lines (with the blank lines between its page
// breaks removed) that forms one logical table, or a garbled region.
type region struct {
	rows    []row
	garbled bool   // OCR dumps or garbage inside: keep raw
	extra   []line // non-tab lines absorbed into a garbled region
	// furniture are the page footers and running headers dropped from
	// between the table's pages.
	furniture []line
}

// extractTables scans the lines of one document body and replaces every
// table with a block: tab-separated tables (rows possibly CSV-quoted;
// merging the pages of a split table across blank lines, page furniture
// and repeated headers), markdown pipe tables (with or without bars at
// the rows' ends), and tables flattened one cell per line after a 专栏 or
// 表N caption or from a 序号 line on. Lines outside tables pass through.
func extractTables(ls []line, warn warnFunc) []bodyItem {
	ls = bareTables(pipeTables(ls), warn)
	sc := scratches.Get().(*tableScratch)
	defer sc.release()
	var out []bodyItem
	for i := 0; i < len(ls); {
		if j := plainRun(ls, i); j > i { // most lines: passed on at once, a run at a time
			out = addLines(out, ls, i, j)
			i = j
			continue
		}
		if bl := ls[i].block; bl != nil {
			if bl.Kind == data.TableBlock && bl.Table.Caption == "" {
				bl.Table.Caption, out = takeCaption(out)
			}
			out = append(out, bodyItem{block: bl})
			i++
			continue
		}
		// The first byte the line recorded passes over most lines without
		// reading their text.
		if ls[i].first() == "专"[0] && strings.HasPrefix(ls[i].text, "专栏") && ls[i].tabbed() {
			// An OCR caption split into cells: 专栏9<TAB>消费品以<TAB>旧换新计划.
			ls[i].setText(splitColumnCaption(ls[i].text))
		}
		if !startsRow(ls, i) {
			if flat, next, ok := flatTable(ls, i, warn); ok {
				out = titleAbove(out, ls[i].text, flat)
				if strings.HasPrefix(ls[i].text, "专栏") || flat.Kind != data.TableBlock {
					out = addLine(out, ls, i) // 专栏 heads its box
				}
				out = append(out, bodyItem{block: flat})
				i = next
				continue
			}
			if maySeq(&ls[i]) {
				if flat, next, ok := seqFlat(ls, i, warn); ok {
					out = append(out, bodyItem{block: flat})
					i = next
					continue
				}
			}
			out = addLine(out, ls, i)
			i++
			continue
		}
		regs, next := scanRegions(ls, i, sc)
		for _, rg := range regs {
			caption := ""
			if len(out) > 0 && rg == regs[0] {
				caption, out = takeCaption(out)
			}
			out = append(out, bodyItem{block: buildTable(rg, caption, next >= len(ls), warn, sc)})
		}
		clear(sc.cells) // the tables are built: their rows are free
		sc.cells = sc.cells[:0]
		i = next
	}
	return out
}

// plainRun returns the end of the run of lines from ls[i] that, from
// what decoding recorded of them and without reading their text, start
// no table: i when ls[i] may. Such a line holds no tab and no quote
// opens it (no row, see startsRow), and it is too long for a caption or
// neither starts nor ends as one may (no flattened table, see
// flatTable), and it is no 序号 line (see seqFlat).
func plainRun(ls []line, i int) int {
	for ; i < len(ls); i++ {
		l := &ls[i]
		if l.block != nil || l.marks&markTabless == 0 {
			break
		}
		c := l.first()
		if c == '"' || len(l.text) <= maxFlatCaption && (captionFirst[c] || captionLast[l.last()]) || maySeq(l) {
			break
		}
	}
	return i
}

// addLines is addLine for the lines ls[i:j], added at once.
func addLines(items []bodyItem, ls []line, i, j int) []bodyItem {
	if n := len(items); n > 0 && i > 0 && items[n-1].block == nil {
		if r := items[n-1].lines; len(r) > 0 && &r[len(r)-1] == &ls[i-1] {
			items[n-1].lines = r[:len(r)+j-i]
			return items
		}
	}
	return append(items, bodyItem{lines: ls[i:j]})
}

// captionFirst and captionLast mark the bytes a line that may be a
// caption starts or ends with (see mayStartIn and mayEndIn): those of a
// caption's first or last characters and of markup; never 0, a blank
// line's.
var captionFirst, captionLast = func() (first, last [256]bool) {
	for c := 1; c < 256; c++ {
		first[c] = markupStarts[c] || captionStarts.startAt[c] != 0
		last[c] = markupEnds[c] || captionEnds.endAt[c] != 0
	}
	return first, last
}()

// tableScratch holds the rows and cells a body's tables are read into,
// reused from table to table and from body to body: they are scaffolding
// that no table keeps (a record's cells are strings of their own), and
// a large file's tables made 6 MB of it, each byte a fresh page to fault
// in.
type tableScratch struct {
	rows  []row
	cells []string
	seen  map[string]int // the rows a table has made records of (see duplicate)
	used  bool           // rows, cells or seen were taken since the scratch was released
	// hi bounds the rows of the array of rows that hold a row since the
	// scratch was released: release clears those, not the whole array
	// (a large table's, cleared after each of a file's many bodies).
	hi int
}

var scratches = sync.Pool{New: func() any { return new(tableScratch) }}

// rowsFor returns an empty slice of rows with room for n.
func (sc *tableScratch) rowsFor(n int) []row {
	sc.used = true
	if cap(sc.rows) < n {
		sc.rows = make([]row, 0, n)
	}
	return sc.rows[:0]
}

// grow returns rows with room for twice as many, which the scratch keeps
// for the next table (a table over many pages outgrows the room rowsFor
// gave its first).
func (sc *tableScratch) grow(rows []row) []row {
	sc.rows = append(make([]row, 0, 2*cap(rows)+16), rows...)
	return sc.rows
}

// wrote notes rows, a slice that rows were appended to: when it shares
// the array of sc.rows, it ends where that array ends (an append to a
// capped slice makes a new array), which tells how far its rows reach.
func (sc *tableScratch) wrote(rows []row) {
	sc.hi = max(sc.hi, cap(sc.rows)-cap(rows)+len(rows))
}

// seenFor returns seen empty, with room for n keys when it is new.
func (sc *tableScratch) seenFor(n int) map[string]int {
	sc.used = true
	if sc.seen == nil {
		sc.seen = make(map[string]int, n)
	}
	clear(sc.seen)
	return sc.seen
}

// split splits s at its tabs as strings.Split does, into the scratch's
// cells (with no scratch, into a slice of its own).
func (sc *tableScratch) split(s string) []string {
	if sc == nil {
		return strings.Split(s, "\t")
	}
	sc.used = true
	start := len(sc.cells)
	for {
		i := strings.IndexByte(s, '\t')
		if i < 0 {
			break
		}
		start = sc.add(start, s[:i])
		s = s[i+1:]
	}
	start = sc.add(start, s)
	return sc.cells[start:len(sc.cells):len(sc.cells)]
}

// add appends cell c to the cells of the row that starts at start, and
// returns where the row starts now. When the cells are full, the row
// moves to a new array with room for the rest: a row is read once, not
// counted first. The rows before it keep the old array.
func (sc *tableScratch) add(start int, c string) int {
	if len(sc.cells) == cap(sc.cells) {
		row := sc.cells[start:]
		sc.cells = append(make([]string, 0, max(2*cap(sc.cells), 256)), row...)
		start = 0
	}
	sc.cells = append(sc.cells, c)
	return start
}

// release drops what the scratch's memory refers to (the text of the
// file) and gives it back to scratches.
func (sc *tableScratch) release() {
	if sc.used { // most bodies hold no table
		clear(sc.rows[:min(sc.hi, cap(sc.rows))])
		clear(sc.seen)
		sc.hi, sc.used = 0, false
	}
	scratches.Put(sc)
}

// takeCaption pops the caption printed just above a table: a short title
// line (表1 …, 附表, 专栏N …, or a line ending in 表, 清单, 名单,
// 分工方案 …), possibly above a unit line (单位：万元), which stays. A
// numbered line is a section heading and never a caption.
func takeCaption(out []bodyItem) (string, []bodyItem) {
	// lastTextItem looks at the last five lines before end, twice.
	out = splitTail(out, 10)
	j := lastTextItem(out, len(out))
	if j < 0 {
		return "", out
	}
	var unit *bodyItem
	if t := trim(out[j].lines[0].text); unitLine(t) {
		unit = &out[j]
		if j = lastTextItem(out, j); j < 0 {
			return "", out
		}
	}
	t, _ := stripMarkup(out[j].lines[0].text)
	t = trim(t)
	if !titleLike(t) || runesOver(t, 50) || !captionLike(t) {
		return "", out
	}
	if _, ok := isAttachmentLabel(t); ok {
		return "", out
	}
	if unit != nil {
		return captionText(t), append(out[:j], *unit)
	}
	return captionText(t), out[:j]
}

// titleAbove deals with the title printed on a line of its own above a
// 表N caption whose table was read one cell per line (主要指标 / 表2): a
// short line that is neither a sentence nor numbered, right after a
// finished sentence, a heading, a block or nothing (the last line of a
// paragraph cut by a wrap does not end so). Above a table rebuilt under
// 表N it is the rest of the caption (表2 主要指标), as a title printed
// over its number is (see labelledFlat); above a raw block it stays a
// line, marked so that no rule joins it to the paragraph above.
func titleAbove(out []bodyItem, caption string, flat *data.Block) []bodyItem {
	if caption = trim(caption); !tableNumber(caption) {
		return out
	}
	out = splitTail(out, 8) // the title and the line above it, each past three blank lines at most
	j := lastTextItem(out, len(out))
	if j < 0 {
		return out
	}
	l := &out[j].lines[0]
	t, _ := stripMarkup(l.text)
	t = trim(t)
	if !titleLike(t) || runesOver(t, 30) || strings.ContainsAny(t, "，。；：,;:") || startsItem(t) ||
		tableNumber(t) || unitLine(t) || strings.HasPrefix(t, "专栏") {
		return out
	}
	if k := lastTextItem(out, j); k >= 0 {
		if above := trim(out[k].lines[0].text); !endsPara(above) && !startsItem(above) {
			return out
		}
	}
	if flat.Kind == data.TableBlock {
		flat.Table.Caption += " " + joinCJK(t)
		return out[:j]
	}
	l.marks |= markTitle
	return out
}

// lastTextItem returns the index of the last item before end that is a line
// with text, looking past up to three blank lines; -1 when there is none
// or a block comes first.
func lastTextItem(out []bodyItem, end int) int {
	j := end - 1
	for j >= 0 && out[j].block == nil && trim(out[j].lines[0].text) == "" && end-j <= 4 {
		j--
	}
	if j < 0 || out[j].block != nil || trim(out[j].lines[0].text) == "" {
		return -1
	}
	return j
}

// A caption starts with one of captionFirsts (表1, 附表, 专栏) or ends
// with one of captionLasts (表, 清单, 目录, 方式 …).
const captionFirsts, captionLasts = "表附专", "表单录式责划准案览"

var captionStarts, captionEnds = newCharSet(captionFirsts), newCharSet(captionLasts)

// captionLike reports whether a title line names a table.
func captionLike(t string) bool {
	first, _ := firstRune(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	if !strings.ContainsRune(captionFirsts, first) && !strings.ContainsRune(captionLasts, last) {
		return false // the quick answer for most lines
	}
	if !tableNumber(t) && !hasPrefixAny(t, "附表", "专栏") &&
		!hasSuffixAny(t, "表", "清单", "目录", "名单", "方式", "职责", "计划", "标准", "分工方案", "一览") {
		return false
	}
	k, _, _ := numbering(t)
	return k == kindNone && !strings.HasPrefix(t, "- ")
}

// unitLine recognises the unit line printed between a caption and its
// table: 单位：万元, （单位：亩）.
func unitLine(t string) bool {
	t = strings.TrimLeft(t, "(（")
	return !runesOver(t, 20) && (strings.HasPrefix(t, "单位:") || strings.HasPrefix(t, "单位："))
}

// captionFromTitle gives the table that opens an attachment, right under
// its title, that title as its caption; short form lines between them
// (_____乡镇(盖章)) do not count. A table further down (below text or
// another table), or under a bare 附件 label, keeps the caption printed
// above it, or none: a heading further up is not its title.
func captionFromTitle(blocks []data.Block, title string) {
	if title == "" {
		return
	}
	for _, b := range blocks {
		switch {
		case b.Kind == data.TableBlock:
			if b.Table.Caption == "" {
				b.Table.Caption = title
			}
			return
		case b.Kind != data.Paragraph || runesOver(b.Text, 30) || strings.Contains(b.Text, "。") || endsSentence(b.Text):
			return
		}
	}
}
