package grid

import (
	"math/rand/v2"
	"strings"
	"testing"

	"gazette/data"
	"gazette/ui/cjk"
)

// alphabet is what random cells are made of: Chinese, East Asian ambiguous
// characters, kinsoku punctuation, Latin words and digits, spaces and line
// breaks.
var alphabet = []string{
	"中", "国", "推", "进", "工", "作", "任", "务", "市", "委",
	"“", "”", "—", "○", "★", "①", "…", "│",
	"，", "。", "、", "（", "）", "《", "》", ",", ".", "(", ")",
	"GDP", "a", "Implementation", "2020", "5G", " ", "　", "\n",
}

// randomText returns up to n random pieces of alphabet.
func randomText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range r.IntN(n + 1) {
		b.WriteString(alphabet[r.IntN(len(alphabet))])
	}
	return b.String()
}

// randomTable returns a table of random shape and text.
func randomTable(r *rand.Rand) *data.Table {
	cols := 1 + r.IntN(9)
	t := &data.Table{}
	for range cols {
		t.Columns = append(t.Columns, randomText(r, 6))
	}
	for range r.IntN(4) {
		t.Groups = append(t.Groups, randomText(r, 30))
	}
	group := -1
	for i := range r.IntN(12) {
		if r.IntN(4) == 0 {
			group = r.IntN(len(t.Groups)+1) - 1
		}
		rec := data.Record{Line: i + 1, Group: group}
		long := r.IntN(3) == 0
		for range cols {
			n := 8
			if long {
				n = 200
			}
			rec.Cells = append(rec.Cells, data.Cell{Text: randomText(r, n), Inherited: r.IntN(5) == 0})
		}
		t.Records = append(t.Records, rec)
	}
	return t
}

// squash drops the spaces and line breaks of s.
var squash = strings.NewReplacer(" ", "", "　", "", "\n", "")

func FuzzLayout(f *testing.F) {
	f.Add(uint64(1), 80, false, 0)
	f.Add(uint64(2), 10, true, 1)
	f.Add(uint64(3), 300, true, 3)
	f.Add(uint64(4), 33, false, 2)
	f.Fuzz(func(t *testing.T, seed uint64, width int, wide bool, offset int) {
		r := rand.New(rand.NewPCG(seed, seed>>7))
		tb := randomTable(r)
		width = 10 + (width%291+291)%291
		w := cjk.New(cjk.Narrow)
		if wide {
			w = cjk.New(cjk.Wide)
		}
		var records []int
		if r.IntN(2) == 0 {
			records = r.Perm(len(tb.Records))
		}
		l := Lay(tb, records, Options{Width: width, Measure: w, Offset: offset})
		checkWidths(t, w, l)
		checkRows(t, tb, l)
		if !l.MoreLeft && !l.MoreRight && len(l.Columns) != len(tb.Columns) {
			t.Fatalf("%d of %d columns shown, none hidden", len(l.Columns), len(tb.Columns))
		}

		checkFolds(t, w, tb, l, Lay(tb, records, Options{Width: width, Measure: w, Offset: offset, Fold: 1 + r.IntN(4)}))
		checkCompact(t, w, tb, records, l, Options{Width: width, Measure: w, Offset: offset, Compact: true})
	})
}

