package loader

import (
	"fmt"
	"strings"
	"testing"

	"gazette/data"
)

// mineruDoc is a document as a layout-model converter writes it, its
// body after the 主送 line.
func mineruDoc(body string) string {
	return "# 某市人民政府关于印发重点工作任务分工方案的通知\n\n某政发〔2024〕3号\n\n各区县人民政府：\n\n" + body
}

// textHTMLTables parses a document and returns its tables and warnings.
func textHTMLTables(t *testing.T, body string) ([]*data.Table, []data.Warning, *data.Document) {
	t.Helper()
	is, err := Parse("mineru.md", []byte(mineruDoc(body)))
	if err != nil {
		t.Fatal(err)
	}
	if len(is.Documents) != 1 {
		t.Fatalf("%d documents, want 1", len(is.Documents))
	}
	var tables []*data.Table
	for _, b := range allBlocks(is.Documents[0]) {
		if b.Kind == data.TableBlock {
			tables = append(tables, b.Table)
		}
	}
	return tables, is.Warnings, is.Documents[0]
}

// tableShape prints a table's caption, columns and records for comparison.
func tableShape(t *data.Table) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s|%s", t.Caption, strings.Join(t.Columns, ","))
	for _, r := range t.Records {
		b.WriteString("\n")
		for i, c := range r.Cells {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(strings.ReplaceAll(c.Text, "\n", "/"))
			if c.Inherited {
				b.WriteString("^")
			}
		}
		fmt.Fprintf(&b, " @%d", r.Line)
	}
	for _, g := range t.Groups {
		b.WriteString("\ngroup " + g)
	}
	return b.String()
}

func warned(ws []data.Warning, line int, part string) bool {
	for _, w := range ws {
		if w.Line == line && strings.Contains(w.Message, part) {
			return true
		}
	}
	return false
}

// A table on one line, text before and after it: cells with rowspan,
// entities and <br>, the 表 line above its caption.
func TestTextHTMLTableOneLine(t *testing.T) {
	body := "表1 重点工作任务分工表\n\n" +
		`<table><tr><td>序号</td><td>重点工作任务</td><td>责任单位</td></tr>` +
		`<tr><td>1</td><td>推进秸秆&amp;畜禽粪污&#12289;综合利用<br>（长期）</td><td rowspan="2">市农业&nbsp;农村局</td></tr>` +
		`<tr><td>2</td><td>加快&lt;构建&gt;现代产业体系</td></tr></table>以上任务按期完成。` + "\n"
	tables, _, d := textHTMLTables(t, body)
	if len(tables) != 1 {
		t.Fatalf("%d tables, want 1", len(tables))
	}
	want := "表1 重点工作任务分工表|序号,重点工作任务,责任单位\n" +
		"1,推进秸秆&畜禽粪污、综合利用/（长期）,市农业 农村局 @9\n" +
		"2,加快<构建>现代产业体系,市农业 农村局^ @9"
	if got := tableShape(tables[0]); got != want {
		t.Errorf("table:\n%s\nwant:\n%s", got, want)
	}
	var paras []string
	for _, b := range allBlocks(d) {
		if b.Kind == data.Paragraph {
			paras = append(paras, b.Text)
		}
	}
	if strings.Join(paras, "|") != "以上任务按期完成。" {
		t.Errorf("paragraphs %q, want the text after the table", paras)
	}
	tables, _, d = textHTMLTables(t, "现将任务分解如下。<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>推进</td></tr></table>\n")
	if bs := allBlocks(d); len(tables) != 1 || bs[0].Kind != data.Paragraph || bs[0].Text != "现将任务分解如下。" {
		t.Errorf("text before a table: %d tables, blocks %v", len(tables), bs)
	}
}

// A table over many lines, a header of <th> cells in <thead> over two
// rows; each record's line is its <tr>'s.
func TestTextHTMLTableLines(t *testing.T) {
	body := "<table>\n<thead>\n<tr><th rowspan=\"2\">项目</th><th colspan=\"2\">现有规模</th></tr>\n" +
		"<tr><th>堆料场</th><th>堆料棚</th></tr>\n</thead>\n<tbody>\n" +
		"<tr><td>甲</td><td>2</td><td>3</td></tr>\n<tr>\n<td>乙</td>\n<td>4</td><td>5\n</td></tr>\n</tbody>\n</table>\n"
	tables, ws, _ := textHTMLTables(t, body)
	if len(tables) != 1 {
		t.Fatalf("%d tables, want 1; warnings %v", len(tables), ws)
	}
	want := "|项目,现有规模/堆料场,现有规模/堆料棚\n甲,2,3 @13\n乙,4,5 @14"
	if got := tableShape(tables[0]); got != want {
		t.Errorf("table:\n%s\nwant:\n%s", got, want)
	}
}

