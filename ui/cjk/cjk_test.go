package cjk

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

func TestParseAmbiguous(t *testing.T) {
	tests := []struct {
		in      string
		want    Ambiguous
		wantErr bool
	}{
		{"narrow", Narrow, false},
		{"Narrow", Narrow, false},
		{"WIDE", Wide, false},
		{"wide", Wide, false},
		{"", Narrow, true},
		{"auto", Narrow, true},
		{" wide", Narrow, true},
	}
	for _, tt := range tests {
		got, err := ParseAmbiguous(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseAmbiguous(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestAmbiguousString(t *testing.T) {
	for _, a := range []Ambiguous{Narrow, Wide} {
		got, err := ParseAmbiguous(a.String())
		if err != nil || got != a {
			t.Errorf("ParseAmbiguous(%q) = %v, %v; want %v", a.String(), got, err, a)
		}
	}
	if got := Ambiguous(7).String(); got != "Ambiguous(7)" {
		t.Errorf("Ambiguous(7).String() = %q", got)
	}
}

func TestAmbiguousFromEnv(t *testing.T) {
	tests := []struct {
		value string
		want  Ambiguous
	}{
		{"1", Wide},
		{"", Narrow},
		{"0", Narrow},
		{"true", Narrow},
	}
	for _, tt := range tests {
		getenv := func(k string) string {
			if k == "RUNEWIDTH_EASTASIAN" {
				return tt.value
			}
			return "1"
		}
		if got := AmbiguousFromEnv(getenv); got != tt.want {
			t.Errorf("RUNEWIDTH_EASTASIAN=%q: got %v, want %v", tt.value, got, tt.want)
		}
	}
}

func TestNewAmbiguous(t *testing.T) {
	for _, a := range []Ambiguous{Narrow, Wide} {
		if got := New(a).Ambiguous(); got != a {
			t.Errorf("New(%v).Ambiguous() = %v", a, got)
		}
	}
}

func TestRune(t *testing.T) {
	tests := []struct {
		r            rune
		narrow, wide int
	}{
		{'a', 1, 1},
		{' ', 1, 1},
		{'\n', 0, 0},
		{'\t', 0, 0},
		{0x7f, 0, 0},
		{0x85, 0, 0},
		{'中', 2, 2},
		{'，', 2, 2},
		{'　', 2, 2},
		{'“', 1, 2},
		{'”', 1, 2},
		{'—', 1, 2},
		{'○', 1, 2},
		{'★', 1, 2},
		{'①', 1, 2},
		{'│', 1, 2},
		{'─', 1, 2},
		{'┼', 1, 2},
		{'…', 1, 2},
		{'\u0301', 0, 0}, // combining acute accent
	}
	n, w := New(Narrow), New(Wide)
	for _, tt := range tests {
		if got := n.Rune(tt.r); got != tt.narrow {
			t.Errorf("narrow Rune(%U) = %d, want %d", tt.r, got, tt.narrow)
		}
		if got := w.Rune(tt.r); got != tt.wide {
			t.Errorf("wide Rune(%U) = %d, want %d", tt.r, got, tt.wide)
		}
	}
}

func TestString(t *testing.T) {
	tests := []struct {
		s            string
		narrow, wide int
	}{
		{"", 0, 0},
		{"abc", 3, 3},
		{"中文", 4, 4},
		{"“十三五”", 8, 10},
		{"a\nb", 2, 2},
		{"①②③", 3, 6},
		{"e\u0301", 1, 1},
	}
	n, w := New(Narrow), New(Wide)
	for _, tt := range tests {
		if got := n.String(tt.s); got != tt.narrow {
			t.Errorf("narrow String(%q) = %d, want %d", tt.s, got, tt.narrow)
		}
		if got := w.String(tt.s); got != tt.wide {
			t.Errorf("wide String(%q) = %d, want %d", tt.s, got, tt.wide)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		amb   Ambiguous
		s     string
		width int
		tail  string
		want  string
	}{
		{Narrow, "abc", 3, "…", "abc"},
		{Narrow, "abcd", 3, "…", "ab…"},
		{Narrow, "中文字", 6, "…", "中文字"},
		{Narrow, "中文字", 5, "…", "中文…"},
		{Narrow, "中文字", 4, "…", "中…"},
		{Wide, "中文字", 5, "…", "中…"},
		{Wide, "中文字", 4, "…", "中…"},
		{Narrow, "中文字", 4, "", "中文"},
		{Narrow, "中文字", 3, "", "中"},
		{Narrow, "中文字", 1, "", ""},
		{Wide, "中文字", 1, "…", ""},
		{Narrow, "abc", 0, "…", ""},
		{Narrow, "e\u0301e\u0301e", 2, "", "e\u0301e\u0301"},
	}
	for _, tt := range tests {
		w := New(tt.amb)
		got := w.Truncate(tt.s, tt.width, tt.tail)
		if got != tt.want {
			t.Errorf("%v Truncate(%q, %d, %q) = %q, want %q", tt.amb, tt.s, tt.width, tt.tail, got, tt.want)
		}
		if gw := w.String(got); gw > tt.width {
			t.Errorf("%v Truncate(%q, %d, %q) is %d wide", tt.amb, tt.s, tt.width, tt.tail, gw)
		}
	}
}

func TestPad(t *testing.T) {
	tests := []struct {
		amb                  Ambiguous
		s                    string
		width                int
		pad, padLeft, center string
	}{
		{Narrow, "ab", 5, "ab   ", "   ab", " ab  "},
		{Narrow, "中", 5, "中   ", "   中", " 中  "},
		{Narrow, "中文", 3, "中 ", " 中", "中 "},
		{Narrow, "“a”", 4, "“a” ", " “a”", "“a” "},
		{Wide, "“a”", 4, "“a ", " “a", "“a "},
		{Narrow, "abc", 3, "abc", "abc", "abc"},
		{Narrow, "", 2, "  ", "  ", "  "},
		{Narrow, "abc", 0, "", "", ""},
	}
	for _, tt := range tests {
		w := New(tt.amb)
		for _, c := range []struct {
			name string
			f    func(string, int) string
			want string
		}{{"Pad", w.Pad, tt.pad}, {"PadLeft", w.PadLeft, tt.padLeft}, {"Center", w.Center, tt.center}} {
			got := c.f(tt.s, tt.width)
			if got != c.want {
				t.Errorf("%v %s(%q, %d) = %q, want %q", tt.amb, c.name, tt.s, tt.width, got, c.want)
			}
			if gw := w.String(got); gw != tt.width {
				t.Errorf("%v %s(%q, %d) is %d wide", tt.amb, c.name, tt.s, tt.width, gw)
			}
		}
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		amb   Ambiguous
		s     string
		width int
		want  []string
	}{
		{"empty", Narrow, "", 10, []string{""}},
		{"fits", Narrow, "中文", 4, []string{"中文"}},
		{"own line breaks", Narrow, "甲\n\n乙", 4, []string{"甲", "", "乙"}},
		{"trailing newline", Narrow, "甲\n", 4, []string{"甲", ""}},
		{"plain", Narrow, "一二三四五六七", 6, []string{"一二三", "四五六", "七"}},
		{"odd width never splits a character", Narrow, "一二三四五", 5, []string{"一二", "三四", "五"}},
		{"no line starts with 。", Narrow, "一二三。四", 6, []string{"一二", "三。四"}},
		{"no line starts with ，", Narrow, "一二三，四五六", 6, []string{"一二", "三，四", "五六"}},
		{"no line starts with ascii comma", Narrow, "一二三,四五", 6, []string{"一二", "三,四", "五"}},
		{"closing quote and full stop", Narrow, "一二“三”。四", 8, []string{"一二", "“三”。四"}},
		{"closing quote wide", Wide, "一二三”四", 6, []string{"一二", "三”四"}},
		{"closing quote narrow fits", Narrow, "一二三”四", 7, []string{"一二三”", "四"}},
		{"no line ends with （", Narrow, "一二（三）", 6, []string{"一二", "（三）"}},
		{"no line ends with 《", Narrow, "一二三《四》", 8, []string{"一二三", "《四》"}},
		{"opening quote narrow", Narrow, "一二三“四”", 7, []string{"一二三", "“四”"}},
		{"opening quote wide", Wide, "一二“四”", 6, []string{"一二", "“四”"}},
		{"rule would empty the line", Narrow, "一。。。。", 4, []string{"一。", "。。", "。"}},
		{"latin word kept whole", Narrow, "ab cdef gh", 6, []string{"ab", "cdef", "gh"}},
		{"latin word after CJK", Narrow, "一二GDP增长", 6, []string{"一二", "GDP增", "长"}},
		{"long word split", Narrow, "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"digits kept whole", Narrow, "共计2020年", 6, []string{"共计", "2020年"}},
		{"leading spaces trimmed", Narrow, "abc   def", 4, []string{"abc", "def"}},
		{"first line keeps indent", Narrow, "　　一二三四", 6, []string{"　　一", "二三四"}},
		{"ideographic space trimmed", Narrow, "一二　三四", 4, []string{"一二", "三四"}},
		{"width 1 CJK", Narrow, "一二", 1, []string{"一", "二"}},
		{"wide ambiguous no split", Wide, "○○○", 3, []string{"○", "○", "○"}},
		{"narrow ambiguous", Narrow, "○○○", 2, []string{"○○", "○"}},
		{"combining stays with base", Narrow, "ae\u0301bc", 2, []string{"ae\u0301", "bc"}},
		{"ellipsis not at start", Narrow, "一二三……", 6, []string{"一二", "三……"}},
		{"decimal with percent", Narrow, "地区生产总值增长6.5%以上。", 18, []string{"地区生产总值增长", "6.5%以上。"}},
		{"range with unit", Narrow, "降水量346.3-385.8mm，偏多", 16, []string{"降水量", "346.3-385.8mm，", "偏多"}},
		{"date", Narrow, "于2022年6月底前完成", 10, []string{"于", "2022年6月", "底前完成"}},
		{"文号", Narrow, "晋市政发〔2022〕1号文件", 12, []string{"晋市政发", "〔2022〕1号", "文件"}},
		{"range wider than the line breaks after its dash", Narrow, "2019年12月-2020年3月", 12, []string{"2019年12月-", "2020年3月"}},
		{"number wider than the line", Narrow, "12345678901234", 6, []string{"123456", "789012", "34"}},
		{"names set apart by spaces", Narrow, "白军龙 张涛 王高毅", 14, []string{"白军龙 张涛", "王高毅"}},
		{"padded two-character name", Narrow, "关集双 徐 铭", 10, []string{"关集双", "徐 铭"}},
		{"between quotations", Narrow, "“4.22”“5.12”", 8, []string{"“4.22”", "“5.12”"}},
		{"latin words", Narrow, "see internationalization now", 12, []string{"see", "internationa", "lization now"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := New(tt.amb)
			got := w.Wrap(tt.s, tt.width)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Wrap(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
			}
		})
	}
}

// TestWrapProperties checks, over real gazette sentences and many widths,
// that every line fits, that no text is lost, and the kinsoku rules.
func TestWrapProperties(t *testing.T) {
	texts := []string{
		sample,
		"各级各部门要对照重点工作细化目标任务,进一步明确时间表、路线图、责任人,定目标、定时限、定标准。",
		"（一）加快“六新”突破。①推进5G基站建设；②实施“上云用数赋智”行动……",
		"市发改委\n市工信局、市财政局\n\n2020年12月底前",
		"a long English sentence with words of varying length, such as internationalization.",
	}
	for _, amb := range []Ambiguous{Narrow, Wide} {
		w := New(amb)
		for _, s := range texts {
			for width := 2; width <= 60; width++ {
				lines := w.Wrap(s, width)
				measured := w.AppendLines(nil, s, width)
				if len(measured) != len(lines) {
					t.Fatalf("%v AppendLines(%q, %d) has %d lines, Wrap %d", amb, s, width, len(measured), len(lines))
				}
				for i, l := range measured {
					if l.Text != lines[i] || l.Width != w.String(l.Text) {
						t.Errorf("%v AppendLines(%q, %d)[%d] = %+v, Wrap %q", amb, s, width, i, l, lines[i])
					}
				}
				if want := strings.Count(s, "\n"); len(lines) < want+1 {
					t.Fatalf("%v Wrap(%q, %d) has %d lines, fewer than its own", amb, s, width, len(lines))
				}
				for i, l := range lines {
					if lw := w.String(l); lw > width {
						t.Errorf("%v Wrap(%q, %d) line %q is %d wide", amb, s, width, l, lw)
					}
					if i > 0 && l != "" && isSpace(firstRune(l)) && lines[i-1] != "" {
						// A continuation line may start with a space only
						// when the source line itself does.
						if !strings.Contains(s, "\n"+l) {
							t.Errorf("%v Wrap(%q, %d) line %q starts with a space", amb, s, width, l)
						}
					}
				}
				strip := func(s string) string {
					return strings.NewReplacer(" ", "", "　", "", "\n", "").Replace(s)
				}
				if got := strip(strings.Join(lines, "")); got != strip(s) {
					t.Errorf("%v Wrap(%q, %d) lost text: %q", amb, s, width, lines)
				}
			}
		}
	}
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func TestAppendWrap(t *testing.T) {
	w := New(Narrow)
	dst := w.AppendWrap([]string{"x"}, "一二三四", 4)
	if want := []string{"x", "一二", "三四"}; !slices.Equal(dst, want) {
		t.Errorf("AppendWrap = %q, want %q", dst, want)
	}
}

const sample = "2020年是全面建成小康社会和“十三五”规划的收官之年,是第一个百年奋斗目标的实现之年。按照省政府工作要求,市政府办公室对照2020年省《政府工作报告》346项重点任务,结合我市工作实际,逐项进行了任务分工和责任分解,形成《晋城市人民政府落实2020年省〈政府工作报告〉重点工作任务细化分解表》(以下简称《分解表》),现印发给你们,并提出如下工作要求。"

func BenchmarkWrap(b *testing.B) {
	for _, amb := range []Ambiguous{Narrow, Wide} {
		w := New(amb)
		for _, width := range []int{12, 40} {
			b.Run(fmt.Sprintf("%v/width=%d", amb, width), func(b *testing.B) {
				b.SetBytes(int64(len(sample)))
				b.ReportAllocs()
				for b.Loop() {
					w.Wrap(sample, width)
				}
			})
		}
	}
}

func FuzzWrap(f *testing.F) {
	f.Add(sample, 10, false)
	f.Add("（一）“六新”突破。①②\n\nabc def", 3, true)
	f.Fuzz(func(t *testing.T, s string, width int, wide bool) {
		control := func(r rune) bool { return r != '\n' && unicode.IsControl(r) }
		if !utf8.ValidString(s) || strings.ContainsFunc(s, control) { // gazette text has none
			t.Skip()
		}
		width = 2 + abs(width)%60
		w := New(Narrow)
		if wide {
			w = New(Wide)
		}
		lines := w.Wrap(s, width)
		for _, l := range lines {
			if lw := w.String(l); lw > width {
				t.Errorf("Wrap(%q, %d): line %q is %d wide", s, width, l, lw)
			}
		}
		strip := strings.NewReplacer(" ", "", "　", "", "\n", "")
		if got, want := strip.Replace(strings.Join(lines, "")), strip.Replace(s); got != want {
			t.Errorf("Wrap(%q, %d) = %q lost text", s, width, lines)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// TestOpportunities checks the breaker's UAX #14 opportunities, found a
// chunk at a time and memoised, against uniseg run on the whole line.
func TestOpportunities(t *testing.T) {
	texts := []string{
		sample,
		"（一）2019年12月-2020年3月，增长6.5%以上；“4.22”“5.12”等",
		"a long English sentence, with words; and (brackets) 1,000.5 km",
		"白军龙 张涛　王高毅 e\u0301 一\u0301二 一\u200d二 👍🏽一 🇨🇳🇨🇳 ¥100 -5",
		"一“二”三‘四’五”“六",
	}
	for _, s := range texts {
		var want []int32
		state, pos := -1, 0
		for rest := s; len(rest) > 0; {
			var seg string
			seg, rest, _, state = uniseg.FirstLineSegmentInString(rest, state)
			want = quoteBreaks(want, s, pos, pos+len(seg))
			if pos += len(seg); len(rest) > 0 {
				want = append(want, int32(pos))
			}
		}
		var b breaker
		b.reset(s)
		var got []int32
		for q := 1; q < len(s); q++ {
			if !utf8.RuneStart(s[q]) {
				continue
			}
			l, _ := utf8.DecodeLastRuneInString(s[:q])
			r, _ := utf8.DecodeRuneInString(s[q:])
			if b.opportunity(q, l, r) {
				got = append(got, int32(q))
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("opportunities of %q:\n got %v\nwant %v", s, got, want)
		}
	}
}

// TestIdeographWidth checks the short cuts for Chinese characters against
// go-runewidth and the UTF-8 decoder.
func TestIdeographWidth(t *testing.T) {
	for _, amb := range []Ambiguous{Narrow, Wide} {
		w := New(amb)
		for r := rune(0x3000); r <= 0xa000; r++ {
			s := string(r)
			if isIdeograph(r) && w.cond.RuneWidth(r) != 2 {
				t.Fatalf("%v: %U is %d wide", amb, r, w.cond.RuneWidth(r))
			}
			if got, want := ideograph(s, 0), r >= 0x4e00 && r <= 0x9fff; got != want {
				t.Fatalf("ideograph(%q) = %v", s, got)
			}
			if got, want := w.String(s), w.cond.RuneWidth(r); got != want {
				t.Fatalf("%v: String(%q) = %d, want %d", amb, s, got, want)
			}
		}
	}
}
