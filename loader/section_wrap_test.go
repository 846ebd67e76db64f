package loader

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"gazette/data"
)

// TestWrapWidth: the wrap width is measured from the lines of
// hard-wrapped text, with pdftotext's spaces around digits closed up;
// the samples, one paragraph a line, have none.
func TestWrapWidth(t *testing.T) {
	for _, name := range realFiles {
		ls, err := decode(readReal(t, name), func(int, string) {})
		if err != nil {
			t.Fatal(err)
		}
		if w := wrapWidth(ls); w.n != 0 {
			t.Errorf("%s: wrap width %v, want 0", name, w)
		}
	}
	text := strings.Repeat("全市共完成造林绿化面积3.5万亩，森林覆盖率持续提高，生态环境不断改善。", 8)
	for _, width := range []int{20, 35, 48} {
		var ls []line
		for i, l := range strings.Split(hardWrap(text, width), "\n") {
			ls = append(ls, line{n: int32(i + 1), text: strings.ReplaceAll(l, "3.5万", "3.5 万")})
		}
		if w := wrapWidth(ls); w != (wrap{n: width}) {
			t.Errorf("wrapped at %d: measured %v", width, w)
		}
	}
	// Set to a printed width, as a PDF justifies its lines, the text
	// is as wide in display cells, not in runes (a digit one cell).
	text = strings.Repeat("2024年全市完成造林面积3.5万亩、治理沙化土地12.8万亩，森林覆盖率提高到26.5%。", 8)
	for _, cells := range []int{40, 56, 70} {
		var ls []line
		for i, l := range cellWrap(text, cells) {
			ls = append(ls, line{n: int32(i + 1), text: l})
		}
		if w := wrapWidth(ls); w != (wrap{n: cells, cells: true}) {
			t.Errorf("set %d cells wide: measured %v", cells, w)
		}
	}
}

// cellWrap cuts text into lines of at most w display cells, a Han
// character or a full-width mark two, an ASCII one one.
func cellWrap(text string, w int) []string {
	var ls []string
	line, n := "", 0
	for _, r := range text {
		k := 1 + min(1, utf8.RuneLen(r)/3)
		if n+k > w {
			ls, line, n = append(ls, line), "", 0
		}
		line, n = line+string(r), n+k
	}
	return append(ls, line)
}

// TestWrappedHeading: a numbered line hard-wrapped at the file's width
// is read whole — a heading up to its first full stop, the run-in text a
// paragraph — and the join is reported; a line the wrap cut that starts
// like a number continues the text above it.
func TestWrappedHeading(t *testing.T) {
	const width = 30
	var body []string
	for _, p := range []string{
		"为进一步做好全市药品和医用耗材集中带量采购工作，切实减轻群众就医负担，现将有关事项通知如下。",
		"(一)建立协同工作机制,各职能部门要各司其职、各负其责,密切配合形成合力,共同推进改革。建立有效督导检查、考核监管机制,确保工作顺利推进。",
		"(二)会同有关部门确定并适时调整储备药品、医疗器械和防护物资的品种目录;",
		"自来水价格按照居民生活用水阶梯价格执行，第一阶梯的收费标准为2.05元/立方，第二阶梯按照有关规定执行。",
		"各县区要按照全市统一部署认真组织实施，确保年底前全部完成并通过验收，切实把好事办好、实事办实。",
	} {
		body = append(body, hardWrap(p, width))
	}
	src := "关于印发某市工作方案的通知\n\n某政发〔2024〕3号\n\n各区县人民政府:\n\n" + strings.Join(body, "\n\n") + "\n"
	is, err := Parse("s", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var hs []string
	is.Documents[0].Walk(func(s *data.Section) bool { hs = append(hs, s.Heading); return true })
	want := []string{
		"(一)建立协同工作机制,各职能部门要各司其职、各负其责,密切配合形成合力,共同推进改革。",
		"(二)会同有关部门确定并适时调整储备药品、医疗器械和防护物资的品种目录;",
	}
	if strings.Join(hs, "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", hs, want)
	}
	joins := 0
	for _, w := range is.Warnings {
		if strings.Contains(w.Message, "hard-wrapped at 30 characters") {
			joins++
		}
	}
	if joins != 2 {
		t.Errorf("%d joins reported, want 2: %v", joins, is.Warnings)
	}
}

