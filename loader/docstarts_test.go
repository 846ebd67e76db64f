package loader

import (
	"slices"
	"strings"
	"testing"

	"gazette/data"
)

// TestWrappedTitles: a title printed over several lines, the issuer's
// line included, is the whole of it as the contents page prints it; with
// no contents page, the lines printed together, the issuer's included.
func TestWrappedTitles(t *testing.T) {
	body := "\n\n某政发〔2022〕1号\n\n各区县人民政府:\n\n正文。\n"
	cases := []struct {
		name, contents, title, want, issuer string
	}{
		{"issuer line, contents with issuer", "某市人民政府关于印发某市推动建设现代企业实现高质量发展工作指引的通知.....1",
			"某市人民政府\n关于印发某市推动建设现代企业\n实现高质量发展工作指引的通知",
			"某市人民政府关于印发某市推动建设现代企业实现高质量发展工作指引的通知", "某市人民政府"},
		{"issuer line, contents without issuer", "关于印发某市推动建设现代企业实现高质量发展工作指引的通知.....1",
			"某市人民政府\n\n关于印发某市推动建设现代企业\n实现高质量发展工作指引的通知",
			"关于印发某市推动建设现代企业实现高质量发展工作指引的通知", "某市人民政府"},
		{"three lines, none says 关于", "某市推动建设现代企业实现高质量发展工作指引的通知.....1",
			"某市推动建设\n现代企业实现高质量\n发展工作指引的通知",
			"某市推动建设现代企业实现高质量发展工作指引的通知", ""},
		{"no contents, wrapped without 关于", "",
			"某市推动建设\n现代企业实现高质量\n发展工作指引的通知",
			"某市推动建设现代企业实现高质量发展工作指引的通知", ""},
		{"no contents, issuer and 关于", "",
			"某市人民政府办公室\n关于加快现代农业产业园创建的\n实施意见",
			"某市人民政府办公室关于加快现代农业产业园创建的实施意见", "某市人民政府办公室"},
		{"spaced wrap on one heading line", "某市人民政府印发某市小型水库管理办法的通知.....29",
			"# 某市人民政府印发 某市小型水库管理办法的通知",
			"某市人民政府印发某市小型水库管理办法的通知", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := "某市人民政府公报\n\n"
			if c.contents != "" {
				src += "目 录\n\n" + c.contents + "\n\n"
			}
			src += c.title + body
			is, err := Parse("t", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if len(is.Documents) != 1 {
				t.Fatalf("%d documents", len(is.Documents))
			}
			d := is.Documents[0]
			if d.Title != c.want || c.issuer != "" && d.Issuer != c.issuer {
				t.Errorf("title %q issuer %q, want %q %q", d.Title, d.Issuer, c.want, c.issuer)
			}
			if c.contents != "" && is.Contents[0].Document != 0 {
				t.Errorf("contents entry not linked")
			}
		})
	}
}

