package loader

import (
	"strings"
	"unicode/utf8"

	"gazette/data"
)

// zooOCR prints plain text as tesseract's Chinese models print a page:
// every character other than a Latin letter or digit a word of its own,
// one space between words (关 于 印 发 …, 鸡 政 发 〔 2022 〕 2 号); tables
// as tab rows, as an OCR pipeline that recognises a table's structure
// writes them.
func zooOCR() *zooPrinter {
	p := zooBase("ocr")
	p.finish = func(p *zooPrinter, is *data.Issue) string {
		out := make([]string, len(p.lines))
		for i, l := range p.lines {
			out[i] = l
			if !strings.Contains(l, "\t") {
				out[i] = zooOCRLine(l)
			}
		}
		return strings.Join(out, "\n") + "\n"
	}
	return p
}

// zooOCRLine spaces a line out as OCR does: runs of ASCII letters and
// digits (and . %) are words, every other character one.
func zooOCRLine(s string) string {
	var words []string
	for _, f := range strings.Fields(s) {
		word := ""
		for _, r := range f {
			if r < utf8.RuneSelf && r != '(' && r != ')' && r != ':' && r != ',' {
				word += string(r)
				continue
			}
			if word != "" {
				words = append(words, word)
				word = ""
			}
			words = append(words, string(r))
		}
		if word != "" {
			words = append(words, word)
		}
	}
	return strings.Join(words, " ")
}
