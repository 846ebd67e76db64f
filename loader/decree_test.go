package loader

import (
	"slices"
	"strings"
	"testing"

	"gazette/data"
)

func TestDecreeNumber(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"鸡西市人民政府令 第5号", "鸡西市人民政府令第5号", true},
		{"某省人民政府令第123号", "某省人民政府令第123号", true},
		{"国务院令第7号", "国务院令第7号", true},
		{"中华人民共和国国务院令 （第７号）", "中华人民共和国国务院令第7号", true},
		{"某市人民政府令 第 １２ 号", "某市人民政府令第12号", true},
		{"某某部令〔第3号〕", "某某部令第3号", true},
		{"某市人民政府令", "", false},    // the number is on the next line
		{"市长令第5号", "", false},     // no issuing body
		{"按照有关规定令第5号", "", false}, // nor here
		{"某市人民政府令第五号", "", false}, // a 令 is numbered in digits
		{"某市人民政府令第5号文件", "", false},
		{"某政发〔2022〕5号", "", false},
	}
	for _, c := range cases {
		got, ok := decreeNumber(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("decreeNumber(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestSigner(t *testing.T) {
	for in, want := range map[string]string{"市长  张三": "市长 张三", "代省长 李 四": "代省长 李四", "总理    王小明": "总理 王小明",
		"市 长 刘 洋": "市长 刘洋", "代 省 长  李四": "代省长 李四"} {
		if got, ok := signer(in); !ok || got != want {
			t.Errorf("signer(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"市长张三", "市长  张三丰的朋友们", "组长  张三", "市长  2022年", "市 场 监 管"} {
		if got, ok := signer(in); ok {
			t.Errorf("signer(%q) = %q", in, got)
		}
	}
}

// decreeText is a decree in a gazette, its head printed as head, between
// a masthead and a notice with a 文号.
func decreeText(head string) string {
	return head + `

《某市城市供热管理办法》已经2022年1月5日市政府第3次常务会议通过，
现予公布，自2022年3月1日起施行。

市长  张三
2022年1月10日

某市城市供热管理办法

第一章  总则

第一条  为了加强城市供热管理，根据有关法律法规，制定本办法。

第二条  本市行政区域内的城市供热活动，适用本办法。

第二章  供热设施

第三条  供热单位应当定期检修供热设施。
` + leadNotice
}

// A 政府令 is a document: numbered by its 令, titled by the regulation
// it publishes, signed and dated by its signature; the regulation is its
// section, with its 章 and 条.
func TestDecree(t *testing.T) {
	for head, num := range map[string]string{
		"某市人民政府令\n\n第 5 号":     "某市人民政府令第5号",
		"某市人民政府令\n（第５号）":       "某市人民政府令第5号",
		"某市人民政府令 第5号":          "某市人民政府令第5号",
		"某市人民政府令\n\n\n\n第 6 号": "某市人民政府令第6号", // a page break between, its furniture gone
		"# 某省人民政府令第123号":       "某省人民政府令第123号",
		"中华人民共和国国务院令\n第 7 号":   "中华人民共和国国务院令第7号",
	} {
		t.Run(num, func(t *testing.T) {
			is, err := Parse("decree.txt", []byte(decreeText(head)))
			if err != nil {
				t.Fatal(err)
			}
			if len(is.Documents) != 2 {
				t.Fatalf("%d documents, want 2: %v", len(is.Documents), titles(is))
			}
			d := is.Documents[0]
			if d.Title != "某市城市供热管理办法" || d.Number != num || d.Issuer != "市长 张三" || d.Date != "2022-01-10" || d.Line != 1 {
				t.Errorf("decree: %q %q %q %q line %d", d.Title, d.Number, d.Issuer, d.Date, d.Line)
			}
			if got := sectionTree(d.Sections); got != "某市城市供热管理办法[第一章[第一条 第二条] 第二章[第三条]]" {
				t.Errorf("decree sections: %s", got)
			}
			if n := is.Documents[1]; n.Number != "某政办发〔2022〕7号" {
				t.Errorf("second document %q %q", n.Title, n.Number)
			}
		})
	}
}

// A contents entry links to a decree whether it names the regulation or
// the 令, its number in brackets or not.
func TestDecreeContents(t *testing.T) {
	for _, entry := range []string{"某市城市供热管理办法……1", "某市人民政府令（第5号）……1", "某市人民政府令第5号……1",
		"某市城市供热管理办法（某市人民政府令第5号）……1"} {
		src := "某市人民政府公报\n\n目 录\n\n市政府令\n" + entry + "\n市政府文件\n某市人民政府办公室关于做好春季防火工作的通知……3\n\n" +
			decreeText("某市人民政府令\n第 5 号")
		is, err := Parse("decree.txt", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if len(is.Contents) != 2 || is.Contents[0].Document != 0 || is.Contents[1].Document != 1 || is.Contents[0].Category != "市政府令" {
			t.Errorf("%s: contents %+v", entry, is.Contents)
		}
	}
}

func titles(is *data.Issue) []string {
	var out []string
	for _, d := range is.Documents {
		out = append(out, d.Title)
	}
	return out
}

// sectionTree writes sections as heading[children …], headings without their
// text after the numbering.
func sectionTree(ss []*data.Section) string {
	var parts []string
	for _, s := range ss {
		h := s.Heading
		if s.Numbering != "" {
			h = s.Numbering
		}
		if len(s.Sections) > 0 {
			h += "[" + sectionTree(s.Sections) + "]"
		}
		parts = append(parts, h)
	}
	return strings.Join(parts, " ")
}

// A web page of a decree gives its 令 in the 文号 metadata: that is its
// number, not a 文号 that does not look like one.
func TestDecreeWebPage(t *testing.T) {
	src := "• 索引号:\n  • 发布机构:某市人民政府\n  • 发文日期:2022-01-10\n  • 名称:某市城市供热管理办法\n  • 文号:某市人民政府令 第５号\n\n某市城市供热管理办法\n\n" +
		"《某市城市供热管理办法》已经市政府常务会议通过，现予公布。\n"
	is, err := Parse("decree.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(is.Documents) != 1 || is.Documents[0].Number != "某市人民政府令第5号" || len(is.Warnings) > 0 {
		t.Errorf("documents %v, number %q, warnings %v", titles(is), is.Documents[0].Number, is.Warnings)
	}
}

// TestMayEndBy: no line mayEndIn accepts is passed over by its last
// byte, for the ends of a decree's head and of a masthead, of the lines
// of the samples and of decree heads and mastheads, their ends recorded
// on decoding or not.
func TestMayEndBy(t *testing.T) {
	srcs := [][]byte{[]byte("鸡西市人民政府令\n第 5 号\n国务院令（第7号）\nXX省人民政府令第123号\n〔第5号〕\n<b>某市人民政府令</b>\n" +
		"某市人民政府公报\n2022年第2期\n总第16期）\n**某市人民政府公报**\n")}
	_, mastheadEnds := mastheadEdges("某市人民政府公报")
	ending := 0
	for _, ls := range decodedWithSamples(t, srcs...) {
		for i := range ls {
			for _, l := range []line{ls[i], {n: ls[i].n, text: ls[i].text}} {
				for _, e := range []*charSet{decreeHeadEnds, mastheadEnds} {
					if l.mayEndIn(e) {
						ending++
						if !mayEndBy(e, l.last()) {
							t.Errorf("line %q passed over", l.text)
						}
					}
				}
			}
		}
	}
	if ending < 20 {
		t.Errorf("%d lines may end so, want at least 20", ending)
	}
}

// TestDecreeHeads: the decrees found at the heads findDocuments lists
// are those found at every line, in the samples and in decrees with heads
// of each form, in markup or not, two of them one after the other.
func TestDecreeHeads(t *testing.T) {
	var srcs [][]byte
	for _, head := range []string{"某市人民政府令\n\n第 5 号", "某市人民政府令\n（第５号）", "**某市人民政府令 第5号**",
		"# 某省人民政府令第123号", "<b>国务院令</b>\n〔第7号〕"} {
		srcs = append(srcs, []byte(decreeText(head)+"\n"+decreeText(head)))
	}
	found := 0
	for _, ls := range decodedWithSamples(t, srcs...) {
		var heads []int
		findDocuments(ls, &heads)
		every := make([]int, len(ls))
		for i := range every {
			every[i] = i
		}
		got, want := findDecrees(ls, heads), findDecrees(ls, every)
		if !slices.EqualFunc(got, want, func(a, b docStart) bool { return a.start == b.start && a.body == b.body && a.number == b.number }) {
			t.Errorf("decrees at the heads %v, at every line %v", got, want)
		}
		found += len(want)
	}
	if found < 10 {
		t.Errorf("%d decrees found, want at least 10", found)
	}
}
