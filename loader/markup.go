package loader

import (
	"fmt"
	"html"
	"strings"
)

// Converters leave markup in the text: markdown marks, HTML tags and
// entities, LaTeX math. The stages that read titles, paragraphs and cells
// turn it into the plain text the printed issue shows.

// stripMarkup turns a line as a converter wrote it into plain text: the
// markdown it left (leading "#" heading marks, "**" bold marks) goes, and
// the HTML and LaTeX too (see plainText; a paragraph break inside the line
// joins the text on both sides). It reports whether "#" marks were present
// (a hint that the line is a heading).
func stripMarkup(s string) (string, bool) {
	hash := false
	if strings.HasPrefix(s, "#") {
		i := 0
		for i < len(s) && s[i] == '#' {
			i++
		}
		if i < len(s) && s[i] == ' ' || i == len(s) {
			hash = true
			s = trim(s[i:])
		}
	}
	if !hash {
		hash = emphasisLine(s)
	}
	if strings.Contains(s, "**") {
		s = strings.ReplaceAll(s, "**", "")
	}
	if hasMarkup(s) {
		s = strings.ReplaceAll(stripTags(s), "\n", "")
	}
	return s, hash
}

// mdPunct are the characters a backslash escapes in markdown: ASCII
// punctuation (CommonMark), but the bar, which \| keeps in a pipe
// table's cell for the table readers (see splitBars).
const mdPunct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{}~"

// unescapeMD reads markdown's backslash escapes as a markdown reader
// does: a backslash before punctuation goes, the punctuation stays.
// Writers escape what would read as markup (html2text: 1\. at the start
// of a run of text, \- and \+ there, a backslash doubled). Text with TeX
// math in it ($\geq 95\%$) keeps its backslashes: they are TeX's.
func unescapeMD(s string) string {
	i := strings.IndexByte(s, '\\')
	if i < 0 || strings.IndexByte(s, '$') >= 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for ; i >= 0; i = strings.IndexByte(s, '\\') {
		if i+1 < len(s) && strings.IndexByte(mdPunct, s[i+1]) >= 0 {
			b.WriteString(s[:i])
			b.WriteByte(s[i+1])
			s = s[i+2:]
			continue
		}
		b.WriteString(s[:i+1])
		s = s[i+1:]
	}
	b.WriteString(s)
	return b.String()
}

// markupEnds are the bytes the markup stripMarkup takes away can end
// with (a tag's '>', an entity's ';', math's '$', bold's '*'), and
// markupStarts those it can start with (and the '#' of a heading).
var markupEnds, markupStarts = byteSet(">;$*"), byteSet("<&$*#")

// tagStarts are the bytes the markup stripTags takes away starts with.
var tagStarts = byteSet("<&$")

func byteSet(s string) (t [256]bool) {
	for i := 0; i < len(s); i++ {
		t[s[i]] = true
	}
	return t
}

// mayStartWith reports whether the plain text of line s (stripMarkup,
// trimmed) may start with one of the characters cs, without stripping it:
// stripMarkup only takes markup away and writes characters only in place
// of it, so the text starts with the character the line starts with
// unless that is markup. (Not so for two characters: markup between them
// goes.)
func mayStartWith(s string, cs ...string) bool {
	t := trim(s)
	return t != "" && (markupStarts[t[0]] || hasPrefixAny(t, cs...))
}

// mayEndWith is mayStartWith for the end of the plain text.
func mayEndWith(s, c string) bool {
	t := trim(s)
	return t != "" && (markupEnds[t[len(t)-1]] || strings.HasSuffix(t, c))
}

// emphasisLine reports whether a whole line is set in bold — <b>…</b>,
// <strong>…</strong> or **…**, maybe inside <p>…</p> — the mark an
// HTML or markdown converter gives a heading in place of "#".
func emphasisLine(s string) bool {
	t := trim(s)
	if !strings.HasPrefix(t, "<") && !strings.HasPrefix(t, "**") {
		return false
	}
	t = trim(strings.TrimSuffix(strings.TrimPrefix(t, "<p>"), "</p>"))
	for _, m := range [][2]string{{"<b>", "</b>"}, {"<strong>", "</strong>"}, {"**", "**"}} {
		if strings.HasPrefix(t, m[0]) && strings.HasSuffix(t, m[1]) && len(t) > len(m[0])+len(m[1]) {
			inner := t[len(m[0]) : len(t)-len(m[1])]
			return !strings.Contains(inner, m[1]) && strings.IndexByte(inner, '\t') < 0
		}
	}
	return false
}

// hasMarkup reports whether s may hold HTML or LaTeX.
func hasMarkup(s string) bool {
	return strings.IndexByte(s, '<') >= 0 || strings.IndexByte(s, '&') >= 0 || strings.IndexByte(s, '$') >= 0
}

