package cjk_test

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"gazette/data"
	"gazette/loader"
	"gazette/ui/cjk"
)

// numberToken matches, independently of the wrapper's own rules, the
// numbers that must not be broken: a 文号's year and number (〔2022〕1号), a
// date (2022年6月, 2022年6月30日), a number with a range or a unit (6.5%,
// 15%, 346.3-385.8mm), a decimal (6.5) and a run of digits.
var numberToken = regexp.MustCompile(`[〔\[［][0-9]{4}[〕\]］][0-9]+号` +
	`|[0-9０-９]+年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?` +
	`|[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[-~～—–][0-9０-９]+(?:[.．][0-9０-９]+)?)?(?:%|％|‰|℃|[a-zA-Z]+)` +
	`|[0-9０-９]+[.．][0-9０-９]+` +
	`|[0-9０-９]+`)

// closingPunct must not begin a line, openingPunct must not end one.
const (
	closingPunct = "。，、；：？！）」』】〕》…"
	openingPunct = "（「『【〔《"
)

// sampleTexts returns every title, heading, paragraph, list item, raw
// line, caption, column name, group label and table cell of the five
// sample issues, one string per line of text.
func sampleTexts(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/gazettes/*.txt")
	if err != nil || len(paths) != 5 {
		t.Fatalf("samples: %v, %d files", err, len(paths))
	}
	var texts []string
	add := func(ss ...string) {
		for _, s := range ss {
			for _, ln := range strings.Split(s, "\n") {
				if ln = strings.ReplaceAll(ln, "\t", " "); strings.TrimSpace(ln) != "" {
					texts = append(texts, ln)
				}
			}
		}
	}
	var blocks func([]data.Block)
	blocks = func(bs []data.Block) {
		for _, b := range bs {
			add(b.Text)
			add(b.Items...)
			if tb := b.Table; tb != nil {
				add(tb.Caption)
				add(tb.Columns...)
				add(tb.Groups...)
				for _, r := range tb.Records {
					for _, c := range r.Cells {
						add(c.Text)
					}
				}
			}
		}
	}
	var sections func([]*data.Section)
	sections = func(ss []*data.Section) {
		for _, s := range ss {
			add(s.Heading)
			blocks(s.Blocks)
			sections(s.Sections)
		}
	}
	for _, p := range paths {
		is, err := loader.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		add(is.Title)
		for _, e := range is.Contents {
			add(e.Title)
		}
		for _, d := range is.Documents {
			add(d.Title, d.Number, d.Recipients)
			blocks(d.Blocks)
			sections(d.Sections)
		}
	}
	return texts
}

// TestWrapSamples wraps every line of text of the five samples at every
// width from 20 to 200: every line fits, the lines hold the text with only
// the spaces at breaks dropped, no line begins with closing punctuation or
// ends with opening punctuation, no number is broken when it fits, and no
// name in a list of names set apart by spaces is broken.
func TestWrapSamples(t *testing.T) {
	texts := sampleTexts(t)
	t.Logf("%d lines of text", len(texts))
	step := 1
	if testing.Short() {
		step = 7
	}
	for _, amb := range []cjk.Ambiguous{cjk.Narrow, cjk.Wide} {
		w := cjk.New(amb)
		for _, s := range texts {
			tokens := numberToken.FindAllStringIndex(s, -1)
			tokens = append(tokens, nameTokens(s)...)
			for width := 20; width <= 200; width += step {
				if w.String(s) <= width {
					if got := w.Wrap(s, width); len(got) != 1 || got[0] != s {
						t.Errorf("%v Wrap(%q, %d) = %q: broke a line that fits", amb, s, width, got)
					}
					break
				}
				checkWrap(t, w, s, width, tokens)
			}
		}
	}
}

// checkWrap checks the lines of w.Wrap(s, width), where s is one line of
// text and tokens are the spans of s not to break when they fit.
func checkWrap(t *testing.T, w *cjk.Width, s string, width int, tokens [][]int) {
	t.Helper()
	lines := w.Wrap(s, width)
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf("%v Wrap(%q, %d) = %q: "+format, append([]any{w.Ambiguous(), s, width, lines}, args...)...)
	}
	var breaks []int // where each line after the first starts in s
	pos := 0
	for i, l := range lines {
		if lw := w.String(l); lw > width {
			fail("line %q is %d wide", l, lw)
		}
		if i > 0 {
			skipped := strings.TrimLeft(s[pos:], " \u3000")
			pos = len(s) - len(skipped)
			breaks = append(breaks, pos)
			if r := firstRune(l); strings.ContainsRune(closingPunct, r) {
				fail("line %q starts with %c", l, r)
			}
		}
		if !strings.HasPrefix(s[pos:], l) || l == "" {
			fail("line %q is not the text at byte %d", l, pos)
			return
		}
		pos += len(l)
		if r := lastRune(l); i < len(lines)-1 && strings.ContainsRune(openingPunct, r) {
			fail("line %q ends with %c", l, r)
		}
	}
	if strings.Trim(s[pos:], " \u3000") != "" {
		fail("lost %q", s[pos:])
	}
	for _, tk := range tokens {
		if w.String(s[tk[0]:tk[1]]) > width {
			continue
		}
		for _, b := range breaks {
			if tk[0] < b && b < tk[1] {
				fail("broke %q", s[tk[0]:tk[1]])
			}
		}
	}
}

// nameTokens returns the spans of the names in s when s lists names set
// apart by spaces, every word one to four Chinese characters: the words
// of two to four.
func nameTokens(s string) [][]int {
	var names [][]int
	for i := 0; i < len(s); {
		j := strings.IndexFunc(s[i:], func(r rune) bool { return r != ' ' && r != '\u3000' })
		if j < 0 {
			break
		}
		start := i + j
		end := strings.IndexAny(s[start:], " \u3000")
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		word := []rune(s[start:end])
		for _, r := range word {
			if !unicode.Is(unicode.Han, r) {
				return nil
			}
		}
		if len(word) > 4 {
			return nil
		}
		if len(word) >= 2 {
			names = append(names, []int{start, end})
		}
		i = end
	}
	return names
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func lastRune(s string) rune {
	r := []rune(s)
	if len(r) == 0 {
		return 0
	}
	return r[len(r)-1]
}
