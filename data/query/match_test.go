package query

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"市发改委", "市发改委"},
		{"主办: 市发改委", "主办:市发改委"},
		{"主办：市发改委", "主办:市发改委"},
		{"鸡政发〔2022〕1 号", "鸡政发[2022]1号"},
		{"（一）ＡＢＣ１２３，；", "(一)abc123,;"},
		{"GDP\tGrowth\u3000增长\u00a0率\n二", "gdpgrowth增长率二"},
		{"零\u200b宽", "零宽"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCompile(t *testing.T) {
	tests := []struct {
		q       string
		terms   []string
		negated bool
		err     bool
	}{
		{q: "发改委", terms: []string{"发改委"}},
		{q: "  发改委  财政局 ", terms: []string{"发改委", "财政局"}},
		{q: "发改委\u3000财政局", terms: []string{"发改委", "财政局"}},
		{q: `"市 发改委" 财政`, terms: []string{"市发改委", "财政"}},
		{q: `“市 发改委”`, terms: []string{"市发改委"}},
		{q: `a"b c"d`, terms: []string{"a", "bc", "d"}},
		{q: "!发改委", terms: []string{"发改委"}, negated: true},
		{q: "！ 发改委", terms: []string{"发改委"}, negated: true},
		{q: `"!发改委"`, terms: []string{"!发改委"}},
		{q: "ＧＤＰ gdp", terms: []string{"gdp"}},
		{q: "", err: true},
		{q: "   ", err: true},
		{q: "!", err: true},
		{q: `""`, err: true},
		{q: `"发改委`, err: true},
	}
	for _, tt := range tests {
		m, err := Compile(tt.q)
		if tt.err {
			if err == nil {
				t.Errorf("Compile(%q): no error", tt.q)
			}
			continue
		}
		if err != nil {
			t.Errorf("Compile(%q): %v", tt.q, err)
			continue
		}
		if got := m.Terms(); !reflect.DeepEqual(got, tt.terms) {
			t.Errorf("Compile(%q).Terms() = %q, want %q", tt.q, got, tt.terms)
		}
		if m.Negated() != tt.negated {
			t.Errorf("Compile(%q).Negated() = %v", tt.q, m.Negated())
		}
	}
	if _, err := Compile(" "); !errors.Is(err, ErrEmpty) {
		t.Errorf("Compile(blank) = %v, want ErrEmpty", err)
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		q, text string
		want    bool
	}{
		{"发改委", "市发改委、市财政局", true},
		{"发改委", "主办: 市发改委", true},
		{"发改委", "市发展和改革委员会", false},
		{"发改委", "", false},
		{"市发改委", "市发\n改委", true},
		{"市发改委", "市 发\u3000改\u00a0委", true},
		{"市发改委", "市发", false},
		{"鸡政发〔2022〕1 号", "鸡政发〔2022〕1号", true},
		{"鸡政发〔2022〕1号", "鸡政发〔2022〕 1 号", true},
		{"鸡政发〔2022〕1号", "鸡政发〔2022〕11号", false},
		{"晋市政办[2020]15号", "晋市政办〔2020〕15号", true},
		{"主办：市发改委", "主办: 市发改委", true},
		{"(市)", "各县（市）区", true},
		{"各县（市）区", "各县(市)区", true},
		{"a,b;c:d", "A，B；C：D", true},
		{"gdp", "全市ＧＤＰ增长", true},
		{"ＧＤＰ", "全市gdp增长", true},
		{"Gdp", "全市GdP增长", true},
		{"２０２２", "2022年", true},
		{"aab", "aaab", true},
		{"ab", "a a a b", true},
		{"发改委 财政局", "市发改委、市财政局", true},
		{"发改委 财政局", "市发改委、市商务局", false},
		{`"发改委 财政局"`, "发改委财政局", true},
		{`"发改委 财政局"`, "市发改委、市财政局", false},
		{"!发改委", "市财政局", true},
		{"!发改委", "市发改委", false},
		{"!发改委 财政局", "市发改委", true},
		{"!发改委 财政局", "市发改委、市财政局", false},
	}
	for _, tt := range tests {
		m, err := Compile(tt.q)
		if err != nil {
			t.Fatalf("Compile(%q): %v", tt.q, err)
		}
		if got := m.Match(tt.text); got != tt.want {
			t.Errorf("Compile(%q).Match(%q) = %v, want %v", tt.q, tt.text, got, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		q, text string
		want    []string // the matched substrings
	}{
		{"发改委", "市发改委、市发改委", []string{"发改委", "发改委"}},
		{"市发改委", "市发\n改委和市 发改委", []string{"市发\n改委", "市 发改委"}},
		{"发改 改委", "市发改委", []string{"发改委"}},
		{"aa", "aaa", []string{"aaa"}},
		{"a", "aa", []string{"aa"}},
		{"a", "aba", []string{"a", "a"}},
		{"gdp 增长", "ＧＤＰ增长与GDP", []string{"ＧＤＰ增长", "GDP"}},
		{"!发改委", "市发改委", []string{"发改委"}},
		{"发改委", "市财政局", nil},
		{"号", "1 号", []string{"号"}},
	}
	for _, tt := range tests {
		m, err := Compile(tt.q)
		if err != nil {
			t.Fatalf("Compile(%q): %v", tt.q, err)
		}
		var got []string
		for _, r := range m.Find(tt.text) {
			got = append(got, tt.text[r[0]:r[1]])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Compile(%q).Find(%q) = %q, want %q", tt.q, tt.text, got, tt.want)
		}
	}
}

// cjkText returns about n bytes of gazette-like Chinese text, with some
// ASCII, full-width forms and line breaks, the same for every call.
func cjkText(n int) string {
	words := []string{
		"市政府", "各县（市）区人民政府", "市直各有关单位", "为深入贯彻落实", "党中央",
		"国务院", "决策部署", "加快推进", "高质量发展", "现结合我市实际", "制定本方案",
		"工作目标", "到2025年", "全市", "地区生产总值", "年均增长6%以上", "重点任务",
		"优化营商环境", "深化改革", "责任单位", "市财政局", "市商务局", "完成时限",
		"2022年6月底前", "持续推进", "保障措施", "加强组织领导", "强化督促检查",
		"项目建设", "招商引资", "数字经济", "乡村振兴", "生态环境", "民生保障",
	}
	punct := []string{"，", "、", "。", "；", "：", "\n", " "}
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(words[r.IntN(len(words))])
		if r.IntN(3) == 0 {
			b.WriteString(punct[r.IntN(len(punct))])
		}
	}
	return b.String()
}

func TestMatchAllocs(t *testing.T) {
	text := cjkText(1 << 14)
	m, err := Compile("发改委 GDP 鸡政发〔2022〕1号")
	if err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(10, func() { m.Match(text) }); n != 0 {
		t.Errorf("Match allocates %v times per run", n)
	}
}

func BenchmarkMatch(b *testing.B) {
	text := cjkText(1 << 20)
	for _, q := range []string{"市发改委", "鸡政发〔2022〕1号", "GDP", "市财政局 招商引资", "市场监管局 数字经济"} {
		m, err := Compile(q)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(q, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				m.Match(text)
			}
		})
	}
}
