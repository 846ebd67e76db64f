package loader

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"gazette/data"
)

// ErrNoArticle is the error for a web page that holds no article: only
// navigation, or nothing but links.
var ErrNoArticle = errors.New("no article found in the web page")

// isHTML recognises a saved web page: a .html or .htm file, or a file
// that starts (after a BOM, white space and comments such as the
// browser's <!-- saved from url=… -->) with <!DOCTYPE html or <html.
func isHTML(name string, b []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm":
		return true
	}
	b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	b = bytes.TrimLeft(b, " \t\r\n\f")
	for bytes.HasPrefix(b, []byte("<!--")) {
		end := bytes.Index(b[:min(len(b), 4096)], []byte("-->"))
		if end < 0 {
			return false
		}
		b = bytes.TrimLeft(b[end+3:], " \t\r\n\f")
	}
	for _, p := range []string{"<!doctype html", "<html"} {
		if len(b) > len(p) && strings.EqualFold(string(b[:len(p)]), p) {
			c := b[len(p)]
			if c == '>' || c == ' ' || c == '\t' || c == '\r' || c == '\n' {
				return true
			}
		}
	}
	return false
}

// decodeHTML converts a page to UTF-8 in the charset it declares (a BOM,
// <meta charset> or http-equiv Content-Type). A page that declares
// nothing, or Latin-1 (the browsers' fallback), is read as the text
// loader reads files: UTF-8, else GB18030. A page declaring a legacy
// charset whose bytes are valid UTF-8 was re-saved as UTF-8 and keeps
// its old declaration: it is read as UTF-8, with a warning.
func decodeHTML(b []byte, warn warnFunc) (string, error) {
	if len(b) == 0 {
		return "", ErrEmpty
	}
	_, name, certain := charset.DetermineEncoding(b, "")
	if certain || name == "utf-8" || name == "windows-1252" {
		return toUTF8(b, warn) // BOMs, UTF-8, and GB18030 detection
	}
	if bytes.IndexByte(b[:min(len(b), 8192)], 0) >= 0 {
		return "", ErrBinary
	}
	if utf8.Valid(b) && hasMultibyte(b) {
		warn(0, "the page declares the charset "+name+" but is UTF-8; read as UTF-8")
		return string(b), nil
	}
	if name == "gbk" {
		name = "gb18030" // GBK and GB2312 pages decode as GB18030, their superset
	}
	enc, _ := charset.Lookup(name)
	if enc == nil {
		return "", fmt.Errorf("unknown charset %s", name)
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Errorf("cannot decode the page as %s: %w", name, err)
	}
	return string(out), nil
}

func hasMultibyte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// parseHTML reads a saved web page: the article is found, the site around
// it dropped, and its block elements become lines that the text rules
// read (documents, sections, signature, attachments), with the page's
// tables built cell by cell.
func parseHTML(name string, b []byte) (*data.Issue, error) {
	is := &data.Issue{Source: name}
	warn := func(n int, msg string) { is.Warnings = append(is.Warnings, data.Warning{Line: n, Message: msg}) }
	text, err := decodeHTML(b, warn)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	a := findArticle(root)
	if a == nil {
		return nil, fmt.Errorf("%s: %w", name, ErrNoArticle)
	}
	pl := a.lines(text, 1, warn)
	if pl.title < 0 && !pl.hasText() {
		return nil, fmt.Errorf("%s: %w", name, ErrNoArticle)
	}
	if isIssuePage(pl.ls) {
		parseIssuePage(pl, is, warn)
	} else if !parseArticle(pl, is, warn) {
		return nil, fmt.Errorf("%s: %w", name, ErrNoArticle)
	}
	return is, nil
}

// isIssuePage reports whether the article lines hold a whole issue: a
// 目录, or more than one document (title and 文号).
func isIssuePage(ls []line) bool {
	for _, l := range ls {
		if isContentsHeading(l.text) {
			return true
		}
	}
	return len(findDocuments(ls, nil)) > 1
}

