package loader

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzLoad feeds the parser the real issues, damaged variants of them
// and whatever the fuzzer derives: it must never panic or hang, and what
// it returns must be display-safe.
func FuzzLoad(f *testing.F) {
	// Windows of each real issue (whole files make every minimisation
	// take minutes) and damaged variants of them.
	for _, name := range realFiles {
		b := readReal(f, name)
		for _, at := range []int{0, len(b) / 3, len(b) / 2, max(0, len(b)-12000)} {
			w := b[at:min(len(b), at+12000)]
			f.Add(w)
			f.Add(w[:len(w)-1]) // cut mid-character, most likely
		}
		head := b[:min(len(b), 12000)]
		f.Add(bytes.ReplaceAll(head, []byte("\n"), []byte("\r\n")))
		f.Add(bytes.ReplaceAll(head, []byte("\t"), []byte("\t\t")))
		f.Add(bytes.ReplaceAll(head, []byte("\n\n"), []byte("\n")))
	}
	f.Add([]byte("目 录\n\n市政府文件\n\n关于印发办法的通知.....1\t1\n\n# 关于印发办法的通知\n\n鸡政发〔2022〕1号\n\n各县:\n\n一、总则\n\n序号\t任务\n1\t内容\n\t\n"))
	f.Add([]byte("• 名称:\n• 文号:\n\n专栏1\n\n1\n\n%\n"))
	// pdftotext -layout: form feeds, running header, footers, a spaced
	// contents heading, an aligned list and a hard-wrapped line.
	f.Add([]byte("某市人民政府公报\n目　　录\n【市政府文件】\n关于甲的通知……（1）\n　— 1 —\n\f某市人民政府公报  2024年第3期\n某市人民政府\n关于甲的\n通知\n某政发〔2024〕1号\n各区:\n组　　长：张三　　市长\n全市计划实施重点工程项目共计2\n38项。\n- 2 -\n\f"))
	f.Add([]byte{0xEF, 0xBB, 0xBF, 0xFF, 0xFE})
	// Tables drawn with borders: a grid table, and a box table with a
	// merged cell, a row across it and a page break inside a record.
	f.Add([]byte("关于印发方案的通知\n某政发〔2024〕3号\n表1 分工表\n+----+------+\n| 序号 | 任务 |\n+====+======+\n| 1  | 推进 |\n|    | 综合 |\n+----+------+\n"))
	f.Add([]byte("表2\n┌──┬───┬──┐\n│序号│任务  │单位│\n├──┴───┴──┤\n│一、重点      │\n├──┬───┬──┤\n│1 │甲    ├──┤\n\n— 3 —\n\f│  │      │市局│\n╘══╧═══╧══╛\n"))
	// Converter leftovers and terminal escapes: tags, entities, LaTeX,
	// Kangxi radicals, pdftotext spacing, OSC/CSI in 7-bit and 8-bit form.
	f.Add([]byte("# <b>关于</b>印发&lt;办法&gt;的通知\x1b]0;T\x07\n\n临政发［2025］2 号\n\n<p>浓度不高于 $200\\text{mg}/\\text{m}^3$ ,$\\geq 95\\%$</p>\n\n⼀般森林⽕灾\u009b31m 2025 年 6 月\n序号\t任务\n1\t<span a=1>&#27;[2J</span>\n"))
	// Web pages: a sample document printed as a page, and spans.
	is, _ := Parse("jixi", readReal(f, "jixi-2022-02.txt"))
	page := docPage(is.Documents[1], `<meta charset="gbk">`)
	f.Add([]byte(page[:min(len(page), 12000)]))
	f.Add([]byte(`<html><body><h1>关于印发方案的通知</h1><table><tr><th colspan=3>任务</th></tr><tr><td rowspan=9>1</td><td colspan=0>内容<br>第二行</td></tr><tr><td rowspan=2 colspan=2>a</td></tr></table><pre>一、总则` + "\x1b[31m" + `</pre></body></html>`))
	// Markdown of a layout-model converter (MinerU): HTML tables in text,
	// on one line and over many, split at a page, nested, cut off.
	f.Add([]byte("# 关于印发方案的通知\n\n某政发〔2024〕3号\n\n表1 任务表\n\n<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td rowspan=\"2\">推进&amp;<br>落实</td></tr><tr><td>2</td></tr></table>\n\n— 2 —\n\f<table><tr><th>序号</th><th>任务</th></tr><tr><td>3</td><td>完成&#12289;</td></tr></table>后文\n<table>\n<tr><td><table><tr><td>甲</td></tr></table></td>\n<td>乙\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		is, err := Parse("fuzz", b)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error %q", err)
			}
			return
		}
		check := func(s string) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 %q", s)
			}
			for _, r := range s {
				if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 {
					t.Fatalf("control character %U in %q", r, s)
				}
			}
		}
		for _, e := range is.Contents {
			check(e.Title)
			if e.Document < -1 || e.Document >= len(is.Documents) {
				t.Fatalf("contents entry points at document %d of %d", e.Document, len(is.Documents))
			}
		}
		for _, d := range is.Documents {
			check(d.Title)
			for _, bl := range allBlocks(d) {
				check(bl.Text)
				if bl.Table != nil {
					for _, r := range bl.Table.Records {
						if len(r.Cells) != len(bl.Table.Columns) {
							t.Fatalf("record with %d cells in a %d-column table", len(r.Cells), len(bl.Table.Columns))
						}
						for _, c := range r.Cells {
							check(c.Text)
						}
					}
				}
			}
		}
	})
}
