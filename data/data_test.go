package data

import (
	"reflect"
	"testing"
)

func TestWarningString(t *testing.T) {
	cases := []struct {
		w    Warning
		want string
	}{
		{Warning{Line: 600, Message: "duplicate row"}, "line 600: duplicate row"},
		{Warning{Message: "file ends mid-character"}, "file ends mid-character"},
	}
	for _, c := range cases {
		if got := c.w.String(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.w, got, c.want)
		}
	}
}

func TestBlockKindString(t *testing.T) {
	for k, want := range map[BlockKind]string{Paragraph: "paragraph", List: "list", TableBlock: "table", Raw: "raw", 9: "BlockKind(9)"} {
		if got := k.String(); got != want {
			t.Errorf("%d: %q, want %q", int(k), got, want)
		}
	}
}

// TestWalkAndTables: sections in reading order, a section before its
// subsections, and tables in reading order including those above the
// first section; Walk stops when told to.
func TestWalkAndTables(t *testing.T) {
	t1, t2, t3 := &Table{Line: 1}, &Table{Line: 2}, &Table{Line: 3}
	d := &Document{
		Blocks: []Block{{Kind: TableBlock, Table: t1}, {Kind: Paragraph}},
		Sections: []*Section{
			{Heading: "一、", Sections: []*Section{{Heading: "(一)", Blocks: []Block{{Kind: TableBlock, Table: t2}}}}},
			{Heading: "二、", Blocks: []Block{{Kind: Raw}, {Kind: TableBlock, Table: t3}}},
		},
	}
	var seen []string
	d.Walk(func(s *Section) bool { seen = append(seen, s.Heading); return true })
	if want := []string{"一、", "(一)", "二、"}; !reflect.DeepEqual(seen, want) {
		t.Errorf("Walk order %q, want %q", seen, want)
	}
	seen = nil
	d.Walk(func(s *Section) bool { seen = append(seen, s.Heading); return len(seen) < 2 })
	if len(seen) != 2 {
		t.Errorf("Walk did not stop: %q", seen)
	}
	if got := d.Tables(); !reflect.DeepEqual(got, []*Table{t1, t2, t3}) {
		t.Errorf("Tables = %v", got)
	}
}

func TestTableTextAndGroup(t *testing.T) {
	tab := &Table{
		Columns: []string{"序号", "任务"},
		Groups:  []string{"一、产业"},
		Records: []Record{
			{Group: 0, Cells: []Cell{{Text: "1"}, {Text: "煤炭"}}},
			{Group: -1, Cells: []Cell{{Text: "2"}, {Text: "电力"}}},
		},
	}
	cases := []struct {
		r, col      int
		text, group string
	}{
		{0, 1, "煤炭", "一、产业"},
		{1, 0, "2", ""},
		{2, 0, "", ""},
		{-1, 0, "", ""},
		{0, 5, "", "一、产业"},
	}
	for _, c := range cases {
		if got := tab.Text(c.r, c.col); got != c.text {
			t.Errorf("Text(%d, %d) = %q, want %q", c.r, c.col, got, c.text)
		}
		if got := tab.GroupOf(c.r); got != c.group {
			t.Errorf("GroupOf(%d) = %q, want %q", c.r, got, c.group)
		}
	}
}
