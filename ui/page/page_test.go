package page

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"gazette/data"
	"gazette/ui/cjk"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

const para = "《鸡西市推动建设现代企业实现高质量发展工作指引》业经 2021 年 12 月 17 日市政府 15 届 67 次常务会议讨论通过，现予印发，请认真贯彻执行。“十四五”期间，着力夯实基层基础，提升企业发展质量。"

func issue() *data.Issue {
	doc := &data.Document{
		Title: "鸡西市人民政府印发鸡西市小型水库管理办法的通知", Number: "鸡政发〔2022〕3号",
		Issuer: "鸡西市人民政府", Date: "2022-02-10", Line: 10,
		Blocks: []data.Block{{Kind: data.Paragraph, Line: 12, Text: para}},
		Sections: []*data.Section{
			{Heading: "第一章 总则", Level: 1, Line: 14,
				Blocks: []data.Block{{Kind: data.List, Line: 15, Items: []string{"确保水库安全运行", "（1）发挥水库综合效益，促进经济社会发展"}}},
				Sections: []*data.Section{{Heading: "第一条 适用范围", Level: 2, Line: 17,
					Blocks: []data.Block{{Kind: data.Raw, Line: 18, Text: "库容  10万立方米\n坝高  15米"}}}}},
			{Heading: "第二章 管理职责", Level: 1, Line: 20, Blocks: []data.Block{{Kind: data.TableBlock, Line: 21, Table: &data.Table{
				Line: 21, Columns: []string{"序号", "水库名称", "责任单位"}, Groups: []string{"鸡冠区"},
				Records: []data.Record{{Line: 22, Group: 0, Cells: []data.Cell{{Text: "1"}, {Text: "红旗水库"}, {Text: "鸡冠区水务局"}}}},
			}}}},
		},
	}
	return &data.Issue{Title: "鸡西市人民政府公报", Year: 2022, Number: 2, TotalNumber: 16,
		Contents: []data.ContentsEntry{
			{Category: "市政府文件", Title: doc.Title, Number: doc.Number, Page: 29, Document: 0, Line: 3},
			{Category: "市政府办公室文件", Title: "鸡西市人民政府办公室印发鸡西市特种设备事故应急预案的通知", Page: 133, Document: -1, Line: 5},
		},
		Documents: []*data.Document{doc, {Title: "大事记", Line: 30}},
	}
}

func dump(lines []Line) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(strings.TrimRight(l.String(), " "))
		b.WriteString("|\n")
	}
	return b.String()
}

func TestLayContents(t *testing.T) {
	m := cjk.New(cjk.Narrow)
	for _, w := range []int{30, 60, 80} {
		c := LayContents(issue(), w, m, zhWords)
		for i, l := range c.Lines {
			if got := m.String(l.String()); got > w {
				t.Errorf("width %d: line %d is %d cells: %q", w, i, got, l.String())
			}
		}
		if len(c.Items) != 3 || c.Items[1].Document != -1 || c.Items[2].Document != 1 {
			t.Errorf("width %d: items %+v", w, c.Items)
		}
		golden(t, "contents-"+strconv.Itoa(w), dump(c.Lines))
	}
}

func TestLayDocument(t *testing.T) {
	for _, amb := range []cjk.Ambiguous{cjk.Narrow, cjk.Wide} {
		m := cjk.New(amb)
		for _, w := range []int{20, 40, 76} {
			d := LayDocument(issue().Documents[0], w, m, zhWords)
			for i, l := range d.Lines {
				if got := m.String(l.String()); got > w {
					t.Errorf("%v width %d: line %d is %d cells: %q", amb, w, i, got, l.String())
				}
			}
			if len(d.Sections) != 3 {
				t.Fatalf("sections %d, want 3", len(d.Sections))
			}
			for k, a := range d.Sections {
				if d.Lines[a.Line].Section != k || !strings.HasPrefix(d.Lines[a.Line].String(), a.Section.Heading[:3]) {
					t.Errorf("section %d anchored at %q", k, d.Lines[a.Line].String())
				}
			}
			if amb == cjk.Narrow {
				golden(t, "document-"+strconv.Itoa(w), dump(d.Lines))
			}
		}
	}
}

// TestNoTextLost checks that wrapping a paragraph keeps every character.
func TestNoTextLost(t *testing.T) {
	m := cjk.New(cjk.Narrow)
	strip := func(s string) string {
		return strings.NewReplacer(" ", "", "　", "").Replace(s)
	}
	for w := 10; w <= 80; w++ {
		d := LayDocument(&data.Document{Blocks: []data.Block{{Kind: data.Paragraph, Line: 1, Text: para}}}, w, m, zhWords)
		var b strings.Builder
		for _, l := range d.Lines {
			if l.Source == 1 {
				b.WriteString(l.String())
			}
		}
		if strip(b.String()) != strip(para) {
			t.Fatalf("width %d: lost text:\n%s", w, dump(d.Lines))
		}
	}
}

// TestKeepPlace lays a document out at one width and then another: the
// line shown at the top must still hold the same text.
func TestKeepPlace(t *testing.T) {
	m := cjk.New(cjk.Narrow)
	doc := issue().Documents[0]
	a := LayDocument(doc, 30, m, zhWords)
	b := LayDocument(doc, 70, m, zhWords)
	for i := range a.Lines {
		src, off := Place(a.Lines, i)
		j := At(b.Lines, src, off)
		if src == 0 {
			continue
		}
		if bl := b.Lines[j]; bl.Source != src || bl.Offset > off {
			t.Errorf("line %d (source %d offset %d) maps to line %d (source %d offset %d)", i, src, off, j, bl.Source, bl.Offset)
		}
	}
}

func FuzzWrap(f *testing.F) {
	f.Add(para, 12)
	f.Add("（一）（二）“”《》，。、abc defghijklmnop", 3)
	f.Add("0", 4)
	f.Fuzz(func(t *testing.T, s string, w int) {
		if w < minWidth || w > 200 || strings.ContainsAny(s, "\n\r\t\x00") {
			return
		}
		m := cjk.New(cjk.Narrow)
		d := LayDocument(&data.Document{Blocks: []data.Block{
			{Kind: data.Paragraph, Line: 1, Text: s},
			{Kind: data.List, Line: 2, Items: []string{s}},
		}}, w, m, zhWords)
		strip := strings.NewReplacer(" ", "", "　", "", bullet, "")
		text := map[int]string{}
		for _, l := range d.Lines {
			if n := m.String(l.String()); n > w {
				t.Fatalf("line %q is %d cells at width %d", l.String(), n, w)
			}
			text[l.Source] += l.String()
		}
		for src := 1; src <= 2; src++ {
			if got, want := strip.Replace(text[src]), strip.Replace(Clean(s, m)); got != want {
				t.Fatalf("block %d at width %d holds %q, want %q", src, w, got, want)
			}
		}
	})
}

// zhWords are the interface's words in Chinese, as the goldens show them.
var zhWords = Words{
	Forgotten: "未列入目录",
	Hidden: func(names []string) string {
		return fmt.Sprintf("（另有%d列未显示：%s）", len(names), strings.Join(names, "、"))
	},
}
