package page

import (
	"gazette/data"
	"gazette/ui/cjk"
	"gazette/ui/grid"
)

// gridClass maps the classes of package grid to the page's.
var gridClass = map[grid.Class]Class{
	grid.Border:    Border,
	grid.Header:    TableHeader,
	grid.Text:      Text,
	grid.Inherited: Inherited,
	grid.Group:     Group,
}

// layTable draws t inline at width cells with package grid: the header,
// then every record. When not every column fits, a line after the table
// names the columns left out.
func layTable(t *data.Table, width int, m *cjk.Width, words Words) []Line {
	g := grid.Lay(t, nil, grid.Options{Width: width, Measure: m})
	out := make([]Line, 0, len(g.Header)+len(g.Body)+1)
	for _, gl := range [][]grid.Line{g.Header, g.Body} {
		for _, l := range gl {
			spans := make([]Span, 0, len(l))
			for _, s := range l {
				if s.Class == grid.Filler {
					continue
				}
				spans = append(spans, Span{Text: s.Text, Class: gridClass[s.Class]})
			}
			out = append(out, Line{Spans: spans})
		}
	}
	if g.MoreLeft || g.MoreRight {
		shown := map[int]bool{}
		for _, c := range g.Columns {
			shown[c.Index] = true
		}
		var hidden []string
		for i, name := range t.Columns {
			if !shown[i] {
				hidden = append(hidden, Clean(name, m))
			}
		}
		note := words.Hidden(hidden)
		for _, s := range m.Wrap(note, width) {
			out = append(out, Line{Spans: []Span{{s, Meta}}})
		}
	}
	return out
}
