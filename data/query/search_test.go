package query

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"gazette/data"
)

func testIssue() *data.Issue {
	tasks := &data.Table{
		Line:    21,
		Columns: []string{"序号", "重点任务", "具体措施", "责任单位", "完成时限", "备注"},
		Records: []data.Record{
			row(21, "1", "优化营商环境", "精简审批", "主办：市发改委 协办：市财政局、市商务局", "2022年6月底", ""),
			row(22, "2", "推进数字经济", "建设数据中心", "市工信局", "2022年12月31日前", "市发改委配合"),
			row(23, "3", "加快项目建设", "谋划储备项目", "市发改委，各县（市、区）政府", "长期坚持", ""),
			row(24, "4", "强化招商\n引资", "^谋划储备项目", "^市发改委，各县（市、区）政府", "6月底前", ""),
		},
	}
	plain := &data.Table{
		Line:    41,
		Columns: []string{"名称", "说明"},
		Records: []data.Record{row(42, "堆料场", "由市发改委统筹建设")},
	}
	return &data.Issue{
		Title: "鸡西市人民政府公报",
		Documents: []*data.Document{
			{
				Title:  "鸡西市人民政府关于印发优化营商环境实施方案的通知",
				Number: "鸡政发〔2022〕1号",
				Line:   5,
				Blocks: []data.Block{{Kind: data.Paragraph, Line: 7, Text: "各县（市）区人民政府，市直各有关单位："}},
				Sections: []*data.Section{
					{
						Heading: "一、工作目标", Level: 1, Line: 10,
						Blocks: []data.Block{
							{Kind: data.Paragraph, Line: 11, Text: "到2025年，营商环境明显优化，由市发\n改委牵头推进。"},
							{Kind: data.List, Line: 14, Items: []string{"加强组织领导", "强化督促检查，市财政局负责"}, ItemLines: []int{14, 15}},
						},
						Sections: []*data.Section{{
							Heading: "（一）重点任务", Level: 2, Line: 20,
							Blocks: []data.Block{
								{Kind: data.TableBlock, Line: 21, Table: tasks},
								{Kind: data.Raw, Line: 30, Text: "第一行\n第二行 市发改委\n第三行"},
							},
						}},
					},
					{
						Heading: "二、保障措施", Level: 1, Line: 40,
						Blocks: []data.Block{{Kind: data.TableBlock, Line: 41, Table: plain}},
					},
				},
			},
			{
				Kind:   data.KindChronicle,
				Title:  "大事记",
				Line:   100,
				Blocks: []data.Block{{Kind: data.Paragraph, Line: 101, Text: "3月1日，市发改委召开会议。"}},
			},
		},
	}
}

// render shows a hit on one line, its matches in the context marked «».
func render(h Hit) string {
	var b strings.Builder
	last := 0
	for _, r := range h.Match {
		b.WriteString(h.Context[last:r[0]] + "«" + h.Context[r[0]:r[1]] + "»")
		last = r[1]
	}
	b.WriteString(h.Context[last:])
	return fmt.Sprintf("%d/%d %s L%d t%d r%d %s: %s", h.Issue, h.Document, h.Kind, h.Line, h.Table, h.Record,
		strings.Join(h.Path, ">"), b.String())
}