// checkRows fails t unless every line of l's body belongs to exactly one
// row and every visible cell and group label of tb is shown in full.
func checkRows(t *testing.T, tb *data.Table, l *Layout) {
	y := 0
	for _, row := range l.Rows {
		if row.Y != y {
			t.Fatalf("row Y = %d, want %d", row.Y, y)
		}
		y += len(row.Lines)
	}
	if y != len(l.Body) {
		t.Fatalf("rows cover %d of %d body lines", y, len(l.Body))
	}
	for _, row := range l.Rows {
		got := make(map[int]*strings.Builder)
		for _, ln := range row.Lines {
			for _, s := range ln {
				col := s.Col
				if s.Class == Group {
					col = -2
				}
				if col == -1 {
					continue
				}
				if got[col] == nil {
					got[col] = new(strings.Builder)
				}
				got[col].WriteString(s.Text)
			}
		}
		text := func(col int) string {
			if got[col] == nil {
				return ""
			}
			return squash.Replace(got[col].String())
		}
		if row.Record < 0 {
			if g, want := text(-2), squash.Replace(tb.Groups[row.Group]); g != want {
				t.Fatalf("group row shows %q, want %q", g, want)
			}
			continue
		}
		for _, c := range l.Columns {
			cell := tb.Records[row.Record].Cells[c.Index]
			if g, want := text(c.Index), squash.Replace(cell.Text); g != want {
				t.Fatalf("record %d column %d (width %d) shows %q, want %q", row.Record, c.Index, c.Width, g, want)
			}
		}
	}
}

// checkCompact fails t unless the compact layout (opt) of tb has the
// columns and rows of the wrapped layout l, one line a row, every line the
// width.
func checkCompact(t *testing.T, w *cjk.Width, tb *data.Table, records []int, l *Layout, opt Options) {
	c := Lay(tb, records, opt)
	checkWidths(t, w, c)
	if len(c.Columns) != len(l.Columns) || len(c.Rows) != len(l.Rows) {
		t.Fatalf("compact: %d columns, %d rows; wrapped %d, %d", len(c.Columns), len(c.Rows), len(l.Columns), len(l.Rows))
	}
	for i, row := range c.Rows {
		if want := 1 + b2i(i == len(c.Rows)-1); len(row.Lines) != want {
			t.Fatalf("compact row %d has %d lines, want %d", i, len(row.Lines), want)
		}
	}
}

// checkFolds fails t unless folding changed nothing of the layout l but
// Row.Folded, and each folded record is its first lines, every line the
// width, with a cell cut by the fold ending with … after a prefix of it.
func checkFolds(t *testing.T, w *cjk.Width, tb *data.Table, l, f *Layout) {
	t.Helper()
	fold := 0
	for _, row := range f.Rows {
		fold = max(fold, len(row.Folded))
	}
	if len(f.Body) != len(l.Body) {
		t.Fatalf("folded layout has %d body lines, want %d", len(f.Body), len(l.Body))
	}
	for i, row := range f.Rows {
		tall := len(row.Lines) - 1
		if row.Record < 0 || row.Folded == nil {
			if row.Folded != nil || row.Record >= 0 && fold > 0 && tall > fold {
				t.Fatalf("row %d (%d lines): %d folded lines, fold %d", i, tall, len(row.Folded), fold)
			}
			continue
		}
		if tall <= len(row.Folded) {
			t.Fatalf("row %d of %d lines folded to %d", i, tall, len(row.Folded))
		}
		for k, ln := range row.Folded {
			if got := w.String(ln.String()); got != l.Width {
				t.Fatalf("folded line %q is %d wide, want %d", ln.String(), got, l.Width)
			}
			if k < len(row.Folded)-1 && ln.String() != row.Lines[k].String() {
				t.Fatalf("folded line %d %q, want %q", k, ln.String(), row.Lines[k].String())
			}
		}
		for _, c := range f.Columns {
			var b strings.Builder
			for _, ln := range row.Folded {
				for _, s := range ln {
					if s.Col == c.Index {
						b.WriteString(s.Text)
					}
				}
			}
			shown := squash.Replace(b.String())
			full := squash.Replace(tb.Records[row.Record].Cells[c.Index].Text)
			if cut, ok := strings.CutSuffix(shown, "…"); ok && cut+"…" != full {
				shown = cut
			}
			if !strings.HasPrefix(full, shown) {
				t.Fatalf("record %d column %d folded shows %q of %q", row.Record, c.Index, shown, full)
			}
		}
	}
}
