package loader

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nodeStats counts an element's text: all of it, the part inside links
// to other pages (navigation), and those links.
type nodeStats struct {
	text, link, links int
	order             int // pre-order index of the element
}

// nonLink is the text that is not navigation.
func (s nodeStats) nonLink() int { return s.text - s.link }

// article is the part of a page that holds the article: root is the
// smallest element holding both the title heading and the text.
type article struct {
	root  *html.Node
	title *html.Node // the title heading, nil when the page has none
	stats map[*html.Node]nodeStats
}

// minArticle is the least non-link text (in characters) an article has.
const minArticle = 20

// findArticle finds the article by the page's own structure: from <body>
// down, into the child holding most of the text that is not links, while
// one child holds most of it; then up to the element that also holds the
// title heading (the first <h1>, else the highest heading, inside the text
// or nearest before it). It returns nil when the page has no article.
func findArticle(doc *html.Node) *article {
	a := &article{stats: map[*html.Node]nodeStats{}}
	order := 0
	var headings []*html.Node
	var count func(n *html.Node, inLink bool) nodeStats
	count = func(n *html.Node, inLink bool) nodeStats {
		var s nodeStats
		switch n.Type {
		case html.TextNode:
			c := visibleRunes(n.Data)
			s.text = c
			if inLink {
				s.link = c
			}
			return s
		case html.ElementNode:
			if skipped(n) {
				return s
			}
			s.order = order
			order++
			if n.DataAtom == atom.A && navLink(n) && !inLink {
				inLink = true
				s.links = 1
			}
		case html.DocumentNode:
		default:
			return s
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := count(c, inLink)
			s.text += cs.text
			s.link += cs.link
			s.links += cs.links
		}
		if n.Type == html.ElementNode {
			a.stats[n] = s
			if headingLevel(n) > 0 && s.nonLink() > 0 {
				headings = append(headings, n)
			}
		}
		return s
	}
	count(doc, false)
	body := find(doc, atom.Body)
	if body == nil || a.stats[body].nonLink() < minArticle {
		return nil
	}
	content := a.descend(body)
	a.title = a.pickTitle(headings, content)
	if a.title == nil {
		a.title = a.titleBefore(content)
	}
	a.root = content
	if a.title != nil {
		a.root = commonAncestor(a.title, content)
	}
	return a
}

// descend walks down from n into the container child that holds at least
// 60% of n's non-link text, as long as there is one.
func (a *article) descend(n *html.Node) *html.Node {
	for {
		total := a.stats[n].nonLink()
		var best *html.Node
		bestV := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || !container(c) {
				continue
			}
			if v := a.stats[c].nonLink(); v > bestV {
				best, bestV = c, v
			}
		}
		if best == nil || bestV*10 < total*6 {
			return n
		}
		n = best
	}
}

// pickTitle chooses the title heading: the nearest heading before the
// content, unless the content holds a higher one (a page whose title is
// inside the text's container); headings that are links are not titles.
func (a *article) pickTitle(headings []*html.Node, content *html.Node) *html.Node {
	start := a.stats[content].order
	var inside, before *html.Node
	for _, h := range headings {
		hs := a.stats[h]
		switch {
		case hs.link*2 > hs.text:
			// a site logo or a link to another page
		case within(h, content):
			if inside == nil || headingLevel(h) < headingLevel(inside) {
				inside = h
			}
		case hs.order < start && (before == nil || hs.order > a.stats[before].order):
			before = h
		}
	}
	if before == nil || inside != nil && headingLevel(inside) < headingLevel(before) {
		return inside
	}
	return before
}

// titleBefore finds the title of a page that marks it with no heading
// (<div class="title">): the nearest element before the content, among
// the previous siblings of the content and of its two parents, whose text
// reads as a title: one short line, not a sentence, not metadata, not
// links.
func (a *article) titleBefore(content *html.Node) *html.Node {
	n := content
	for up := 0; up < 3 && n != nil; up++ {
		for p := n.PrevSibling; p != nil; p = p.PrevSibling {
			st := a.stats[p]
			if p.Type != html.ElementNode || skipped(p) || st.text == 0 {
				continue
			}
			if st.link*2 > st.text || st.text > 80 {
				break
			}
			t := trim(strings.Join(strings.Fields(textOf(p)), " "))
			if _, meta := metaKeyAt(t); meta || footer(t) || !titleLike(t) {
				continue
			}
			return p
		}
		n = n.Parent
	}
	return nil
}

// within reports whether n is inside (or is) p.
func within(n, p *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == p {
			return true
		}
	}
	return false
}

func commonAncestor(x, y *html.Node) *html.Node {
	for p := x; p != nil; p = p.Parent {
		if within(y, p) {
			return p
		}
	}
	return y
}

func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

// headingLevel is 1 to 6 for <h1> to <h6>, 0 for other elements.
func headingLevel(n *html.Node) int {
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// container reports whether an element can hold an article (the walk
// down from <body> enters only these): sectioning and layout elements,
// not paragraphs, lists or data tables.
func container(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Center, atom.Form, atom.Td, atom.Th, atom.Tr,
		atom.Tbody, atom.Thead, atom.Font, atom.Span:
		return true
	case atom.Table:
		return layoutTable(n)
	}
	return false
}

// skipped reports whether an element is never content: scripts, styles,
// forms' controls, embedded objects, hidden elements.
func skipped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object, atom.Embed, atom.Svg,
		atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Map, atom.Head, atom.Link, atom.Meta:
		return true
	}
	for _, at := range n.Attr {
		switch at.Key {
		case "hidden":
			return true
		case "style":
			v := strings.ReplaceAll(strings.ToLower(at.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// navLink reports whether a link leads to another page (navigation)
// rather than to a place in this page (#anchor) or a file to download
// (an attachment of the article).
func navLink(n *html.Node) bool {
	href := strings.TrimSpace(attr(n, "href"))
	if href == "" || strings.HasPrefix(href, "#") {
		return false
	}
	if q := strings.IndexAny(href, "?#"); q >= 0 {
		href = href[:q]
	}
	switch ext := strings.ToLower(href[strings.LastIndexByte(href, '.')+1:]); ext {
	case "doc", "docx", "xls", "xlsx", "et", "wps", "pdf", "ofd", "zip", "rar", "7z", "txt", "csv", "ppt", "pptx":
		return false
	}
	return true
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// visibleRunes counts the characters of s that are not ASCII white
// space (a count for comparing amounts of text, not an exact length).
func visibleRunes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > ' ' && c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// layoutTable reports whether a <table> lays out the page rather than
// holding data: it holds another table or headings, or has a single
// column.
func layoutTable(n *html.Node) bool {
	cols := 0
	layout := false
	var walk func(m *html.Node, depth int)
	walk = func(m *html.Node, depth int) {
		for c := m.FirstChild; c != nil && !layout; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case c.DataAtom == atom.Table || headingLevel(c) > 0:
				layout = true
				return
			case c.DataAtom == atom.Tr:
				w := 0
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
						w += max(1, atoi(attr(td, "colspan")))
					}
				}
				cols = max(cols, w)
			}
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return layout || cols < 2
}