// TestFollows: numbering tokens of every kind in sequence, and not.
func TestFollows(t *testing.T) {
	for _, c := range []struct {
		prev, next string
		want       bool
	}{
		{"12.", "13.", true}, {"(十)", "(十一)", true}, {"（十九）", "（二十）", true}, {"四、", "五、", true},
		{"第九条", "第十条", true}, {"1.4.2", "1.4.3", true}, {"(9)", "(10)", true}, {"九十九、", "一百、", true},
		{"12.", "14.", false}, {"1.4.2", "1.5.3", false}, {"二十、", "二十二、", false}, {"13.", "13.", false},
	} {
		if got := follows(c.prev, c.next); got != c.want {
			t.Errorf("follows(%q, %q) = %v", c.prev, c.next, got)
		}
	}
}

// joinedLen is joinedUpTo without a bound, runeLen(joinCJK(s)), which
// wrapLen counts its own way.
func joinedLen(s string) int { return joinedUpTo(s, len(s)) }

// TestJoinedLen: the length of a line with its wrap spaces closed up is
// the length of joinCJK's result.
func TestJoinedLen(t *testing.T) {
	for _, s := range []string{"", " ", "优化政务服 务", "2025 年 3 月", "PM 2.5 浓度", "  Open  Data  ", "〔2025〕2 号", "a  b", " 一 ", "x 一 y z"} {
		if got, want := joinedLen(s), runeLen(joinCJK(s)); got != want {
			t.Errorf("joinedLen(%q) = %d, joinCJK gives %q (%d)", s, got, joinCJK(s), want)
		}
	}
}

// TestWrappedRawHeadings: in hard-wrapped text without blank lines
// (pdftotext's raw mode), a full line that ends in a bracket is not cut
// when the next line goes on with an open heading's numbering, or with
// the numbered line being joined, and each such repair is reported; a
// numbered paragraph joined from its lines ends with its short last line,
// so a heading after it (the first of its kind) is one.
func TestWrappedRawHeadings(t *testing.T) {
	const width = 30
	// fill cuts or pads s to n runes, the last one end.
	fill := func(s string, n int, end string) string {
		r := []rune(s + strings.Repeat("各有关部门协同推进相关任务落实", n))
		return string(r[:n-1]) + end
	}
	src := strings.Join([]string{
		"关于印发某市工作方案的通知", "某政发〔2024〕3号", "各区县人民政府:",
		"一、总体要求",
		hardWrap(fill("(一)加强组织领导。", 2*width, "〕"), width),
		hardWrap(fill("(二)强化工作保障。", 2*width, "]"), width),
		"二、重点任务",
		hardWrap(fill("各区县要按照全市统一部署认真组织实施,", 2*width, "〕"), width),
		"三、专项行动",
		hardWrap(fill("1.开展专项行动。", width+15, "]"), width),
		"(1)摸底排查",
		hardWrap(fill("全面排查各类隐患,", 2*width, "。"), width),
	}, "\n") + "\n"
	is, err := Parse("s", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var hs []string
	is.Documents[0].Walk(func(s *data.Section) bool { hs = append(hs, s.Heading); return true })
	want := []string{"一、总体要求", "(一)加强组织领导。", "(二)强化工作保障。", "二、重点任务", "三、专项行动", "1.开展专项行动。", "(1)摸底排查"}
	if strings.Join(hs, "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", hs, want)
	}
	var repairs []string
	for _, w := range is.Warnings {
		if strings.Contains(w.Message, "goes on with the numbering") {
			repairs = append(repairs, fmt.Sprintf("%d %s", w.Line, w.Message[:strings.IndexByte(w.Message, ' ')]))
		}
	}
	if got, want := strings.Join(repairs, ", "), "7 (二), 9 二、, 12 三、"; got != want {
		t.Errorf("repairs reported at %q, want %q; %v", got, want, is.Warnings)
	}
}

