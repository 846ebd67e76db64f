// Package data is gazette's document tree: an issue of a government gazette
// with its contents page and documents, each document a tree of numbered
// sections holding paragraphs, lists and tables.
//
// The tree is filled by package loader and read by the user interface and
// the command line. It imports nothing of gazette's and parses no text:
// every string in it is already clean, display-ready text (no control
// characters), and every node records the 1-based source line it came from.
package data

import "fmt"

// Issue is one gazette issue (or a single document scraped from the web).
type Issue struct {
	// Source is the file the issue was loaded from, as given by the user.
	Source string
	// Title is the gazette's name, e.g. 鸡西市人民政府公报. For a web page
	// that holds a single document it is that document's title.
	Title string
	// Year is the issue's year, 0 when not printed.
	Year int
	// Number is the issue number within the year (第N期), 0 when not printed.
	Number int
	// TotalNumber is the cumulative issue number (总第N期), 0 when not printed.
	TotalNumber int
	// Date is the publication date as YYYY-MM-DD, "" when not printed.
	Date string
	// Frequency is the printed frequency such as 双月刊, "" when not printed.
	Frequency string
	// Publisher is the printed 主办 body, "" when not printed.
	Publisher string
	// Contents is the printed contents page (目录) in printed order.
	Contents []ContentsEntry
	// Documents are the issue's documents in the order they appear.
	Documents []*Document
	// Warnings are problems the loader found and worked around.
	Warnings []Warning
}

// Warning is a problem found in the source that the loader worked around,
// such as a duplicated table row or a file cut off mid-table.
type Warning struct {
	// Line is the 1-based source line, 0 when the warning is about the file.
	Line    int
	Message string
}

// String renders the warning as "line N: message".
func (w Warning) String() string {
	if w.Line <= 0 {
		return w.Message
	}
	return fmt.Sprintf("line %d: %s", w.Line, w.Message)
}

// ContentsEntry is one entry of the printed contents page.
type ContentsEntry struct {
	// Category is the heading the entry is printed under (市政府文件, 大事记 …).
	Category string
	// Title is the entry's title as printed, whitespace from wrapping removed.
	Title string
	// Number is the 文号 when the contents page prints it, else "".
	Number string
	// Page is the printed page number, 0 when none is printed.
	Page int
	// Document is the index into Issue.Documents this entry points at, or -1
	// when no document matches it.
	Document int
	// Line is the 1-based source line the entry starts on.
	Line int
}

// Kind tells what sort of document a Document is.
type Kind string

const (
	// KindDocument is an official document: a notice, plan, opinion …
	KindDocument Kind = "document"
	// KindChronicle is a 大事记 (chronicle of events) section.
	KindChronicle Kind = "chronicle"
)

// Document is one document of an issue: its title block, then its body as
// blocks before the first section and a tree of sections. Documents are
// identified by their position (and 文号), never by title: two documents may
// print the same title.
type Document struct {
	Kind Kind
	// Title is the title as printed, with the spaces of printed line wraps
	// removed.
	Title string
	// Number is the 文号 such as 鸡政发〔2022〕1号, "" when none.
	Number string
	// Recipients is the 主送 line, "" when none.
	Recipients string
	// Issuer is the issuing body from the signature or title block.
	Issuer string
	// Date is the signing date as YYYY-MM-DD, "" when unknown.
	Date string
	// Attachments lists the titles of the document's attachments (附件).
	Attachments []string
	// Line is the 1-based source line of the title.
	Line int
	// Blocks is the body text before the first section heading.
	Blocks []Block
	// Sections are the document's top-level sections. An attachment is a
	// top-level section whose Numbering starts with 附件 (or is its title).
	Sections []*Section
}

// Section is a numbered (or otherwise recognised) heading with the blocks
// that follow it up to its first subsection, and its subsections.
type Section struct {
	// Heading is the full heading text, numbering included: 一、基本原则.
	Heading string
	// Numbering is the numbering token alone: 一、 (一) 1. 第一章 1.1 附件1.
	// "" for an unnumbered heading such as an attachment title.
	Numbering string
	// Level is the depth in the document's section tree, 1 for top level.
	Level int
	// Line is the 1-based source line of the heading.
	Line     int
	Blocks   []Block
	Sections []*Section
}

// BlockKind tells what a Block holds.
type BlockKind int

const (
	// Paragraph is running text; lines broken by the page are joined.
	Paragraph BlockKind = iota
	// List is a list of items (- bullets, ① items, run-in (1) items).
	List
	// TableBlock is a table.
	TableBlock
	// Raw is text kept line by line as found, such as a garbled OCR region
	// or a flattened table whose cells could not be rebuilt.
	Raw
)

// String names the kind: paragraph, list, table or raw.
func (k BlockKind) String() string {
	switch k {
	case Paragraph:
		return "paragraph"
	case List:
		return "list"
	case TableBlock:
		return "table"
	case Raw:
		return "raw"
	}
	return fmt.Sprintf("BlockKind(%d)", int(k))
}

// Block is one piece of body content.
type Block struct {
	Kind BlockKind
	// Line is the 1-based source line the block starts on.
	Line int
	// Text is the text of a Paragraph, or of a Raw block with its lines
	// joined by "\n".
	Text string
	// Items are the items of a List, and ItemLines the 1-based source line
	// each item starts on.
	Items     []string
	ItemLines []int
	// Table is the table of a TableBlock.
	Table *Table
}

// Walk calls fn for every section of the document in reading order
// (a section before its subsections). It stops early when fn returns false.
func (d *Document) Walk(fn func(s *Section) bool) {
	walk(d.Sections, fn)
}

func walk(secs []*Section, fn func(s *Section) bool) bool {
	for _, s := range secs {
		if !fn(s) || !walk(s.Sections, fn) {
			return false
		}
	}
	return true
}

// Tables returns the document's tables in reading order.
func (d *Document) Tables() []*Table {
	var out []*Table
	add := func(bs []Block) {
		for _, b := range bs {
			if b.Kind == TableBlock && b.Table != nil {
				out = append(out, b.Table)
			}
		}
	}
	add(d.Blocks)
	d.Walk(func(s *Section) bool { add(s.Blocks); return true })
	return out
}
