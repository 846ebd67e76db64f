package loader

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// A PDF set with wide line spacing (as official documents are: a 16 pt
// font on a 28 pt line) comes out of pdfminer, and the many tools built
// on it, with a blank line after every line: pdfminer ends each text box
// with one, and lines further apart than half their height are boxes of
// their own. Read as it stands, every line of such text is a paragraph.
// The text is still hard-wrapped at the page's width, so a line that runs
// to the width without ending a sentence goes on after the blank line;
// when that is so for most such lines, the blank lines are spacing, not
// paragraph breaks.

// closeLineSpacing drops the blank lines after each line that runs to
// the text's width (or to two characters short of it, a paragraph's
// first line, indented) without ending a sentence, when most such lines
// stand before a blank line and then text, and reports it. Other text is
// returned as it is.
func closeLineSpacing(ls []line, warn warnFunc) []line {
	// A text keeps its setting throughout: its first lines tell it, and
	// the rest of a large file is not read for it.
	head := ls[:min(len(ls), spacingSample)]
	if !mostlySpaced(head) {
		return ls // most text: not measured, which reads every character
	}
	w := setWidth(head)
	if w == 0 {
		return ls
	}
	spaced, solid := 0, 0
	for i := 0; i+1 < len(head); i++ {
		if !runsToWidth(&ls[i], w) {
			continue
		}
		if ls[i+1].first() != 0 || ls[i+1].block != nil {
			solid++
		} else if k := nextText(ls, i+1); k < len(ls) && ls[k].block == nil {
			spaced++
		}
	}
	if spaced < 5 || spaced < 3*solid {
		return ls
	}
	out := ls[:0:0]
	dropped := 0
	for i := 0; i < len(ls); i++ {
		out = append(out, ls[i])
		if runsToWidth(&ls[i], w) {
			if k := nextText(ls, i+1); k < len(ls) && ls[k].block == nil {
				dropped += k - i - 1
				i = k - 1
			}
		}
	}
	warn(int(ls[0].n), fmt.Sprintf("the text sets a blank line after every line (wide line spacing): %d blank lines after lines that run to the text's width (%d cells) read as spacing, not paragraph breaks", dropped, w))
	return out
}

// spacingSample is how many lines from the start closeLineSpacing reads
// to tell how a text is set: some pages' worth.
const spacingSample = 2000

// mostlySpaced reports whether more of the lines of 60 bytes or more
// (twenty Han characters, more than a table's cell holds on a line)
// stand before a blank line than before a line of text, as in text that
// sets a blank line after every line; it reads the bytes decoding
// recorded, not the lines' text.
func mostlySpaced(ls []line) bool {
	before, after := 0, 0
	for i := 0; i+1 < len(ls); i++ {
		if len(ls[i].text) < 60 || ls[i].block != nil {
			continue
		}
		if ls[i+1].first() == 0 && ls[i+1].block == nil {
			before++
		} else {
			after++
		}
	}
	return before > after
}

// setWidth measures the width a PDF set the text to, in display cells
// (a Han character two, a Latin digit one, as the page justifies them):
// the widest that a quarter as many lines of 30 cells or more reach as
// the most common width does (that may be the width of a paragraph's
// indented first line, where most paragraphs are short), and five with
// those a half-width character short of it, no more than a fifth as
// many of the lines near it being wider by more than one Han character.
// A line is measured without the closing mark it ends in (see setLen).
// It is 0 for text of no such width.
func setWidth(ls []line) int {
	const most = 200 // no page sets a line wider; wider lines are counted here
	var count [most + 1]int
	for i := range ls {
		l := &ls[i]
		switch {
		case len(l.text) < 30 || l.block != nil || l.tabbed():
		case len(l.text) > 3*most: // more cells than a page sets (a Han character is three bytes)
			count[most]++
		default:
			count[min(setLen(l.text), most)]++
		}
	}
	top := 0
	for n := 30; n < most; n++ {
		top = max(top, count[n])
	}
	w := most - 1
	for w >= 30 && (count[w] < 3 || 4*count[w] < top) {
		w--
	}
	if w < 30 || count[w]+count[w-1] < 5 {
		return 0
	}
	near, wider := 0, 0
	for n := w - 5; n <= most; n++ {
		if n <= w+2 {
			near += count[n]
		} else {
			wider += count[n]
		}
	}
	if wider*5 > near {
		return 0
	}
	return w
}

// runsToWidth reports whether a line of text set w cells wide runs to
// the width, or to that of a paragraph's first line (indented by two Han
// characters), a half-width character short at most, and ends no
// sentence.
func runsToWidth(l *line, w int) bool {
	if l.block != nil || l.first() == 0 || l.tabbed() || len(l.text) < 20 {
		return false
	}
	t := trim(l.text)
	return setLen(t) >= w-5 && !endsSentence(t)
}

// setLen is the display width of a line up to its closing mark, if it
// ends in one (，。、；：！？）》”): a typesetter lets such a mark hang
// past the width rather than start a line with it.
func setLen(t string) int {
	t = trim(t)
	if r, size := utf8.DecodeLastRuneInString(t); size > 0 && strings.ContainsRune(hangingMarks, r) {
		t = t[:len(t)-size]
	}
	return displayCells(t)
}

// displayCells is the display width of valid UTF-8 text, read by its bytes:
// two cells for a Han character, a full-width form, a Hangul syllable
// or another character of four bytes, one for the rest (Latin, and
// the general punctuation “ ” — of ambiguous width, narrow in a PDF's
// Latin font), as byWidth tells them, without looking each one up.
func displayCells(t string) int {
	n := 0
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case c < 0xC0:
			n++
			i++
		case c < 0xE0:
			n++
			i += 2
		case c < 0xF0:
			wide := c >= 0xE3 && c <= 0xED || c == 0xE2 && i+1 < len(t) && t[i+1] >= 0xBA ||
				c == 0xEF && i+1 < len(t) && (t[i+1] == 0xBC || t[i+1] == 0xBD && i+2 < len(t) && t[i+2] <= 0xA0)
			n++
			if wide {
				n++
			}
			i += 3
		default:
			n += 2
			i += 4
		}
	}
	return n
}

// hangingMarks are the marks a line may not start with.
const hangingMarks = "，。、；：！？）》〕」』”’"

// nextText returns the index of the first line from k on that is not
// blank, len(ls) if there is none.
func nextText(ls []line, k int) int {
	for k < len(ls) && ls[k].block == nil && ls[k].first() == 0 {
		k++
	}
	return k
}