// stripTags turns the HTML and LaTeX a converter left in a paragraph or a
// table cell into plain text, in one pass (so that &lt;p&gt; stays text):
// an HTML tag of any element, with its attributes, goes (<p>, <br> and the
// other block tags become line breaks, the breaks and spaces a run of them
// leaves collapse), an HTML comment goes, an entity is decoded (&nbsp;,
// &lt;, &#x4E00;), and a LaTeX math span becomes the text it renders to
// (see latexSpan). Anything else in angle brackets (<以下简称乡镇>,
// <http://…>) is text.
func stripTags(s string) string {
	if !hasMarkup(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	breaks := false
	for i := 0; i < len(s); {
		// The text up to the next byte markup may start at, in one copy.
		j := i
		for j < len(s) && !tagStarts[s[j]] {
			j++
		}
		b.WriteString(s[i:j])
		if i = j; i == len(s) {
			break
		}
		switch s[i] {
		case '<':
			if n, block := htmlTag(s[i:]); n > 0 {
				if block && b.Len() > 0 {
					b.WriteByte('\n')
					breaks = true
				}
				i += n
				continue
			}
		case '&':
			if n, text := entity(s[i:]); n > 0 {
				b.WriteString(text)
				i += n
				continue
			}
		case '$':
			if n, text := latexSpan(s, i); n > 0 {
				trimSpaceBefore(&b)
				b.WriteString(text)
				i += n
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	out := b.String()
	if !breaks {
		return out
	}
	// Collapse the blank lines and spaces that "</p> <p>" leaves behind.
	parts := strings.Split(out, "\n")
	keep := parts[:0]
	for _, p := range parts {
		if p = trim(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "\n")
}

// htmlElements are the elements whose tags converters leave in text, with
// whether the element breaks the line (a block) or not (inline).
var htmlElements = map[string]bool{
	"p": true, "br": true, "div": true, "li": true, "tr": true, "table": true, "ul": true, "ol": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "hr": true, "pre": true,
	"blockquote": true, "section": true, "article": true, "header": true, "footer": true,
	"dl": true, "dt": true, "dd": true, "caption": true, "tbody": false, "thead": false, "tfoot": false,
	"td": false, "th": false, "b": false, "i": false, "u": false, "s": false, "em": false,
	"strong": false, "span": false, "font": false, "a": false, "sup": false, "sub": false,
	"small": false, "big": false, "center": false, "strike": false, "del": false, "ins": false,
	"mark": false, "code": false, "tt": false, "nobr": false, "wbr": false, "img": false,
	"label": false, "cite": false, "q": false, "abbr": false, "o:p": false,
}

// htmlTag returns the length of the HTML tag or comment at the start of s
// and whether it breaks the line, or 0 when s does not start with one.
func htmlTag(s string) (int, bool) {
	if strings.HasPrefix(s, "<!--") {
		if end := strings.Index(s[4:], "-->"); end >= 0 {
			return 4 + end + 3, false
		}
		return 0, false
	}
	i := 1
	if i < len(s) && s[i] == '/' {
		i++
	}
	start := i
	for i < len(s) && (isASCIILetter(s[i]) || i > start && (isDigit(s[i]) || s[i] == ':')) {
		i++
	}
	block, ok := htmlElements[strings.ToLower(s[start:i])]
	if !ok {
		return 0, false
	}
	if i < len(s) && s[i] != '>' && s[i] != '/' && s[i] != ' ' && s[i] != '\t' {
		return 0, false // <pre-wrap…> is no <pre>
	}
	// Attributes: up to the closing '>', without another '<' on the way.
	for ; i < len(s) && i < 1024; i++ {
		switch s[i] {
		case '>':
			return i + 1, block
		case '<':
			return 0, false
		}
	}
	return 0, false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// entity returns the length of the HTML character reference at the start
// of s (&amp; &nbsp; &#20013; &#x4E2D;, with its semicolon) and its text,
// or 0 when s does not start with one. NBSP becomes a space, as in the
// file's text; a reference to a control character is made safe like one
// in the file (&#27;]0;…&#7; must not become an escape sequence).
func entity(s string) (int, string) {
	end := 1
	for end < len(s) && end < 40 && (isASCIILetter(s[end]) || isDigit(s[end]) || s[end] == '#') {
		end++
	}
	if end == 1 || end >= len(s) || s[end] != ';' {
		return 0, ""
	}
	ref := s[:end+1]
	text := html.UnescapeString(ref)
	if text == ref {
		return 0, ""
	}
	text = strings.ReplaceAll(text, "\u00a0", " ")
	return len(ref), Clean(text)
}

// trimSpaceBefore drops one space at the end of b when the character
// before it is CJK: the padding converters put around inline math
// (不高于 $200\text{mg}$).
func trimSpaceBefore(b *strings.Builder) {
	s := b.String()
	if strings.HasSuffix(s, " ") && endsCJK(s[:len(s)-1]) {
		t := s[:len(s)-1]
		b.Reset()
		b.WriteString(t)
	}
}

// plainTagLines turns the lines a converter wrapped in HTML block tags
// (<p>…</p>, <div>, <h2>, <li>) into the plain text the page showed, before
// any structure is read: a title, 文号 or heading inside <p><b>…</b></p> is
// then seen as one, and a line wholly in bold keeps that heading mark as
// a "#" (<p><b>——制定发展战略规划</b></p>). A <br> inside such a line joins the text on both sides,
// as the page flowed it. A table row (a line holding a tab) keeps its
// markup: its cells are cleaned as cells. One warning names the first line.
func plainTagLines(ls []line, warn warnFunc) []line {
	first, count := 0, 0
	for i := range ls {
		if ls[i].first() != '<' {
			continue
		}
		t := trim(ls[i].text)
		if strings.IndexByte(t, '\t') >= 0 {
			continue
		}
		if _, block := htmlTag(t); !block {
			continue
		}
		if count == 0 {
			first = int(ls[i].n)
		}
		count++
		plain := strings.ReplaceAll(stripTags(t), "\n", "")
		if emphasisLine(t) && plain != "" {
			plain = "# " + plain // the bold line's heading mark, as markdown writes it
		}
		ls[i].setText(plain)
	}
	if count > 0 {
		warn(first, fmt.Sprintf("HTML tags left by the converter removed from %d lines", count))
	}
	return ls
}
