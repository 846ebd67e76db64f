package loader

import (
	"strings"
)

// scanRegions reads the table lines starting at i and splits them into
// logical tables. It returns the index of the first line after them.
func scanRegions(ls []line, i int, sc *tableScratch) ([]*region, int) {
	var regs []*region
	// Room for the rows up to the first line without a tab: the first
	// page of the table, often all of it.
	n := i
	for n < len(ls) && strings.IndexByte(ls[n].text, '\t') >= 0 {
		n++
	}
	cur := &region{rows: sc.rowsFor(n - i + 1)}
	var header []string
	var labels []row
	end, brk := i, false
	for i < len(ls) {
		// The group labels before a block go with the rows before it,
		// whichever table the block joins; the block is read in place
		// after them rather than into a slice of its own.
		had := len(cur.rows)
		cur.rows = append(cur.rows, labels...)
		start := len(cur.rows)
		var j int
		cur.rows, j = readBlock(cur.rows, ls, i, len(header), sc)
		block := cur.rows[start:]
		block[0].brk = brk
		head := skipEmpty(block)
		switch {
		case had == 0:
			header = head[0].cells
		case cur.garbled || sameTable(header, cur.rows[:had], head):
		case partialRepeat(header, head[0].cells):
			// A header repeated with OCR damage (平 for 序号): one
			// table, but not one to trust cell by cell.
			cur.garbled = true
		default:
			cur.rows = cur.rows[:start:start] // keep the labels' text
			regs = append(regs, cur)
			cur = &region{rows: block}
			header = head[0].cells
		}
		end = j
		// Look past a page break (blank lines, furniture, group labels)
		// for the next block; absorb OCR text dumps sandwiched between
		// table lines.
		k, furniture, lab := pageBreak(ls, j)
		if k < len(ls) && startsRow(ls, k) && takeLabels(cur, header, lab, ls, k) {
			cur.furniture = append(cur.furniture, furniture...)
			i, labels, brk = k, lab, k > j
			continue
		}
		k = j
		for k < len(ls) && trim(ls[k].text) == "" && k-j < 4 {
			k++
		}
		if dump, after := ocrDump(ls, k); dump != nil {
			cur.garbled = true
			cur.extra = append(cur.extra, dump...)
			i, labels, brk = after, nil, true
			continue
		}
		break
	}
	regs = append(regs, cur)
	return mergeGarbled(regs), end
}

// readBlock appends to dst the rows from ls[i] up to the first line that
// starts no row, joining rows that a hard wrap cut (see unwrapRow). want
// is the field count of the table's header, 0 at its start; a block that
// starts with a header (a new table's, or a repeat) takes that header's.
func readBlock(dst []row, ls []line, i, want int, sc *tableScratch) ([]row, int) {
	start := len(dst)
	for i < len(ls) && (len(dst) == start || startsRow(ls, i)) {
		var r row
		r, i = readRow(ls, i, sc)
		if len(dst) == start && (want == 0 || looksHeader(r.cells, nil)) {
			want = len(r.cells)
		} else if len(r.cells) < want && len(r.more) == 0 { // else unwrapRow keeps it
			r, i = unwrapRow(ls, r, i, want)
		}
		if len(dst) == cap(dst) {
			dst = sc.grow(dst)
		}
		dst = append(dst, r)
		sc.wrote(dst)
	}
	return dst, i
}

// takeLabels decides whether group labels printed as lines of their own
// before the rows at ls[k] belong to the table: the rows must continue it,
// and the labels must read as its groups (a count such as （共6项）, a
// table that already has group rows, or data rows right below them rather
// than a header of a new table). Without labels it is true.
func takeLabels(cur *region, header []string, labels []row, ls []line, k int) bool {
	if len(labels) == 0 {
		return true
	}
	next, _ := readRow(ls, k, nil)
	if !sameTable(header, cur.rows, []row{next}) || headerRepeat(header, next.cells) && !hasCount(labels[0].cells[0]) {
		return false
	}
	for _, r := range cur.rows {
		if width(r.cells) == 1 {
			return true
		}
	}
	return hasCount(labels[0].cells[0]) || !looksHeader(next.cells, nil)
}

// mergeGarbled joins regions next to a garbled one: the table boundaries
// inside an OCR mess cannot be trusted, so it all stays one raw block.
func mergeGarbled(regs []*region) []*region {
	if len(regs) < 2 {
		return regs
	}
	bad := func(rg *region) bool { return rg.garbled || !quality(rg, width(skipEmpty(rg.rows)[0].cells)) }
	out := []*region{regs[0]}
	for _, rg := range regs[1:] {
		last := out[len(out)-1]
		if bad(last) || bad(rg) {
			last.rows = append(last.rows, rg.rows...)
			last.extra = append(last.extra, rg.extra...)
			last.furniture = append(last.furniture, rg.furniture...)
			last.garbled = true
			continue
		}
		out = append(out, rg)
	}
	return out
}

// ocrDump recognises the tab-less text dumps an OCR put between the rows
// of a garbled table (003: the same items repeated in a sliding window):
// up to 20 lines, none of them numbered or marked as a heading (#), at
// least one long one repeating text of another, followed by more table
// lines.
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
		t, hash := stripMarkup(t)
		if t = trim(t); t == "" {
			continue
		}
		if hash || startsItem(t) || len(dump) >= 20 {
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
// the current table: it starts with a repeat of the header, a group row
// with the header's tabs, or data rows of the same width.
func sameTable(header []string, rows []row, block []row) bool {
	first := block[0].cells
	if headerRepeat(header, first) {
		return true
	}
	if _, ok := groupRow(first, width(header)); ok && len(first) == len(header) {
		return true // the next page opens with a group row
	}
	if looksHeader(first, block) {
		return false
	}
	return width(first) == width(header) || width(first) <= width(header) && width(first) >= 2
}

// skipEmpty drops the empty rows of tabs that some converters print above
// a header: they say nothing, the first row with text decides. A block of
// nothing else is kept whole.
func skipEmpty(rows []row) []row {
	for len(rows) > 1 && width(rows[0].cells) == 0 {
		rows = rows[1:]
	}
	return rows
}

// width is the number of cells up to the last non-empty one.
func width(cells []string) int {
	n := len(cells)
	for n > 0 && trim(cells[n-1]) == "" {
		n--
	}
	return n
}