// TestDocumentsWithoutNumber: items without a 文号 that have their own
// title are documents of their own, found through the contents page or
// by the 主送 line under the title; an attachment title is not one.
func TestDocumentsWithoutNumber(t *testing.T) {
	numbered := "关于印发某市工作方案的通知\n\n某政发〔2022〕1号\n\n各区县人民政府:\n\n现印发给你们。\n\n某市人民政府\n\n2022年1月5日\n\n"
	cases := []struct {
		name     string
		contents string
		body     string
		titles   []string
	}{
		{"政务信息 listed in the contents", "【市政府文件】\n\n关于印发某市工作方案的通知……1\n\n【政务信息】\n\n某市召开全市安全生产工作会议……5\n\n市政府领导分工……6\n",
			numbered + "某市召开全市安全生产工作会议\n\n1月10日，全市安全生产工作会议召开。\n\n市政府领导分工\n\n市长某某：主持市政府全面工作。\n",
			[]string{"关于印发某市工作方案的通知", "某市召开全市安全生产工作会议", "市政府领导分工"}},
		{"人事任免 with 主送, no contents", "",
			numbered + "某市人民政府\n关于某某等同志任免职务的通知\n\n各区县人民政府，市政府各委、办、局：\n\n经研究，决定任命某某为某局局长。\n\n某市人民政府\n\n2022年2月1日\n",
			[]string{"关于印发某市工作方案的通知", "某市人民政府关于某某等同志任免职务的通知"}},
		{"wrapped listed title", "关于印发某市工作方案的通知……1\n\n某市人民政府关于调整市政府领导同志工作分工的通知……7\n",
			numbered + "某市人民政府关于调整市政府领导\n同志工作分工的通知\n\n根据工作需要，现将分工调整如下。\n",
			[]string{"关于印发某市工作方案的通知", "某市人民政府关于调整市政府领导同志工作分工的通知"}},
		{"listed title under an attachment's title", "关于印发某市工作方案的通知……1\n\n某市人民政府关于王某某等同志职务任免的通知……5\n",
			numbered + "附件\n\n某市重点事项清单\n\n某市人民政府关于王某某等同志职务任免的通知\n\n各区县人民政府：\n\n经研究决定，任命王某某为某局局长。\n",
			[]string{"关于印发某市工作方案的通知", "某市人民政府关于王某某等同志职务任免的通知"}},
		{"forwarded notice under 附件 stays an attachment", "",
			numbered + "附件\n\n关于做好安全生产工作的通知\n\n各市人民政府：\n\n请认真落实。\n",
			[]string{"关于印发某市工作方案的通知"}},
		{"attachment title stays an attachment", "",
			numbered + "附件\n\n某市工作领导小组成员名单\n\n组长：某某\n",
			[]string{"关于印发某市工作方案的通知"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := "某市人民政府公报\n\n"
			if c.contents != "" {
				src += "目 录\n\n" + c.contents + "\n"
			}
			is, err := Parse("t", []byte(src+c.body))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range is.Documents {
				got = append(got, d.Title)
			}
			if strings.Join(got, "|") != strings.Join(c.titles, "|") {
				t.Errorf("documents %q, want %q", got, c.titles)
			}
			for i, e := range is.Contents {
				if e.Document != i {
					t.Errorf("entry %d %q → %d", i, e.Title, e.Document)
				}
			}
		})
	}
}

// TestListedAfterEmptyEntry: a contents entry whose title keys to
// nothing (spaces only) is no title's end, and the others are found.
func TestListedAfterEmptyEntry(t *testing.T) {
	ls := []line{decoded(1, "某市召开全市安全生产工作会议"), decoded(2, ""), decoded(3, "1月10日，会议召开。")}
	entries := []data.ContentsEntry{{Title: "  "}, {Title: "某市召开全市安全生产工作会议"}}
	starts := moreDocuments(ls, 0, nil, entries)
	if len(starts) != 1 || starts[0].title != entries[1].Title || starts[0].start != 0 {
		t.Errorf("documents %+v, want %q at line 1", starts, entries[1].Title)
	}
}

// TestWebPageNoContents: a web page holding one document gets no
// contents page made up for it.
func TestWebPageNoContents(t *testing.T) {
	is := parseReal(t, "hegang-2022-emergency-plan.txt")
	if len(is.Contents) != 0 || len(is.Documents) != 1 {
		t.Errorf("%d contents entries, %d documents", len(is.Contents), len(is.Documents))
	}
}

