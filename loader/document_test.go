package loader

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestNumberLineFastPaths: maySign passes over a line only when
// signedNumber could not read a 文号 in it, and noNumber only when
// numberLine could not, for the lines of the samples and for 文号 lines
// in the forms converters print them (spaces, markup, either order, a
// bracket of each kind, the longest issuer's abbreviation), their ends
// recorded on decoding or not.
func TestNumberLineFastPaths(t *testing.T) {
	var texts []string
	for _, br := range numberBrackets {
		num := "某政发" + br[0] + "2024" + br[1] + "3号"
		texts = append(texts, num+"  签发人：张三", "  "+num+"\t签发人:李四", "签发人：张三   "+num,
			"**"+num+"**  签发人：王五", "㐀政发 "+br[0]+"2024"+br[1]+"第12号 签 发 人：张三")
	}
	texts = append(texts, "一二三四五六七八〔2024〕3号 签发人：张三", "一二三四五六七八九〔2024〕3号 签发人：张三",
		"某政发〔2024〕3号", "  某政发〔2024〕3 号  ", "**某政发〔2024〕3号**", "", "  ")
	srcs := [][]byte{[]byte(strings.Join(texts, "\n"))}
	signed := 0
	for _, ls := range decodedWithSamples(t, srcs...) {
		for i := range ls { // the same lines without their ends recorded
			ls = append(ls, line{n: ls[i].n, text: ls[i].text})
		}
		for i := range ls {
			l := &ls[i]
			if _, _, ok := numberLine(l); ok && noNumber(l, l.last()) {
				t.Errorf("line %q: noNumber true, numberLine reads it", l.text)
			}
			text, _ := l.plain()
			if _, ok := signedNumber(trim(text)); ok {
				signed++
				if !maySign(l) {
					t.Errorf("line %q: maySign false, signedNumber reads it", l.text)
				}
			}
		}
	}
	if want := 2 * 5 * len(numberBrackets); signed < want {
		t.Errorf("%d signed lines read, want at least %d", signed, want)
	}
}

// TestHanLead: every Han character starts with a byte hanLead accepts;
// chronLast is the last byte of 记.
func TestHanLead(t *testing.T) {
	if chronLast != "记"[len("记")-1] {
		t.Errorf("chronLast %x", chronLast)
	}
	var b [utf8.UTFMax]byte
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if isHan(r) {
			utf8.EncodeRune(b[:], r)
			if !hanLead(b[0]) {
				t.Fatalf("%U starts with %x", r, b[0])
			}
		}
	}
}

// TestDocLasts: docLasts sends a line to the lists of findDocuments by
// its last byte exactly as the tests it stands for do, for every byte.
func TestDocLasts(t *testing.T) {
	for c := range 256 {
		k := docLasts[c]
		if got, want := k&lastChron != 0, c == chronLast || markupEnds[c]; got != want {
			t.Errorf("byte %#x: chronicle %v, want %v", c, got, want)
		}
		if got, want := k&lastDecree != 0, mayEndBy(decreeHeadEnds, byte(c)); got != want {
			t.Errorf("byte %#x: decree head %v, want %v", c, got, want)
		}
	}
}
