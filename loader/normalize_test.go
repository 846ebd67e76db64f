package loader

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestEscapeSequences: every form of terminal escape sequence is removed
// whole, payload included, and the text around it is kept.
func TestEscapeSequences(t *testing.T) {
	cases := []struct{ in, want string }{
		{"…的通知\x1b]0;TITLE\x07", "…的通知"},                        // OSC, BEL-terminated
		{"…的通知\x1b]0;TITLE\x1b\\后文", "…的通知后文"},                  // OSC, ST-terminated
		{"…的通知\x1b]0;TITLE", "…的通知"},                            // OSC cut by the line end
		{"a\x1b[31m红\x1b[0mb", "a红b"},                           // CSI SGR
		{"各县\x1b[2J区", "各县区"},                                   // CSI erase screen
		{"x\x1b]8;;http://e.cn\x1b\\链接\x1b]8;;\x1b\\y", "x链接y"}, // OSC 8 hyperlink
		{"前\x1bP1;2qpayload\x1b\\后", "前后"},                      // DCS
		{"前\x1b_apc\x1b\\后", "前后"},                              // APC
		{"前\x1b(B后", "前后"},                                      // ESC with an intermediate
		{"正文\u009b31m内容", "正文内容"},                               // 8-bit CSI as a character
		{"标题\u009d0;evil\u009c正文", "标题正文"},                      // 8-bit OSC and ST
		{"标题\u009d0;evil\x07正文", "标题正文"},                        // 8-bit OSC, BEL
		{"响\x07铃\x00空\x7f删", "响铃空删"},                            // bare controls
		{"左\u202e右\u200b边", "左右边"},                              // bidi override, zero width
		{"表\t格\t", "表\t格\t"},                                    // tabs stay
	}
	for _, c := range cases {
		got, _ := sanitize(c.in)
		if got != c.want {
			t.Errorf("sanitize(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := Clean(c.in); got != c.want {
			t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCleanFastPath: ordinary text in every script a gazette uses takes
// the fast path; each character sanitize rewrites does not.
func TestCleanFastPath(t *testing.T) {
	for _, s := range []string{"", "ASCII text\twith tab", "中文，标点：“引号”（全角）【】〔2022〕…—",
		"㐀䶵龥", "é ü ß", "😀𠀀", "①②③ ○ │ ─", "ＡＢＣ１２３", "一二三。四、五《六》七〈八〉九〔十〕"} {
		if !clean(s) {
			t.Errorf("clean(%q) = false", s)
		}
	}
	for _, s := range []string{"\x1b[1m", "\x07", "\x7f", "\u009b", "\u00a0", "\u3000", "\ufeff", "\u200b",
		"\u202e", "\u2066", "⼀", "⺟", "\uf900", "\xe4\xb8", "\xff", "a\xe2\x07"} {
		// Alone, and at each place of a pair of characters the decoder
		// checks in one load, inside a run of Han and CJK punctuation.
		for k := range 4 {
			if p := strings.Repeat("一", k) + s + "。二三四五六七"; clean(s) || clean(p) {
				t.Errorf("clean(%q) or clean(%q) = true", s, p)
			}
		}
	}
}

// TestCleanKeepsText: Clean, used on file names, only makes them safe: it
// does not normalise spaces or characters as the loader does with text.
func TestCleanKeepsText(t *testing.T) {
	for _, s := range []string{"鸡西 2022-2.txt", "a\u3000b\u00a0c", "⼀般.txt", "（全角）"} {
		if got := Clean(s); got != s {
			t.Errorf("Clean(%q) = %q, want it unchanged", s, got)
		}
	}
}

// TestKangxi: Kangxi radicals, CJK radicals supplement and compatibility
// ideographs become the ordinary characters; full-width punctuation and
// ordinary text stay as printed.
func TestKangxi(t *testing.T) {
	cases := []struct{ in, want string }{
		{"⼀般森林⽕灾", "一般森林火灾"},
		{"⼈⺟⻳", "人母龟"}, // supplement radicals with a decomposition
		{"⺠⻓", "⺠⻓"},   // and without one: no mapping is sure, they stay
		{"⾦城市⽔利局", "金城市水利局"},
		{"\uf900\uf901\uf902", "豈更車"}, // compatibility ideographs U+F900…
		{"（一）全角，标点：“引号”", "（一）全角，标点：“引号”"}, // NFKC would make these ASCII
		{"ＡＢＣ１２３", "ＡＢＣ１２３"},
	}
	for _, c := range cases {
		got, did := sanitize(c.in)
		if got != c.want {
			t.Errorf("sanitize(%q) = %q, want %q", c.in, got, c.want)
		}
		if (did&repairKangxi != 0) != (got != c.in) {
			t.Errorf("sanitize(%q): repair reported %v, changed %v", c.in, did&repairKangxi != 0, got != c.in)
		}
	}
	for r := rune(0x2F00); r <= 0x2FD5; r++ {
		if o, ok := ordinaryHan(r); !ok || !isHan(o) {
			t.Errorf("Kangxi radical %c (%U) maps to %c, %v", r, r, o, ok)
		}
	}
}

// TestUnitSpaces: pdftotext's space inside a number and its unit goes;
// spaces that separate columns, names, or a heading's number stay.
func TestUnitSpaces(t *testing.T) {
	cases := []struct{ in, want string }{
		{"临政发〔2025〕2 号", "临政发〔2025〕2号"},
		{"临政发〔2025〕 2 号", "临政发〔2025〕2号"},
		{"2025 年", "2025年"},
		{"于 2025 年 6 月 30 日前完成", "于 2025年6月30日前完成"},
		{"2020 年 6 月底\t市工信局", "2020年6月底\t市工信局"},
		{"总第 16 期", "总第16期"},
		{"共 6 项", "共6项"},
		{"确保全市域 35 蒸吨以下", "确保全市域 35 蒸吨以下"}, // 蒸 is no unit
		{"半径 15 公里范围内", "半径 15公里范围内"},
		{"能见度 ≤ 10 米", "能见度 ≤ 10米"},
		{"7.1 名词术语", "7.1 名词术语"},   // a heading's number
		{"\t3 项目管理", "\t3 项目管理"},   // a number opening a cell
		{"1    年度任务", "1    年度任务"}, // a column gap, not a space
		{"徐 铭\t李 明", "徐 铭\t李 明"},   // padded names
		{"R&D 经费 5000 万元", "R&D 经费 5000万元"},
		{"第 2 章 总则", "第2章 总则"},
		{"年 度", "年 度"},
	}
	for _, c := range cases {
		got, ok := unitSpaces(c.in)
		if got != c.want || ok != (c.in != c.want) {
			t.Errorf("unitSpaces(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

// TestRepairWarnings: each kind of repair is reported once, with the
// number of lines it changed and the first of them.
func TestRepairWarnings(t *testing.T) {
	src := "标题\n⼀般森林⽕灾\n2025 年\x1b[1m粗\x1b[0m\n⽕\n"
	is, err := Parse("r", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"Kangxi": 2, "escape": 3, "unit": 3}
	for _, w := range is.Warnings {
		for k, line := range want {
			if strings.Contains(w.Message, k) {
				if w.Line != line {
					t.Errorf("%q at line %d, want %d", w.Message, w.Line, line)
				}
				delete(want, k)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("no warning for %v in %v", want, is.Warnings)
	}
	if !hasWarning(is, "on 2 lines") {
		t.Errorf("Kangxi warning does not count 2 lines: %v", is.Warnings)
	}
}

// FuzzText checks the character-level rules on any line: sanitize and
// Clean leave no control character but tab, unitSpaces only removes
// spaces, and stripTags makes no control character out of clean text;
// a clean line scanLine finds no foreign character in holds no garbage;
// holdsAny is strings.ContainsAny.
func FuzzText(f *testing.F) {
	for _, s := range []string{"…的通知\x1b]0;TITLE\x07", "正文\u009b31m内容", "⼀般⽕灾 2025 年 6 月",
		"<p>浓度 $200\\text{mg}/\\text{m}^3$ 。</p>&#27;[2J&amp;", "$x^{\\frac{1}{2}}_{\\text{a}}$", "临政发［2025］ 2 号",
		"一二三四五六七\xe4\xb8一二三四\xe4a\xb8五六七八九十\xe5\xad\xe4\xb8\xad",
		"一二三四五六한국어七八九十", "一二三四五六ㄱ七八九十", "一二三，四五六\\七", "αβγ一二三四五六七八九", "一二三四五六七八九�"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		noControl := func(what, out string) {
			for _, r := range out {
				if r < 0x20 && r != '\t' || r >= 0x7f && r < 0xa0 {
					t.Fatalf("%s(%q) = %q holds %U", what, s, out, r)
				}
			}
		}
		if clean(s) {
			if out, _ := sanitizeRunes(s, true); out != s {
				t.Fatalf("clean(%q) but sanitizing makes %q", s, out)
			}
			if _, f, _ := scanLine(s, 0); f&scanForeign == 0 && garbageIn(s) > 0 {
				t.Fatalf("scanLine(%q) found nothing foreign, but garbageIn counts %d", s, garbageIn(s))
			}
		}
		if chars := " \t,，。:：;；、"; holdsAny(s, chars) != strings.ContainsAny(s, chars) {
			t.Fatalf("holdsAny(%q, %q) = %v", s, chars, holdsAny(s, chars))
		}
		line, _ := sanitize(s)
		noControl("sanitize", line)
		noControl("Clean", Clean(s))
		if u, _ := unitSpaces(line); removeSpaces(u) != removeSpaces(line) {
			t.Fatalf("unitSpaces(%q) = %q changed more than spaces", line, u)
		}
		if !utf8.ValidString(line) {
			return
		}
		p := stripTags(line)
		if !utf8.ValidString(p) {
			t.Fatalf("stripTags(%q) = %q is not UTF-8", line, p)
		}
		noControl("stripTags", strings.ReplaceAll(p, "\n", ""))
		if num, ok := docNumber(line); ok && !strings.Contains(num, "〔") {
			t.Fatalf("docNumber(%q) = %q without 〔〕", line, num)
		}
	})
}

// TestPdftotextSpacing: pdftotext's spaces go from running text, numbers
// and their units everywhere; the padding of names in a table stays.
func TestPdftotextSpacing(t *testing.T) {
	src := "# 关于印发办法的通知\n\n鸡政发〔2022〕1号\n\n各县:\n\n" +
		"根据临政发〔2025〕2 号文件，于 2025 年 6 月 30 日前完成优化政务服 务工作。\n\n" +
		"序号\t姓名\t职务\t完成时限\n1\t徐 铭\t主 任\t2025 年 6 月底\n2\t李 明\t副主任\t2025 年 9 月底\n"
	is, err := Parse("s", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var para string
	var cells []string
	for _, b := range allBlocks(is.Documents[0]) {
		if strings.HasPrefix(b.Text, "根据") {
			para = b.Text
		}
		if b.Table != nil {
			for _, r := range b.Table.Records {
				for _, c := range r.Cells {
					cells = append(cells, c.Text)
				}
			}
		}
	}
	if want := "根据临政发〔2025〕2号文件，于2025年6月30日前完成优化政务服务工作。"; para != want {
		t.Errorf("paragraph %q, want %q", para, want)
	}
	if want := []string{"1", "徐 铭", "主 任", "2025年6月底", "2", "李 明", "副主任", "2025年9月底"}; !reflect.DeepEqual(cells, want) {
		t.Errorf("cells %q, want %q", cells, want)
	}
}
