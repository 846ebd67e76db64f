package loader

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"gazette/data"
)

// The format zoo (issue 9, "How to prove generality"): each converter
// style of zooStyles prints document trees — the five samples' and
// generated ones — and loading what it printed must give the tree back.

// zooAspects are the parts of a tree the property compares.
var zooAspects = []string{"masthead", "documents", "sections", "tables", "contents", "text"}

// zooGaps are the style/aspect pairs the loader is known to get wrong
// today, with the reason. For a listed pair the test logs the first
// difference and fails when the pair passes (so the list is cut as the
// loader learns); every pair not listed must pass.
var zooGaps = map[string]string{
	"ocr/sections":       "OCR prints a bracket apart like a Han character, so the space after a section's number is lost when a Latin word or numeral follows ((1) Ⅰ级响应 → ( 1 ) Ⅰ 级 响 应, as (2)600兆瓦 → ( 2 ) 600 兆 瓦): nothing on the line tells the two apart; one sample",
	"html2text/tables":   "html2text writes a two-row header's first row with one cell for each name, whatever columns it spans, and its second row with the sub-names alone (a name over both rows is left out): a blank form under such a header (yangcheng's 项目承担主体 … 现有规模 over 堆料场, 堆料棚 …) has no record to tell which columns each name spans; and shuangyashan's table under its 专栏7 label, as html2text/sections; two samples",
	"html2text/sections": "a table whose first row is a group row across it prints as that label over a --- rule, markdown's underlined heading (shuangyashan's 专栏7); one sample",
	"html2text/text":     "as html2text/sections: the rows under the one-cell first row stay text (shuangyashan)",
	"lynx/sections":      "lynx runs a table it cannot lay out in columns (wider than the page, a line break in a cell) on as text, row after row: nothing tells its rows from paragraphs, and a group row (一、……（共3项）) or a cell (4.72亿立方米以内。) reads as a heading",
	"lynx/text":          "as lynx/sections: the rows of a table lynx ran on as text are read as paragraphs",
	"office/tables":      "a .docx saved as text prints a table one cell a line with no blank line around it, read by its 序号 numbers: a table without them (jincheng's duty phones; yangcheng's 成员单位/电话 misread as one), with a 合计 row whose empty cells are empty lines, or whose raw block runs on into the next table under its title (……分解表), is misread or lost; three samples",
	"office/sections":    "as office/tables: a group row of a table not read as one reads as a heading (jixi's 一、……（共52项）, shuangyashan's); under a 附件 label with no title the table's first header cell, on a line of its own, reads as the attachment's title (jincheng's 类别, yangcheng's 项目乡镇)",
	"office/text":        "as office/tables: the cells of a table not read as one are text, or a paragraph after one goes into its raw block",
	"pdfminer/sections":  "as pdfminer/tables: a table not read as one gives headings: a group row (shuangyashan's 专栏 tables, (二)……（共7项）), a numbered line of a narrow column's text, whose short lines end paragraphs at the page's width (yangcheng's 县指挥部主要职责 (4)协调……), and under a 附件 label with no title the table's first header cell reads as the title (jincheng's 类别); three samples",
	"pdfminer/tables":    "a table without a 序号 column printed one cell a text box, no 表N caption over it, tells neither its column count nor where its rows start (jincheng's 成员单位/值班电话 and yangcheng's 单位名称/值班电话 duty phones, shuangyashan's 专栏 tables whose header spans two rows, printed once over its columns): it is read as text or as another shape; three samples",
	"pdfminer/text":      "as pdfminer/tables: the cells of a table not read as one are text (jincheng's duty phones, shuangyashan's 设备类别 table, yangcheng's 项目承担主体 form); three samples",
	"antiword/tables":    "a first cell wrapped over several lines in a record that fills no other cell (国网阳城县供 / 电公司 总经 / 理, yangcheng) reads as records: only the column's width tells it from labels as wide as their column, each a record of its own",
}