func TestSearchIssue(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"发改委", []string{
			"3/0 paragraph L11 t-1 r-1 一、工作目标: 到2025年，营商环境明显优化，由市«发 改委»牵头推进。",
			"3/0 table L21 t0 r0 一、工作目标>（一）重点任务: 1 | 优化营商环境 | 主办：市«发改委» 协办：市财政局、市商务局 | 2022年6月底",
			"3/0 table L22 t0 r1 一、工作目标>（一）重点任务: 2 | 推进数字经济 | 市工信局 | 2022年12月31日前 | 市«发改委»配合",
			"3/0 table L23 t0 r2 一、工作目标>（一）重点任务: 3 | 加快项目建设 | 市«发改委»，各县（市、区）政府 | 长期坚持",
			"3/0 table L23 t0 r3 一、工作目标>（一）重点任务: 4 | 强化招商 引资 | 市«发改委»，各县（市、区）政府 | 6月底前",
			"3/0 paragraph L31 t-1 r-1 一、工作目标>（一）重点任务: 第一行 第二行 市«发改委» 第三行",
			"3/0 table L42 t1 r0 二、保障措施: 堆料场 | 由市«发改委»统筹建设",
			"3/1 paragraph L101 t-1 r-1 : 3月1日，市«发改委»召开会议。",
		}},
		{"鸡政发〔2022〕1 号 通知", []string{
			"3/0 title L5 t-1 r-1 : 鸡西市人民政府关于印发优化营商环境实施方案的«通知» «鸡政发〔2022〕1号»",
		}},
		{"工作目标", []string{"3/0 heading L10 t-1 r-1 一、工作目标: 一、«工作目标»"}},
		{"发改委 招商", []string{
			"3/0 table L24 t0 r3 一、工作目标>（一）重点任务: 4 | 强化«招商» 引资 | 市«发改委»，各县（市、区）政府 | 6月底前",
		}},
		{"储备", []string{
			"3/0 table L23 t0 r2 一、工作目标>（一）重点任务: 3 | 加快项目建设 | 谋划«储备»项目 | 市发改委，各县（市、区）政府 | 长期坚持",
			"3/0 table L23 t0 r3 一、工作目标>（一）重点任务: 4 | 强化招商 引资 | 谋划«储备»项目 | 市发改委，各县（市、区）政府 | 6月底前",
		}},
		{"营商环境 市财政局", []string{
			"3/0 table L21 t0 r0 一、工作目标>（一）重点任务: 1 | 优化«营商环境» | 主办：市发改委 协办：«市财政局»、市商务局 | 2022年6月底",
		}},
		{"督促 财政局", []string{"3/0 paragraph L15 t-1 r-1 一、工作目标: 强化«督促»检查，市«财政局»负责"}},
		{"第二行 第三行", []string{"3/0 paragraph L31 t-1 r-1 一、工作目标>（一）重点任务: 第一行 «第二行» 市发改委 «第三行»"}},
		{"各有关单位", []string{"3/0 paragraph L7 t-1 r-1 : 各县（市）区人民政府，市直«各有关单位»："}},
		{"!发改委", nil},
		{"统计局", nil},
	}
	is := testIssue()
	for _, tt := range tests {
		m, err := Compile(tt.q)
		if err != nil {
			t.Fatalf("Compile(%q): %v", tt.q, err)
		}
		var got []string
		for _, h := range SearchIssue(is, 3, m) {
			got = append(got, render(h))
			d := is.Documents[h.Document]
			if h.Title != d.Title || h.Number != d.Number {
				t.Errorf("%q: hit %q has title %q %q", tt.q, render(h), h.Title, h.Number)
			}
			if h.Kind == KindTable && d.Tables()[h.Table].Records[h.Record].Line < h.Line {
				t.Errorf("%q: hit %q: line after its record", tt.q, render(h))
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("SearchIssue(%q):\n got %s\nwant %s", tt.q, strings.Join(got, "\n     "), strings.Join(tt.want, "\n     "))
		}
		full, ranked := SearchIssue(is, 3, m), RankIssue(is, 3, m)
		for i := range full {
			full[i].Context, full[i].Match = "", nil
		}
		if !reflect.DeepEqual(ranked, full) {
			t.Errorf("RankIssue(%q) differs from SearchIssue without contexts:\n got %+v\nwant %+v", tt.q, ranked, full)
		}
	}
}

func TestSearch(t *testing.T) {
	m, err := Compile("发改委")
	if err != nil {
		t.Fatal(err)
	}
	hits := Search([]*data.Issue{testIssue(), nil, testIssue()}, m)
	if len(hits) != 16 || hits[0].Issue != 0 || hits[15].Issue != 2 {
		t.Errorf("Search: %d hits, issues %d…%d", len(hits), hits[0].Issue, hits[len(hits)-1].Issue)
	}
}

