package msg

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

func TestFromEnv(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want Lang
	}{
		{map[string]string{}, En},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, Zh},
		{map[string]string{"LANG": "zh_TW.Big5"}, Zh},
		{map[string]string{"LANG": "zh_SG"}, Zh},
		{map[string]string{"LANG": "C.UTF-8"}, En},
		{map[string]string{"LANG": "fr_FR.UTF-8"}, En},
		{map[string]string{"LANG": "en_US.UTF-8"}, En},
		{map[string]string{"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "C"}, En},
		{map[string]string{"LANG": "C", "LC_MESSAGES": "zh_CN.GB18030"}, Zh},
		{map[string]string{"LC_ALL": "POSIX", "LC_MESSAGES": "zh_CN.UTF-8"}, En},
		{map[string]string{"LC_ALL": "zh_HK.UTF-8@stroke", "LANG": "C"}, Zh},
	}
	for _, c := range cases {
		if got := FromEnv(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%v: %v, want %v", c.env, got, c.want)
		}
	}
}

func TestParse(t *testing.T) {
	for s, want := range map[string]Lang{"zh": Zh, "en": En, "zh-CN": Zh, "en_GB": En, "zh-Hans": Zh} {
		if got, err := Parse(s); err != nil || got != want {
			t.Errorf("Parse(%q) = %v, %v; want %v", s, got, err, want)
		}
	}
	for _, s := range []string{"", "fr", "klingon", "C"} {
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(%q) took it", s)
		}
	}
}

func TestCount(t *testing.T) {
	en, zh := New(En), New(Zh)
	if got := en.F(SearchHitsIn, en.N(SearchHits, 1), en.N(SearchIssues, 1)); got != "1 hit in 1 issue" {
		t.Errorf("got %q", got)
	}
	if got := zh.F(SearchHitsIn, zh.N(SearchHits, 39), zh.N(SearchIssues, 3)); got != "39条结果，3期" {
		t.Errorf("got %q", got)
	}
}

// keyCaps are the names printed on keys, which the Chinese interface
// keeps, and format verbs.
var keyCaps = map[string]bool{"PgDn": true, "PgUp": true, "Home": true, "End": true, "Esc": true, "Tab": true, "Ctrl": true,
	// Names of a format and a program, and the command that installs it,
	// are typed as they are, like key caps.
	"PDF": true, "pdftotext": true, "apt": true, "get": true, "install": true, "poppler": true, "utils": true}

var asciiWord = regexp.MustCompile(`[A-Za-z]{2,}`)

// TestCatalogue reads every message of the interface (all files but the
// command line's, whose synopses name commands and flags): each language
// is there, the Chinese has no English word but key caps, and the English
// no Chinese.
func TestCatalogue(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go") && fi.Name() != "cli.go" && fi.Name() != "msg.go"
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range pkgs {
		ast.Inspect(p, func(node ast.Node) bool {
			cl, ok := node.(*ast.CompositeLit)
			if !ok {
				return true
			}
			id, ok := cl.Type.(*ast.Ident)
			if !ok || id.Name != "Text" && id.Name != "Count" {
				return true
			}
			var s []string
			for _, e := range cl.Elts {
				if bl, ok := e.(*ast.BasicLit); ok {
					v, _ := strconv.Unquote(bl.Value)
					s = append(s, v)
				}
			}
			n++
			pos := fset.Position(cl.Pos())
			if len(s) != len(cl.Elts) || slicesHasEmpty(s) {
				t.Errorf("%s: a message without one of its languages", pos)
				return false
			}
			zh := s[len(s)-1]
			for _, w := range asciiWord.FindAllString(zh, -1) {
				if !keyCaps[w] {
					t.Errorf("%s: English %q in %q", pos, w, zh)
				}
			}
			for _, en := range s[:len(s)-1] {
				if strings.ContainsFunc(en, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
					t.Errorf("%s: Chinese in %q", pos, en)
				}
			}
			return false
		})
	}
	if n < 50 {
		t.Errorf("read %d messages; the test no longer finds them", n)
	}
}

func slicesHasEmpty(s []string) bool {
	for _, x := range s {
		if x == "" {
			return true
		}
	}
	return false
}
