// Package loader reads a gazette issue file, in any of the converter
// styles gazette knows (markdown-ish PDF conversion, plain PDF text, OCR
// of a two-column page, a scraped web page), into the document tree of
// package data.
//
// Parsing never fails on odd content: what cannot be structured is kept
// as raw blocks, and problems are reported as warnings on the issue. Only
// input that is not a gazette text at all (empty, binary, unreadable) is
// an error.
package loader

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"syscall"

	"gazette/data"
)

// MaxSize is the largest file Load reads; real issues are well under 1 MB.
const MaxSize = 64 << 20

// Load reads and parses the issue file at path. Errors name the file and
// the reason in one line.
func Load(path string) (*data.Issue, error) {
	b, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, b)
}

// ReadFile reads the issue file at path as Load does, for callers that
// look at the bytes before parsing them (search skips files that cannot
// match). It reads regular files only: a directory, a FIFO, a device or a
// socket is refused before it is opened (opening a FIFO blocks until a
// writer comes), and so is a file over MaxSize, before it is read. Errors
// name the file and the reason in one line.
func ReadFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fileError(path, reasonOf(err))
	}
	if err := readable(path, st); err != nil {
		return nil, err
	}
	// O_NONBLOCK: should path have become a FIFO since Stat, opening it
	// returns at once and the second check below refuses it.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, fileError(path, reasonOf(err))
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, fileError(path, reasonOf(err))
	}
	if err := readable(path, st); err != nil {
		return nil, err
	}
	b, err := readAll(f, st.Size())
	if err != nil {
		return nil, fileError(path, reasonOf(err))
	}
	if len(b) > MaxSize {
		return nil, fileError(path, ErrTooLarge)
	}
	return b, nil
}

// Errors for files that are not read at all (wrapped, as ErrEmpty).
var (
	ErrDirectory  = errors.New("is a directory")
	ErrNotRegular = errors.New("not a regular file (a FIFO, device or socket)")
	ErrTooLarge   = fmt.Errorf("file too large (over %d MB)", MaxSize>>20)
)

// readable refuses what ReadFile does not read, by the file's mode and
// size alone.
func readable(path string, st os.FileInfo) error {
	switch {
	case st.IsDir():
		return fileError(path, ErrDirectory)
	case !st.Mode().IsRegular():
		return fileError(path, ErrNotRegular)
	case st.Size() > MaxSize:
		return fileError(path, ErrTooLarge)
	}
	return nil
}

// readAll reads at most MaxSize+1 bytes of f in one allocation when its
// size is known (a large library is read file after file; growing the
// buffer by doubling cost more than parsing).
func readAll(f *os.File, size int64) ([]byte, error) {
	if size <= 0 || size > MaxSize {
		return io.ReadAll(io.LimitReader(f, MaxSize+1))
	}
	b := hugeBuffer(int(size) + 1)
	for {
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			// The file grew while we read it: read the rest the slow way.
			rest, err := io.ReadAll(io.LimitReader(f, MaxSize+1-int64(len(b))))
			return append(b, rest...), err
		}
	}
}

// fileError names the file in an error, cleaned as its text would be (a
// file name is data: its escape sequences must not reach a terminal).
func fileError(path string, err error) error {
	return fmt.Errorf("%s: %w", Clean(path), err)
}