func TestSortHits(t *testing.T) {
	one := Score{Whole: true, Spread: 2, Cover: 100}
	hits := []Hit{
		{Issue: 0, Document: 0, Line: 30, Kind: KindTable, Score: one},
		{Issue: 0, Document: 1, Line: 5, Kind: KindParagraph, Score: one},
		{Issue: 0, Document: 0, Line: 20, Kind: KindParagraph, Score: one},
		{Issue: 1, Document: 0, Line: 1, Kind: KindTitle, Score: one, Date: "2024-05-31"},
		{Issue: 0, Document: 0, Line: 25, Kind: KindHeading, Score: one},
		{Issue: 0, Document: 0, Line: 20, Kind: KindTable, Record: 1, Score: one},
		{Issue: 0, Document: 0, Line: 20, Kind: KindTable, Record: 0, Score: one},
		{Issue: 0, Document: 0, Line: 2, Kind: KindTitle, Score: one, Date: "2022-03-15"},
		{Issue: 0, Document: 0, Line: 9, Kind: KindParagraph, Score: Score{Whole: true, Spread: 2, Cover: 500}},
		{Issue: 0, Document: 0, Line: 8, Kind: KindParagraph, Score: Score{Spread: 5, Cover: 900}},
		{Issue: 0, Document: 0, Line: 7, Kind: KindParagraph, Score: Score{Spread: 3, Cover: 10}},
		{Issue: 0, Document: 2, Line: 3, Kind: KindGroup, Score: one},
	}
	SortHits(hits)
	var got []string
	for _, h := range hits {
		got = append(got, fmt.Sprintf("%s %d/%d L%d r%d", h.Kind, h.Issue, h.Document, h.Line, h.Record))
	}
	want := []string{
		"title 1/0 L1 r0", "title 0/0 L2 r0", // newest issue first
		"heading 0/0 L25 r0", "group 0/2 L3 r0",
		"paragraph 0/0 L9 r0", "paragraph 0/0 L20 r0", "paragraph 0/1 L5 r0", // whole, then more covered
		"paragraph 0/0 L7 r0", "paragraph 0/0 L8 r0", // words closer first
		"table 0/0 L20 r0", "table 0/0 L20 r1", "table 0/0 L30 r0",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SortHits:\n got %q\nwant %q", got, want)
	}
}

func TestMeasure(t *testing.T) {
	tests := []struct {
		q, text string
		want    Score
	}{
		{"秸秆", "秸秆", Score{Whole: true, Spread: 2, Cover: 1000}},
		{"秸秆", "加强秸秆综合利用", Score{Whole: true, Spread: 2, Cover: 250}},
		{"秸秆 利用", "秸秆 综合利用", Score{Spread: 6, Cover: 666}},
		{"利用 秸秆", "利用秸秆，秸秆的利用", Score{Whole: true, Spread: 4, Cover: 800}},
		{"秸秆 禁烧", "秸秆还田，加强 禁烧，秸秆", Score{Spread: 5, Cover: 500}},
	}
	for _, c := range tests {
		m, err := Compile(c.q)
		if err != nil {
			t.Fatal(err)
		}
		if got := Measure(m, c.text); got != c.want {
			t.Errorf("Measure(%q, %q) = %+v, want %+v", c.q, c.text, got, c.want)
		}
	}
}

