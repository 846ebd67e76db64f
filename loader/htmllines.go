package loader

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"gazette/data"
)

// pageLines is an article turned into the lines the text rules read: one
// line per block element (a <br> breaks one), a blank line between
// blocks, headings marked "# " as converters mark them, list items "- ",
// and each data table as a finished block standing on a line.
type pageLines struct {
	ls      []line
	title   int            // index of the title heading's line, -1 when none
	href    []string       // per line: the in-page anchor its first link points at
	anchors map[string]int // element id → index of the first line at or after it
}

// text is line i without its heading mark.
func (pl *pageLines) text(i int) string {
	t, _ := stripMarkup(pl.ls[i].text)
	return t
}

// hasText reports whether any line holds text or a table.
func (pl *pageLines) hasText() bool {
	for _, l := range pl.ls {
		if l.block != nil || trim(l.text) != "" {
			return true
		}
	}
	return false
}

// emitter walks the article's elements and writes lines.
type emitter struct {
	a       *article
	warn    warnFunc
	loc     locator
	pl      *pageLines
	cur     strings.Builder
	curN    int    // source line of the current line's first text
	curHref string // the in-page anchor the current line links to
	prefix  string // "# " or "- " for the current line
	inTitle bool   // inside the title heading: <br> is a space
}

// lines turns the article into lines; src is the decoded page, for
// source line numbers, and first the number of its first line.
func (a *article) lines(src string, first int, warn warnFunc) *pageLines {
	e := &emitter{a: a, warn: warn, loc: locator{src: src, line: first}, pl: &pageLines{title: -1, anchors: map[string]int{}}}
	e.walk(a.root)
	e.flush(true)
	return e.pl
}

// blockElems are the elements that start and end a line.
var blockElems = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Blockquote: true,
	atom.Pre: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Ul: true, atom.Ol: true, atom.Li: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Table: true, atom.Tbody: true, atom.Thead: true,
	atom.Tfoot: true, atom.Center: true, atom.Address: true, atom.Header: true, atom.Footer: true,
	atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Hr: true, atom.Caption: true, atom.Figure: true,
	atom.Figcaption: true, atom.Fieldset: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true,
}

