package loader

import "strings"

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