// parseArticle reads a page holding one document: its title (the title
// heading, else the metadata's 标题, else the first line), the metadata
// around the title (索引号, 文号, 发布机构, 成文日期 …), a 文号 printed under
// the title, and the body as the text loader reads a document. It reports
// false when there is no body.
func parseArticle(pl *pageLines, is *data.Issue, warn warnFunc) bool {
	ls := pl.ls
	meta := metadata{}
	start := 0
	if pl.title >= 0 {
		meta.readLines(ls[:pl.title])
		start = pl.title + 1
	}
	ds := docStart{kind: data.KindDocument, title: meta.get("标题", "名称", "文件名称")}
	if pl.title >= 0 {
		ds.title, ds.line = joinCJK(trim(pl.text(pl.title))), int(ls[pl.title].n)
	}
	i := start
	for ; i < len(ls); i++ {
		t := trim(ls[i].text)
		if t == "" && ls[i].block == nil {
			continue
		}
		if ds.title == "" {
			ds.title, ds.line = joinCJK(t), int(ls[i].n)
			continue
		}
		if meta.read(t) {
			continue
		}
		if num, ok := docNumber(t); ok && ds.number == "" {
			ds.number = num
			continue
		}
		break
	}
	if i >= len(ls) && ds.title == "" {
		return false
	}
	if ds.number == "" {
		ds.number = removeSpaces(meta.get("文号", "发文字号"))
	}
	if ds.number == "" && strings.HasSuffix(ds.title, "大事记") {
		ds.kind = data.KindChronicle // as findDocuments tells a 大事记 in an issue
	}
	d := parseDocument(ds, ls[i:], false, wrap{}, warn)
	if d.Issuer == "" {
		d.Issuer = meta.get("发布机构", "发文机关", "发文单位", "发文机构")
	}
	if d.Date == "" {
		d.Date = metaDate(meta.get("成文日期", "发文日期", "发布日期", "发布时间"))
	}
	is.Title = d.Title
	is.Documents = []*data.Document{d}
	return true
}

// parseIssuePage reads a page holding a whole issue as the text loader
// reads an issue; contents entries whose link points at an anchor in the
// page go to the document at that anchor.
func parseIssuePage(pl *pageLines, is *data.Issue, warn warnFunc) {
	ls := pl.ls
	starts := findDocuments(ls, nil)
	first := len(ls)
	if len(starts) > 0 {
		first = starts[0].start
	}
	parseMasthead(ls[:first], is)
	toc := -1
	for i := 0; i < first; i++ {
		if isContentsHeading(ls[i].text) {
			toc = i
			break
		}
	}
	if toc >= 0 {
		is.Contents, _ = parseContents(ls[toc+1:first], warn)
	}
	for k, ds := range starts {
		stop := len(ls)
		if k+1 < len(starts) {
			stop = starts[k+1].start
		}
		is.Documents = append(is.Documents, parseDocument(ds, ls[ds.body:stop], false, wrap{}, warn))
	}
	if is.Title == "" && pl.title >= 0 {
		is.Title = joinCJK(trim(pl.text(pl.title)))
	}
	duplicateTitles(is, warn)
	matchContents(is, warn)
	linkAnchors(pl, is, starts, toc, first)
}

// linkAnchors points the contents entries whose line links to an anchor
// of the page at the document that starts at (or holds) that anchor.
func linkAnchors(pl *pageLines, is *data.Issue, starts []docStart, toc, first int) {
	if toc < 0 || len(starts) == 0 {
		return
	}
	docAt := func(idx int) int {
		found := -1
		for k, ds := range starts {
			if ds.start <= idx+1 {
				found = k
			}
		}
		return found
	}
	next := toc + 1
	for ei := range is.Contents {
		e := &is.Contents[ei]
		// The entry's link is on one of its lines: from its first line,
		// before the next entry's (on the same source line in a page
		// written on one line: then the next linked line).
		end := first
		if ei+1 < len(is.Contents) {
			stop := is.Contents[ei+1].Line
			end = next
			for end < first && (int(pl.ls[end].n) < stop || stop == e.Line && int(pl.ls[end].n) == stop) {
				end++
			}
		}
		for next < end && (int(pl.ls[next].n) < e.Line || pl.href[next] == "") {
			next++
		}
		if next >= end {
			continue
		}
		idx, ok := pl.anchors[pl.href[next]]
		next++
		if k := docAt(idx); ok && k >= 0 {
			e.Document = k
		}
	}
}

