package ui

import (
	"reflect"
	"testing"

	"gazette/data/query"
	"gazette/ui/grid"
)

// TestRowMarksAcrossWrap: a filter's match that a cell's wrap cut over two
// lines is highlighted on both; other columns are left alone.
func TestRowMarksAcrossWrap(t *testing.T) {
	m, err := query.Compile("发改委")
	if err != nil {
		t.Fatal(err)
	}
	var h highlighter
	h.setMatches([]query.Highlight{{Column: 1, M: m}})
	lines := []grid.Line{
		{{Text: "│ ", Class: grid.Border, Col: -1}, {Text: "发改委", Class: grid.Text, Col: 0}, {Text: " │ ", Class: grid.Border, Col: -1}, {Text: "主办: 市发改", Class: grid.Text, Col: 1}},
		{{Text: "│ ", Class: grid.Border, Col: -1}, {Text: "", Class: grid.Text, Col: 0}, {Text: " │ ", Class: grid.Border, Col: -1}, {Text: "委 协办", Class: grid.Text, Col: 1}},
	}
	got := h.row(7, lines)
	want := [][][][2]int{
		{nil, nil, nil, {{len("主办: 市"), len("主办: 市发改")}}},
		{nil, nil, nil, {{0, len("委")}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("marks %v, want %v", got, want)
	}
	if again := h.row(7, lines); &again[0] != &got[0] {
		t.Error("marks of a record laid out once were not cached")
	}
	h.set(nil)
	if h.row(7, lines) != nil {
		t.Error("marks kept after the filters were cleared")
	}
}
