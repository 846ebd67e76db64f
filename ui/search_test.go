package ui

import (
	"reflect"
	"testing"

	"gazette/ui/page"
)

// TestSearchAcrossWrap: a word that the wrap cuts over two lines of one
// block is one match, highlighted on both lines; lines of different
// blocks are not joined.
func TestSearchAcrossWrap(t *testing.T) {
	line := func(src int, text string) page.Line {
		return page.Line{Spans: []page.Span{{Text: text, Class: page.Text}}, Source: src}
	}
	lines := []page.Line{
		line(10, "　　推动煤炭产"),
		line(10, "业链条化。"),
		line(12, "煤炭产"),
		line(14, "业。产业链"),
	}
	var s search
	s.query = "产业链"
	s.run(lines)
	if want := []match{{0, len("　　推动煤炭"), len("　　推动煤炭产")}, {3, len("业。"), len("业。产业链")}}; !reflect.DeepEqual(s.matches, want) {
		t.Fatalf("matches %v, want %v", s.matches, want)
	}
	if got, want := s.on(1), []highlight{{0, len("业链"), true}}; !reflect.DeepEqual(got, want) {
		t.Errorf("line 2 highlights %v, want %v", got, want)
	}
	if hs := s.on(2); hs != nil {
		t.Errorf("line 3 (another block) highlighted: %v", hs)
	}
}
