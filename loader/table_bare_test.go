package loader

import (
	"fmt"
	"strings"
	"testing"
)

// bareTable parses a notice holding one bare pipe table and returns its
// rows (a record's cells parted by |, an inherited cell in brackets)
// with the warnings.
func bareTable(t *testing.T, table string) ([]string, []string) {
	t.Helper()
	is, d := parseOne(t, webNotice+table+"\n临江市人民政府\n\n2024年1月5日\n")
	tabs, _ := zooTables(d)
	if len(tabs) != 1 {
		t.Fatalf("%d tables, want 1", len(tabs))
	}
	var rows []string
	for _, r := range tabs[0].Records {
		var cs []string
		for _, c := range r.Cells {
			x := strings.ReplaceAll(c.Text, "\n", "/")
			if c.Inherited {
				x = "[" + x + "]"
			}
			cs = append(cs, x)
		}
		rows = append(rows, strings.Join(cs, "|"))
	}
	var warns []string
	for _, w := range is.Warnings {
		warns = append(warns, w.Message)
	}
	return rows, warns
}

// A writer that ends no row with a hard break marks with one a line
// break in a cell: the row goes on on the next line.
func TestBareHardBreak(t *testing.T) {
	rows, warns := bareTable(t, "序号 | 重点工作任务 | 责任单位\n---|---|---\n1 | 推进“一网通办”。  \n第二行。 | 市财政局\n2 | 完成改造。 |   \n3 | 完成。 | 市农业农村局\n")
	if got := strings.Join(rows, " ; "); got != "1|推进“一网通办”。/第二行。|市财政局 ; 2|完成改造。| ; 3|完成。|市农业农村局" {
		t.Errorf("rows %s", got)
	}
	if !strings.Contains(strings.Join(warns, ";"), "broken over 2 lines") {
		t.Errorf("no warning: %q", warns)
	}
}

// html2text ends every line of a table with a hard break, leaves out a
// cell under a merged one, and wraps a minified row: the rows are told
// by their cells and the columns' content.
func TestBareHTML2Text(t *testing.T) {
	long := strings.Repeat("切实加强安全生产工作，", 3) + "确保各项任务落到实处。"
	table := "序号| 重点工作任务| 牵头单位| 完成时限  \n---|---|---|---  \n" +
		"一、加快发展（共3项）  \n" +
		"1| 推进“一网通办”。  \n第二行。| 市财政局| 2024年底前  \n" + // a <br> in the first row under a group row
		"2| " + long + "| 市农业农村局| 长期坚持  \n" +
		"市财政局| 2024年6月底前  \n" + // 序号 and task merged with the row above
		"3| " + long + "|\n市发展改革委| 持续推进  \n" + // wrapped
		"4| " + long + "| 牵头单位：市财政局  \n配合单位：市农业农村局| 长期坚持  \n" // a <br> in a unit's cell
	rows, warns := bareTable(t, table)
	want := []string{
		"1|推进“一网通办”。/第二行。|市财政局|2024年底前",
		"2|" + long + "|市农业农村局|长期坚持",
		"[2]|[" + long + "]|市财政局|2024年6月底前",
		"3|" + long + "|市发展改革委|持续推进",
		"4|" + long + "|牵头单位：市财政局/配合单位：市农业农村局|长期坚持",
	}
	if got := strings.Join(rows, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("rows\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
	w := strings.Join(warns, ";")
	for _, s := range []string{"wrapped over 2 lines", "placed in columns 3, 4", "broken over 2 lines"} {
		if !strings.Contains(w, s) {
			t.Errorf("no warning of %q: %q", s, warns)
		}
	}
}

// A short row whose cells fit the first columns as well as any, or a
// 合计 row (its cells span columns), is read as GitHub reads it, its
// empty cells last; a markdown escape in a cell is read as the character.
func TestBareShortRowKept(t *testing.T) {
	table := "序号| 指标名称| 目标值  \n---|---|---  \n1| 安全生产完成率| ≥92%  \n2| 隐患整改率| ≥95%  \n3| 1\\. 其他指标  \n合计| 187%  \n"
	rows, warns := bareTable(t, table)
	if got := strings.Join(rows, " ; "); got != "1|安全生产完成率|≥92% ; 2|隐患整改率|≥95% ; 3|1. 其他指标| ; 合计|187%|" {
		t.Errorf("rows %s", got)
	}
	if w := fmt.Sprint(warns); strings.Contains(w, "placed") {
		t.Errorf("a row placed without evidence: %s", w)
	}
}