// TestParagraphEndsInRawText: in text hard-wrapped with no blank lines
// (pdftotext's raw mode), a paragraph ends at a sentence that stops short
// of the wrap width, even when its last line is its only one, and before
// a table's title; a table's title over its number (重点工作任务分解表 /
// 表1) is the caption of the table under them.
func TestParagraphEndsInRawText(t *testing.T) {
	const width = 30
	paras := []string{
		strings.Repeat("为进一步做好全市秸秆综合利用工作，切实减轻群众负担，现将有关事项通知如下。", 5),
		"各地要坚持应急物资储备，形成工作合力。", // one line, short of the width
		"各成员单位要统筹推进营商环境优化，不断提升群众满意度。市直各有关单位累计培育市场主体900户，增长6%。",
	}
	var body []string
	for _, p := range paras {
		body = append(body, hardWrap(p, width))
	}
	src := "关于印发某市工作方案的通知\n某政发〔2024〕3号\n各区县人民政府:\n" + strings.Join(body, "\n") +
		"\n重点工作任务分解表\n表1\n序号\n重点工作任务\n责任单位\n1\n推进秸秆综合利用\n市农业农村局\n2\n加快构建现代产业体系\n市发改委\n\n以上任务按期完成。\n"
	is, err := Parse("s", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	d := is.Documents[0]
	var texts []string
	var tables []*data.Table
	for _, b := range d.Blocks {
		switch b.Kind {
		case data.Paragraph:
			texts = append(texts, b.Text)
		case data.TableBlock:
			tables = append(tables, b.Table)
		}
	}
	want := append(append([]string{}, paras...), "以上任务按期完成。")
	if fmt.Sprint(texts) != fmt.Sprint(want) {
		t.Errorf("paragraphs:\n%q\nwant\n%q", texts, want)
	}
	if len(tables) != 1 || tables[0].Caption != "表1 重点工作任务分解表" || len(tables[0].Records) != 2 {
		t.Fatalf("tables: %+v, want one of 2 records captioned 表1 重点工作任务分解表", tables)
	}
	// A sentence that ends the width's last character, then the title of
	// a table too short to rebuild.
	full := strings.Repeat("各地要坚持应急物资储备形成工作合力。", 10) // 6 lines, the last full
	src = "关于印发某市工作方案的通知\n某政发〔2024〕3号\n各区县人民政府:\n" + hardWrap(full, width) + "\n重点工作任务分解表\n表1\n序号\n名称\n"
	if is, err = Parse("s", []byte(src)); err != nil {
		t.Fatal(err)
	}
	if b := is.Documents[0].Blocks; len(b) == 0 || b[0].Text != full {
		t.Errorf("the paragraph over a table's title: %+v, want %q", b, full)
	}
}

// TestFillsFirst: on a typeset page (a width in display cells) a
// paragraph's first line is set two characters in, and fills the width
// that much short of it; a converter that folds text by characters cuts
// a first line as any other; a line ending a sentence fills none.
func TestFillsFirst(t *testing.T) {
	const first = "(一)会同县卫健局等有关部门确定并适时" // 19 runes, 36 cells
	typeset, folded := wrap{n: 40, cells: true}, wrap{n: 20}
	if !fillsFirst(first, typeset) || fillsWidth(first, typeset) {
		t.Errorf("typeset at %v: a first line of 36 cells should fill as a first line only", typeset)
	}
	if fillsFirst(first, folded) {
		t.Errorf("folded at %v: a first line of 19 runes should not fill", folded)
	}
	if fillsFirst(first+"。", typeset) {
		t.Errorf("a first line ending a sentence should not fill")
	}
}

// TestHangs: a line's hanging closing mark is measured for each of
// hangingMarks (three bytes and two cells each, which hangs relies on)
// and its ASCII forms, and not for text ending otherwise.
func TestHangs(t *testing.T) {
	for _, r := range hangingMarks {
		if n := utf8.RuneLen(r); n != 3 {
			t.Fatalf("%q is %d bytes: hangs reads the marks three bytes apiece", r, n)
		}
		l := decoded(1, "一般森林火灾"+string(r))
		if got := hangs(&l); got != 2 {
			t.Errorf("hangs(…%c) = %d, want 2", r, got)
		}
	}
	for s, want := range map[string]int{"text,": 1, "文本)": 1, "文本": 0, "文本—": 0, "文本”。 ": 2, "😀": 0, "": 0} {
		l := decoded(1, s)
		if got := hangs(&l); got != want {
			t.Errorf("hangs(%q) = %d, want %d", s, got, want)
		}
	}
}