func (e *emitter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		e.text(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	if skipped(n) || n != e.a.root && e.chrome(n) {
		return
	}
	block := blockElems[n.DataAtom]
	if block {
		e.flush(true)
	}
	if id := attr(n, "id"); id != "" {
		e.pl.anchors[id] = len(e.pl.ls)
	}
	if name := attr(n, "name"); name != "" && n.DataAtom == atom.A {
		e.pl.anchors[name] = len(e.pl.ls)
	}
	switch n.DataAtom {
	case atom.Br:
		if e.inTitle {
			e.cur.WriteByte(' ')
		} else {
			e.flush(false)
		}
		return
	case atom.Table:
		if !layoutTable(n) {
			e.table(n)
			return
		}
	case atom.A:
		if href := attr(n, "href"); strings.HasPrefix(href, "#") && len(href) > 1 && e.curHref == "" {
			e.curHref = href[1:]
		}
	case atom.Li:
		if n.Parent != nil && n.Parent.DataAtom == atom.Ul {
			e.prefix = "- "
		}
	case atom.Pre:
		e.pre(n)
		return
	}
	if n == e.a.title {
		e.pl.title = len(e.pl.ls)
		e.inTitle = true
		defer func() { e.inTitle = false }()
	} else if headingLevel(n) > 0 {
		e.prefix = strings.Repeat("#", headingLevel(n)) + " "
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		e.walk(c)
	}
	if block {
		e.flush(true)
		e.prefix = ""
	}
}

// pre writes preformatted text as the page shows it: a raw block, line
// by line, not read for numbering or tables.
func (e *emitter) pre(n *html.Node) {
	var ls []string
	for _, l := range strings.Split(strings.Trim(rawText(n), "\n"), "\n") {
		t, _ := sanitize(strings.ReplaceAll(l, "\t", " "))
		ls = append(ls, t)
	}
	text := strings.Trim(strings.Join(ls, "\n"), "\n ")
	if text == "" {
		return
	}
	at := e.loc.at(text)
	e.add(line{n: int32(at), block: &data.Block{Kind: data.Raw, Line: at, Text: text}}, "")
	e.add(line{n: int32(at)}, "")
}

// rawText is the text of an element with its white space kept; <br> is
// a line break.
func rawText(n *html.Node) string {
	var b strings.Builder
	var walk func(m *html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				b.WriteByte('\n')
			case c.Type == html.ElementNode && !skipped(c):
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// chrome reports whether an element is site furniture around the
// article: <nav>, <aside>, <header> and <footer> that do not hold the
// title; a small block of links to other pages (related links, a
// navigation bar, with its heading); a small block carrying a copyright
// or ICP line (the site footer).
func (e *emitter) chrome(n *html.Node) bool {
	t := e.a.title
	if t != nil && within(t, n) {
		return false
	}
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Header, atom.Footer:
		return true
	}
	st := e.a.stats[n]
	if st.links >= 3 && st.link*2 > st.text {
		return true
	}
	if st.text > 300 || n.Parent != nil && n.Parent != e.a.root && e.a.stats[n.Parent].text <= 300 {
		return false // only the largest small blocks are looked at
	}
	if st.links >= 2 && st.link*3 > st.text {
		return true
	}
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Table, atom.Ul, atom.Ol, atom.Dl, atom.Center:
		return footer(textOf(n)) // a footer block; single lines are looked at in flush
	}
	return false
}

// text adds the text of a text node to the current line, white space
// collapsed as a browser shows it.
func (e *emitter) text(s string) {
	for len(s) > 0 {
		if isHTMLSpace(s[0]) {
			if n := e.cur.Len(); n > 0 && e.cur.String()[n-1] != ' ' {
				e.cur.WriteByte(' ')
			}
			s = s[1:]
			continue
		}
		k := 1
		for k < len(s) && !isHTMLSpace(s[k]) {
			k++
		}
		if e.curN == 0 {
			e.curN = e.loc.at(s)
		}
		e.cur.WriteString(s[:k])
		s = s[k:]
	}
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// flush ends the current line; a block end leaves a blank line after it.
func (e *emitter) flush(blockEnd bool) {
	t, _ := sanitize(strings.TrimSpace(e.cur.String()))
	e.cur.Reset()
	n := e.curN
	if n == 0 {
		n = e.loc.line
	}
	if t == "" {
		return // an element's mark waits for its text
	}
	if !(len(t) <= 200 && footer(t)) {
		e.add(line{n: int32(n), text: e.prefix + t}, e.curHref)
		// A <br> after a full stop ends a paragraph too (old pages put
		// a whole document in one <p>, paragraphs split by <br>).
		if blockEnd || endsPara(t) {
			e.add(line{n: int32(n)}, "")
		}
	}
	e.curN, e.curHref, e.prefix = 0, "", ""
}

func (e *emitter) add(l line, href string) {
	e.pl.ls = append(e.pl.ls, l)
	e.pl.href = append(e.pl.href, href)
}

// footer recognises the site's furniture lines: copyright and ICP lines,
// breadcrumbs (首页 > 政务公开 > …, 当前位置：…), share bars, print and
// font-size controls, links to the previous and next article.
func footer(t string) bool {
	s := trim(t)
	switch {
	case strings.Contains(s, "版权所有"), strings.Contains(s, "ICP备"), strings.Contains(s, "ICP证"),
		strings.Contains(s, "公网安备"), strings.Contains(s, "网站标识码"):
		return true
	case hasPrefixAny(s, "当前位置", "您的位置", "您现在的位置", "所在位置", "当前的位置"):
		return true
	case strings.HasPrefix(s, "首页") && strings.ContainsAny(s, ">›»＞→/"):
		return true
	case hasPrefixAny(s, "分享到", "分享:", "分享：", "上一篇", "下一篇", "字号:", "字号：", "【字体", "【字号", "字体:", "字体："):
		return true
	case strings.Contains(s, "打印本页"), strings.Contains(s, "关闭窗口"), strings.Contains(s, "打印此页"), strings.Contains(s, "【打印】"):
		return true
	}
	return false
}

// textOf is the visible text of an element, white space collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(m *html.Node)
	walk = func(m *html.Node) {
		switch m.Type {
		case html.TextNode:
			b.WriteString(m.Data)
			b.WriteByte(' ')
		case html.ElementNode:
			if skipped(m) {
				return
			}
			if m.DataAtom == atom.Br || blockElems[m.DataAtom] {
				b.WriteByte('\n')
			}
			for c := m.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// locator finds the source line of text taken from the page: it looks
// for the text's first characters in the source after the previous
// match, so lines only move forward. Text written with entities where
// the search key falls keeps the previous line.
type locator struct {
	src  string
	pos  int
	line int
}

// tag moves to the next start tag <name (in lower or upper case) and
// returns its line: a table row's line even when its first cell is "1".
func (l *locator) tag(name string) int {
	rest := l.src[l.pos:]
	if len(rest) > 1<<20 {
		rest = rest[:1<<20]
	}
	k := strings.Index(rest, "<"+name)
	upper := rest
	if k >= 0 {
		upper = rest[:k] // only an earlier upper-case tag matters
	}
	if u := strings.Index(upper, "<"+strings.ToUpper(name)); u >= 0 {
		k = u
	}
	if k < 0 {
		return l.line
	}
	l.line += strings.Count(rest[:k], "\n")
	l.pos += k + 1
	return l.line
}

func (l *locator) at(text string) int {
	key := strings.TrimLeft(text, " \t\r\n\f\u00a0\u3000")
	for i, r := range key {
		if i >= 18 || r == '&' || r == '<' || r == '>' || r == '"' || r == '\'' || r == 0xA0 || r == ' ' || r == '\n' || r == '\t' {
			key = key[:i]
			break
		}
	}
	if key == "" {
		return l.line
	}
	rest := l.src[l.pos:]
	if len(rest) > 1<<20 {
		rest = rest[:1<<20]
	}
	k := strings.Index(rest, key)
	if k < 0 {
		return l.line
	}
	l.line += strings.Count(rest[:k], "\n")
	l.pos += k
	return l.line
}