// Reasons shared by several styles (§N: the section of issue 9).
// zooDump names a directory to write printed files to (STYLE.TREE.txt)
// with the differences of the tree loaded from it (STYLE.TREE.diff), to
// see what the loader was given: every sample's, and each generated
// tree's that differs: go test ./loader -run TestZoo -zoo.dump DIR
var zooDump = flag.String("zoo.dump", "", "write the files the format zoo prints for the samples, and for generated trees that differ, to this directory")

// zooTreeCount is how many generated trees each style prints (at most 20
// with -short). A longer sweep: go test ./loader -run TestZoo -zoo.trees 2000
var zooTreeCount = flag.Int("zoo.trees", 200, "how many generated trees the format zoo prints in each style")

func zooGenerated() int {
	if testing.Short() {
		return min(20, *zooTreeCount)
	}
	return *zooTreeCount
}

type zooTree struct {
	name string
	is   *data.Issue
}

func zooTrees(t *testing.T) []zooTree {
	var out []zooTree
	for _, name := range realFiles {
		out = append(out, zooTree{strings.TrimSuffix(name, ".txt"), parseReal(t, name)})
	}
	for seed := range zooGenerated() {
		out = append(out, zooTree{fmt.Sprintf("generated#%d", seed), zooGenerate(uint64(seed))})
	}
	return out
}

// zooResult is how one style/aspect pair fared over all trees.
type zooResult struct {
	pass, fail int
	samples    int // failing trees among the five samples'
	// The first difference in a sample's tree and in a generated one.
	firstSample, firstGenerated string
}

// first describes the first differences, naming their trees.
func (r *zooResult) first() string {
	var s []string
	for _, f := range []string{r.firstSample, r.firstGenerated} {
		if f != "" {
			s = append(s, f)
		}
	}
	return strings.Join(s, "; and ")
}

func TestZoo(t *testing.T) {
	trees := zooTrees(t)
	styles := zooStyles()
	results := map[string]*zooResult{}
	for _, st := range styles {
		for _, a := range zooAspects {
			results[st.name+"/"+a] = &zooResult{}
		}
		for _, tr := range trees {
			if st.prepare != nil {
				tr.is = st.prepare(tr.is)
			}
			text := st.print(tr.is)
			diffs := zooLoadAndCompare(st, tr, text)
			if *zooDump != "" && (len(diffs) > 0 || !strings.HasPrefix(tr.name, "generated")) {
				zooWriteDump(t, st.name+"."+tr.name, text, diffs)
			}
			for _, a := range zooAspects {
				r := results[st.name+"/"+a]
				if d, bad := diffs[a]; bad {
					r.fail++
					first := &r.firstGenerated
					if !strings.HasPrefix(tr.name, "generated") {
						r.samples++
						first = &r.firstSample
					}
					if *first == "" {
						*first = tr.name + ": " + d
					}
				} else {
					r.pass++
				}
			}
		}
	}
	var sum strings.Builder
	fmt.Fprintf(&sum, "%-10s", "style")
	for _, a := range zooAspects {
		fmt.Fprintf(&sum, " %-10s", a)
	}
	for _, st := range styles {
		fmt.Fprintf(&sum, "\n%-10s", st.name)
		for _, a := range zooAspects {
			key := st.name + "/" + a
			r := results[key]
			cell := "ok"
			if r.fail > 0 {
				cell = fmt.Sprintf("%d+%d", r.samples, r.fail-r.samples)
			}
			if _, gap := zooGaps[key]; gap {
				cell += "*"
			}
			fmt.Fprintf(&sum, " %-10s", cell)
			reason, gap := zooGaps[key]
			switch {
			case r.fail > 0 && !gap:
				t.Errorf("%s: %d of %d trees differ; first: %s", key, r.fail, r.fail+r.pass, r.first())
			case r.fail > 0:
				t.Logf("known gap %s (%s): %d of %d trees differ; first: %s", key, reason, r.fail, r.fail+r.pass, r.first())
			case gap && zooGenerated() < 200:
				t.Logf("%s passes for the %d trees of this run; a gap needs 200 to show", key, len(trees))
			case gap:
				t.Errorf("%s passes for every tree: remove it from zooGaps (%s)", key, reason)
			}
		}
	}
	t.Logf("format zoo: %d styles × %d trees (5 samples, %d generated); S+G = failing sample and generated trees, * = known gap\n%s",
		len(styles), len(trees), len(trees)-5, sum.String())
}

