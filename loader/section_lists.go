package loader

import (
	"strings"

	"gazette/data"
)

// Numbered lists read alike: the items 1. 2. 3. under one heading are
// printed in one style, either all as run-in headings (1.危险化学品。加强…)
// or all as numbered paragraphs (1.积极开展技术攻关，聚集…). A run-in
// heading is told from a paragraph only by its first sentence being
// short, so where the wrap or the wording of one item tips it over, a
// lone "heading" stands among paragraph siblings (13.对2020年度新增限上服务
// 业企业奖励5万元。[责任单位…]). When the items read as paragraphs at
// least as often as as headings, the run-in headings among them are
// paragraphs too: a heading needs the evidence of its siblings, a
// paragraph is what text is by default.

// listItems settles the numbered items of every section of a tree.
func listItems(blocks *[]data.Block, secs *[]*data.Section) {
	for _, s := range *secs {
		listItems(&s.Blocks, &s.Sections)
	}
	if !strayRunIns(*blocks, *secs) {
		return
	}
	for _, s := range *secs {
		text := s.Heading + s.Blocks[0].Text
		*blocks = append(*blocks, data.Block{Kind: data.Paragraph, Line: s.Line, Text: text})
		*blocks = append(*blocks, s.Blocks[1:]...)
	}
	*secs = nil
}

// strayRunIns reports whether the sections under one parent are all
// run-in 1. headings with nothing below them, and the numbered items
// that read as paragraphs (before them, or after one of them up to the
// next) are at least as many.
func strayRunIns(blocks []data.Block, secs []*data.Section) bool {
	if len(secs) == 0 {
		return false
	}
	paras := arabicParagraphs(blocks)
	for _, s := range secs {
		if k, _, _ := numbering(s.Heading); k != kindArabic || len(s.Sections) > 0 || !runInSection(s) {
			return false
		}
		paras += arabicParagraphs(s.Blocks[1:])
	}
	return paras >= len(secs)
}

// runInSection reports whether a section's heading ran on into its first
// paragraph on the same line.
func runInSection(s *data.Section) bool {
	if len(s.Blocks) == 0 || s.Blocks[0].Kind != data.Paragraph || s.Blocks[0].Line != s.Line {
		return false
	}
	return strings.HasSuffix(s.Heading, "。")
}

// arabicParagraphs counts the paragraphs that start with a 1. number.
func arabicParagraphs(blocks []data.Block) int {
	n := 0
	for _, b := range blocks {
		if k, _, _ := numbering(b.Text); b.Kind == data.Paragraph && k == kindArabic {
			n++
		}
	}
	return n
}
