package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestOCRJoin(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"关 于 印 发 重 点 工 作 的 通 知", "关于印发重点工作的通知"},
		{"鸡 政 发 〔2022〕2号", "鸡政发〔2022〕2号"},
		{"一 、 加 强 组 织 领 导 。 市 政 府 COVID 19 防 控", "一、加强组织领导。市政府COVID 19防控"},
		// A quote clings to a Latin word: the space between them was printed.
		{"附 件 : \" 高 效 办 成 一 件 事 \" 2024 年 度 重 点 事 项", "附件:\"高效办成一件事\" 2024年度重点事项"},
		// Left as they are: letter-spaced labels and names, columns, text.
		{"主 任:杨 浩", "主 任:杨 浩"},
		{"通 知", "通 知"},
		{"7 附 则", "7 附 则"},
		{"王 斌 权    副 市 长 、 市 公 安 局 局 长", "王 斌 权    副 市 长 、 市 公 安 局 局 长"},
		{"关于印发 重点工作的通知", "关于印发 重点工作的通知"},
	} {
		if got, _ := ocrJoin(c.in); got != c.want {
			t.Errorf("ocrJoin(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestOCRIssue: a document OCR spaced out throughout keeps its title,
// 文号 and headings, and the repair is reported at its first line.
func TestOCRIssue(t *testing.T) {
	src := "某 市 人 民 政 府 关 于 印 发 实 施 方 案 的 通 知\n\n某 政 发 〔 2024 〕 3 号\n\n各 区 县 人 民 政 府 ：\n\n" +
		"一 、 总 体 要 求\n\n全 面 贯 彻 落 实 各 项 部 署 。\n\n某 市 人 民 政 府\n\n2024 年 1 月 5 日\n"
	is, err := Parse("t", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(is.Documents) != 1 {
		t.Fatalf("%d documents, want 1", len(is.Documents))
	}
	d := is.Documents[0]
	if d.Title != "某市人民政府关于印发实施方案的通知" || d.Number != "某政发〔2024〕3号" {
		t.Errorf("title %q, 文号 %q", d.Title, d.Number)
	}
	if len(d.Sections) != 1 || d.Sections[0].Heading != "一、总体要求" {
		t.Errorf("sections %v", d.Sections)
	}
	want := "spaces an OCR engine put between every two Han characters removed (关 于 印 发 → 关于印发) on 6 lines"
	found := false
	for _, w := range is.Warnings {
		found = found || w.Line == 1 && w.Message == want
	}
	if !found {
		t.Errorf("warnings %v, want line 1: %s", is.Warnings, want)
	}
}

// TestOCRShortHeadings: in a file OCR spaced out throughout, a numbered
// heading of three Han characters or fewer is OCR's spacing too and is
// joined; a short line without a number (an office and a name) stays, and
// in a file whose text is typeset, a spaced short heading is the
// typesetter's and stays for the document stages.
func TestOCRShortHeadings(t *testing.T) {
	body := "全 面 贯 彻 落 实 各 项 部 署 。\n\n"
	ocr := "( 4 ) 专 家 组\n\n" + body + "四 、 其 他\n\n" + body + body + "市 长 刘 洋\n"
	typeset := "关 于 印 发 实 施 方 案 的 通 知\n\n( 4 ) 专 家 组\n\n全面贯彻落实各项部署。\n\n全面贯彻落实各项部署。\n"
	for _, c := range []struct {
		src  string
		want []string
	}{
		{ocr, []string{"(4)专家组", "四、其他", "市 长 刘 洋"}},
		{typeset, []string{"关于印发实施方案的通知", "( 4 ) 专 家 组"}},
	} {
		ls, ok := splitLines(c.src, func(int, string) {})
		if !ok {
			t.Fatal("not UTF-8")
		}
		texts := map[string]bool{}
		for _, l := range ls {
			texts[l.text] = true
		}
		for _, w := range c.want {
			if !texts[w] {
				t.Errorf("no line %q in %q", w, c.src)
			}
		}
	}
}

// TestHanPair: han3 is isHan of a three-byte character, for every three
// bytes that start with E0 to EF, valid or not; hanPair finds two Han
// characters side by side where a walk over the runes finds them, in
// every line of the samples and in text with bytes that are no UTF-8.
func TestHanPair(t *testing.T) {
	for c := 0xE0; c <= 0xEF; c++ {
		for c1 := range 256 {
			for c2 := range 256 {
				s := string([]byte{byte(c), byte(c1), byte(c2)})
				r, size := utf8.DecodeRuneInString(s)
				if want := size == 3 && isHan(r); han3(s) != want {
					t.Fatalf("han3(% X) = %v, want %v", s, !want, want)
				}
			}
		}
	}
	walk := func(s string) bool {
		prev := false
		for _, r := range s {
			if isHan(r) && prev {
				return true
			}
			prev = isHan(r)
		}
		return false
	}
	texts := []string{"", "关", "关于", "关 于", "䷀关", "关䷀", "㐀关", "\xe5\xbf关", "关\xe9\xbf", "a关\x80于", "1 2 3 一二"}
	names, _ := filepath.Glob(filepath.Join("..", "testdata", "gazettes", "*.txt"))
	if len(names) == 0 {
		t.Fatal("no samples")
	}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	for _, s := range texts {
		if got, want := hanPair(s), walk(s); got != want {
			t.Errorf("hanPair(%q) = %v, want %v", s, got, want)
		}
	}
}
