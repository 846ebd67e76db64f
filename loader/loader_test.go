package loader

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"gazette/data"
)

// realFiles are the five real issues, one per converter style.
var realFiles = []string{
	"hegang-2022-emergency-plan.txt",
	"jincheng-2020-02.txt",
	"jixi-2022-02.txt",
	"shuangyashan-2024-05.txt",
	"yangcheng-2022-03.txt",
}

func readReal(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "gazettes", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// decodedWithSamples decodes each of srcs and then the five samples: the
// lines on which a test checks a fast path against the rule it stands
// for, made-up lines first and then every line of real text.
func decodedWithSamples(t testing.TB, srcs ...[]byte) [][]line {
	t.Helper()
	for _, name := range realFiles {
		srcs = append(srcs, readReal(t, name))
	}
	out := make([][]line, 0, len(srcs))
	for _, src := range srcs {
		ls, err := decode(src, func(int, string) {})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ls)
	}
	return out
}

func parseReal(t testing.TB, name string) *data.Issue {
	t.Helper()
	is, err := Parse(name, readReal(t, name))
	if err != nil {
		t.Fatal(err)
	}
	return is
}

// TestRealIssues checks the facts a reader of each real issue can verify
// by hand: documents with their 文号, contents entries and their pages,
// and the shape of the task tables.
func TestRealIssues(t *testing.T) {
	t.Run("jixi", testRealJixi)
	t.Run("jincheng", testRealJincheng)
	t.Run("yangcheng", testRealYangcheng)
	t.Run("shuangyashan", testRealShuangyashan)
	t.Run("hegang", testRealHegang)
}

func testRealJixi(t *testing.T) {
	is := parseReal(t, "jixi-2022-02.txt")
	wantIssue(t, is, "鸡西市人民政府公报", 2022, 2, 16, "2022-03-15")
	wantNumbers(t, is, "鸡政发〔2022〕1号", "鸡政发〔2022〕2号", "鸡政规〔2022〕1号", "鸡政办规〔2022〕1号")
	wantPages(t, is, 1, 8, 29, 33)
	tabs := is.Documents[1].Tables()
	if len(tabs) != 2 {
		t.Fatalf("document 2 has %d tables, want 2", len(tabs))
	}
	wantTable(t, tabs[0], 5, 10, 0)
	wantTable(t, tabs[1], 5, 167, 8)
	if got := tabs[1].Columns[1]; got != "重点工作任务" {
		t.Errorf("column 2 = %q", got)
	}
	if got := tabs[1].Groups[0]; got != "一、加快构建现代产业体系" {
		t.Errorf("first group = %q", got)
	}
	if got := is.Documents[0].Date; got != "2022-01-13" {
		t.Errorf("document 1 date = %q", got)
	}
}

func testRealJincheng(t *testing.T) {
	is := parseReal(t, "jincheng-2020-02.txt")
	wantIssue(t, is, "晋城市人民政府公报", 2020, 2, 260, "")
	if len(is.Documents) != 24 || len(is.Contents) != 24 {
		t.Fatalf("%d documents, %d contents entries; want 24, 24", len(is.Documents), len(is.Contents))
	}
	chron := 0
	for _, d := range is.Documents {
		if d.Kind == data.KindChronicle {
			chron++
			if d.Number != "" {
				t.Errorf("chronicle %q has a 文号", d.Title)
			}
		} else if d.Number == "" {
			t.Errorf("document %q has no 文号", d.Title)
		}
	}
	if chron != 2 {
		t.Errorf("%d chronicles, want 2", chron)
	}
	wantAllMatched(t, is)
	if a := is.Documents[0].Attachments; len(a) != 1 || a[0] != "晋城市人民政府落实2020年省《政府工作报告》重点工作任务细化分解表" {
		t.Errorf("attachments of document 1: %q", a)
	}
	tab := is.Documents[0].Tables()[0]
	wantTable(t, tab, 8, 359, 0)
	cont, dup := 0, 0
	for _, r := range tab.Records {
		if r.Continuation {
			cont++
		}
		if r.Duplicate {
			dup++
		}
	}
	if cont != 12 || dup != 1 {
		t.Errorf("%d continuation and %d duplicate records, want 12 and 1", cont, dup)
	}
	if !hasWarning(is, "duplicate") {
		t.Errorf("duplicate row not reported: %v", is.Warnings)
	}
	// Two copies of a contact table printed side by side are one
	// table, the right half after the left.
	contacts := is.Documents[7].Tables()[0]
	wantTable(t, contacts, 3, 26, 0)
	if got := contacts.Text(25, 1); got != "山西交控晋城高速公路分公司" || contacts.Text(13, 0) != "14" {
		t.Errorf("side-by-side table unfolded as %q … %q", contacts.Text(13, 0), got)
	}
	// A continuation record inherits the cells it leaves empty.
	for _, r := range tab.Records {
		if r.Continuation && (!r.Cells[0].Inherited || r.Cells[0].Text == "") {
			t.Errorf("line %d: continuation record does not inherit its 序号", r.Line)
		}
	}
}

