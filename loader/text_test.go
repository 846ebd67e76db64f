package loader

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParagraphText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"3月3日 市委农村工作 领导小组会议召开。", "3月3日 市委农村工作领导小组会议召开。"},
		{"※ 市长刘锋主持 召开会议。", "※ 市长刘锋主持召开会议。"},
		{"※市长刘锋主持召开会议。", "※市长刘锋主持召开会议。"},
		{"优化政务服 务、提升行政效能", "优化政务服务、提升行政效能"},
		{"业经 2021 年 12 月 17 日市政府", "业经2021年12月17日市政府"},
		{"采用 GPS 定位", "采用GPS定位"},
		{"版本 v1 2 号", "版本v1 2号"},
	}
	for _, c := range cases {
		if got := paragraphText(c.in); got != c.want {
			t.Errorf("paragraphText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDocNumber(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"鸡政发〔2022〕1 号", "鸡政发〔2022〕1号", true},
		{"# 鸡政办规〔2022〕1号", "", false}, // callers strip markup first
		{"晋市政办[2020]15号", "晋市政办〔2020〕15号", true},
		{"晋市政办［2020］15号", "晋市政办〔2020〕15号", true},
		{"晋市政办(2020)15号", "晋市政办〔2020〕15号", true},
		{"晋市政办（2020）15号", "晋市政办〔2020〕15号", true},
		{"晋市政办【2020】15号", "晋市政办〔2020〕15号", true},
		{"晋市政办〖2020〗15号", "晋市政办〔2020〕15号", true},
		{"晋市政办﹝2020﹞15号", "晋市政办〔2020〕15号", true},
		{"晋市政办 [ 2020 ] 15 号", "晋市政办〔2020〕15号", true},
		{"国办发〔2023〕10000号", "国办发〔2023〕10000号", true},
		{"国办发〔2023〕123456789号", "国办发〔2023〕123456789号", true},
		{"国办发〔2023〕1234567890号", "", false},
		{"晋市政办[2020）15号", "", false}, // brackets that do not pair
		{"晋市政办〔20〕15号", "", false},
		{"  阳政办发〔2022〕65 号  ", "阳政办发〔2022〕65号", true},
		{"(晋市政办〔2010〕104号)同时废止。", "", false},
		{"鹤政发〔202220", "", false},
		{"关于印发的通知〔2022〕1号文件", "", false},
		{"〔2022〕1号", "", false},
		// Full-width digits are the same 文号; a 第 before the serial stays.
		{"鸡政发〔２０２２〕１号", "鸡政发〔2022〕1号", true},
		{"鸡政发〔２０２２〕 １２ 号", "鸡政发〔2022〕12号", true},
		{"鸡政发〔2022〕第1号", "鸡政发〔2022〕第1号", true},
		{"鸡政发 [２０２２] 第 １ 号", "鸡政发〔2022〕第1号", true},
		{"鸡政发〔2022〕第号", "", false},
	}
	for _, c := range cases {
		got, ok := docNumber(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("docNumber(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestFindDate(t *testing.T) {
	cases := []struct {
		in, want string
	}{
		{"2022 年 1 月 13 日", "2022-01-13"},
		{"出版日期：2022年3月15日", "2022-03-15"},
		{"第5期 出版日期 总第 65 期 2024 年 5 月 31 日", "2024-05-31"},
		{"2022年730", ""},
		{"2022年13月1日", ""},
		{"12022年1月1日", ""},
		{"２０２２年１月５日", "2022-01-05"},
		{"２０２２ 年 １２ 月 ３１ 日", "2022-12-31"},
		{"出版日期：２０２２年３月１５日", "2022-03-15"},
		{"１２０２２年１月１日", ""},
		{"2０22年1月5日", "2022-01-05"},
	}
	for _, c := range cases {
		got, start, end, _ := findDate(c.in)
		if got != c.want {
			t.Errorf("findDate(%q) = %q, want %q", c.in, got, c.want)
		}
		// The span is the date's: from the year's first digit, of either
		// width, to 日.
		if span := c.in[start:end]; got != "" {
			if _, k := digitAt(span); k == 0 || !strings.HasSuffix(span, "日") {
				t.Errorf("findDate(%q) spans %q", c.in, span)
			}
		}
	}
}

func TestNumbering(t *testing.T) {
	cases := []struct {
		in          string
		kind        int
		token, rest string
	}{
		{"一、基本原则", kindCN, "一、", "基本原则"},
		{"(一)坚持贯彻新发展理念。", kindParenCN, "(一)", "坚持贯彻新发展理念。"},
		{"（十二） 灾害救助能力建设", kindParenCN, "（十二）", "灾害救助能力建设"},
		{"1. 建立以法人财产制度为核心", kindArabic, "1.", "建立以法人财产制度为核心"},
		{"1 总则", kindArabic, "1", "总则"},
		{"1.1 编制目的", kindDec2, "1.1", "编制目的"},
		{"4.3.1.1 启动条件", kindDec4, "4.3.1.1", "启动条件"},
		{"4.2.1 Ⅰ级应急响应", kindDec3, "4.2.1", "Ⅰ级应急响应"},
		{"第一章 总 则", kindChapter, "第一章", "总 则"},
		{"第三十八条 维修养护标准:", kindArticle, "第三十八条", "维修养护标准:"},
		{"(1)特种设备事故", kindParen, "(1)", "特种设备事故"},
		{"9.72", kindNone, "", "9.72"},
		{"2020年是全面建成小康社会", kindNone, "", "2020年是全面建成小康社会"},
		{"1.5%", kindNone, "", "1.5%"},
	}
	for _, c := range cases {
		k, tok, rest := numbering(c.in)
		if k != c.kind || tok != c.token || rest != c.rest {
			t.Errorf("numbering(%q) = %d %q %q; want %d %q %q", c.in, k, tok, rest, c.kind, c.token, c.rest)
		}
	}
}

func TestSplitEntry(t *testing.T) {
	cases := []struct {
		in            string
		prev          int // the page of the entry before
		title, number string
		page          int
		ok            bool
	}{
		{"鸡西市人民政府印发鸡西市小型水库管理办法的通知.....29\t29", 8, "鸡西市人民政府印发鸡西市小型水库管理办法的通知", "", 29, true},
		{"关于加快现代农业产业园创建的实施意见38", 1, "关于加快现代农业产业园创建的实施意见", "", 38, true},
		{".....53", 50, "", "", 53, true},
		{"服务体系建设的实施方案》的通知\t(46)", 41, "服务体系建设的实施方案》的通知", "", 46, true},
		{"创新改革事项清单的通知 (阳政发〔2022〕16 号) 1", 0, "创新改革事项清单的通知", "阳政发〔2022〕16号", 1, true},
		{"(阳政办发〔2022〕55 号) 24", 14, "", "阳政办发〔2022〕55号", 24, true},
		{"关于印发《晋城市乡(镇、办事处)统计员派出制和片区化管理办法(试行)》", 108, "关于印发《晋城市乡(镇、办事处)统计员派出制和片区化管理办法(试行)》", "", 0, false},
		// A glued number below the page before is part of the title.
		{"关于印发2020年智慧停车建设项目实施方案的通知2", 38, "关于印发2020年智慧停车建设项目实施方案的通知2", "", 0, false},
	}
	for _, c := range cases {
		title, num, page, ok := splitEntry(c.in, c.prev)
		if title != c.title || num != c.number || page != c.page || ok != c.ok {
			t.Errorf("splitEntry(%q) = %q %q %d %v; want %q %q %d %v", c.in, title, num, page, ok, c.title, c.number, c.page, c.ok)
		}
	}
}

func TestTitleKeyAndDistance(t *testing.T) {
	cases := []struct {
		a, b string
		dist int
	}{
		{"双鸭山市人民政府 关于印发《方案》的通知", "关于印发《方案》的通知", 0},
		{"关于印发(2021-2025 年)规划的通知", "关于印发（2021—2025年）规划的通知", 0},
		{"市级企业国有资产收益收支管理办法", "市级企业国有资本收益收支管理办法", 1},
		{"突发动物疫情应急预案", "突发动动物疫情应急预案", 1},
	}
	for _, c := range cases {
		if d := editDistance([]rune(titleKey(c.a)), []rune(titleKey(c.b)), 5); d != c.dist {
			t.Errorf("distance(%q, %q) = %d, want %d", c.a, c.b, d, c.dist)
		}
	}
}

// FuzzRuneLen checks runeLen's count against the library's on valid
// UTF-8 (all decoded text is), and the counts that stop early (runesUpTo,
// runesOver, joinedOver) against the library's, on valid and broken UTF-8
// alike, at every bound.
func FuzzRuneLen(f *testing.F) {
	for _, s := range []string{"", "abc", "推进线下办事。", "中\xe4\xb8", "\xed\xa0\x80中", "\xe0\x80\x80", "😀a", "\xef\xbf\xbd\xc2", "PM 2.5 浓度 优 化", "一二三四五六七八a九十一二三四五\xe4\xb8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := utf8.RuneCountInString(s)
		if got := runeLen(s); utf8.ValidString(s) && got != want {
			t.Fatalf("runeLen(%q) = %d, want %d", s, got, want)
		}
		for n := range len(s) + 2 {
			if got := runesUpTo(s, n); got != min(want, n) {
				t.Fatalf("runesUpTo(%q, %d) = %d with %d runes", s, n, got, want)
			}
			if got := runesOver(s, n); got != (want > n) {
				t.Fatalf("runesOver(%q, %d) = %v with %d runes", s, n, got, want)
			}
			if !utf8.ValidString(s) {
				continue
			}
			if got, joined := joinedOver(s, n), joinedLen(s); got != (joined > n) {
				t.Fatalf("joinedOver(%q, %d) = %v, joinedLen %d", s, n, got, joined)
			}
		}
	})
}

// TestEndsSentence: every sentence-final mark ends a sentence after Han
// characters or ASCII, and text ending in other characters does not.
func TestEndsSentence(t *testing.T) {
	for _, e := range []string{"。", "；", "：", "！", "？", ";", ":", "!", "?"} {
		for _, s := range []string{"推进线下办事" + e, "PM2.5" + e, e} {
			if !endsSentence(s) {
				t.Errorf("endsSentence(%q) = false", s)
			}
		}
	}
	for _, s := range []string{"", "推进线下办事", "，", "、", "）", "2020", "“办事”"} {
		if endsSentence(s) {
			t.Errorf("endsSentence(%q) = true", s)
		}
	}
}
