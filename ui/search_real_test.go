package ui

import (
	"reflect"
	"strings"
	"sync"
	"testing"

	"gazette/data"
	"gazette/data/query"
	"gazette/loader"
	say "gazette/ui/msg"
	"gazette/ui/page"
)

// realIssues loads the five real issues once for the tests.
var realIssues = sync.OnceValues(func() ([]*data.Issue, error) {
	var issues []*data.Issue
	for _, n := range []string{"hegang-2022-emergency-plan", "jincheng-2020-02", "jixi-2022-02", "shuangyashan-2024-05", "yangcheng-2022-03"} {
		is, err := loader.Load("../testdata/gazettes/" + n + ".txt")
		if err != nil {
			return nil, err
		}
		issues = append(issues, is)
	}
	return issues, nil
})

// realLibrary is the five real issues, as the sample library lists them.
func realLibrary(t *testing.T) (Options, []*data.Issue) {
	t.Helper()
	issues, err := realIssues()
	if err != nil {
		t.Fatal(err)
	}
	var o Options
	for _, is := range issues {
		o.Sources = append(o.Sources, Source{Name: is.Source, Load: func() (*data.Issue, error) { return is, nil }})
	}
	return o, issues
}

// TestRealSearchRank: ctrl+f lists the hits of the real issues in the
// order of gazette search (query.SortHits) for every query; for 秸秆 the
// notice titled with it comes first, Enter lands on its title, and the
// counter reads as Chinese does.
func TestRealSearchRank(t *testing.T) {
	o, issues := realLibrary(t)
	o.Lang = say.Zh
	for _, q := range []string{"秸秆", "企业", "发改委", "应急 预案", "加快构建现代产业体系", "\"工作方案\""} {
		m := start(t, o, 80, 24)
		searchAll(m, q)
		r := m.top().(*results)
		want := query.Search(issues, r.matcher)
		query.SortHits(want)
		if !reflect.DeepEqual(r.hits, want) {
			t.Errorf("%s: ctrl+f order differs from gazette search's", q)
		}
	}
	m := start(t, o, 80, 24)
	searchAll(m, "秸秆")
	r := m.top().(*results)
	if h := r.hits[0]; h.Kind != query.KindTitle || !strings.Contains(h.Title, "秸秆综合利用") {
		t.Fatalf("first hit %+v, want the title of the 秸秆综合利用 notice", h)
	}
	if left, _ := r.status(); left != "39条结果，3期" {
		t.Errorf("counter %q", left)
	}
	press(m, "enter")
	rd := m.top().(*reader)
	cur, ok := rd.find.current()
	if !ok || rd.lay.Lines[cur.line].Spans[0].Class != page.Title || cur.line < rd.top {
		t.Errorf("enter lands on line %d (top %d), not on the title:\n%s", cur.line, rd.top, shot(m))
	}
}
