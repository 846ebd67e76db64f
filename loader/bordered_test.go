package loader

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"gazette/data"
)

// borderedDoc wraps body text in a document (title, 文号, signature),
// parses it, and returns its tables, its paragraphs' text and its
// warnings ("LINE: message"; the body starts at line 6). It fails the
// test when a border character reaches a paragraph.
func borderedDoc(t *testing.T, body string) (tables []*data.Table, paras, warns []string) {
	t.Helper()
	src := "某市人民政府关于印发方案的通知\n\n某政发〔2024〕3号\n\n各区县人民政府：\n" + body + "\n\n某市人民政府\n2024年1月5日\n"
	is, err := Parse("t", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(is.Documents) != 1 {
		t.Fatalf("%d documents, want 1", len(is.Documents))
	}
	d := is.Documents[0]
	tables, _ = zooTables(d)
	for _, b := range allBlocks(d) {
		if b.Kind == data.Paragraph || b.Kind == data.Raw {
			paras = append(paras, b.Text)
			if strings.ContainsFunc(b.Text, func(r rune) bool { return boxChar(r) || r == '|' || r == '+' }) {
				t.Errorf("border characters in text %q", b.Text)
			}
		}
	}
	for _, w := range is.Warnings {
		warns = append(warns, fmt.Sprintf("%d: %s", w.Line, w.Message))
	}
	return tables, paras, warns
}

// wantRecords checks a table's columns and its records as rows renders
// them (cell|cell, group> in front), continuation records marked "^".
func wantRecords(t *testing.T, tab *data.Table, cols string, recs ...string) {
	t.Helper()
	if got := strings.Join(tab.Columns, "|"); got != cols {
		t.Errorf("columns %q, want %q", got, cols)
	}
	got := rows(tab)
	for i, r := range tab.Records {
		if r.Continuation {
			got[i] = "^" + got[i]
		}
	}
	if !slices.Equal(got, recs) {
		t.Errorf("records:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(recs, "\n"))
	}
}

const borderedLight = `表1  重点工作任务分工表
┌────┬──────────────┬──────────┬────────┐
│序号│重点工作任务  │责任单位  │完成时限│
├────┼──────────────┼──────────┼────────┤
│1   │推进秸秆综合利│市农业农村│2024年6 │
│    │用            │局        │月底    │
├────┼──────────────┼──────────┼────────┤
│2   │加快构建现代产│市发改委  │2024年12│
│    │业体系        │          │月底    │
└────┴──────────────┴──────────┴────────┘`

var borderedWant = []string{"1|推进秸秆综合利用|市农业农村局|2024年6月底", "2|加快构建现代产业体系|市发改委|2024年12月底"}

// TestBorderedSets: a table drawn in any box set, or as a pandoc grid
// table, is one table: the rules' junctions give its columns, the lines
// between two rules are one record whose cells' pieces join.
func TestBorderedSets(t *testing.T) {
	light := []rune("┌┬┐├┼┤└┴┘─│")
	sets := map[string]string{
		"heavy":  "┏┳┓┣╋┫┗┻┛━┃",
		"double": "╔╦╗╠╬╣╚╩╝═║",
		"mixed":  "╒╤╕├┼┤╘╧╛═│",
	}
	srcs := map[string]string{"light": borderedLight, "grid": `表1  重点工作任务分工表

+------+----------------+------------+------------+
| 序号 | 重点工作任务   | 责任单位   | 完成时限   |
+======+================+============+============+
| 1    | 推进秸秆综合利 | 市农业农村 | 2024年6月  |
|      | 用             | 局         | 底         |
+------+----------------+------------+------------+
| 2    | 加快构建现代产 | 市发改委   | 2024年12月 |
|      | 业体系         |            | 底         |
+------+----------------+------------+------------+`}
	for name, set := range sets {
		var pairs []string
		for i, r := range []rune(set) {
			pairs = append(pairs, string(light[i]), string(r))
		}
		srcs[name] = strings.NewReplacer(pairs...).Replace(borderedLight)
	}
	for name, src := range srcs {
		t.Run(name, func(t *testing.T) {
			tables, _, warns := borderedDoc(t, src)
			if len(tables) != 1 {
				t.Fatalf("%d tables, want 1; warnings %q", len(tables), warns)
			}
			if tables[0].Caption != "表1 重点工作任务分工表" {
				t.Errorf("caption %q", tables[0].Caption)
			}
			wantRecords(t, tables[0], "序号|重点工作任务|责任单位|完成时限", borderedWant...)
			if !slices.ContainsFunc(warns, func(w string) bool { return strings.Contains(w, "drawn with borders") }) {
				t.Errorf("no warning names the table's lines: %q", warns)
			}
		})
	}
}

// TestBorderedWidth: the columns are found whatever width the printer
// gave the box characters (one cell, or two as Chinese fonts do: then a
// rule has half as many ─ as its cells are wide) and “ ”.
func TestBorderedWidth(t *testing.T) {
	tab := &data.Table{Columns: []string{"序号", "重点工作任务", "责任单位"},
		Records: []data.Record{zooRecord(-1, "1", "推进“放管服”改革，确保各项任务落到实处", "市政务服务中心"), zooRecord(-1, "2", "优化营商环境", "市发改委")}}
	for amb := 1; amb <= 2; amb++ {
		p := zooBase("box")
		p.rnd = rand.New(rand.NewPCG(1, 2))
		zb := &zooBorder{set: zooLight, hor: "─", head: "─", amb: amb, ruled: true}
		zb.print(p, tab)
		src := strings.Join(p.lines, "\n")
		tables, _, _ := borderedDoc(t, src)
		if len(tables) != 1 {
			t.Fatalf("box characters %d wide: %d tables in\n%s", amb, len(tables), src)
		}
		wantRecords(t, tables[0], "序号|重点工作任务|责任单位", "1|推进“放管服”改革，确保各项任务落到实处|市政务服务中心", "2|优化营商环境|市发改委")
	}
}

// TestBorderedJoin: a piece that fills its column was cut mid-word and
// joins with no space (a number too); one that stops short was wrapped
// at a space, which Latin words get back; a piece that starts a space in
// began with the space the cut fell on.
func TestBorderedJoin(t *testing.T) {
	tables, _, _ := borderedDoc(t, `+--------+-------------+
| 单位   | 电话        |
+========+=============+
| 市委办 | 值班室:2062 |
|        | 298         |
+--------+-------------+
| 市财政 | call the    |
|        | office      |
+--------+-------------+
| 市园林 | 堆料场面积m |
|        |  ²、元)     |
+--------+-------------+`)
	if len(tables) != 1 {
		t.Fatalf("%d tables", len(tables))
	}
	wantRecords(t, tables[0], "单位|电话", "市委办|值班室:2062298", "市财政|call the office", "市园林|堆料场面积m ²、元)")
}

// TestBorderedMerged: a rule that leaves a column open (a rowspan) keeps
// the cell's text, the text printed on the rule included, with the
// record it started in, and the record below inherits it as a merged
// cell; a row across the table is a group row; a cell over some columns
// keeps its text in the first (a warning). A record between rules is a
// record even when its cell starts with punctuation.
func TestBorderedMerged(t *testing.T) {
	tables, _, warns := borderedDoc(t, `表2  任务分工表
┌────┬────────┬────────┐
│序号│任务    │单位    │
├────┴────────┴────────┤
│一、重点任务          │
├────┬────────┬────────┤
│1   │甲任务  │市财政局│
│    │续      ├────────┤
│    │        │市商务局│
├────┼────────┼────────┤
│    │，另办  │市民政局│
├────┼────────┴────────┤
│2   │乙任务跨两列     │
└────┴─────────────────┘`)
	if len(tables) != 1 {
		t.Fatalf("%d tables; warnings %q", len(tables), warns)
	}
	wantRecords(t, tables[0], "序号|任务|单位",
		"一、重点任务>1|甲任务续|市财政局", "^一、重点任务>1|甲任务续|市商务局",
		"^一、重点任务>1|，另办|市民政局", "一、重点任务>2|乙任务跨两列|")
	for _, want := range []string{"14: a bordered table's cell in column 1 is merged over the rows from line 12",
		"14: a bordered table's cell in column 2 is merged over the rows from line 12",
		"18: a bordered table's cell spans columns 2–3; its text is kept in column 2"} {
		if !slices.ContainsFunc(warns, func(w string) bool { return strings.HasPrefix(w, want) }) {
			t.Errorf("no warning %q in %q", want, warns)
		}
	}
}

// TestBorderedHeaderRule: with a rule under the header only, each line
// is a row; one whose cells each continue one that a wrap cut at the
// border (ten characters or more) joins the record above, others are
// records (under merged cells: they inherit the empty ones). The border
// tells the cut where a count of characters cannot (the longest cell of
// the column is Latin).
func TestBorderedHeaderRule(t *testing.T) {
	tables, _, warns := borderedDoc(t, `╒════╤════════════════════╤════════╕
│序号│重点工作任务        │责任单位│
╞════╪════════════════════╪════════╡
│1   │推进秸秆综合利用工作│市财政局│
│    │落到实处            │        │
│    │                    │市商务局│
│2   │Smart City Plan 2024│市发改委│
╘════╧════════════════════╧════════╛`)
	if len(tables) != 1 {
		t.Fatalf("%d tables; warnings %q", len(tables), warns)
	}
	wantRecords(t, tables[0], "序号|重点工作任务|责任单位",
		"1|推进秸秆综合利用工作落到实处|市财政局", "^1|推进秸秆综合利用工作落到实处|市商务局", "2|Smart City Plan 2024|市发改委")
	if !slices.ContainsFunc(warns, func(w string) bool { return strings.HasPrefix(w, "10: table row continues the record on line 9") }) {
		t.Errorf("no warning for the joined line: %q", warns)
	}
}

// TestBorderedPages: a table cut by a page break (its foot, a page
// number, a form feed, its header again) is one table; so is one cut
// inside a record, whose lines join across the break.
func TestBorderedPages(t *testing.T) {
	page1 := strings.Join(strings.Split(borderedLight, "\n")[:6], "\n")
	tables, _, warns := borderedDoc(t, page1+`
└────┴──────────────┴──────────┴────────┘

— 3 —
`+"\f"+`┌────┬──────────────┬──────────┬────────┐
│序号│重点工作任务  │责任单位  │完成时限│
├────┼──────────────┼──────────┼────────┤
│2   │加快构建现代产│市发改委  │2024年12│
│    │业体系        │          │月底    │
└────┴──────────────┴──────────┴────────┘`)
	if len(tables) != 1 {
		t.Fatalf("%d tables; warnings %q", len(tables), warns)
	}
	wantRecords(t, tables[0], "序号|重点工作任务|责任单位|完成时限", borderedWant...)
	// Cut inside a record: its lines go on after the page's footer and
	// the next page's running header.
	lines := strings.Split(borderedLight, "\n")
	tables, _, warns = borderedDoc(t, strings.Join(lines[:8], "\n")+"\n\n— 3 —\n\f某市人民政府公报\n\n"+strings.Join(lines[8:], "\n"))
	if len(tables) != 1 {
		t.Fatalf("%d tables; warnings %q", len(tables), warns)
	}
	wantRecords(t, tables[0], "序号|重点工作任务|责任单位|完成时限", borderedWant...)
	if !slices.Contains(warns, "15: page furniture between table rows dropped: — 3 —") {
		t.Errorf("no warning for the footer: %q", warns)
	}
}

// TestBorderedFrame: a box of one column is a framed note: its text is a
// paragraph, without the borders; a | line with no rule is no table.
func TestBorderedFrame(t *testing.T) {
	tables, paras, _ := borderedDoc(t, `┌──────────────────────┐
│注：本表数据截至年底。│
└──────────────────────┘`)
	if len(tables) != 0 || !slices.Contains(paras, "注：本表数据截至年底。") {
		t.Errorf("tables %d, paragraphs %q", len(tables), paras)
	}
	ls := []line{{n: 1, text: "| a | b |"}, {n: 2, text: "|---|---|"}}
	if got := borderedTables(ls, func(int, string) {}); len(got) != 2 || got[0].text != ls[0].text {
		t.Errorf("a pipe table was rewritten: %v", got)
	}
}

// TestBorderedOneBlock: a body of one block between rules is one record
// when no line but its first starts one (its first cell empty below), as
// a grid table's blocks always are; a cell's own lines join.
func TestBorderedOneBlock(t *testing.T) {
	for _, src := range []string{`┌────┬──────────────────┐
│序号│责任单位          │
├────┼──────────────────┤
│1   │牵头单位：市财政局│
│    │配合单位：市商务局│
└────┴──────────────────┘`, `+----------+--------------------+
| 序号     | 责任单位           |
+==========+====================+
| 1        | 牵头单位：市财政局 |
| （新增） | 配合单位：市商务局 |
+----------+--------------------+`} {
		tables, _, _ := borderedDoc(t, src)
		if len(tables) != 1 || len(tables[0].Records) != 1 {
			t.Errorf("want one table of one record from\n%s\ngot %d tables %v", src, len(tables), tables)
		}
	}
}

// TestBorderedBoxedRows: the rows of a bordered table come to the
// tab-table rules with the cells their borders show cut already joined,
// so the length of a cell in characters shows no cut: a sub-record
// under merged cells stays a record, though its cells' neighbours
// above are as long as the longest of their columns.
func TestBorderedBoxedRows(t *testing.T) {
	tables, _, warns := borderedDoc(t, `┌────┬────────────────────────────────┬────────────────────────────────┬──────────────┐
│序号│重点工作任务                    │责任单位                        │完成时限      │
├────┼────────────────────────────────┼────────────────────────────────┼──────────────┤
│1   │全面落实基层治理能力建设，形成工│市住房城乡建设局                │2022年12月底前│
│    │作合力。切实加强安全生产工作，切│                                │              │
│    │实防范化解重大风险。推进"一网通 │                                │              │
│    │办"改革。                       │                                │              │
│2   │全面落实营商环境优化，推动经济社│牵头单位：市工业和信息化局配合单│长期坚持      │
│    │会高质量发展。坚持农村人居环境整│位：市住房城乡建设局            │              │
│    │治，切实防范化解重大风险。切实加│                                │              │
│    │强数字政府建设，形成工作合力。推│                                │              │
│    │进"一网通办"改革。              │                                │              │
│3   │切实加强应急物资储备，形成工作合│市应急管理局                    │2021年9月     │
│    │力。全面落实数字政府建设，形成工│                                │              │
│    │作合力。坚持应急物资储备，不断提│                                │              │
│    │升群众满意度。                  │                                │              │
│4   │切实加强数字政府建设，推动经济社│牵头单位：市工业和信息化局配合单│2021年12月底前│
│    │会高质量发展。推进"一网通办"改革│位：市工业和信息化局            │              │
│    │。                              │                                │              │
│    │                                │各县（区）政府                  │长期坚持      │
└────┴────────────────────────────────┴────────────────────────────────┴──────────────┘`)
	if len(tables) != 1 || len(tables[0].Records) != 5 {
		t.Fatalf("want one table of 5 records; warnings %q", warns)
	}
	if r := tables[0].Records[4]; !r.Continuation || r.Cells[2].Text != "各县（区）政府" {
		t.Errorf("last record %+v, want the sub-record of 各县（区）政府", r)
	}
}

// TestBorderedMisaligned: a row whose verticals miss the rules' edges (a
// character its printer measured otherwise) but are as many is cut at
// them in order, with a warning; a row with fewer is merged cells.
func TestBorderedMisaligned(t *testing.T) {
	tables, _, warns := borderedDoc(t, `┌────┬────────┬────┐
│序号│任务    │单位│
├────┼────────┼────┤
│1   │甲任务①  │市局│
│2   │乙任务  │县局│
└────┴────────┴────┘`)
	if len(tables) != 1 {
		t.Fatalf("%d tables; warnings %q", len(tables), warns)
	}
	wantRecords(t, tables[0], "序号|任务|单位", "1|甲任务①|市局", "2|乙任务|县局")
	if !slices.ContainsFunc(warns, func(w string) bool { return strings.HasPrefix(w, "9: a bordered table's row does not line up") }) {
		t.Errorf("no warning for the misaligned row: %q", warns)
	}
}

// TestBorderedClosed: a table closed by its rule ends there: a table
// drawn after the page break is another, not rows cut by the page.
func TestBorderedClosed(t *testing.T) {
	tables, _, warns := borderedDoc(t, borderedLight+`

— 3 —
`+"\f"+`┌────┬──────┬──────┐
│编号│项目  │金额  │
├────┼──────┼──────┤
│A1  │道路  │100   │
└────┴──────┴──────┘`)
	if len(tables) != 2 {
		t.Fatalf("%d tables, want 2; warnings %q", len(tables), warns)
	}
	wantRecords(t, tables[0], "序号|重点工作任务|责任单位|完成时限", borderedWant...)
	wantRecords(t, tables[1], "编号|项目|金额", "A1|道路|100")
}

// TestBorderedPageFooters: a page break may fall anywhere in a table,
// leaving a next page that starts with the closing rule, a rule or a
// row; whatever footer form the printer writes (Page 3 as well as — 3 —)
// and the running header between, of any wording, are dropped, and the
// table is one.
func TestBorderedPageFooters(t *testing.T) {
	lines := strings.Split(borderedLight, "\n")
	for _, foot := range []string{"Page 3", "Page 3 of 9", "·3·", "第3页", "3"} {
		for _, head := range []string{"2022年第2期", "某市人民政府办公室"} {
			for _, cut := range []int{6, 7, 8, 9} { // a rule, a row, inside a record, the closing rule
				body := strings.Join(lines[:cut], "\n") + "\n\n" + strings.Repeat(" ", 30) + foot + "\n" + head + "\n\n" + strings.Join(lines[cut:], "\n")
				tables, _, warns := borderedDoc(t, body)
				if len(tables) != 1 {
					t.Errorf("%s, %s, cut before line %d: %d tables; warnings %q", foot, head, cut, len(tables), warns)
					continue
				}
				wantRecords(t, tables[0], "序号|重点工作任务|责任单位|完成时限", borderedWant...)
				if w := fmt.Sprintf("%d: page furniture between table rows dropped: %s", cut+8, head); !slices.Contains(warns, w) {
					t.Errorf("no warning %q: %q", w, warns)
				}
			}
		}
	}
}

// TestBorderedOpenCaption: a table left open (no closing rule) followed
// by a caption and a table drawn with its opening rule is two tables:
// the caption is text, not a page's furniture; so is a closed table
// followed by a caption and a pipe table.
func TestBorderedOpenCaption(t *testing.T) {
	lines := strings.Split(borderedLight, "\n")
	tables, paras, warns := borderedDoc(t, strings.Join(lines[:9], "\n")+`

表2  项目表
┌────┬──────┬──────┐
│编号│项目  │金额  │
├────┼──────┼──────┤
│A1  │道路  │100   │
└────┴──────┴──────┘`)
	if len(tables) != 2 {
		t.Fatalf("%d tables, want 2; paragraphs %q warnings %q", len(tables), paras, warns)
	}
	wantRecords(t, tables[0], "序号|重点工作任务|责任单位|完成时限", borderedWant...)
	wantRecords(t, tables[1], "编号|项目|金额", "A1|道路|100")
	// Closed by its rule, it ends there even when a pipe table follows.
	tables, paras, warns = borderedDoc(t, borderedLight+`

表2  项目表
| 编号 | 项目 |
| --- | --- |
| A1 | 道路 |`)
	if len(tables) != 2 {
		t.Fatalf("%d tables, want 2; paragraphs %q warnings %q", len(tables), paras, warns)
	}
	wantRecords(t, tables[1], "编号|项目", "A1|道路")
}
