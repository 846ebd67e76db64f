package grid

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"gazette/data"
	"gazette/ui/cjk"
)

// table builds a table from rows of cell texts; a cell starting with "^"
// is inherited.
func table(columns []string, rows ...[]string) *data.Table {
	t := &data.Table{Columns: columns}
	for i, row := range rows {
		r := data.Record{Line: i + 1, Group: -1}
		for _, s := range row {
			inherited := strings.HasPrefix(s, "^")
			r.Cells = append(r.Cells, data.Cell{Text: strings.TrimPrefix(s, "^"), Inherited: inherited})
		}
		t.Records = append(t.Records, r)
	}
	return t
}

// lines returns every line of l as plain text, header first.
func lines(l *Layout) []string {
	var out []string
	for _, ln := range l.Header {
		out = append(out, ln.String())
	}
	for _, ln := range l.Body {
		out = append(out, ln.String())
	}
	return out
}

// checkWidths fails t unless every line of l is exactly l.Width cells wide
// and its spans are well formed.
func checkWidths(t *testing.T, w *cjk.Width, l *Layout) {
	t.Helper()
	for _, ln := range append(slices.Clone(l.Header), l.Body...) {
		if got := w.String(ln.String()); got != l.Width {
			t.Fatalf("%v: line %q is %d wide, want %d", w.Ambiguous(), ln.String(), got, l.Width)
		}
		for _, s := range ln {
			if (s.Col >= 0) != (s.Class == Header || s.Class == Text || s.Class == Inherited) {
				t.Fatalf("span %+v: column %d for class %d", s, s.Col, s.Class)
			}
		}
	}
}

var modes = []cjk.Ambiguous{cjk.Narrow, cjk.Wide}