func testRealYangcheng(t *testing.T) {
	is := parseReal(t, "yangcheng-2022-03.txt")
	wantIssue(t, is, "阳城县人民政府公报", 2022, 3, 5, "2022-09-29")
	if len(is.Documents) != 17 || len(is.Contents) != 17 {
		t.Fatalf("%d documents, %d contents entries; want 17, 17", len(is.Documents), len(is.Contents))
	}
	wantPages(t, is, 1, 5, 7, 14, 24, 28, 32, 34, 46, 46, 62, 65, 76, 82, 83, 89, 93)
	wantAllMatched(t, is)
	// A header-only form with a two-row header: one name per column.
	form := is.Documents[2].Tables()[0]
	if len(form.Columns) != 16 || !strings.HasPrefix(form.Columns[4], "现有规模/堆料场") || len(form.Records) != 0 {
		t.Errorf("收储站申报表: %d columns %q, %d records", len(form.Columns), form.Columns, len(form.Records))
	}
	for i, e := range is.Contents {
		if e.Number == "" || e.Number != is.Documents[e.Document].Number {
			t.Errorf("entry %d: 文号 %q, document's %q", i+1, e.Number, is.Documents[e.Document].Number)
		}
	}
}

func testRealShuangyashan(t *testing.T) {
	is := parseReal(t, "shuangyashan-2024-05.txt")
	wantIssue(t, is, "双鸭山市人民政府公报", 2024, 5, 65, "2024-05-31")
	if len(is.Documents) != 7 {
		t.Fatalf("%d documents, want 7", len(is.Documents))
	}
	wantPages(t, is, 1, 9, 18, 25, 32, 41, 46)
	wantAllMatched(t, is)
	d5, d7 := is.Documents[4], is.Documents[6]
	if d5.Title != d7.Title || d5.Number == d7.Number {
		t.Errorf("documents 5 and 7: %q %s / %q %s", d5.Title, d5.Number, d7.Title, d7.Number)
	}
	if is.Contents[4].Document != 4 || is.Contents[6].Document != 6 {
		t.Errorf("duplicate-title entries point at %d and %d", is.Contents[4].Document, is.Contents[6].Document)
	}
	// The garbled OCR task list of document 1 stays raw, and no
	// garbage line becomes a heading.
	raw := 0
	for _, b := range allBlocks(is.Documents[0]) {
		if b.Kind == data.Raw {
			raw++
		}
	}
	if raw == 0 {
		t.Error("no raw block in document 1")
	}
	for _, d := range is.Documents {
		d.Walk(func(s *data.Section) bool {
			if strings.Contains(s.Heading, "人派以及") || strings.ContainsRune(s.Heading, '\t') {
				t.Errorf("garbage heading %q", s.Heading)
			}
			return true
		})
	}
}

