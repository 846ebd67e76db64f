package loader

import (
	"fmt"
	"strings"

	"gazette/data"
)

// isAttachmentLabel recognises a line that labels an attachment: 附件,
// 附件1, 附件 2, 附录 8.1, 附件8.2. It returns the label without spaces.
func isAttachmentLabel(t string) (string, bool) {
	if !strings.HasPrefix(t, "附") || len(t) > 40 {
		return "", false
	}
	s := removeSpaces(t)
	if !hasPrefixAny(s, "附件", "附录") {
		return "", false
	}
	rest := s[len("附件"):]
	for i := 0; i < len(rest); i++ {
		if (rest[i] < '0' || rest[i] > '9') && rest[i] != '.' {
			return "", false
		}
	}
	return s, true
}

// attachmentList recognises "附件:1.标题" (also after "- ") and returns the
// title, and whether the line is such a list head.
func attachmentList(t string) (string, bool) {
	t = strings.TrimPrefix(t, "- ")
	s := trim(t)
	if !strings.HasPrefix(s, "附件") {
		return "", false
	}
	rest := skipSpaces(s[len("附件"):])
	switch {
	case strings.HasPrefix(rest, ":"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "："):
		rest = rest[len("："):]
	default:
		return "", false
	}
	return listItemTitle(rest), true
}

// listItemTitle drops a leading "1." or "1、" from an attachment title.
func listItemTitle(s string) string {
	s = trim(strings.TrimPrefix(trim(s), "- "))
	if d := digitPrefix(s); d > 0 && d < len(s) {
		r := s[d:]
		switch {
		case strings.HasPrefix(r, "."), strings.HasPrefix(r, ","):
			s = r[1:]
		case strings.HasPrefix(r, "、"), strings.HasPrefix(r, "．"):
			s = r[len("、"):]
		}
	}
	return joinCJK(trim(s))
}

// numberedItem reports whether t starts with "2." / "2、" (a continuation
// of an attachment list).
func numberedItem(t string) bool {
	t = strings.TrimPrefix(trim(t), "- ")
	d := digitPrefix(t)
	return d > 0 && d <= 2 && (strings.HasPrefix(t[d:], ".") || strings.HasPrefix(t[d:], "、") || strings.HasPrefix(t[d:], "．"))
}

// titleLike reports whether a line can be an attachment title: short, not
// a sentence, not a table row (a bar parts a pipe table's cells, with or
// without bars at its ends, and is no character of a title).
func titleLike(t string) bool {
	// The byte searches come first: a line of running text fails one of them
	// before its runes are counted.
	return t != "" && strings.IndexByte(t, '\t') < 0 && !strings.Contains(t, "。") && !endsSentence(t) && strings.IndexByte(t, '|') < 0 && !runesOver(t, 70)
}

// attachments splits what follows a signature into attachment sections:
// each starts at a 附件/附录 label or, without a label, at a title line.
func attachments(d *data.Document, ls []line, width wrap, warn warnFunc) []*data.Section {
	// Skip notes such as (此件公开发布).
	i := 0
	for i < len(ls) {
		t := trim(ls[i].text)
		if t != "" && !isNote(t) {
			break
		}
		i++
	}
	ls = ls[i:]
	if len(ls) == 0 {
		return nil
	}
	atts := splitAttachments(ls, width, warn)
	var out []*data.Section
	for _, a := range atts {
		heading := a.title
		if heading == "" {
			heading = a.label
		}
		if heading == "" {
			heading = "附件"
		}
		s := &data.Section{Heading: heading, Numbering: a.label, Level: 1, Line: a.line}
		if a.to < a.from {
			a.to = a.from
		}
		b := newBuilder(2, width, warn)
		b.feed(extractTables(ls[a.from:a.to], warn))
		s.Blocks, s.Sections = b.finish()
		captionFromTitle(s.Blocks, a.title)
		out = append(out, s)
		if a.title != "" && !contains(d.Attachments, a.title) && len(d.Attachments) < len(atts) {
			d.Attachments = append(d.Attachments, a.title)
		}
	}
	return out
}

// att is one attachment after a signature: its label and title, and the
// lines [from, to) of its body.
type att struct {
	label, title string
	line         int
	from, to     int
}

