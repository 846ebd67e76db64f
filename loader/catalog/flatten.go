package catalog

import (
	"encoding/json"
	"strconv"
	"strings"

	"gazette/data"
)

// Kinds of stored blocks.
const (
	blockTitle   = iota // a document's title and 文号
	blockHeading        // a section heading
	blockPara           // a paragraph
	blockItem           // one list item
	blockRaw            // a raw block
	blockRecord         // one table record (the table is stored whole)
	blockCaption        // a table's caption and group labels
)

// entry is everything stored for one file, computed by a worker so that
// the single writer only inserts.
type entry struct {
	path        string
	size, mtime int64
	hash        string
	err         string // the loader's error, or why the file could not be read
	// unchanged is set when only size and mtime changed, not the content.
	unchanged bool
	issue     *data.Issue
	docs      []docRow
	tables    []tableRow
	blocks    []blockRow
}

type docRow struct {
	doc                               int
	kind, title, number, date, issuer string
	line                              int
}

type tableRow struct {
	doc, tbl, line, records int
	caption, columns        string
	head, cells             []byte
}

type blockRow struct {
	seq, doc      int
	sect, path    string
	kind, line    int
	tbl           int
	text, bigrams string
	head          []byte // a caption's: its table's head
}

// pathSep joins the headings of a block's section path.
const pathSep = "\x1f"

// flatten fills e's rows from is, walking the tree in the order
// query.SearchIssue does: per document its title, its blocks before the
// first section, then every section's heading, blocks and subsections.
func (e *entry) flatten(is *data.Issue) {
	e.issue = is
	for di, d := range is.Documents {
		if d == nil {
			continue
		}
		e.docs = append(e.docs, docRow{di, string(d.Kind), d.Title, d.Number, d.Date, d.Issuer, d.Line})
		f := &flattener{e: e, doc: di}
		f.add(blockRow{kind: blockTitle, line: d.Line}, d.Title, d.Number)
		f.blocks(d.Blocks, "", nil)
		f.sections(d.Sections, "", nil)
	}
}

type flattener struct {
	e    *entry
	doc  int
	tbl  int             // the document's tables so far
	seen map[string]bool // the bigrams of the block being added
}

// add appends r with the bigrams of texts (each indexed on its own), each
// once.
func (f *flattener) add(r blockRow, texts ...string) {
	var b strings.Builder
	if f.seen == nil {
		f.seen = map[string]bool{}
	}
	clear(f.seen)
	for _, t := range texts {
		bigrams(&b, f.seen, t)
	}
	r.seq, r.doc, r.bigrams = len(f.e.blocks), f.doc, b.String()
	f.e.blocks = append(f.e.blocks, r)
}

func (f *flattener) sections(secs []*data.Section, sect string, path []string) {
	for i, s := range secs {
		if s == nil {
			continue
		}
		id := strconv.Itoa(i)
		if sect != "" {
			id = sect + "." + id
		}
		p := append(path[:len(path):len(path)], s.Heading)
		joined := strings.Join(p, pathSep)
		f.add(blockRow{kind: blockHeading, sect: id, path: joined, line: s.Line}, s.Heading)
		f.blocks(s.Blocks, id, p)
		f.sections(s.Sections, id, p)
	}
}

func (f *flattener) blocks(bs []data.Block, sect string, path []string) {
	joined := strings.Join(path, pathSep)
	row := func(kind, line int, text string) blockRow {
		return blockRow{kind: kind, sect: sect, path: joined, line: line, text: text}
	}
	for _, b := range bs {
		switch b.Kind {
		case data.Paragraph:
			f.add(row(blockPara, b.Line, b.Text), b.Text)
		case data.Raw:
			f.add(row(blockRaw, b.Line, b.Text), b.Text)
		case data.List:
			for i, item := range b.Items {
				line := b.Line
				if i < len(b.ItemLines) {
					line = b.ItemLines[i]
				}
				f.add(row(blockItem, line, item), item)
			}
		case data.TableBlock:
			if b.Table != nil {
				f.table(b.Table, row)
			}
		}
	}
}

// table stores t whole and adds a block per record and one for its caption
// and group labels, all with the same seq: they stand for the table.
func (f *flattener) table(t *data.Table, row func(kind, line int, text string) blockRow) {
	cols, _ := json.Marshal(t.Columns)
	head, data := encodeTable(t)
	f.e.tables = append(f.e.tables, tableRow{doc: f.doc, tbl: f.tbl, line: t.Line,
		records: len(t.Records), caption: t.Caption, columns: string(cols),
		head: head, cells: data})
	seq := len(f.e.blocks)
	add := func(r blockRow, texts ...string) {
		r.tbl = f.tbl
		f.add(r, texts...)
		f.e.blocks[len(f.e.blocks)-1].seq = seq
	}
	caption := row(blockCaption, t.Line, "")
	caption.head = head
	add(caption, append([]string{t.Caption}, t.Groups...)...)
	cells := make([]string, 0, len(t.Columns))
	for _, r := range t.Records {
		cells = cells[:0]
		for _, c := range r.Cells {
			cells = append(cells, c.Text)
		}
		add(row(blockRecord, r.Line, ""), cells...)
	}
	f.tbl++
}