// zooWriteDump writes a printed file and, next to it, the differences
// of the tree loaded from it.
func zooWriteDump(t *testing.T, name, text string, diffs map[string]string) {
	path := filepath.Join(*zooDump, name)
	var d strings.Builder
	for _, a := range zooAspects {
		if x, ok := diffs[a]; ok {
			fmt.Fprintf(&d, "%s: %s\n", a, x)
		}
	}
	if err := os.WriteFile(path+".txt", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+".diff", []byte(d.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// zooLoadAndCompare loads what a style printed and compares it with the
// tree, aspect by aspect; it returns the first difference of each aspect
// that differs.
func zooLoadAndCompare(st *zooPrinter, tr zooTree, text string) (diffs map[string]string) {
	diffs = map[string]string{}
	defer func() {
		if r := recover(); r != nil {
			for _, a := range zooAspects {
				diffs[a] = fmt.Sprintf("Parse panicked: %v", r)
			}
		}
	}()
	got, err := Parse(tr.name, []byte(text))
	if err != nil {
		for _, a := range zooAspects {
			diffs[a] = "Parse failed: " + err.Error()
		}
		return diffs
	}
	want := zooSkeleton(tr.is, st)
	have := zooSkeleton(got, nil)
	zooSameText(want[5][:], have[5][:])
	for i, a := range zooAspects {
		if d := zooFirstDiff(want[i], have[i]); d != "" {
			diffs[a] = d
		}
	}
	return diffs
}

// zooFirstDiff describes the first difference between two lists.
func zooFirstDiff(want, got []string) string {
	for i := 0; i < len(want) || i < len(got); i++ {
		switch {
		case i >= len(want):
			return fmt.Sprintf("%d items, want %d; extra %q", len(got), len(want), got[i])
		case i >= len(got):
			return fmt.Sprintf("%d items, want %d; missing %q", len(got), len(want), want[i])
		case want[i] != got[i]:
			return fmt.Sprintf("item %d: want %q, got %q", i+1, zooAround(want[i], got[i]), zooAround(got[i], want[i]))
		}
	}
	return ""
}

// zooAround shortens a long item of a list to the runes around where it
// first differs from other.
func zooAround(s, other string) string {
	r, o := []rune(s), []rune(other)
	if len(r) <= 80 {
		return s
	}
	i := 0
	for i < len(r) && i < len(o) && r[i] == o[i] {
		i++
	}
	lo, hi := max(0, i-30), min(len(r), i+30)
	return fmt.Sprintf("…%s⟨%d⟩%s…", string(r[lo:i]), i, string(r[i:hi]))
}

// zooGroupCount is the record count a printed group label carries.
var zooGroupCount = regexp.MustCompile(`[（(]共\d+项[）)]$`)

// zooSkeleton reduces a tree to the facts the property compares, one list
// per aspect. With a style (the tree it printed), it is what loading the
// print should give: a web page holds the first document alone and no
// contents; without heading marks an unnumbered subheading is text; a
// table printed in an ambiguous shape stays raw.
func zooSkeleton(is *data.Issue, st *zooPrinter) [6][]string {
	var out [6][]string
	docs := is.Documents
	title, year, num, total := is.Title, is.Year, is.Number, is.TotalNumber
	contents := is.Contents
	if st != nil {
		if st.single {
			docs = docs[:min(1, len(docs))]
			contents = nil
			title, year, num, total = "", 0, 0, 0
			if len(docs) > 0 {
				title = docs[0].Title
			}
		} else if !zooIsGazette(is) {
			title = ""
		}
	}
	out[0] = []string{fmt.Sprintf("%s %d 第%d期 总第%d期", title, year, num, total)}
	for i, d := range docs {
		out[1] = append(out[1], fmt.Sprintf("%s %q %s", d.Kind, d.Title, d.Number))
		d.Walk(func(s *data.Section) bool {
			if st == nil || st.marks || s.Numbering != "" || s.Level == 1 {
				out[2] = append(out[2], fmt.Sprintf("doc %d: L%d %s", i+1, s.Level, s.Heading))
			}
			return true
		})
		tables, next := zooTables(d)
		for k, t := range tables {
			if st != nil && st.rawTable != nil && st.rawTable(t, next[k]) {
				continue
			}
			groups := make([]string, len(t.Groups))
			for k, g := range t.Groups {
				groups[k] = zooGroupCount.ReplaceAllString(g, "")
			}
			out[3] = append(out[3], fmt.Sprintf("doc %d: columns %q, %d records, groups %q", i+1, t.Columns, len(t.Records), groups))
		}
	}
	for _, e := range contents {
		out[4] = append(out[4], fmt.Sprintf("p.%d → document %d", e.Page, e.Document+1))
	}
	for i, d := range docs {
		out[5] = append(out[5], fmt.Sprintf("doc %d: %s", i+1, zooText(d)))
	}
	return out
}

// zooText is the running text of a document — headings, paragraphs and
// list items, not tables or raw blocks — as parts without white space,
// which the styles print as they like, each ending in zooPartEnd: what a
// reader reads, which no page furniture may enter and no rule may lose.
func zooText(d *data.Document) string {
	var b strings.Builder
	put := func(t string) {
		b.WriteString(strings.Join(strings.Fields(t), ""))
		b.WriteByte(zooPartEnd)
	}
	add := func(bs []data.Block) {
		for _, bl := range bs {
			switch bl.Kind {
			case data.Paragraph:
				put(bl.Text)
			case data.List:
				for _, it := range bl.Items {
					put(it)
				}
			}
		}
	}
	add(d.Blocks)
	d.Walk(func(s *data.Section) bool {
		put(s.Heading)
		add(s.Blocks)
		return true
	})
	return b.String()
}

// zooPartEnd ends each part of a zooText.
const zooPartEnd = '\x1f'

// zooSameText makes the texts of two trees (the texts aspect of their
// skeletons) comparable: the parts of one short line without a sentence
// in either tree — captions, 表N and 专栏N labels, unit and form lines,
// labels ending in a colon, subheadings — are taken out wherever they
// stand, on their own or run into a paragraph: the styles print them in
// different places, and the loader may rightly take one as a caption, a
// heading or the start of the paragraph below it. What is left must be
// the same text.
func zooSameText(want, have []string) {
	short := map[string]bool{}
	for _, texts := range [][]string{want, have} {
		for _, t := range texts {
			for _, p := range strings.Split(t, string(zooPartEnd)) {
				if p != "" && utf8.RuneCountInString(p) <= 40 && !strings.ContainsAny(p, "。；") {
					short[p] = true
				}
			}
		}
	}
	parts := make([]string, 0, len(short))
	for p := range short {
		parts = append(parts, p)
	}
	// Longer first: a label inside another is taken out after it.
	slices.SortFunc(parts, func(a, b string) int { return len(b) - len(a) })
	for _, texts := range [][]string{want, have} {
		for i, t := range texts {
			t = strings.ReplaceAll(t, string(zooPartEnd), "")
			for _, p := range parts {
				t = strings.ReplaceAll(t, p, "")
			}
			texts[i] = t
		}
	}
}

// zooTables lists a document's tables in order (as Tables does), each
// with the block after it in its section, nil when it ends the section.
func zooTables(d *data.Document) (tables []*data.Table, next []*data.Block) {
	add := func(bs []data.Block) {
		for k, b := range bs {
			if b.Kind != data.TableBlock || b.Table == nil {
				continue
			}
			tables = append(tables, b.Table)
			if k+1 < len(bs) {
				next = append(next, &bs[k+1])
			} else {
				next = append(next, nil)
			}
		}
	}
	add(d.Blocks)
	d.Walk(func(s *data.Section) bool { add(s.Blocks); return true })
	return tables, next
}

// TestZooPrinters pins the converter quirks the zoo's styles imitate, so
// that a style cannot drift into printing something no converter does.
func TestZooPrinters(t *testing.T) {
	if got := zooSpacing("临政发〔2025〕2号，2025年6月底前"); got != "临政发〔2025〕2 号，2025 年 6 月底前" {
		t.Errorf("pdftotext spacing: %q", got)
	}
	if zooKangxiOf['一'] != '⼀' || zooKangxiOf['火'] != '⽕' || zooKangxiOf['人'] != '⼈' {
		t.Errorf("Kangxi radicals: 一→%c 火→%c 人→%c", zooKangxiOf['一'], zooKangxiOf['火'], zooKangxiOf['人'])
	}
	tab := &data.Table{Columns: []string{"序号", "重点工作任务"}, Groups: []string{"一、加快发展"},
		Records: []data.Record{zooRecord(0, "1", "推进\"一网通办\"\n第二行"), zooRecord(0, "2", "完成")}}
	tab.Records[1].Continuation = true
	p := zooCSV()
	p.lines = nil
	p.table(p, tab)
	// What Python's csv.writer(f, delimiter="\t") writes for these rows.
	want := "序号\t重点工作任务\n一、加快发展（共1项）\t\n1\t\"推进\"\"一网通办\"\"\n第二行\"\n2\t完成"
	if got := strings.Join(p.lines, "\n"); got != want {
		t.Errorf("csv-quoted table:\n%s\nwant:\n%s", got, want)
	}
	p = zooTabWrap()
	p.lines = nil
	tab.Records[0].Cells[1].Text = strings.Repeat("长", 20)
	p.table(p, tab)
	want = "\t\n序号\t重点工作任务\n一、加快发展（共1项）\t\n1\t" + strings.Repeat("长", 16) + "\n\t长长长长\n2\t完成"
	if got := strings.Join(p.lines, "\n"); got != want {
		t.Errorf("wrapped table:\n%s\nwant:\n%s", got, want)
	}
	// pdftotext (raw) prints a header over two rows row by row, a name
	// over several columns once; a blank form, or a table followed by a
	// paragraph that could be its first cell, is expected raw.
	p = zooRaw()
	p.lines = nil
	form := &data.Table{Columns: []string{"项目", "现有规模/堆料场", "现有规模/堆料棚", "其他"}}
	p.table(p, form)
	want = "表0\n项目\n现有规模\n其他\n堆料场\n堆料棚"
	if got := strings.Join(p.lines, "\n"); got != want {
		t.Errorf("raw header:\n%s\nwant:\n%s", got, want)
	}
	duty := &data.Table{Columns: []string{"指挥机构", "职责"}, Records: []data.Record{zooRecord(-1, "县财政局", "负责资金保障。")}}
	for _, c := range []struct {
		t    *data.Table
		next *data.Block
		raw  bool
	}{
		{form, nil, true}, {duty, nil, false}, {duty, &data.Block{Kind: data.Paragraph, Text: "成员单位"}, true},
		{duty, &data.Block{Kind: data.Paragraph, Text: "各单位要认真落实。"}, false},
	} {
		if got := p.rawTable(c.t, c.next); got != c.raw {
			t.Errorf("raw style: table %q before %v kept raw %v, want %v", c.t.Columns, c.next, got, c.raw)
		}
	}
}