// A table the converter cut (no </table>) shows the rows it has and is
// warned; the text after it is no part of it.
func TestTextHTMLTableUnclosed(t *testing.T) {
	body := "<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>推进</td></tr>\n" +
		"<tr><td>2</td><td>完成</td>\n\n这是表后的正文，不属于表格。\n"
	tables, ws, d := textHTMLTables(t, body)
	if len(tables) != 1 || len(tables[0].Records) != 2 {
		t.Fatalf("tables %d, want 1 of 2 records", len(tables))
	}
	if !warned(ws, 7, "not closed") {
		t.Errorf("no warning at line 7 for the unclosed table: %v", ws)
	}
	last := allBlocks(d)[len(allBlocks(d))-1]
	if last.Kind != data.Paragraph || last.Text != "这是表后的正文，不属于表格。" {
		t.Errorf("last block %v %q, want the paragraph after the table", last.Kind, last.Text)
	}
	// Cut at the end of the file, in a cell.
	tables, ws, _ = textHTMLTables(t, "<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>推")
	if len(tables) != 1 || len(tables[0].Records) != 1 || !warned(ws, 7, "not closed") {
		t.Errorf("table cut in a cell: %d tables, warnings %v", len(tables), ws)
	}
}

// Nested tables, stray and broken tags never panic or hang; a table
// holding a table is read as the lines of its text, warned.
func TestTextHTMLTableGarbage(t *testing.T) {
	for _, body := range []string{
		"<table><tr><td><table><tr><td>甲</td><td>乙</td></tr></table></td><td>丙</td></tr></table>\n",
		"<table></table></table><table>\n",
		strings.Repeat("<table><tr><td>", 2000) + "\n",
		strings.Repeat("<table><tr>\n", 2000),
		"</table><td rowspan=99999 colspan=99999>x</td>\n<table><tr><td rowspan=99999 colspan=99999>x<td>y\n",
		"<table\n<table <tr>><td>\n",
		"<table></table>\n\f<table><tr></tr></table>\n\f<table><tr><td>1</td><td>2</td></tr></table>\n",
	} {
		textHTMLTables(t, body)
	}
	_, ws, d := textHTMLTables(t, "<table><tr><td><table><tr><td>甲</td><td>乙</td></tr></table></td></tr><tr><td>丙</td></tr></table>\n")
	if !warned(ws, 7, "read as lines of text") {
		t.Errorf("no warning for the layout table: %v", ws)
	}
	if bs := allBlocks(d); len(bs) < 2 {
		t.Errorf("blocks %v: want the inner table and the text 丙", bs)
	}
}

// A table the converter split at a page break into two <table> elements
// is one when the second repeats the header, or has none and as many
// columns after page furniture or a form feed.
func TestTextHTMLTablePages(t *testing.T) {
	head := "<table><tr><td>序号</td><td>任务</td><td>完成时限</td></tr>"
	row := func(n int) string { return fmt.Sprintf("<tr><td>%d</td><td>任务%d</td><td>年底</td></tr>", n, n) }
	cases := []struct {
		name, body string
		records    []int // per table
		joinedAt   int   // the line warned for the join, 0 for none
	}{
		{"repeated header", head + row(1) + row(2) + "</table>\n\n" + head + row(3) + "</table>\n", []int{3}, 9},
		{"repeated header in th", head + row(1) + "</table>\n\n<table><tr><th>序号</th><th>任务</th><th>完成时间</th></tr>" + row(2) + "</table>\n", []int{2}, 9},
		{"no header after furniture", head + row(1) + "</table>\n\n— 2 —\n\n<table>" + row(2) + "</table>\n", []int{2}, 11},
		{"no header after a form feed", head + row(1) + "</table>\n\f<table>" + row(2) + "</table>\n", []int{2}, 8},
		{"no header, no page break", head + row(1) + "</table>\n\n<table>" + row(2) + "</table>\n", []int{1, 1}, 0},
		{"text between", head + row(1) + "</table>\n\n注：略。\n\n" + head + row(2) + "</table>\n", []int{1, 1}, 0},
		{"another header", head + row(1) + "</table>\n\n<table><tr><td>指标</td><td>目标值</td><td>属性</td></tr><tr><td>甲</td><td>1</td><td>约束性</td></tr></table>\n", []int{1, 1}, 0},
		{"other width", head + row(1) + "</table>\n\n— 2 —\n\n<table><tr><td>2</td><td>乙</td></tr></table>\n", []int{1, 1}, 0},
	}
	for _, c := range cases {
		tables, ws, _ := textHTMLTables(t, c.body)
		var got []int
		for _, tb := range tables {
			got = append(got, len(tb.Records))
		}
		if fmt.Sprint(got) != fmt.Sprint(c.records) {
			t.Errorf("%s: records per table %v, want %v", c.name, got, c.records)
		}
		if c.joinedAt > 0 && !warned(ws, c.joinedAt, "joined") {
			t.Errorf("%s: no join warned at line %d: %v", c.name, c.joinedAt, ws)
		}
	}
}
