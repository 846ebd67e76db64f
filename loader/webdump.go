package loader

import (
	"fmt"
	"strings"

	"gazette/data"
)

// A government site's article page as a text browser dumps it (lynx
// -dump, w3m -dump) or a reader copies it: the site's navigation, search
// box and breadcrumb; the page's metadata (索引号, 发布机构, 名称, 文号…,
// two pairs a line when the site lays them out as a table); the title,
// maybe over several lines; a line of 发布时间 and 来源; the document;
// and the site's footer.

// webText reads text that is one web page's — a scraper's, opening with
// • metadata bullets, or a text browser's dump — and reports whether it
// was.
func webText(ls []line, is *data.Issue, warn warnFunc) bool {
	if isWebPage(ls) {
		parseWebPage(ls, is, warn)
		return true
	}
	if at := dumpedPage(ls); at >= 0 {
		parseDumpedPage(ls, at, is, warn)
		return true
	}
	return false
}

// dumpedPage finds where a dumped page's metadata starts: a line of
// 索引号 — the key a government site's disclosure page prints first —
// before the first sentence of the page (the navigation above it has
// none). It returns -1 for any other text.
func dumpedPage(ls []line) int {
	for i := range ls {
		t := ls[i].text
		if strings.Contains(t, "。") {
			return -1
		}
		if strings.Contains(t, "索引号") {
			if k, ok := metaKeyAt(trim(strings.TrimPrefix(trim(t), "•"))); ok && k == "索引号" {
				return i
			}
		}
	}
	return -1
}

// closeMetaGaps closes up the runs of spaces in a dumped page's metadata
// lines (索引号：   1123…   分类：   综合政务, a table of label/value
// pairs laid out in columns), so that no table stage reads them as a
// table's rows: each pair is read by its key (see metadata.read).
func closeMetaGaps(ls []line) []line {
	at := dumpedPage(ls)
	if at < 0 {
		return ls
	}
	for i := at; i < len(ls); i++ {
		t := trim(ls[i].text)
		if t == "" {
			continue
		}
		if _, ok := metaKeyAt(t); !ok {
			break
		}
		ls[i].setText(strings.Join(strings.Fields(t), " "))
	}
	return ls
}

// parseDumpedPage reads the single document of a dumped page whose
// metadata starts at line at: what comes before it is the site's and is
// left out, as are the footer lines after the document; the title is the
// page's (its lines joined), else the metadata's 名称 or 标题, and the
// 文号 and date the metadata's.
func parseDumpedPage(ls []line, at int, is *data.Issue, warn warnFunc) {
	if at > 0 {
		warn(int(ls[0].n), fmt.Sprintf("the %d lines of the site's page before the document's metadata are left out", at))
	}
	meta := metadata{}
	i := dumpedMeta(ls, at, meta)
	name := joinCJK(meta["名称"])
	if name == "" {
		name = joinCJK(meta["标题"])
	}
	ds := docStart{title: name, kind: data.KindDocument, line: int(ls[at].n)}
	// The title's lines, up to a blank line, the metadata after them.
	for i < len(ls) && trim(ls[i].text) == "" {
		i++
	}
	j := i
	var title strings.Builder
	for j < len(ls) && trim(ls[j].text) != "" && !meta.read(ls[j].text) {
		title.WriteString(trim(ls[j].text))
		j++
	}
	// The metadata's 名称 may be cut where a long value wrapped.
	if t := joinCJK(title.String()); t != "" && strings.HasPrefix(titleKey(t), titleKey(name)) {
		ds.title, ds.line, i = t, int(ls[i].n), j
	}
	i = dumpedMeta(ls, i, meta)
	ds.number = dumpedNumber(meta["文号"], int(ls[at].n), warn)
	end := len(ls)
	for end > i && (trim(ls[end-1].text) == "" || footer(ls[end-1].text) || siteLinks(ls[end-1].text)) {
		end--
	}
	for k := end; k < len(ls); k++ {
		if trim(ls[k].text) != "" {
			warn(int(ls[k].n), fmt.Sprintf("the site's footer (lines %d–%d) is left out", ls[k].n, ls[len(ls)-1].n))
			break
		}
	}
	d := parseDocument(ds, ls[i:end], true, lineWidth(ls[i:end], warn), warn)
	if date := dumpedDate(meta); date != "" && d.Date == "" {
		d.Date = date
	}
	is.Title = d.Title
	is.Documents = []*data.Document{d}
}

// dumpedMeta reads the metadata lines from i on (blank lines between
// them skipped) and returns the index of the first line that is none. A
// line between two metadata lines goes on with the value before it (a
// long 名称 wrapped where the site's table was run on as text).
func dumpedMeta(ls []line, i int, meta metadata) int {
	for ; i < len(ls); i++ {
		t := trim(ls[i].text)
		if t == "" || meta.read(t) {
			continue
		}
		if i == 0 || i+1 == len(ls) || trim(ls[i-1].text) == "" || !meta.read(ls[i+1].text) {
			return i
		}
		if k := lastMetaKey(trim(ls[i-1].text)); k != "" {
			meta[k] += t
		}
	}
	return i
}

// lastMetaKey is the key of the last pair on a metadata line.
func lastMetaKey(t string) string {
	key := ""
	for i := range t {
		if k, ok := metaKeyAt(t[i:]); ok {
			key = k
		}
	}
	return key
}

// dumpedNumber is the metadata's 文号 as a 文号 or a decree's number.
func dumpedNumber(s string, n int, warn warnFunc) string {
	s = removeSpaces(s)
	if s == "" {
		return ""
	}
	if num, ok := docNumber(s); ok {
		return num
	}
	if num, ok := decreeNumber(s); ok {
		return num
	}
	warn(n, "文号 in the metadata does not look like one: "+s)
	return ""
}

// dumpedDate is the date the metadata gives a document (发文日期 or
// 成文日期, 2024-01-05 or 2024年1月5日), as 2024-01-05.
func dumpedDate(meta metadata) string {
	for _, k := range []string{"发文日期", "成文日期"} {
		v := removeSpaces(meta[k])
		if len(v) == 10 && v[4] == '-' && v[7] == '-' {
			return v
		}
		var y, m, d int
		if n, _ := fmt.Sscanf(v, "%d年%d月%d日", &y, &m, &d); n == 3 {
			return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		}
	}
	return ""
}

// siteLinks recognises a footer's bar of links to the site's own pages
// (网站地图 | 联系我们 | …) and a line naming who runs the site (主办：…
// 承办：…).
func siteLinks(t string) bool {
	t = trim(t)
	return strings.Contains(t, "网站地图") || strings.Contains(t, "联系我们") ||
		hasPrefixAny(t, "主办：", "主办:", "主办单位：", "主办单位:") && (strings.Contains(t, "承办") || strings.Contains(t, "网站"))
}
