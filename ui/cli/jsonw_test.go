package cli

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestJSONWriter: the streaming writer prints what encoding/json's
// indenting Encoder (HTML escaping off) prints, for every kind of string
// and for empty and nested containers.
func TestJSONWriter(t *testing.T) {
	strs := []string{"", "鸡政发〔2022〕1号", `引号"与\\反斜杠`, "<b>&amp;</b>", "tab\tnl\ncr\r",
		"\x00\x01\x07\x1b]0;t\x07\x7f", "\b\f", "\u2028\u2029", "bad\xff\xfeutf8", "\u00a0\u3000", "emoji 🙂",
		"\u2027\u202a\u2030", "\xed\xa0\x80\xe0\x80\x80", "中\xe4\xb8", "\xe4\xb8\xc0文\xef\xbf\xbd\xef\xbf"}
	var buf bytes.Buffer
	j := newJSONWriter(&buf)
	j.open('{')
	j.key("strings")
	j.strs(strs)
	j.key("empty")
	j.strs(nil)
	j.key("nested")
	j.open('[')
	j.elem()
	j.open('{')
	j.key("n")
	j.int(-12)
	j.key("null")
	j.strOrNull("")
	j.key("obj")
	j.open('{')
	j.close('}')
	j.close('}')
	j.close(']')
	j.close('}')
	j.buf = append(j.buf, '\n')
	j.flush()

	type inner struct {
		N    int      `json:"n"`
		Null *string  `json:"null"`
		Obj  struct{} `json:"obj"`
	}
	want := struct {
		Strings []string `json:"strings"`
		Empty   []string `json:"empty"`
		Nested  []inner  `json:"nested"`
	}{strs, []string{}, []inner{{N: -12}}}
	var wb bytes.Buffer
	enc := json.NewEncoder(&wb)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(want); err != nil {
		t.Fatal(err)
	}
	if buf.String() != wb.String() {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), wb.String())
	}
}

// TestJSONWriterDeep: indentation deeper than the precomputed one is
// still right.
func TestJSONWriterDeep(t *testing.T) {
	for _, depth := range []int{31, 32, 33, 40} {
		var buf bytes.Buffer
		j := newJSONWriter(&buf)
		var v any = "leaf"
		for range depth {
			j.open('[')
			j.elem()
		}
		j.str("leaf")
		for range depth {
			j.close(']')
			v = []any{v}
		}
		j.flush()
		want, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if buf.String() != string(want) {
			t.Errorf("depth %d:\n%s\nwant\n%s", depth, buf.String(), want)
		}
	}
}