func testRealHegang(t *testing.T) {
	is := parseReal(t, "hegang-2022-emergency-plan.txt")
	if len(is.Documents) != 1 {
		t.Fatalf("%d documents, want 1", len(is.Documents))
	}
	d := is.Documents[0]
	if d.Number != "鹤政发〔2022〕20号" || d.Date != "2022-07-30" {
		t.Errorf("文号 %q date %q", d.Number, d.Date)
	}
	var top []string
	d.Walk(func(s *data.Section) bool {
		if s.Numbering != "" && strings.HasSuffix(s.Numbering, "、") {
			top = append(top, s.Numbering)
		}
		return true
	})
	if strings.Join(top, "") != "一、二、三、四、五、" {
		t.Errorf("plan sections %v", top)
	}
	tabs := d.Tables()
	if len(tabs) != 2 {
		t.Fatalf("%d tables, want the two flattened 专栏 tables", len(tabs))
	}
	wantTable(t, tabs[0], 12, 4, 0)
	wantTable(t, tabs[1], 3, 7, 0)
	glued := false
	for _, r := range tabs[0].Records {
		for _, c := range r.Cells {
			glued = glued || c.Text == "-56.1%"
		}
	}
	if !glued {
		t.Error("the cell split as -56.1 / % was not glued back")
	}
}

func wantIssue(t *testing.T, is *data.Issue, title string, year, num, total int, date string) {
	t.Helper()
	if is.Title != title || is.Year != year || is.Number != num || is.TotalNumber != total || is.Date != date {
		t.Errorf("issue = %q %d 第%d期 总第%d期 %q; want %q %d 第%d期 总第%d期 %q",
			is.Title, is.Year, is.Number, is.TotalNumber, is.Date, title, year, num, total, date)
	}
}

func wantNumbers(t *testing.T, is *data.Issue, nums ...string) {
	t.Helper()
	var got []string
	for _, d := range is.Documents {
		got = append(got, d.Number)
	}
	if !reflect.DeepEqual(got, nums) {
		t.Errorf("文号 = %q, want %q", got, nums)
	}
}

func wantPages(t *testing.T, is *data.Issue, pages ...int) {
	t.Helper()
	var got []int
	for _, e := range is.Contents {
		got = append(got, e.Page)
	}
	if !reflect.DeepEqual(got, pages) {
		t.Errorf("pages = %v, want %v", got, pages)
	}
	wantAllMatched(t, is)
}

func wantAllMatched(t *testing.T, is *data.Issue) {
	t.Helper()
	for i, e := range is.Contents {
		if e.Document != i {
			t.Errorf("contents entry %d (%s) points at document %d", i+1, e.Title, e.Document)
		}
	}
}

func wantTable(t *testing.T, tab *data.Table, cols, records, groups int) {
	t.Helper()
	if len(tab.Columns) != cols || len(tab.Records) != records || len(tab.Groups) != groups {
		t.Errorf("table at line %d: %d columns, %d records, %d groups; want %d, %d, %d",
			tab.Line, len(tab.Columns), len(tab.Records), len(tab.Groups), cols, records, groups)
	}
	for _, r := range tab.Records {
		if len(r.Cells) != len(tab.Columns) {
			t.Errorf("record at line %d has %d cells", r.Line, len(r.Cells))
		}
	}
}

func hasWarning(is *data.Issue, word string) bool {
	for _, w := range is.Warnings {
		if strings.Contains(w.Message, word) {
			return true
		}
	}
	return false
}

func allBlocks(d *data.Document) []data.Block {
	out := append([]data.Block(nil), d.Blocks...)
	d.Walk(func(s *data.Section) bool { out = append(out, s.Blocks...); return true })
	return out
}

// TestEncodings: every encoding and line-end variant of a real issue
// gives the same tree as the clean UTF-8 file.
func TestEncodings(t *testing.T) {
	clean := readReal(t, "jixi-2022-02.txt")
	want, err := Parse("x", clean)
	if err != nil {
		t.Fatal(err)
	}
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(clean)
	if err != nil {
		t.Fatal(err)
	}
	variants := []struct {
		name string
		b    []byte
	}{
		{"gb18030", gb},
		{"bom+crlf", append([]byte("\xEF\xBB\xBF"), bytes.ReplaceAll(clean, []byte("\n"), []byte("\r\n"))...)},
		{"cr", bytes.ReplaceAll(clean, []byte("\n"), []byte("\r"))},
		{"nbsp", bytes.ReplaceAll(clean, []byte("  \n"), []byte("\u00a0\u00a0\n"))},
		{"ideographic space", bytes.ReplaceAll(clean, []byte("目 录"), []byte("目\u3000录"))},
	}
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			got, err := Parse("x", v.b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("tree differs from the clean UTF-8 file's (%d vs %d documents, %d vs %d warnings)",
					len(got.Documents), len(want.Documents), len(got.Warnings), len(want.Warnings))
			}
		})
	}
}