// TestSearchLabels: table captions and group labels are found, a group
// hit points at its first record.
func TestSearchLabels(t *testing.T) {
	is := &data.Issue{Documents: []*data.Document{{Title: "通知", Blocks: []data.Block{{Kind: data.TableBlock, Line: 10, Table: &data.Table{
		Line: 10, Caption: "重点工作责任分工", Columns: []string{"序号", "任务"}, Groups: []string{"一、加快构建现代产业体系", "二、发展农业"},
		Records: []data.Record{{Line: 12, Group: 0, Cells: []data.Cell{{Text: "1"}, {Text: "甲"}}}, {Line: 14, Group: 1, Cells: []data.Cell{{Text: "2"}, {Text: "乙"}}}},
	}}}}}}
	for q, want := range map[string]string{"加快构建现代产业体系": "group t0 r0 L12", "发展农业": "group t0 r1 L14", "责任分工": "caption t0 r-1 L10"} {
		m, _ := Compile(q)
		hits := SearchIssue(is, 0, m)
		if len(hits) != 1 {
			t.Errorf("%s: %d hits", q, len(hits))
			continue
		}
		h := hits[0]
		if got := fmt.Sprintf("%s t%d r%d L%d", h.Kind, h.Table, h.Record, h.Line); got != want {
			t.Errorf("%s: %s, want %s", q, got, want)
		}
	}
	tb := is.Documents[0].Blocks[0]
	is.Documents[0].Blocks = nil
	is.Documents[0].Sections = []*data.Section{{Heading: "重点工作 责任分工", Line: 8, Blocks: []data.Block{tb}}}
	tb.Table.Caption = "重点工作责任分工"
	m, _ := Compile("责任分工")
	if hits := SearchIssue(is, 0, m); len(hits) != 1 || hits[0].Kind != KindHeading {
		t.Errorf("a caption that is its section's heading: %+v", hits)
	}
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("甲", 60) + "发改委" + strings.Repeat("乙", 60)
	tests := []struct {
		q     string
		parts []string
		want  string
	}{
		{"发改委", []string{"市发改委"}, "市«发改委»"},
		{"发改委", []string{"  市 \n\n 发改委\t "}, "市 «发改委»"},
		{"发改委", []string{long}, "…" + strings.Repeat("甲", 15) + "«发改委»" + strings.Repeat("乙", 32) + "…"},
		{"发改委", []string{strings.Repeat("甲", 100) + "发改委"}, "…" + strings.Repeat("甲", 47) + "«发改委»"},
		{"甲乙", []string{long}, strings.Repeat("甲", 50) + "…"},
		{"发改委 乙", []string{long}, "…" + strings.Repeat("甲", 15) + "«发改委" + strings.Repeat("乙", 32) + "»…"},
		{"a", []string{"a", "", "b a"}, "«a» | b «a»"},
	}
	for _, tt := range tests {
		m, err := Compile(tt.q)
		if err != nil {
			t.Fatal(err)
		}
		ctx, match := snippet(m, tt.parts, " | ")
		if got := render(Hit{Context: ctx, Match: match}); !strings.HasSuffix(got, ": "+tt.want) {
			t.Errorf("snippet(%q, %q) = %q, want %q", tt.q, tt.parts, got, tt.want)
		}
	}
}

func TestKeyColumns(t *testing.T) {
	tests := []struct {
		columns []string
		want    []int
	}{
		{[]string{"序号", "重点任务", "具体措施", "责任单位", "完成时限"}, []int{0, 1, 3, 4}},
		{[]string{"序号", "配合单位", "牵头单位", "工作内容", "时间"}, []int{0, 2, 3, 4}},
		{[]string{"名称", "说明"}, []int{0, 1}},
		{[]string{"名称", "说明", "备注"}, []int{0, 2}},
	}
	for _, tt := range tests {
		tab := &data.Table{Columns: tt.columns}
		cells := make([]string, len(tt.columns))
		for i := range cells {
			cells[i] = strings.Repeat("字", i+1)
		}
		tab.Records = append(tab.Records, row(1, cells...))
		if got := keyColumns(tab); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("keyColumns(%q) = %v, want %v", tt.columns, got, tt.want)
		}
	}
}