// splitAttachments finds where each attachment starts: at a 附件/附录
// label, an 附件:1.… list head, or (before any label) a title line.
func splitAttachments(ls []line, width wrap, warn warnFunc) []att {
	var atts []att
	var cur *att
	for k := 0; k < len(ls); k++ {
		c := ls[k].first()
		if c == 0 || cur != nil && (!mayOpenAttachment(c) || !ls[k].mayStart("附", "-")) {
			continue // blank, or neither a label nor a list head
		}
		raw, _ := ls[k].plain()
		t := trim(raw)
		if t == "" {
			continue
		}
		label, isLabel := isAttachmentLabel(t)
		inline, isList := attachmentList(t)
		if !isLabel && !isList && cur != nil {
			continue
		}
		if !isLabel && !isList && cur == nil && !titleLike(t) {
			atts = append(atts, att{line: int(ls[k].n), from: k})
			cur = &atts[len(atts)-1]
			continue
		}
		a := att{label: label, line: int(ls[k].n), from: k + 1}
		switch {
		case isList:
			a.label = "附件"
			a.title, a.from = wholeListTitle(ls, k, inline)
		case isLabel:
			a.title, a.from = labelTitle(ls, k, width, warn)
		default: // a title, maybe cut by the wrap as a labelled one is
			a.title, a.from = attachmentTitle(ls, k, t, width, warn)
		}
		if cur != nil {
			cur.to = k
		}
		atts = append(atts, a)
		cur = &atts[len(atts)-1]
	}
	if cur != nil {
		cur.to = len(ls)
	}
	return atts
}

// mayOpenAttachment reports whether a line whose first byte is c may
// start with 附 or -, as an attachment's label or list head does, or
// with markup: mayStart's first test, made without a call for each of
// the many lines of an attachment's body.
func mayOpenAttachment(c byte) bool {
	return c == "附"[0] || c == '-' || markupStarts[c]
}

// wholeListTitle handles 附件:晋城市人民政府落实2020年省《政府 cut by the
// page, with the whole title printed as the next line: it returns the
// whole one and the line after it, else the inline title and k+1.
func wholeListTitle(ls []line, k int, inline string) (string, int) {
	for n := k + 1; n < len(ls) && inline != ""; n++ {
		nt, _ := stripMarkup(ls[n].text)
		if nt = trim(nt); nt == "" {
			continue
		}
		if titleLike(nt) && len(nt) > len(inline) && strings.HasPrefix(removeSpaces(nt), removeSpaces(inline)) {
			return joinCJK(nt), n + 1
		}
		break
	}
	return inline, k + 1
}

// labelTitle returns the title of the attachment labelled at line k: the
// next non-blank line when it reads as one (a 表N there captions the
// table that follows), with the lines a hard wrap cut it into, and the
// line its body starts.
func labelTitle(ls []line, k int, width wrap, warn warnFunc) (string, int) {
	for n := k + 1; n < len(ls); n++ {
		nt, _ := stripMarkup(ls[n].text)
		nt = trim(nt)
		if nt == "" {
			continue
		}
		if _, again := isAttachmentLabel(nt); !again && titleLike(nt) && !tableNumber(nt) {
			return attachmentTitle(ls, n, nt, width, warn)
		}
		break
	}
	return "", k + 1
}

// attachmentTitle is the attachment title nt of line n with the lines a
// hard wrap cut it into, and the line after them. The title is set as a
// paragraph: its first line two characters in on a typeset page (see
// fillsFirst). A join is reported.
func attachmentTitle(ls []line, n int, nt string, width wrap, warn warnFunc) (string, int) {
	end := n + 1
	full := fillsFirst(ls[n].text, width)
	for ; end < len(ls) && full && trim(ls[end].text) != "" && titleLike(nt+trim(ls[end].text)); full = fillsWidth(ls[end-1].text, width) {
		nt += trim(ls[end].text)
		end++
	}
	if end > n+1 {
		warn(int(ls[n].n), fmt.Sprintf("an attachment title hard-wrapped at %v joined with the %d lines after it", width, end-n-1))
	}
	return joinCJK(nt), end
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
