package loader

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding/simplifiedchinese"

	"gazette/data"
	"gazette/data/query"
)

func TestSieveMayHold(t *testing.T) {
	gb, _ := simplifiedchinese.GB18030.NewEncoder().String("秸秆还田")
	gbNone, _ := simplifiedchinese.GB18030.NewEncoder().String("没有相关内容")
	cases := []struct {
		name, file, text string
		need             string
		want             bool
	}{
		{"both runes", "a.txt", "秆和秸", "秸秆", true},
		{"a rune missing", "a.txt", "秸", "秸秆", false},
		{"no rune, with BOM", "a.txt", "\uFEFF没有", "秸秆", false},
		{"GB18030 holding them", "a.txt", gb, "秸秆", true},
		{"GB18030 without them, decoded as such", "a.txt", gbNone, "秸秆", false},
		{"empty: refused, so parsed", "a.txt", "", "秸秆", true},
		{"blank: refused, so parsed", "a.txt", " \n\u3000\t ", "秸秆", true},
		{"NUL byte: refused, so parsed", "a.txt", "没有\x00", "秸秆", true},
		{"a numeric reference", "a.txt", "没有&#31192;", "秸秆", true},
		{"a numeric reference cut by a line end", "a.txt", "没有&\n#31192;", "秸秆", true},
		{"R&D writes no Han character", "a.txt", "提升R&D经费", "秸秆", false},
		{"a named reference may write ·", "a.txt", "甲&middot;乙", "·", true},
		{"LaTeX may write ³", "a.txt", "$m^3$", "³", true},
		{"a Kangxi radical is its character", "a.txt", "⽇报", "日", true},
		{"a compatibility ideograph is its character", "a.txt", "\uF967", "不", true},
		{"a web page is parsed", "a.html", "<p>没有</p>", "秸秆", true},
		{"a PDF is parsed", "a.pdf", "%PDF-1.4 没有", "秸秆", true},
		{"UTF-16 decoded first", "a.txt", "\xff\xfe\xf8\x79\xc6\x79", "秸秆", true},
		{"UTF-16 without them", "a.txt", "\xff\xfe\xa1\x6c", "秸秆", false},
		{"the loader's own heading", "a.txt", "没有", "附件", true},
		{"a pair split by a space", "a.txt", "市发 改委", "市发改委", true},
		{"a pair split by a line end", "a.txt", "市发\n改委", "市发改委", true},
		{"a pair split by a table rule", "a.txt", "市发│x│\n│改委", "市发改委", true},
		{"characters, never the pairs", "a.txt", "发改市委", "市发改委", false},
		{"a pair in radicals", "a.txt", "报⽇报", "日报", true},
		{"pairs in GB18030", "a.txt", gbNone + "\xff", "相没", true},
	}
	for _, c := range cases {
		s := NewSieve(strings.Fields(c.need))
		if got := s.MayHold(c.file, []byte(c.text)); got != c.want {
			t.Errorf("%s: MayHold = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestSieveAgrees searches the trees ParseFor builds and those Parse builds
// for many queries (every heading, table caption and group label, pairs
// of characters of the text) over sieveFiles: the hits are the same.
func TestSieveAgrees(t *testing.T) {
	for _, f := range sieveFiles(t) {
		full, err := Parse(f.name, f.b)
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		for _, q := range sieveQueries(full) {
			m, err := query.Compile(q)
			if err != nil {
				continue
			}
			want := query.SearchIssue(full, 0, m)
			lazy, err := ParseFor(f.name, f.b, NewSieve(m.Terms()))
			if err != nil {
				t.Fatalf("%s: %v", f.name, err)
			}
			got := query.SearchIssue(lazy, 0, m)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: %q: sieved parse finds %d hits, full parse %d", f.name, q, len(got), len(want))
			}
		}
	}
}

// sieveFile is a file the sieve's tests parse.
type sieveFile struct {
	name string
	b    []byte
}

// sieveFiles returns the five real issues, a copy of one whose characters
// a PDF's broken character map turned into radicals, and the zoo's styles
// printing one real issue and three generated ones.
func sieveFiles(t *testing.T) []sieveFile {
	var files []sieveFile
	for _, name := range realFiles {
		files = append(files, sieveFile{name, readReal(t, name)})
	}
	radicals := strings.NewReplacer("日", "⽇", "一", "⼀", "人", "⼈", "月", "⽉")
	files = append(files, sieveFile{"radicals.txt", []byte(radicals.Replace(string(readReal(t, "jixi-2022-02.txt"))))})
	trees := []zooTree{{"jixi", parseReal(t, "jixi-2022-02.txt")}}
	for seed := range 3 {
		trees = append(trees, zooTree{fmt.Sprintf("generated#%d", seed), zooGenerate(uint64(seed))})
	}
	for _, st := range zooStyles() {
		for _, tr := range trees {
			is := tr.is
			if st.prepare != nil {
				is = st.prepare(is)
			}
			files = append(files, sieveFile{st.name + "." + tr.name, []byte(st.print(is))})
		}
	}
	return files
}

// sieveQueries picks queries from a tree: its headings, captions and
// group labels, the loader's own word 附件, 日 (turned into a radical in
// one file), and 20 pairs of characters spread over its text (Han
// characters only); 15 of these at most.
func sieveQueries(is *data.Issue) []string {
	qs := []string{"附件", "鑫龘", `"秸秆 还田"`, "日"}
	var text []rune
	add := func(s string) {
		for _, r := range s {
			if unicode.Is(unicode.Han, r) {
				text = append(text, r)
			}
		}
	}
	var walk func(secs []*data.Section)
	blocks := func(bs []data.Block) {
		for _, b := range bs {
			add(b.Text)
			for _, it := range b.Items {
				add(it)
			}
			if b.Table != nil {
				qs = append(qs, b.Table.Caption)
				qs = append(qs, b.Table.Groups...)
				for _, r := range b.Table.Records {
					for _, c := range r.Cells {
						add(c.Text)
					}
				}
			}
		}
	}
	walk = func(secs []*data.Section) {
		for _, s := range secs {
			qs = append(qs, s.Heading)
			blocks(s.Blocks)
			walk(s.Sections)
		}
	}
	for _, d := range is.Documents {
		blocks(d.Blocks)
		walk(d.Sections)
	}
	step := max(len(text)/20, 1)
	for i := 0; i+1 < len(text); i += step {
		qs = append(qs, string(text[i:i+2]))
	}
	// At most 15 of them, spread: each query parses the file again.
	var out []string
	for i := 0; i < len(qs); i += max(len(qs)/15, 1) {
		out = append(out, qs[i])
	}
	return out
}

// TestSieveJoins checks the rule pairHolds relies on, over sieveFiles: two
// Han characters next to each other in any text of a document's tree are
// next to each other in one of its lines, or joined from a piece ending in
// the first and one starting with the second (see pairHolds). That holds
// of the lines documents are parsed from (decoded, tables laid out, page
// furniture removed), which ParseFor sieves, and of the decoded lines,
// which MayHold sieves as the file's bytes; a document's lines are those
// from its title to the next document's.
func TestSieveJoins(t *testing.T) {
	nop := func(int, string) {}
	for _, f := range sieveFiles(t) {
		if isHTML(f.name, f.b) {
			continue // parsed whole, never sieved
		}
		is, err := Parse(f.name, f.b)
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		decoded, err := decode(f.b, nop)
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		ls := removeFurniture(layoutTables(barTables(dashedTables(borderedTables(asciidocTables(plainTagLines(slices.Clone(decoded), nop), nop), nop), nop), nop), nop), nop)
		if isWebPage(ls) {
			continue
		}
		for di, d := range is.Documents {
			stop := int(^uint(0) >> 1)
			if di+1 < len(is.Documents) {
				stop = is.Documents[di+1].Line
			}
			var doc, raw []line
			for _, l := range ls {
				if int(l.n) >= d.Line && int(l.n) < stop {
					doc = append(doc, l)
				}
			}
			for _, l := range decoded {
				if int(l.n) >= d.Line && int(l.n) < stop {
					raw = append(raw, l)
				}
			}
			if refs, _ := references(sieveText(doc)); refs {
				continue
			}
			for _, text := range treeTexts(d) {
				rs := []rune(query.Normalize(text))
				for i := 0; i+1 < len(rs); i++ {
					a, b := rs[i], rs[i+1]
					if !unicode.Is(unicode.Han, a) || !unicode.Is(unicode.Han, b) ||
						strings.ContainsRune(madeText, a) || strings.ContainsRune(madeText, b) {
						continue
					}
					if !pairHolds(doc, a, b) || !pairHolds(raw, a, b) {
						t.Errorf("%s: document %d: %c%c in %q is in none of its lines, nor joined there", f.name, di, a, b, text)
						break
					}
				}
			}
		}
	}
}

// sieveText joins the texts of ls, one line each.
func sieveText(ls []line) string {
	var b strings.Builder
	for _, l := range ls {
		b.WriteString(l.text)
		b.WriteByte('\n')
	}
	return b.String()
}

// treeTexts returns every text of d a search looks at but its title and
// 文号: headings, paragraphs, list items, captions, group labels, cells.
func treeTexts(d *data.Document) []string {
	var out []string
	blocks := func(bs []data.Block) {
		for _, b := range bs {
			out = append(out, b.Text)
			out = append(out, b.Items...)
			if b.Table != nil {
				out = append(out, b.Table.Caption)
				out = append(out, b.Table.Groups...)
				for _, r := range b.Table.Records {
					for _, c := range r.Cells {
						out = append(out, c.Text)
					}
				}
			}
		}
	}
	var walk func(secs []*data.Section)
	walk = func(secs []*data.Section) {
		for _, s := range secs {
			out = append(out, s.Heading)
			blocks(s.Blocks)
			walk(s.Sections)
		}
	}
	blocks(d.Blocks)
	walk(d.Sections)
	return out
}