// metadata holds the key-value pairs a page prints around its title:
// 索引号：…, 文号：…, 发布机构：…, 成文日期：….
type metadata map[string]string

// metaKeys are the metadata keys of government web pages.
var metaKeys = []string{"索引号", "主题分类", "分类", "发文机关", "发文机构", "发布机构", "发文单位", "成文日期", "发文日期",
	"发布日期", "发布时间", "文号", "发文字号", "标题", "名称", "文件名称", "主题词", "来源", "信息来源", "有效性", "生效日期",
	"废止日期", "公开方式", "时效", "字号", "浏览次数", "访问量", "作者", "编辑"}

// readLines reads the metadata printed before the title; a key printed
// alone (<dt>索引号</dt><dd>…</dd>) takes the next line as its value.
func (m metadata) readLines(ls []line) {
	pending := ""
	for _, l := range ls {
		t := trim(strings.TrimPrefix(trim(l.text), "- "))
		if t == "" {
			continue
		}
		if _, isKey := metaKeyAt(t); pending != "" && !isKey && !metaKey(t) {
			m[pending] = t
			pending = ""
			continue
		}
		pending = ""
		if metaKey(t) {
			pending, _ = metaKeyAt(strings.TrimRight(removeSpaces(t), ":：") + "：")
			continue
		}
		m.read(t)
	}
}

// read takes the pairs of one line ("发布时间：2022-08-01 来源：市政府办",
// "• 文号：…"); it reports whether the line was metadata.
func (m metadata) read(t string) bool {
	t = trim(t)
	for _, bullet := range []string{"- ", "•"} {
		t = trim(strings.TrimPrefix(t, bullet))
	}
	key, ok := metaKeyAt(t)
	if !ok {
		return false
	}
	for ok {
		rest := trim(afterColonAt(t, len(key)))
		end := len(rest)
		next := ""
		for i := range rest {
			if k, found := metaKeyAt(rest[i:]); found && i > 0 {
				end, next = i, k
				break
			}
		}
		if _, seen := m[key]; !seen {
			m[key] = trim(rest[:end])
		}
		t, key, ok = rest[end:], next, next != ""
	}
	return true
}

// metaKeyAt reports whether t starts with a metadata key and a colon.
func metaKeyAt(t string) (string, bool) {
	for _, k := range metaKeys {
		if strings.HasPrefix(t, k) {
			r := skipSpaces(t[len(k):])
			if strings.HasPrefix(r, ":") || strings.HasPrefix(r, "：") {
				return k, true
			}
		}
	}
	return "", false
}

// afterColonAt returns what follows the colon after the key of length k.
func afterColonAt(t string, k int) string {
	r := skipSpaces(t[k:])
	if strings.HasPrefix(r, ":") {
		return r[1:]
	}
	return strings.TrimPrefix(r, "：")
}

// get returns the first of the keys that the page printed.
func (m metadata) get(keys ...string) string {
	for _, k := range keys {
		if v := m[k]; v != "" {
			return v
		}
	}
	return ""
}

// metaDate reads a metadata date: 2022-07-30, 2022/7/30 or 2022年7月30日.
func metaDate(s string) string {
	if d, _, _, ok := findDate(s); ok {
		return d
	}
	s = strings.ReplaceAll(s, "/", "-")
	parts := strings.SplitN(trim(s), "-", 3)
	if len(parts) != 3 || digitPrefix(parts[0]) != 4 {
		return ""
	}
	y, m := atoi(parts[0]), atoi(parts[1])
	dn := digitPrefix(parts[2])
	if dn == 0 || dn > 2 || len(parts[1]) > 2 || m < 1 || m > 12 {
		return ""
	}
	d := atoi(parts[2][:dn])
	if d < 1 || d > 31 {
		return ""
	}
	return formatDate(y, m, d)
}