func TestLayGolden(t *testing.T) {
	tb := table([]string{"序号", "工作任务", "完成时限"},
		[]string{"1", "坚持“两个毫不动摇”,全面落实。", "2020年底"},
		[]string{"2", "^坚持“两个毫不动摇”,全面落实。", "持续推进"},
	)
	tb.Groups = []string{"一、加快构建现代产业体系"}
	tb.Records[0].Group, tb.Records[1].Group = 0, 0
	tests := []struct {
		amb   cjk.Ambiguous
		width int
		want  []string
	}{
		{cjk.Narrow, 36, []string{
			"┌──────┬────────────────┬──────────┐",
			"│ 序号 │    工作任务    │ 完成时限 │",
			"├──────┴────────────────┴──────────┤",
			"│ 一、加快构建现代产业体系         │",
			"├──────┬────────────────┬──────────┤",
			"│ 1    │ 坚持“两个毫不  │ 2020年底 │",
			"│      │ 动摇”,全面落   │          │",
			"│      │ 实。           │          │",
			"├──────┼────────────────┼──────────┤",
			"│ 2    │ 坚持“两个毫不  │ 持续推进 │",
			"│      │ 动摇”,全面落   │          │",
			"│      │ 实。           │          │",
			"└──────┴────────────────┴──────────┘",
		}},
		{cjk.Wide, 40, []string{
			"┌───┬────────┬─────┐",
			"│ 序号 │    工作任务    │ 完成时限 │",
			"├───┴────────┴─────┤",
			"│ 一、加快构建现代产业体系           │",
			"├───┬────────┬─────┤",
			"│ 1    │ 坚持“两个毫不 │ 2020年底 │",
			"│      │ 动摇”,全面落  │          │",
			"│      │ 实。           │          │",
			"├───┼────────┼─────┤",
			"│ 2    │ 坚持“两个毫不 │ 持续推进 │",
			"│      │ 动摇”,全面落  │          │",
			"│      │ 实。           │          │",
			"└───┴────────┴─────┘",
		}},
	}
	for _, tt := range tests {
		w := cjk.New(tt.amb)
		l := Lay(tb, nil, Options{Width: tt.width, Measure: w})
		checkWidths(t, w, l)
		if got := lines(l); !slices.Equal(got, tt.want) {
			t.Errorf("%v width %d:\n%s\nwant\n%s", tt.amb, tt.width, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

func TestLayRows(t *testing.T) {
	tb := table([]string{"序号", "任务"},
		[]string{"1", "甲"}, []string{"2", "乙\n丙"}, []string{"3", "^乙"}, []string{"4", "丁"})
	tb.Groups = []string{"一、", "二、"}
	for i, g := range []int{0, 0, 1, -1} {
		tb.Records[i].Group = g
	}
	w := cjk.New(cjk.Narrow)
	l := Lay(tb, []int{2, 1, 0, 3, 99, -1}, Options{Width: 30, Measure: w})
	checkWidths(t, w, l)
	type row struct{ record, group, lines int }
	want := []row{{-1, 1, 2}, {2, 1, 2}, {-1, 0, 2}, {1, 0, 3}, {0, 0, 2}, {3, -1, 2}}
	var got []row
	y := 0
	for _, r := range l.Rows {
		got = append(got, row{r.Record, r.Group, len(r.Lines)})
		if r.Y != y {
			t.Errorf("row %+v: Y = %d, want %d", r, r.Y, y)
		}
		y += len(r.Lines)
		if r.Record < 0 && r.Lines[0][1].Class != Group {
			t.Errorf("group row %+v: first line %+v", r, r.Lines[0])
		}
	}
	if y != len(l.Body) {
		t.Errorf("rows have %d lines, body %d", y, len(l.Body))
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows = %v, want %v", got, want)
	}
	// Record 2's task is inherited, its number is not.
	classes := map[int]Class{}
	for _, s := range l.Rows[1].Lines[0] {
		if s.Col >= 0 {
			classes[s.Col] = s.Class
		}
	}
	if classes[0] != Text || classes[1] != Inherited {
		t.Errorf("record 2 classes = %v", classes)
	}
	if last := l.Body[len(l.Body)-1].String(); !strings.HasPrefix(last, "└") {
		t.Errorf("last line %q is not the bottom rule", last)
	}
}

func TestLayEmpty(t *testing.T) {
	w := cjk.New(cjk.Narrow)
	l := Lay(&data.Table{}, nil, Options{Width: 20, Measure: w})
	if len(l.Header)+len(l.Body)+len(l.Columns) != 0 {
		t.Errorf("table without columns: %+v", l)
	}
	l = Lay(table([]string{"名称"}), nil, Options{Width: 20, Measure: w})
	checkWidths(t, w, l)
	want := []string{
		"┌──────┐            ",
		"│ 名称 │            ",
		"└──────┘            ",
	}
	if got := lines(l); !slices.Equal(got, want) {
		t.Errorf("no records:\n%s", strings.Join(got, "\n"))
	}
}

// TestColumnWidths checks the text width chosen for every column.
func TestColumnWidths(t *testing.T) {
	long := strings.Repeat("推进重点工作任务落实", 6)    // 120 cells
	longer := strings.Repeat("推进重点工作任务落实", 12) // 240 cells
	tests := []struct {
		name    string
		amb     cjk.Ambiguous
		width   int
		columns []string
		cells   []string
		want    []int // text widths of the columns shown
		first   int   // first scrollable column shown
		left    bool
		right   bool
	}{
		{"natural widths fit", cjk.Narrow, 60, []string{"序号", "单位"}, []string{"1", "市发改委"}, []int{4, 8}, 1, false, false},
		{"header wider than cells", cjk.Narrow, 60, []string{"责任领导", "x"}, []string{"—", "—"}, []int{8, 2}, 1, false, false},
		{"wide mode rounds to even", cjk.Wide, 60, []string{"no", "a"}, []string{"123", "b"}, []int{4, 2}, 1, false, false},
		{"short columns keep natural width", cjk.Narrow, 80, []string{"序号", "任务", "完成时限"},
			[]string{"1", long, "2020年12月底前"}, []int{4, 80 - 10 - 4 - 14, 14}, 1, false, false},
		{"long columns share by damped weight", cjk.Narrow, 100, []string{"序号", "任务", "措施"},
			[]string{"1", long, longer}, []int{4, 38, 48}, 1, false, false},
		{"wide mode", cjk.Wide, 101, []string{"序号", "任务", "措施"},
			[]string{"1", long, longer}, []int{4, 36, 46}, 1, false, false},
		{"floors", cjk.Narrow, 41, []string{"序号", "甲", "乙", "丙"},
			[]string{"1", long, long, longer}, []int{4, 8, 8, 8}, 1, false, false},
		{"scroll", cjk.Narrow, 40, []string{"序号", "甲", "乙", "丙"},
			[]string{"1", long, long, longer}, []int{4, 13, 13}, 1, false, true},
		{"header word is a floor", cjk.Narrow, 40, []string{"序号", "Implementation", "乙"},
			[]string{"1", long, long}, []int{4, 14, 12}, 1, false, false},
		{"narrower than a character keeps 2", cjk.Narrow, 11, []string{"甲", "乙"},
			[]string{long, long}, []int{2, 2}, 1, false, false},
		{"narrower than a character wide", cjk.Wide, 14, []string{"甲", "乙"},
			[]string{long, long}, []int{2, 2}, 1, false, false},
		{"only one column fits", cjk.Narrow, 8, []string{"甲", "乙"},
			[]string{long, long}, []int{4}, 1, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := cjk.New(tt.amb)
			l := Lay(table(tt.columns, tt.cells), nil, Options{Width: tt.width, Measure: w})
			checkWidths(t, w, l)
			var got []int
			for _, c := range l.Columns {
				got = append(got, c.Width)
			}
			if !slices.Equal(got, tt.want) || l.First != tt.first || l.MoreLeft != tt.left || l.MoreRight != tt.right {
				t.Errorf("widths %v first %d left %v right %v; want %v %d %v %v",
					got, l.First, l.MoreLeft, l.MoreRight, tt.want, tt.first, tt.left, tt.right)
			}
		})
	}
}

func TestScroll(t *testing.T) {
	long := strings.Repeat("推进重点工作任务落实", 6)
	cols := []string{"序号", "甲", "乙", "丙", "丁", "戊"}
	tb := table(cols, []string{"1", long, long, long, long, long})
	tests := []struct {
		amb         cjk.Ambiguous
		width       int
		offset      int
		shown       []int
		first, last int
		left, right bool
	}{
		{cjk.Narrow, 40, 0, []int{0, 1, 2}, 1, 2, false, true},
		{cjk.Narrow, 40, 1, []int{0, 1, 2}, 1, 2, false, true},
		{cjk.Narrow, 40, 2, []int{0, 2, 3}, 2, 3, true, true},
		{cjk.Narrow, 40, 4, []int{0, 4, 5}, 4, 5, true, false},
		{cjk.Narrow, 40, 9, []int{0, 5}, 5, 5, true, false},
		{cjk.Wide, 40, 3, []int{0, 3, 4}, 3, 4, true, true},
		{cjk.Wide, 30, 3, []int{0, 3}, 3, 3, true, true},
		{cjk.Narrow, 200, 3, []int{0, 1, 2, 3, 4, 5}, 1, 5, false, false},
	}
	for _, tt := range tests {
		w := cjk.New(tt.amb)
		l := Lay(tb, nil, Options{Width: tt.width, Measure: w, Offset: tt.offset})
		checkWidths(t, w, l)
		var shown []int
		for _, c := range l.Columns {
			shown = append(shown, c.Index)
		}
		if !slices.Equal(shown, tt.shown) || l.First != tt.first || l.Last != tt.last || l.MoreLeft != tt.left || l.MoreRight != tt.right {
			t.Errorf("%v width %d offset %d: shown %v first %d last %d left %v right %v", tt.amb, tt.width, tt.offset,
				shown, l.First, l.Last, l.MoreLeft, l.MoreRight)
		}
		// Column.X points at the column's text in every line.
		for _, c := range l.Columns {
			line := l.Body[0]
			x := 0
			for _, s := range line {
				if s.Col == c.Index {
					if x != c.X {
						t.Errorf("column %d text at %d, X = %d", c.Index, x, c.X)
					}
					break
				}
				x += w.String(s.Text)
			}
		}
	}
}

// TestTiny checks that widths too small for any column still give lines
// of exactly the width.
func TestTiny(t *testing.T) {
	tb := table([]string{"序号", "任务"}, []string{"1", "推进重点工作"})
	tb.Groups = []string{"一、加快"}
	tb.Records[0].Group = 0
	for _, amb := range modes {
		w := cjk.New(amb)
		for width := range 12 {
			checkWidths(t, w, Lay(tb, nil, Options{Width: width, Measure: w}))
		}
	}
}

func TestAllocate(t *testing.T) {
	tests := []struct {
		name       string
		nat, least []int
		weight     []float64
		avail      int
		want       []int
	}{
		{"natural", []int{3, 10}, []int{3, 8}, []float64{1, 1}, 20, []int{3, 10}},
		{"equal weights", []int{3, 30, 30}, []int{3, 8, 8}, []float64{1, 5, 5}, 23, []int{3, 10, 10}},
		{"proportional", []int{30, 30}, []int{8, 8}, []float64{1, 3}, 24, []int{8, 16}},
		{"capped at natural", []int{10, 50}, []int{8, 8}, []float64{10, 1}, 40, []int{10, 30}},
		{"raised to floor", []int{50, 50}, []int{8, 8}, []float64{1, 20}, 30, []int{8, 22}},
		{"floor before cap", []int{5, 9}, []int{1, 6}, []float64{1, 1}, 10, []int{4, 6}},
		{"rounding", []int{30, 30, 30}, []int{2, 2, 2}, []float64{1, 1, 1}, 20, []int{7, 7, 6}},
		{"all fixed", []int{5, 9}, []int{5, 9}, []float64{1, 1}, 10, []int{5, 9}},
	}
	for _, tt := range tests {
		got := allocate(tt.nat, tt.least, tt.weight, tt.avail)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: allocate = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestDamped(t *testing.T) {
	tests := []struct{ x, want float64 }{
		{0, 0}, {10, 10}, {20, 20}, {20 * 2.718281828459045, 40},
	}
	for _, tt := range tests {
		if got := damped(tt.x); got < tt.want-1e-9 || got > tt.want+1e-9 {
			t.Errorf("damped(%v) = %v, want %v", tt.x, got, tt.want)
		}
	}
}

func TestLongestWord(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 2}, {"序号", 2}, {"Implementation", 14}, {"2020年GDP", 4}, {"a b", 2},
	}
	w := cjk.New(cjk.Narrow)
	for _, tt := range tests {
		if got := longestWord(w, tt.s); got != tt.want {
			t.Errorf("longestWord(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// sampleRows reads the rows of the real table copied into testdata.
func sampleRows(tb testing.TB) [][]string {
	f, err := os.Open("testdata/jincheng-rows.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return rows
}

// bigTable is shaped like the largest real table: 8 columns, 359 records
// in 4 groups, long texts in two columns.
func bigTable(tb testing.TB) *data.Table {
	rows := sampleRows(tb)
	t := &data.Table{
		Columns: []string{"序号", "省政府2020年重点工作任务", "晋城市2020年重点工作任务", "牵头责任单位", "责任领导", "分管领导", "责任科室", "责任人"},
		Groups:  []string{"一、加快构建现代产业体系", "二、坚决打好三大攻坚战", "三、深化改革扩大开放", "四、保障和改善民生"},
	}
	for i := range 359 {
		row := rows[i%len(rows)]
		r := data.Record{Line: i + 1, Group: i * 4 / 359}
		for c, s := range row {
			if c == 0 {
				s = fmt.Sprint(i + 1)
			}
			r.Cells = append(r.Cells, data.Cell{Text: s, Inherited: c == 3 && i%5 == 1})
		}
		t.Records = append(t.Records, r)
	}
	return t
}

func TestBigTable(t *testing.T) {
	tb := bigTable(t)
	for _, amb := range modes {
		w := cjk.New(amb)
		for _, width := range []int{60, 80, 120, 200} {
			l := Lay(tb, nil, Options{Width: width, Measure: w})
			checkWidths(t, w, l)
			if len(l.Rows) != 359+4 {
				t.Errorf("%d rows", len(l.Rows))
			}
		}
	}
}

func BenchmarkLay(b *testing.B) {
	tb := bigTable(b)
	for _, amb := range modes {
		w := cjk.New(amb)
		for _, width := range []int{80, 100, 120, 200} {
			b.Run(fmt.Sprintf("%v/%d", amb, width), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					Lay(tb, nil, Options{Width: width, Measure: w})
				}
			})
		}
	}
}