// TestEndsWithin: listedTitle's test of the lines' ends passes over no
// line at which listedAt finds a title, for the titles of the samples'
// contents, at every line of the samples and of titles printed whole,
// wrapped, in markup and under an issuer's line.
func TestEndsWithin(t *testing.T) {
	extra := "某市人民政府\n关于加快现代农业\n产业园创建的实施意见\n\n**关于印发某市工作方案的通知**\n\n## 关于调整市政府领导\n\n同志工作分工的通知\n"
	extraTitles := []string{"关于加快现代农业产业园创建的实施意见", "关于印发某市工作方案的通知", "关于调整市政府领导同志工作分工的通知"}
	found := 0
	for _, name := range append(realFiles, "") {
		src, titles := []byte(extra), extraTitles
		if name != "" {
			src = readReal(t, name)
			titles = nil
			for _, e := range parseReal(t, name).Contents {
				titles = append(titles, e.Title)
			}
		}
		ls, err := decode(src, func(int, string) {})
		if err != nil {
			t.Fatal(err)
		}
		newListing := func() *listing {
			li := &listing{keys: map[string]int{}, full: map[string]bool{}, ends: map[string]bool{}}
			for _, e := range titles {
				li.full[foldKey(e)] = true
				k := titleKey(e)
				li.keys[k]++
				li.ends[lastRunes(k, 2)] = true
				if k != "" {
					li.last[k[len(k)-1]] = true
				}
			}
			return li
		}
		li := newListing()
		taken, fits := make([]bool, len(ls)), make(titleFits, len(ls))
		for i := range ls {
			within := li.endsWithin(ls, i, taken, fits)
			if _, ok := listedAt(ls, i, li, taken, fits); ok {
				found++
				li = newListing()
				if !within {
					t.Errorf("%s line %d (%q): listedAt finds a title, endsWithin passes over it", name, i, ls[i].text)
				}
			}
		}
	}
	if found < 3 {
		t.Errorf("%d titles found, want at least 3", found)
	}
}

// TestEndsNear: endsNear lists the lines, not blank, not taken and at
// most 240 bytes long, of which one of the three lines not blank from
// them on ends in a byte a title not yet found ends in, as a walk from
// each line finds them, for the lines of the samples (some taken) and
// the ends of their contents' titles.
func TestEndsNear(t *testing.T) {
	for _, name := range realFiles {
		ls, err := decode(readReal(t, name), func(int, string) {})
		if err != nil {
			t.Fatal(err)
		}
		li := &listing{}
		for _, e := range parseReal(t, name).Contents {
			if k := titleKey(e.Title); k != "" {
				li.last[k[len(k)-1]] = true
			}
		}
		taken := make([]bool, len(ls))
		for i := range taken {
			taken[i] = i%7 == 3
		}
		for _, from := range []int{0, len(ls) / 3} {
			var want []int
			for i := from; i < len(ls); i++ {
				if ls[i].last() == 0 || taken[i] || len(ls[i].text) > 240 {
					continue
				}
				for j, n := i, 0; j < len(ls) && n < 3; j++ {
					if c := ls[j].last(); c != 0 {
						if li.last[c] || markupEnds[c] {
							want = append(want, i)
							break
						}
						n++
					}
				}
			}
			if got := li.endsNear(ls, from, taken); !slices.Equal(got, want) {
				t.Errorf("%s from %d: %d lines near ends, want %d", name, from, len(got), len(want))
			}
		}
	}
}

// TestMayFollowTitle: mayFollowTitle, told the nearest line above that is
// not blank as the lines are passed in turn, answers as a walk back from
// each line over at most three blank lines does, for the lines of the
// samples and of titles over 主送 lines after blank lines and markup.
func TestMayFollowTitle(t *testing.T) {
	walkBack := func(ls []line, k int) bool {
		for j, blanks := k-1, 0; j >= 0; j-- {
			c := ls[j].last()
			if c == 0 {
				if blanks++; blanks > 3 {
					return false
				}
				continue
			}
			return docTitleLasts[c] || markupEnds[c] || markupStarts[ls[j].first()]
		}
		return false
	}
	srcs := [][]byte{[]byte("\n\n关于某某等同志任免职务的通知\n\n\n\n各区县人民政府：\n关于某事的决定\n\n\n\n\n各区县：\n**关于某事的函**\n各单位：\n# 标题\n主送：\n")}
	follows := 0
	for _, ls := range decodedWithSamples(t, srcs...) {
		for _, from := range []int{0, 3, len(ls) / 2} {
			prev := inkedAbove(ls, from)
			for k := from; k < len(ls); k++ {
				if ls[k].last() == 0 {
					continue
				}
				got, want := mayFollowTitle(ls, prev, k), walkBack(ls, k)
				if got != want {
					t.Errorf("line %d %q: %v, want %v", k, ls[k].text, got, want)
				}
				if want {
					follows++
				}
				prev = k
			}
		}
	}
	if follows < 10 {
		t.Errorf("%d lines may follow a title, want at least 10", follows)
	}
}
