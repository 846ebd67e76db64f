package loader

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

// pdftotext -layout places text on a grid of characters and pushes a
// column right when the text before it is long, so the columns of a
// table with Chinese text do not line up from row to row. The word boxes
// of -bbox-layout are exact: pdfPages lays each page's words out again
// on a grid of display cells (a Chinese character two cells wide), at
// their true x-positions, so that a table's columns line up as printed,
// and a vertical gap wider than a line becomes a blank line, as between
// the rows of a ruled table. The grid is the same on every page (the
// finest of the pages' own), so that a table a page break cuts keeps its
// columns at the same positions on the next page.

// pdfWord is one word of -bbox-layout output, in points from the top left.
type pdfWord struct {
	x0, y0, x1, y1 float64
	text           string
}

// bboxPages reads the pages of pdftotext -bbox-layout output.
func bboxPages(b []byte) ([][]pdfWord, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	var pages [][]pdfWord
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return pages, nil
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "page":
			pages = append(pages, nil)
		case "word":
			var text string
			if err := d.DecodeElement(&text, &se); err != nil {
				return nil, err
			}
			if len(pages) == 0 {
				pages = append(pages, nil)
			}
			w := pdfWord{text: strings.TrimSpace(text)}
			for _, a := range se.Attr {
				v, _ := strconv.ParseFloat(a.Value, 64)
				switch a.Name.Local {
				case "xMin":
					w.x0 = v
				case "yMin":
					w.y0 = v
				case "xMax":
					w.x1 = v
				case "yMax":
					w.y1 = v
				}
			}
			if w.text != "" && w.x1 > w.x0 {
				pages[len(pages)-1] = append(pages[len(pages)-1], w)
			}
		}
	}
}

// pdfPages lays out every page as text, pages separated by form feeds.
func pdfPages(pages [][]pdfWord) []byte {
	var b bytes.Buffer
	grid := math.Inf(1)
	for _, p := range pages {
		if len(p) > 0 {
			grid = min(grid, cellWidth(p))
		}
	}
	for i, p := range pages {
		if i > 0 {
			b.WriteByte('\f')
		}
		pdfPage(&b, p, grid)
	}
	return b.Bytes()
}

// pdfPage writes one page: its words in rows by their vertical centre,
// each at the cell of grid its x-position falls on.
func pdfPage(b *bytes.Buffer, words []pdfWord, grid float64) {
	if len(words) == 0 {
		return
	}
	cell := cellWidth(words)
	slices.SortStableFunc(words, func(a, b pdfWord) int {
		return cmpFloat(a.y0+a.y1, b.y0+b.y1)
	})
	var row []pdfWord
	prevBottom, prevHeight := math.Inf(-1), 0.0
	flush := func() {
		if len(row) == 0 {
			return
		}
		top, bottom, height := rowExtent(row)
		if prevHeight > 0 && top-prevBottom > 0.8*min(prevHeight, height) {
			b.WriteByte('\n')
		}
		writeRow(b, row, cell, grid)
		prevBottom, prevHeight = bottom, height
		row = row[:0]
	}
	for _, w := range words {
		if len(row) > 0 {
			c := (row[0].y0 + row[0].y1) / 2
			if math.Abs((w.y0+w.y1)/2-c) > (row[0].y1-row[0].y0)/2 {
				flush()
			}
		}
		row = append(row, w)
	}
	flush()
}

func rowExtent(row []pdfWord) (top, bottom, height float64) {
	top, bottom = math.Inf(1), math.Inf(-1)
	for _, w := range row {
		top, bottom = min(top, w.y0), max(bottom, w.y1)
		height = max(height, w.y1-w.y0)
	}
	return top, bottom, height
}

// writeRow writes the words of one row left to right, each starting at
// the cell of grid its x-position falls on; words the page sets apart by
// more than a space's width (two thirds of the page's own cell) get at
// least two spaces between them (a column gap), words closer together one.
func writeRow(b *bytes.Buffer, row []pdfWord, cell, grid float64) {
	slices.SortFunc(row, func(a, b pdfWord) int { return cmpFloat(a.x0, b.x0) })
	col, prevEnd := 0, math.Inf(-1)
	for i, w := range row {
		at := int(math.Round(w.x0 / grid))
		if i > 0 {
			gap := w.x0 - prevEnd
			switch {
			case gap > 0.65*cell:
				at = max(at, col+2)
			case gap > 0.2*cell:
				at = col + 1
			default:
				at = col
			}
		}
		b.WriteString(strings.Repeat(" ", max(at-col, 0)))
		b.WriteString(w.text)
		col = max(at, col) + cells(w.text)
		prevEnd = w.x1
	}
	b.WriteByte('\n')
}

// cellWidth is the width of one display cell on the page: the median over
// its words of their width divided by their display width.
func cellWidth(words []pdfWord) float64 {
	ws := make([]float64, 0, len(words))
	for _, w := range words {
		if n := cells(w.text); n > 0 {
			ws = append(ws, (w.x1-w.x0)/float64(n))
		}
	}
	if len(ws) == 0 {
		return 5
	}
	slices.Sort(ws)
	return max(ws[len(ws)/2], 0.5)
}

// cells is the display width of s: two cells for a wide character.
func cells(s string) int {
	n := 0
	for _, r := range s {
		n += byWidth(r)
	}
	return n
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