// TestBadInput: input that is not a gazette gives one clear error naming
// the file.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		name, path, want string
	}{
		{"empty", write("empty.txt", nil), "empty file"},
		{"blank", write("blank.txt", []byte(" \n\r\n\u3000\n")), "empty file"},
		{"binary", write("bin.txt", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00garbage\x00\x00")), "not a text file"},
		{"random bytes", write("rand.txt", bytes.Repeat([]byte{0x81, 0x30, 0xff, 0x02, 0x99, 0x10}, 100)), "not a text file"},
		{"directory", dir, "is a directory"},
		{"missing", filepath.Join(dir, "nope.txt"), "no such file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			is, err := Load(c.path)
			if err == nil {
				t.Fatalf("no error, got %d documents", len(is.Documents))
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, c.path+": ") || !strings.Contains(msg, c.want) || strings.Contains(msg, "\n") {
				t.Errorf("error %q, want one line %q naming the file", msg, c.want)
			}
		})
	}
}

// TestTruncated: a file cut off mid-character or mid-table keeps what
// comes before the cut and says so.
func TestTruncated(t *testing.T) {
	b := readReal(t, "jixi-2022-02.txt")
	// Cut inside the 重点工作任务 table, in the middle of a character.
	at := bytes.Index(b, []byte("<b>三、"))
	cut := b[:at+len("<b>三")-1]
	is, err := Parse("cut", cut)
	if err != nil {
		t.Fatal(err)
	}
	// The warning says where the cut is: the incomplete 三 starts there.
	if want := fmt.Sprintf("middle of a character at byte %d ", at+len("<b>")); !hasWarning(is, want) {
		t.Errorf("no truncation warning with %q: %v", want, is.Warnings)
	}
	if len(is.Documents) != 2 {
		t.Fatalf("%d documents, want the 2 before the cut", len(is.Documents))
	}
	tabs := is.Documents[1].Tables()
	if len(tabs) != 2 || len(tabs[1].Records) == 0 {
		t.Fatalf("the table cut in half is missing")
	}
	// Cut in the middle of a row: the row is kept, with a warning.
	row := bytes.Index(b, []byte("\n3\t"))
	is, err = Parse("cut", b[:row+12])
	if err != nil {
		t.Fatal(err)
	}
	if !hasWarning(is, "inside a table row") {
		t.Errorf("no truncated-row warning: %v", is.Warnings)
	}
}

// TestControlCharacters: escape sequences in a file never reach the tree,
// nor their payload (the OSC's window title, the CSI's parameters).
func TestControlCharacters(t *testing.T) {
	src := "鸡西市人民政府公报\n\n# 关于\x1b]0;pwned\x07印发办法的通知\n\n鸡政发〔2022〕1号\n\n各县\x1b[2J区:\n\n正文\u009b31m内容\x07。\u202e\n"
	is, err := Parse("ctl", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, d := range is.Documents {
		all = append(all, d.Title, d.Recipients)
		for _, b := range allBlocks(d) {
			all = append(all, b.Text)
		}
	}
	text := strings.Join(all, "|")
	for _, r := range text {
		if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 || r == 0x202e {
			t.Fatalf("control character %U in %q", r, text)
		}
	}
	if !strings.Contains(text, "正文内容。") || is.Documents[0].Title != "关于印发办法的通知" {
		t.Errorf("text around control characters lost: %q", text)
	}
}

// TestListItemLines: every list item keeps the source line it starts on.
func TestListItemLines(t *testing.T) {
	src := "# 关于印发办法的通知\n\n鸡政发〔2022〕1号\n\n各县:\n\n- 第一项\n- 第二项\n续行\n\n- 第三项\n"
	is, err := Parse("list", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range allBlocks(is.Documents[0]) {
		if b.Kind == data.List {
			if want := []int{7, 8, 11}; !reflect.DeepEqual(b.ItemLines, want) || len(b.Items) != 3 || b.Items[1] != "第二项续行" {
				t.Errorf("items %q on lines %v, want 3 items on %v", b.Items, b.ItemLines, want)
			}
			return
		}
	}
	t.Error("no list")
}
