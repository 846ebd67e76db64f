package loader

import (
	"slices"
	"strings"
	"testing"
)

// borderedShapes returns the tables of a bordered body as tableShape
// prints them (inherited cells marked ^) and the warnings.
func borderedShapes(t *testing.T, body string) ([]string, []string) {
	t.Helper()
	tables, _, warns := borderedDoc(t, body)
	var shapes []string
	for _, tab := range tables {
		shapes = append(shapes, tableShape(tab))
	}
	return shapes, warns
}

// TestBorderedMergedColumns: a cell merged over several rows (no rule
// under it between them: a rule whose stretch is blank, or a partial
// rule) applies to each of them, in any column, its text wherever it is
// printed in the cell; each inheriting row is reported. A merged cell
// with no text, or one of a header over two rows, is no repair.
func TestBorderedMergedColumns(t *testing.T) {
	for _, c := range borderedMergeCases {
		t.Run(c.name, func(t *testing.T) {
			shapes, warns := borderedShapes(t, c.src)
			if len(shapes) != 1 || shapes[0] != c.want {
				t.Errorf("tables:\n%s\nwant:\n%s", strings.Join(shapes, "\n\n"), c.want)
			}
			var merged []string
			for _, w := range warns {
				if strings.Contains(w, "is merged over the rows") {
					merged = append(merged, w)
				}
			}
			if len(merged) != len(c.warns) {
				t.Errorf("merge warnings %q, want %q", merged, c.warns)
			}
			for _, want := range c.warns {
				if !slices.ContainsFunc(merged, func(w string) bool { return strings.HasPrefix(w, want) }) {
					t.Errorf("no warning %q in %q", want, merged)
				}
			}
		})
	}
}

// borderedMergeCases are the tables of TestBorderedMergedColumns.
var borderedMergeCases = []struct {
	name, src string
	want      string   // tableShape of the table
	warns     []string // line: column, line the cell starts on
}{{
	name: "middle and last columns, box-drawing",
	src: `表2  任务分工表
┌────┬────────┬────────┬────────┐
│序号│任务    │单位    │时限    │
├────┼────────┼────────┼────────┤
│1   │甲任务  │市财政局│6月底   │
├────┤        ├────────┼────────┤
│2   │        │市商务局│7月底   │
├────┼────────┼────────┤        │
│3   │乙任务  │市民政局│        │
└────┴────────┴────────┴────────┘`,
	want: "表2 任务分工表|序号,任务,单位,时限\n" +
		"1,甲任务,市财政局,6月底 @10\n2,甲任务^,市商务局,7月底 @12\n3,乙任务,市民政局,7月底^ @14",
	warns: []string{"12: a bordered table's cell in column 2 is merged over the rows from line 10",
		"14: a bordered table's cell in column 4 is merged over the rows from line 12"},
}, {
	name: "text centred in the cell, grid table",
	src: `+------+----------+----------+
| 序号 | 任务     | 单位     |
+======+==========+==========+
| 1    |          | 市财政局 |
+------+          +----------+
| 2    | 甲任务   | 市商务局 |
+------+          +----------+
| 3    |          | 市民政局 |
+------+----------+----------+`,
	want: "|序号,任务,单位\n1,甲任务,市财政局 @9\n2,甲任务^,市商务局 @11\n3,甲任务^,市民政局 @13",
	warns: []string{"11: a bordered table's cell in column 2 is merged over the rows from line 9",
		"13: a bordered table's cell in column 2 is merged over the rows from line 9"},
}, {
	name: "first column with a blank stretch",
	src: `┌────┬────────┬────────┐
│序号│任务    │单位    │
├────┼────────┼────────┤
│1   │甲任务  │市财政局│
│    ├────────┼────────┤
│    │乙任务  │市商务局│
└────┴────────┴────────┘`,
	want:  "|序号,任务,单位\n1,甲任务,市财政局 @9\n1^,乙任务,市商务局 @11",
	warns: []string{"11: a bordered table's cell in column 1 is merged over the rows from line 9"},
}, {
	name: "a ruled empty cell beside a merged one stays empty",
	src: `┌────┬────────┬────────┬────────┐
│序号│任务    │单位    │备注    │
├────┼────────┼────────┼────────┤
│1   │甲任务  │市财政局│已完成  │
├────┼────────┤        ├────────┤
│2   │乙任务  │        │        │
└────┴────────┴────────┴────────┘`,
	want:  "|序号,任务,单位,备注\n1,甲任务,市财政局,已完成 @9\n2,乙任务,市财政局^, @11",
	warns: []string{"11: a bordered table's cell in column 3 is merged over the rows from line 9"},
}, {
	name: "an empty merged cell stays empty",
	src: `┌────┬────────┬────────┐
│序号│任务    │备注    │
├────┼────────┼────────┤
│1   │甲任务  │        │
├────┼────────┤        │
│2   │乙任务  │        │
└────┴────────┴────────┘`,
	want: "|序号,任务,备注\n1,甲任务, @9\n2,乙任务, @11",
}, {
	name: "a header over two rows",
	src: `┌────┬─────────┬─────────┐
│序号│ 2024年  │ 2025年  │
│    ├────┬────┼────┬────┤
│    │数量│投资│数量│投资│
├────┼────┼────┼────┼────┤
│1   │10  │20  │30  │40  │
└────┴────┴────┴────┴────┘`,
	want: "|序号,2024年/数量,2024年/投资,2025年/数量,2025年/投资\n1,10,20,30,40 @11",
}}