// bigIssue returns an issue with n bytes of paragraphs of about 100 runes
// each, spread over 10 documents of 20 sections.
func bigIssue(n int) *data.Issue {
	is := &data.Issue{}
	var secs []*data.Section
	for d := range 10 {
		doc := &data.Document{Title: fmt.Sprintf("文件%d", d), Line: 1}
		for s := range 20 {
			doc.Sections = append(doc.Sections, &data.Section{Heading: fmt.Sprintf("%d.节", s+1), Level: 1, Line: 1})
		}
		secs = append(secs, doc.Sections...)
		is.Documents = append(is.Documents, doc)
	}
	text := cjkText(n)
	for i := 0; text != ""; i++ {
		end := 0
		for r := 0; r < 100 && end < len(text); r++ {
			_, n := utf8.DecodeRuneInString(text[end:])
			end += n
		}
		sec := secs[i%len(secs)]
		sec.Blocks = append(sec.Blocks, data.Block{Kind: data.Paragraph, Line: i + 2, Text: text[:end]})
		text = text[end:]
	}
	return is
}

func BenchmarkSearchIssue(b *testing.B) {
	is := bigIssue(1 << 20)
	for _, q := range []string{"市发改委", "鸡政发〔2022〕1号", "GDP", "市财政局 招商引资", "优化营商环境"} {
		m, err := Compile(q)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(q, func(b *testing.B) {
			b.SetBytes(1 << 20)
			var hits int
			for b.Loop() {
				hits = len(SearchIssue(is, 0, m))
			}
			b.ReportMetric(float64(hits), "hits")
		})
	}
}

func TestCollapse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{" \n ", ""},
		{"市发改委", "市发改委"},
		{"a b", "a b"},
		{"  a \n\t b  ", "a b"},
		{"市\u3000发改委\n", "市 发改委"},
		{"a\u00a0 b\u200bc", "a b c"},
	}
	for _, tt := range tests {
		if got := collapse(tt.in); got != tt.want {
			t.Errorf("collapse(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClip(t *testing.T) {
	m, err := Compile("发改委")
	if err != nil {
		t.Fatal(err)
	}
	pad := strings.Repeat("甲", 600) // 1800 bytes
	tests := []struct {
		in         string
		start, end string // expected ends of the result
		length     int
	}{
		{"市发改委", "市", "委", 12},
		// Cuts fall on rune boundaries (clipBytes is a multiple of 3, the
		// size of 甲), from clipBytes/2 before the match to clipBytes
		// after its start, with an ellipsis at each cut.
		{pad + "发改委" + pad, "…甲", "甲…", 3 + clipBytes/2 + clipBytes + 3},
		{"发改委" + pad, "发改委", "甲…", clipBytes + 3},
		{pad, "甲", "甲…", clipBytes + 3},
	}
	for _, tt := range tests {
		got := clip(m, tt.in)
		if !strings.HasPrefix(got, tt.start) || !strings.HasSuffix(got, tt.end) || len(got) != tt.length {
			t.Errorf("clip(%d bytes) = %d bytes %q…%q, want %d bytes %q…%q", len(tt.in), len(got),
				got[:min(9, len(got))], got[max(0, len(got)-9):], tt.length, tt.start, tt.end)
		}
	}
}

// TestRecordSnippet: a table hit keeps its short key cells whole and cuts
// the long ones around their match.
func TestRecordSnippet(t *testing.T) {
	m, err := Compile("发改委")
	if err != nil {
		t.Fatal(err)
	}
	task := strings.Repeat("推进重点项目建设，", 12)
	units := "主办：市煤管局、龙煤鸡西公司 协办：市发改委、市自然资源和规划局，相关县（市）区政府"
	ctx, rs := recordSnippet(m, []string{"6", task, units, "2022年6月"}, " | ")
	if !strings.HasPrefix(ctx, "6 | ") || !strings.HasSuffix(ctx, " | 2022年6月") {
		t.Errorf("key cells cut: %q", ctx)
	}
	if len(rs) != 1 || ctx[rs[0][0]:rs[0][1]] != "发改委" {
		t.Errorf("match ranges %v in %q", rs, ctx)
	}
	if n := utf8.RuneCountInString(ctx); n > contextTotal+20 {
		t.Errorf("context of %d characters: %q", n, ctx)
	}
}
