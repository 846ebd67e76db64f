package loader

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"gazette/data"
)

// naiveDistance is the full Levenshtein table, to check the banded one.
func naiveDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev = cur
	}
	return prev[len(b)]
}

// TestEditDistanceBand: the banded distance agrees with the full table
// wherever the distance is within the limit, and says "over" otherwise.
func TestEditDistanceBand(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("关于印发的通知方案")
	word := func() []rune {
		r := make([]rune, rng.IntN(12))
		for i := range r {
			r[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return r
	}
	for n := 0; n < 5000; n++ {
		a, b, limit := word(), word(), rng.IntN(6)
		want := naiveDistance(a, b)
		got := editDistance(a, b, limit)
		if want <= limit && got != want || want > limit && got != limit+1 {
			t.Fatalf("editDistance(%q, %q, %d) = %d, full table says %d", string(a), string(b), limit, got, want)
		}
	}
}

// TestMatchContents: entries point at their documents exactly, then
// within a few edits, in document order; a document the contents skip
// stays unlisted and an entry matching nothing is reported.
func TestMatchContents(t *testing.T) {
	cases := []struct {
		name    string
		docs    []string
		entries []string
		want    []int
	}{
		{"exact", []string{"关于甲的通知", "关于乙的通知"}, []string{"关于甲的通知", "关于乙的通知"}, []int{0, 1}},
		{"issuer prefix and spacing", []string{"关于印发 甲办法的通知"}, []string{"某市人民政府关于印发甲办法的通知"}, []int{0}},
		{"one edit", []string{"市级企业国有资本收益收支管理办法"}, []string{"市级企业国有资产收益收支管理办法"}, []int{0}},
		{"skipped document", []string{"关于甲的通知", "关于未列入的决定", "关于乙的通知"}, []string{"关于甲的通知", "关于乙的通知"}, []int{0, 2}},
		{"same title twice, in order", []string{"关于甲的通知", "关于甲的通知"}, []string{"关于甲的通知", "关于甲的通知"}, []int{0, 1}},
		{"nothing close", []string{"关于甲的通知"}, []string{"完全不同的一个标题名称"}, []int{-1}},
		{"far out of order, fuzzy", append(manyTitles(100), "市级企业国有资本收益收支管理办法"),
			[]string{"市级企业国有资产收益收支管理办法"}, []int{100}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			is := &data.Issue{}
			for _, d := range c.docs {
				is.Documents = append(is.Documents, &data.Document{Title: d})
			}
			for _, e := range c.entries {
				is.Contents = append(is.Contents, data.ContentsEntry{Title: e, Document: -1})
			}
			matchContents(is, func(int, string) {})
			for i, e := range is.Contents {
				if e.Document != c.want[i] {
					t.Errorf("entry %q → %d, want %d", e.Title, e.Document, c.want[i])
				}
			}
		})
	}
}

// manyTitles makes n distinct random titles.
func manyTitles(n int) []string {
	rng := rand.New(rand.NewPCG(7, uint64(n)))
	han := []rune("安保北财城创达党道德地电动发法防服府改港工公管规国海航河和护华化环机基计纪建交教金经警局军科口矿劳乐理粮林路旅贸民农能平企气桥区权人山商社审生省市水税司体铁统土卫文物务县乡消校信刑业医邮园运灾政质中资总")
	out := make([]string, n)
	for i := range out {
		r := make([]rune, 10+rng.IntN(20))
		for j := range r {
			r[j] = han[rng.IntN(len(han))]
		}
		out[i] = "关于" + string(r) + "的通知"
	}
	return out
}

// bigIssue prints an issue of n documents whose contents entries each
// differ from the printed title by one character.
func bigIssue(n int) []byte {
	titles := manyTitles(n)
	var b strings.Builder
	b.WriteString("某市人民政府公报\n\n目 录\n\n市政府文件\n\n")
	for i, t := range titles {
		r := []rune(t)
		r[3] = '变'
		fmt.Fprintf(&b, "%s.....%d\n\n", string(r), i/2+1)
	}
	for i, t := range titles {
		fmt.Fprintf(&b, "%s\n\n某政发〔%d〕%d号\n\n各区县人民政府:\n\n正文。\n\n", t, 2000+i/1000, i%1000+1)
	}
	return []byte(b.String())
}

// TestManyInexactEntries: an issue of 10,000 documents whose contents
// entries all differ from the titles loads with every entry matched (it
// took over a minute when every entry was compared with every title).
func TestManyInexactEntries(t *testing.T) {
	n := 10000
	if testing.Short() {
		n = 1000
	}
	is, err := Parse("big", bigIssue(n))
	if err != nil {
		t.Fatal(err)
	}
	if len(is.Documents) != n || len(is.Contents) != n {
		t.Fatalf("%d documents, %d entries; want %d", len(is.Documents), len(is.Contents), n)
	}
	for i, e := range is.Contents {
		if e.Document != i {
			t.Fatalf("entry %d points at %d", i, e.Document)
		}
	}
}

// BenchmarkManyInexactEntries parses the 10,000-document issue.
func BenchmarkManyInexactEntries(b *testing.B) {
	src := bigIssue(10000)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Parse("big", src); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFoldKey folds full-width punctuation, quotes and dashes, drops
// whitespace, and keeps the rest byte for byte, a byte that is not
// UTF-8 turned into U+FFFD as decoding it makes it.
func TestFoldKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"关于（印发）“通知”的 通知", `关于(印发)"通知"的通知`},
		{"晋政发〔2020〕1号：a～b—c", "晋政发[2020]1号:a-b-c"},
		{"‘甲’，乙；丙\t丁\n", "'甲',乙;丙丁"},
		{"é𠀀ü~", "é𠀀ü-"},
		{"一\xe4\xb8二\xff", "一\uFFFD\uFFFD二\uFFFD"},
	} {
		if got := foldKey(c.in); got != c.want {
			t.Errorf("foldKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFoldKeyRuns: foldKey, copying runs of bytes it keeps, makes what
// writing it character by character makes, for every line of the samples
// and for titles with the characters it folds, spaces, invalid bytes and
// a literal U+FFFD.
func TestFoldKeyRuns(t *testing.T) {
	texts := []string{"", " ", "关于印发《某市工作方案》的通知", "（一）“某”：‘甲’，乙；丙—丁～戊〔2024〕［1］", "a~b\tc\nd",
		"名\xff称\xe4\xb8", "\xef\xbf\xbd名", "\xe4\xb8\xc0文", "\xf0\x9f\x99\x82", "某政发[2024]3号"}
	for _, name := range realFiles {
		texts = append(texts, strings.Split(string(readReal(t, name)), "\n")...)
	}
	for _, s := range texts {
		if got, want := foldKey(s), foldKeyByRune(s); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

// foldKeyByRune is foldKey as it was written, character by character.
func foldKeyByRune(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && c != ' ' && c != '\t' && c != '\n' && c != '~' {
			b.WriteByte(c)
			i++
			continue
		}
		if c >= 0xE4 && c <= 0xE9 && i+2 < len(s) && cont2(s[i+1], s[i+2]) {
			b.WriteString(s[i : i+3])
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch r {
		case ' ', '\t', '\n':
			continue
		case '（':
			r = '('
		case '）':
			r = ')'
		case '“', '”', '＂', '„':
			r = '"'
		case '‘', '’':
			r = '\''
		case '，':
			r = ','
		case '：':
			r = ':'
		case '；':
			r = ';'
		case '—', '－', '–', '~', '～', '―':
			r = '-'
		case '〔', '［':
			r = '['
		case '〕', '］':
			r = ']'
		}
		b.WriteRune(r)
	}
	return b.String()
}
