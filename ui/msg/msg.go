// Package msg is gazette's message catalogue: every word the interface
// and the command line's help show, in English and in Chinese.
//
// A message is a Text (or a Count, for a number of things) holding both
// languages side by side, so that a message without its translation does
// not compile. The messages are grouped in one file per screen or area
// (library.go, reader.go, …). A Catalog picks the language; it is made
// once at start, from the locale (FromEnv) or --lang (Parse), and handed
// down to the screens: the package holds no state.
package msg

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// Lang is a language of the interface.
type Lang int

// The languages of the interface.
const (
	En Lang = iota // English, the default
	Zh             // Simplified Chinese
)

// String returns the language's code for --lang: "en" or "zh".
func (l Lang) String() string {
	if l == Zh {
		return "zh"
	}
	return "en"
}

// Parse reads a --lang value: "zh" or "en" (or any tag the matcher
// takes to one of them, such as zh-CN or en_US).
func Parse(s string) (Lang, error) {
	if l, ok := match(s); ok {
		return l, nil
	}
	return En, fmt.Errorf("unknown language %q: want zh or en", s)
}

// FromEnv returns the language of the locale: the first of LC_ALL,
// LC_MESSAGES and LANG that is set decides, as for every POSIX program;
// Chinese when it names Chinese (zh_CN.UTF-8, zh_TW, zh), else English.
func FromEnv(getenv func(string) string) Lang {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := getenv(v); s != "" {
			l, _ := match(s)
			return l
		}
	}
	return En
}

// supported are the interface's languages, in Lang order.
var supported = []language.Tag{language.English, language.SimplifiedChinese}

// matcher matches a locale's tag to a supported language.
var matcher = language.NewMatcher(supported)

// match reads a locale (zh_CN.UTF-8, en_US@euro, C) or a tag (zh-Hans) and
// matches it to a language. ok is false when s names no language the
// interface has (C, POSIX, fr_FR); the language is then English.
func match(s string) (Lang, bool) {
	s, _, _ = strings.Cut(s, ".") // the codeset
	s, _, _ = strings.Cut(s, "@") // the modifier
	tag, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil || s == "C" || s == "POSIX" {
		return En, false
	}
	_, i, conf := matcher.Match(tag)
	if conf == language.No {
		return En, false
	}
	return Lang(i), true
}

// Text is one message in both languages. It may be a fmt format.
type Text struct{ En, Zh string }

// Count is a message about a number of things, a fmt format with one %d:
// English has a singular and a plural, Chinese one form.
type Count struct{ One, Other, Zh string }

// Catalog gives the messages in one language.
type Catalog struct{ Lang Lang }

// New returns the catalogue of language l.
func New(l Lang) Catalog { return Catalog{Lang: l} }

// T returns t in the catalogue's language.
func (c Catalog) T(t Text) string {
	if c.Lang == Zh {
		return t.Zh
	}
	return t.En
}

// F formats t in the catalogue's language with a.
func (c Catalog) F(t Text, a ...any) string { return fmt.Sprintf(c.T(t), a...) }

// N formats the count n of the things k names.
func (c Catalog) N(k Count, n int) string {
	switch {
	case c.Lang == Zh:
		return fmt.Sprintf(k.Zh, n)
	case n == 1:
		return fmt.Sprintf(k.One, n)
	}
	return fmt.Sprintf(k.Other, n)
}