// reasonOf unwraps an os error to its bare reason ("permission denied"),
// since the message names the file already; errors.Is still sees it.
func reasonOf(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Parse parses an issue from the bytes of a file; name becomes the issue's
// Source and prefixes errors. Parse keeps b: the tree's text shares its
// memory rather than copying a whole file, so the caller must not change
// b afterwards (what ReadFile returns is the caller's own to give).
func Parse(name string, b []byte) (*data.Issue, error) {
	return parse(name, b, nil)
}

// parse is Parse; with a sieve it builds only the documents whose lines
// may hold its characters (see ParseFor).
func parse(name string, b []byte, sv *Sieve) (*data.Issue, error) {
	if len(b) >= math.MaxInt32 {
		// A line's number must fit its int32, and each line but the last
		// ends in a byte or more (Load stops far below, at MaxSize).
		return nil, fileError(name, ErrTooLarge)
	}
	if isHTML(name, b) {
		return parseHTML(name, b)
	}
	is := &data.Issue{Source: name}
	warn := func(n int, msg string) { is.Warnings = append(is.Warnings, data.Warning{Line: n, Message: msg}) }
	if isPDF(b) {
		t, err := pdfText(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		b = t
	}
	ls, err := textLines(b, warn)
	if err != nil {
		return nil, fileError(name, err)
	}
	if webText(ls, is, warn) {
		return is, nil
	}
	width := lineWidth(ls, warn)
	end := backCover(ls)
	var heads []int
	docs := findDocuments(ls[:end], &heads)
	starts := withDecrees(docs, findDecrees(ls[:end], heads))
	first := end
	if len(starts) > 0 {
		first = starts[0].start
	}
	toc := -1
	for i := 0; i < first; i++ {
		if isContentsHeading(ls[i].text) {
			toc = i
			break
		}
	}
	from := 0 // where the body may start: after the contents
	if toc >= 0 {
		var stop int
		is.Contents, stop = parseContents(ls[toc+1:first], warn)
		from = toc + 1 + stop
	}
	starts = moreDocuments(ls[:end], from, starts, is.Contents)
	starts = withLead(ls, from, starts, warn)
	if len(starts) > 0 {
		first = starts[0].start
	}
	parseMasthead(ls[:first], is)
	if len(starts) == 0 {
		// No title + 文号 anywhere: show the text as one document.
		if d := untitled(ls[from:end], width, warn); d != nil {
			warn(0, "no document title followed by a 文号 found; the text is shown as one document")
			is.Documents = append(is.Documents, d)
		}
	}
	for k, ds := range starts {
		stop := end
		if k+1 < len(starts) {
			stop = starts[k+1].start
		}
		for _, w := range ds.notes {
			warn(w.Line, w.Message)
		}
		if sv != nil && !sv.linesHold(ls[ds.body:stop]) {
			is.Documents = append(is.Documents, &data.Document{Kind: ds.kind, Title: ds.title,
				Number: ds.number, Issuer: ds.issuer, Line: ds.line})
			continue
		}
		is.Documents = append(is.Documents, parseDocument(ds, ls[ds.body:stop], false, width, warn))
	}
	duplicateTitles(is, warn)
	matchContents(is, warn)
	return is, nil
}

// textLines decodes a text file into its lines, with the tables that
// converters write as HTML, with borders or in aligned columns rebuilt
// in their place, and the page furniture removed.
func textLines(b []byte, warn warnFunc) ([]line, error) {
	ls, err := decode(b, warn)
	if err != nil {
		return nil, err
	}
	ls = closeMetaGaps(ls)
	ls = htmlTablesInText(ls, warn)
	ls = plainTagLines(ls, warn)
	ls = drawnTables(ls, warn)
	return closeLineSpacing(lynxLinks(removeFurniture(ls, warn), warn), warn), nil
}

// untitled makes one document of text in which no document was found.
func untitled(ls []line, width wrap, warn warnFunc) *data.Document {
	for i, l := range ls {
		t, _ := l.plain()
		if t = trim(t); t != "" {
			if runeLen(t) > 60 {
				t = string([]rune(t)[:60]) + "…"
			}
			ds := docStart{title: joinCJK(t), line: int(l.n), kind: data.KindDocument}
			d := &data.Document{Kind: ds.kind, Title: ds.title, Line: ds.line}
			b := newBuilder(1, width, warn)
			b.feed(extractTables(ls[i+1:], warn))
			d.Blocks, d.Sections = b.finish()
			return d
		}
	}
	return nil
}

// duplicateTitles warns about documents that print the same title (they
// stay separate documents, told apart by 文号 and position).
func duplicateTitles(is *data.Issue, warn warnFunc) {
	seen := map[string]int{}
	for i, d := range is.Documents {
		k := titleKey(d.Title)
		if j, ok := seen[k]; ok {
			warn(d.Line, fmt.Sprintf("document %d has the same title as document %d (%s / %s)", i+1, j+1,
				orNone(is.Documents[j].Number), orNone(d.Number)))
			continue
		}
		seen[k] = i
	}
}

func orNone(s string) string {
	if s == "" {
		return "no 文号"
	}
	return s
}

// isWebPage recognises a scraped web page: it opens with a "•" metadata
// bullet list (索引号, 文号, 发文日期 …).
func isWebPage(ls []line) bool {
	for _, l := range ls {
		t := trim(l.text)
		if t == "" {
			continue
		}
		return strings.HasPrefix(t, "•")
	}
	return false
}

// parseWebPage reads a single document scraped from a web page: title,
// 文号 and date come from the metadata bullets, which are reliable where
// the page text garbles them.
func parseWebPage(ls []line, is *data.Issue, warn warnFunc) {
	meta := map[string]string{}
	i := 0
	metaLine := map[string]int{}
	for ; i < len(ls); i++ {
		t := trim(ls[i].text)
		if t == "" {
			continue
		}
		if !strings.HasPrefix(t, "•") {
			break
		}
		t = trim(strings.TrimPrefix(t, "•"))
		if c := strings.IndexAny(t, ":："); c > 0 {
			key := removeSpaces(t[:c])
			meta[key] = trim(afterColon(t))
			metaLine[key] = int(ls[i].n)
		}
	}
	ds := docStart{title: joinCJK(meta["名称"]), number: removeSpaces(meta["文号"]), kind: data.KindDocument, line: metaLine["名称"]}
	// The page title line repeats the name; the body starts after it.
	for ; i < len(ls); i++ {
		t := trim(ls[i].text)
		if t == "" {
			continue
		}
		if ds.title == "" {
			ds.title = joinCJK(t)
		}
		if titleKey(t) == titleKey(ds.title) {
			ds.line = int(ls[i].n)
			i++
		}
		break
	}
	if ds.number != "" {
		if num, ok := docNumber(ds.number); ok {
			ds.number = num
		} else if num, ok := decreeNumber(ds.number); ok {
			ds.number = num // a decree's page: 鸡西市人民政府令第5号
		} else {
			warn(metaLine["文号"], "文号 in the metadata does not look like one: "+ds.number)
		}
	}
	d := parseDocument(ds, ls[i:], true, wrapWidth(ls), warn)
	if date := meta["发文日期"]; len(date) == 10 && date[4] == '-' && date[7] == '-' {
		d.Date = date
	}
	is.Title = d.Title
	is.Documents = []*data.Document{d}
}
