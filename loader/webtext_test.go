package loader

import (
	"fmt"
	"strings"
	"testing"

	"gazette/data"
)

// parseOne parses text that holds one document and returns it.
func parseOne(t *testing.T, text string) (*data.Issue, *data.Document) {
	t.Helper()
	is, err := Parse("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(is.Documents) != 1 {
		t.Fatalf("%d documents, want 1", len(is.Documents))
	}
	return is, is.Documents[0]
}

// tableRows prints a table's records as cells joined by |.
func tableRows(tab *data.Table) []string {
	var out []string
	for _, r := range tab.Records {
		var cs []string
		for _, c := range r.Cells {
			cs = append(cs, c.Text)
		}
		out = append(out, strings.Join(cs, "|"))
	}
	return out
}

const webNotice = "临江市人民政府关于印发临江市优化营商环境实施方案的通知\n\n临政发〔2024〕3号\n\n各县（区）人民政府：\n\n" +
	"现将《临江市优化营商环境实施方案》印发给你们，请认真贯彻执行。\n\n"

// html2text prints a table without outer bars, a group row as one cell
// and, for minified HTML, no space before a bar.
func TestBarePipeTables(t *testing.T) {
	text := webNotice + "序号| 重点工作任务| 责任单位\n---|---|---  \n一、加快发展（共2项）\n1| 推进“一网通办”。| 市财政局\n" +
		"2| 完成改造。| \n\n临江市人民政府\n\n2024年1月5日\n"
	_, d := parseOne(t, text)
	tabs, _ := zooTables(d)
	if len(tabs) != 1 {
		t.Fatalf("%d tables, want 1", len(tabs))
	}
	tab := tabs[0]
	if got := strings.Join(tab.Columns, "|"); got != "序号|重点工作任务|责任单位" {
		t.Errorf("columns %q", got)
	}
	if got := fmt.Sprint(tab.Groups, tableRows(tab)); got != "[一、加快发展（共2项）] [1|推进“一网通办”。|市财政局 2|完成改造。|]" {
		t.Errorf("rows %s", got)
	}
	if !strings.Contains(zooText(d), "请认真贯彻执行") || strings.Contains(zooText(d), "---") {
		t.Errorf("text %q", zooText(d))
	}
}

// A page as lynx -dump prints it: links numbered, their list at the end;
// the site's navigation, the page's metadata laid out in columns, the
// title, the document, the site's footer.
func TestDumpedPage(t *testing.T) {
	text := "   [1]首页 [2]政务公开\n\n   当前位置：[3]首页 > [4]政务公开\n\n" +
		"   索引号：    11230100/2024-00012         分类：      综合政务\n" +
		"   发布机构：  临江市人民政府              发文日期：  2024年1月5日\n" +
		"   名称：      临江市人民政府关于印发临江市优化营商环境实施方案的通知\n" +
		"   文号：      临政发[2024]3号             主题词：\n\n" +
		"临江市人民政府关于印发临江市优化营商环境实施方案的通知\n\n   发布时间：2024-01-05  来源：临江市人民政府  [5]【打印】\n\n" +
		"   各县（区）人民政府：\n\n   现将《临江市优化营商环境实施方案》印发给你们，请认真贯彻执行，见[2024]3号。\n\n" +
		"   [6]附件1\n\n   临江市人民政府\n\n   2024年1月5日\n\n   [7]网站地图 | [8]联系我们\n\n" +
		"   网站标识码：2301000001  [9]黑ICP备12345678号-1\n\nReferences\n\n   1. http://www.lj.gov.cn/\n" +
		"   2. http://www.lj.gov.cn/zwgk/\n   3. http://www.lj.gov.cn/\n   4. http://www.lj.gov.cn/zwgk/\n" +
		"   5. javascript:window.print()\n   6. http://www.lj.gov.cn/fj1.docx\n   7. http://www.lj.gov.cn/wzdt/\n" +
		"   8. http://www.lj.gov.cn/lxwm/\n   9. https://beian.miit.gov.cn/\n"
	is, d := parseOne(t, text)
	if d.Title != "临江市人民政府关于印发临江市优化营商环境实施方案的通知" || d.Number != "临政发〔2024〕3号" || d.Date != "2024-01-05" {
		t.Errorf("document %q %q %q", d.Title, d.Number, d.Date)
	}
	body := zooText(d)
	for _, bad := range []string{"[6]", "网站地图", "首页", "http"} {
		if strings.Contains(body, bad) {
			t.Errorf("text holds %q: %q", bad, body)
		}
	}
	if !strings.Contains(body, "见[2024]3号") {
		t.Errorf("a [2024] beyond the last link is text: %q", body)
	}
	for _, w := range []string{"9 links", "before the document's metadata", "footer"} {
		if !hasWarning(is, w) {
			t.Errorf("no warning of %q: %v", w, is.Warnings)
		}
	}
}

// A .docx saved as text: each paragraph one line, no blank lines, a table
// one cell a line with no caption.
func TestUnwrappedText(t *testing.T) {
	var b strings.Builder
	b.WriteString("临江市人民政府关于加强安全生产的实施意见\n临政发〔2024〕5号\n各县（区）人民政府：\n")
	for i := range 8 {
		fmt.Fprintf(&b, "%s、重点工作\n各地各部门要切实加强安全生产工作，及时研究解决工作中遇到的问题，确保各项任务落到实处%s，推动经济社会高质量发展。\n",
			zooCN[i], strings.Repeat("，形成工作合力", i))
	}
	b.WriteString("主要指标\n序号\n指标名称\n目标值\n1\n安全生产完成率\n≥92%\n2\n隐患整改率\n≥95%\n九、组织实施\n附则说明\n各地各部门要抓好落实。\n临江市人民政府\n2024年1月5日\n")
	is, d := parseOne(t, b.String())
	if !hasWarning(is, "each line is read as a paragraph") {
		t.Errorf("no warning: %v", is.Warnings)
	}
	tabs, _ := zooTables(d)
	if len(tabs) != 1 || fmt.Sprint(tabs[0].Columns, tableRows(tabs[0])) != "[序号 指标名称 目标值] [1|安全生产完成率|≥92% 2|隐患整改率|≥95%]" {
		t.Fatalf("tables %v", tabs)
	}
	if body := zooText(d); !strings.Contains(body, "主要指标"+string(zooPartEnd)) || !strings.Contains(body, "附则说明"+string(zooPartEnd)) {
		t.Errorf("a line without a full stop is no paragraph of its own: %q", body)
	}
}

// A long 名称 wraps where the page's metadata table was run on as text.
func TestDumpedPageWrappedName(t *testing.T) {
	text := "   索引号： 11230100/2024-00012 分类： 综合政务\n   发布机构： 临江市人民政府 发文日期： 2024年1月5日\n" +
		"   名称： 临江市人民政府关于印发《临江市进一步优化营商环境提升行政效能推动高效办成\n   一件事的落实方案》的通知\n" +
		"   文号： 临政发〔2024〕3号 主题词：\n\n   各县（区）人民政府：\n\n   现将方案印发给你们，请认真贯彻执行。\n\n" +
		"   临江市人民政府\n\n   2024年1月5日\n"
	_, d := parseOne(t, text)
	if d.Title != "临江市人民政府关于印发《临江市进一步优化营商环境提升行政效能推动高效办成一件事的落实方案》的通知" || d.Number != "临政发〔2024〕3号" {
		t.Errorf("document %q %q", d.Title, d.Number)
	}
}
