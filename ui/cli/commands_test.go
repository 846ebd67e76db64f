package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"gazette/loader"
)

// runIn runs the command line like run, with stdout a terminal or not and
// the environment variables of vars.
func runIn(t *testing.T, terminal bool, vars map[string]string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(Env{
		Args:       args,
		Stdout:     &out,
		Stderr:     &errb,
		Getenv:     func(k string) string { return vars[k] },
		IsTerminal: func(io.Writer) bool { return terminal },
		Load:       loader.Load,
		Read:       loader.ReadFile,
		Parse:      loader.Parse,
		Sample:     os.DirFS(gazettes),
	})
	return out.String(), errb.String(), code
}

const jixi = gazettes + "jixi-2022-02.txt"

func TestTableGolden(t *testing.T) {
	cases := []struct {
		name   string
		args   []string
		golden string
	}{
		{"tsv", []string{"table", jixi, "2", "2", "--where", "责任单位~发改委", "--format", "tsv"}, "table/jixi-2-2-fagaiwei.tsv"},
		{"text", []string{"table", "--width", "100", jixi, "2", "2", "--where", "责任单位~发改委"}, "table/jixi-2-2-fagaiwei.txt"},
		{"text wide", []string{"table", jixi, "2", "1", "--width", "60", "--ambiguous", "wide"}, "table/jixi-2-1-wide60.txt"},
		{"csv every table of a document", []string{"table", jixi, "2", "--where", "完成时限~2022年6月", "--format", "csv"}, "table/jixi-2-june.csv"},
		{"json by 文号", []string{"table", jixi, "鸡政发[2022]2号", "1", "--format", "json"}, "table/jixi-2-1.json"},
		{"every table of the issue", []string{"table", jixi, "--where", "责任领导~张涛", "--where", "完成时限!~12月", "--format", "tsv"}, "table/jixi-zhangtao.tsv"},
		{"continuation records", []string{"table", gazettes + "jincheng-2020-02.txt", "1", "1", "--where", "序号~23", "--format", "tsv"}, "table/jincheng-1-1-23.tsv"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := run(t, c.args...)
			if code != ExitFound || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			golden(t, c.golden, out)
		})
	}
}

// TestTableExample is the example of the issue: 31 of the 167 records of
// the task table of document 2 name 市发改委 as 责任单位.
func TestTableExample(t *testing.T) {
	out, _, code := run(t, "table", jixi, "2", "2", "--where", "责任单位~发改委", "--format", "tsv")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != ExitFound || len(lines) != 32 {
		t.Fatalf("exit %d, %d lines, want 0 and a header with 31 records", code, len(lines))
	}
	if want := "分组\t序号\t重点工作任务\t责任领导\t责任单位\t完成时限"; lines[0] != want {
		t.Errorf("header %q, want %q", lines[0], want)
	}
	for _, l := range lines[1:] {
		if f := strings.Split(l, "\t"); len(f) != 6 || !strings.Contains(f[4], "市发改委") {
			t.Errorf("record %q: want 6 fields with 市发改委 in 责任单位", l)
		}
	}
	out, _, _ = run(t, "table", jixi, "2", "2", "--where", "责任单位!~发改委", "--format", "tsv")
	if n := strings.Count(out, "\n"); n != 1+167-31 {
		t.Errorf("negated filter: %d lines, want the header and %d records", n, 167-31)
	}
	out, _, _ = run(t, "table", jixi, "2", "2", "--where", "责任单位~发改委")
	if !strings.Contains(out, "(31 of 167 records)") {
		t.Errorf("text output does not say 31 of 167 records:\n%s", out)
	}
}

func TestTableJSONRecords(t *testing.T) {
	out, _, code := run(t, "table", gazettes+"jincheng-2020-02.txt", "--format", "json")
	if code != ExitFound {
		t.Fatalf("exit %d", code)
	}
	var tables []jsonTableOut
	if err := json.Unmarshal([]byte(out), &tables); err != nil {
		t.Fatal(err)
	}
	is, err := loader.Load(gazettes + "jincheng-2020-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	continued := 0
	for _, jt := range tables {
		tb := is.Documents[jt.Document].Tables()[jt.Table]
		if len(jt.Records) != len(tb.Records) || jt.Total != len(tb.Records) {
			t.Errorf("table %d.%d: %d records, want %d", jt.Document, jt.Table, len(jt.Records), len(tb.Records))
			continue
		}
		for i, r := range jt.Records {
			rec := tb.Records[i]
			if r.Continuation {
				continued++
			}
			for c, cell := range rec.Cells {
				if r.Cells[c] != cell.Text {
					t.Errorf("table %d.%d record %d cell %d: %q, want %q", jt.Document, jt.Table, i, c, r.Cells[c], cell.Text)
				}
			}
		}
	}
	if continued == 0 {
		t.Error("no continuation record: the test file should have some")
	}
}

func TestTableExit(t *testing.T) {
	cases := []struct {
		name string
		args []string
		code int
		want string // in the one-line message, "" for none
	}{
		{"no record left", []string{"table", jixi, "2", "2", "--where", "责任单位~不存在的单位"}, ExitNotFound, ""},
		{"document without tables", []string{"table", jixi, "1"}, ExitNotFound, ""},
		{"unknown column", []string{"table", jixi, "2", "2", "--where", "负责人~张涛"}, ExitError, "负责人"},
		{"unknown column in every table", []string{"table", jixi, "--where", "负责人~张涛"}, ExitError, "负责人"},
		{"unbalanced quote", []string{"table", jixi, "2", "--where", `责任单位~"发改委`}, ExitError, "quote"},
		{"empty filter", []string{"table", jixi, "2", "--where", "责任单位~"}, ExitError, "empty"},
		{"unknown format", []string{"table", jixi, "--format", "xml"}, ExitError, "xml"},
		{"document out of range", []string{"table", jixi, "9"}, ExitError, "document 9"},
		{"unknown 文号", []string{"table", jixi, "鸡政发〔2099〕1号"}, ExitError, "2099"},
		{"table out of range", []string{"table", jixi, "2", "3"}, ExitError, "table 3"},
		{"table not a number", []string{"table", jixi, "2", "two"}, ExitError, "two"},
		{"too many arguments", []string{"table", jixi, "2", "2", "2"}, ExitError, "FILE"},
		{"no file", []string{"table"}, ExitError, "FILE"},
		{"missing file", []string{"table", "nope.txt"}, ExitError, "nope.txt"},
		{"narrow width", []string{"table", jixi, "--width", "5"}, ExitError, "width"},
		{"negative width", []string{"table", jixi, "--width", "-100"}, ExitError, "width"},
		{"wide width", []string{"table", jixi, "--width", "1001"}, ExitError, "width"},
		{"huge width", []string{"table", jixi, "--width", "99999999999999999999"}, ExitError, "width"},
		{"bad ambiguous", []string{"table", jixi, "--ambiguous", "medium"}, ExitError, "medium"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := run(t, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, c.code, errs)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			if c.want == "" && errs != "" {
				t.Errorf("stderr %q, want nothing", errs)
			}
			if c.want != "" && (strings.Count(errs, "\n") != 1 || !strings.Contains(errs, c.want)) {
				t.Errorf("stderr %q: want one line naming %q", errs, c.want)
			}
		})
	}
}

func TestTocReadGolden(t *testing.T) {
	cases := []struct {
		name   string
		args   []string
		golden string
	}{
		{"toc", []string{"toc", jixi}, "toc/jixi-80.txt"},
		{"toc wide", []string{"toc", "--width", "60", "--ambiguous", "wide", gazettes + "jincheng-2020-02.txt"}, "toc/jincheng-60-wide.txt"},
		{"read", []string{"read", jixi, "2", "--width", "100"}, "read/jixi-2-100.txt"},
		{"read by 文号", []string{"read", jixi, "鸡政发〔2022〕2号", "--width", "100"}, "read/jixi-2-100.txt"},
		{"read web page", []string{"read", gazettes + "hegang-2022-emergency-plan.txt", "1"}, "read/hegang-1-80.txt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := runIn(t, true, map[string]string{"NO_COLOR": "1"}, c.args...)
			if code != ExitFound || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			if strings.Contains(out, "\x1b") {
				t.Error("escape sequences in the output")
			}
			golden(t, c.golden, out)
		})
	}
}

// TestTocReadColour checks that on a terminal without NO_COLOR toc and read
// style the text and change nothing else.
func TestTocReadColour(t *testing.T) {
	sgr := regexp.MustCompile("\x1b\\[[0-9;]*m")
	for _, args := range [][]string{{"toc", jixi}, {"read", jixi, "2", "--width", "100"}} {
		plain, _, _ := runIn(t, false, nil, args...)
		styled, errs, code := runIn(t, true, nil, args...)
		if code != ExitFound || errs != "" {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errs)
		}
		if !strings.Contains(styled, "\x1b[") {
			t.Errorf("%v: no escape sequences on a terminal", args)
		}
		if got := sgr.ReplaceAllString(styled, ""); got != plain {
			t.Errorf("%v: the styled text differs from the plain text", args)
		}
	}
}

func TestTocReadErrors(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"toc without file", []string{"toc"}, "FILE"},
		{"toc two files", []string{"toc", jixi, jixi}, "FILE"},
		{"toc narrow", []string{"toc", "--width", "3", jixi}, "width"},
		{"toc wide", []string{"toc", "--width", "1001", jixi}, "width"},
		{"read wide", []string{"read", jixi, "1", "--width", "2000000000"}, "width"},
		{"read without DOC", []string{"read", jixi}, "DOC"},
		{"read DOC 0", []string{"read", jixi, "0"}, "document 0"},
		{"read unknown 文号", []string{"read", jixi, "鸡政发〔2099〕1号"}, "2099"},
		{"read missing file", []string{"read", "nope.txt", "1"}, "nope.txt"},
		{"read bad width", []string{"read", jixi, "1", "--width", "wide"}, "width"},
		{"serve without DIR", []string{"serve"}, "directory"},
		{"serve without a home", []string{"serve", gazettes}, "host key"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := run(t, c.args...)
			if code != ExitError || out != "" {
				t.Errorf("exit %d, stdout %q: want %d and nothing", code, out, ExitError)
			}
			if strings.Count(errs, "\n") != 1 || !strings.Contains(errs, c.want) {
				t.Errorf("stderr %q: want one line naming %q", errs, c.want)
			}
		})
	}
}

// TestCommandHelp checks that help describes every command and flag.
func TestCommandHelp(t *testing.T) {
	flags := map[string][]string{
		"inspect": {"-json"},
		"toc":     {"-width", "-ambiguous"},
		"read":    {"-width", "-ambiguous"},
		"table":   {"-where", "-format", "-width", "-ambiguous"},
		"search":  {"-json", "-no-index"},
		"serve":   {"-listen", "-authorized-keys", "-max-sessions", "-idle-timeout", "-ambiguous"},
		"index":   {},
	}
	overview, _, _ := run(t, "help")
	for _, c := range commands() {
		if !strings.Contains(overview, "gazette "+c.help.Usage.En) {
			t.Errorf("help does not list %s", c.name)
		}
		want, ok := flags[c.name]
		if !ok {
			t.Errorf("command %s: list its flags in this test", c.name)
		}
		for _, args := range [][]string{{c.name, "-h"}, {"help", c.name}} {
			out, errs, code := run(t, args...)
			if code != ExitFound || errs != "" {
				t.Errorf("%v: exit %d, stderr %q", args, code, errs)
			}
			for _, f := range want {
				if !strings.Contains(out, f) {
					t.Errorf("%v does not describe %s:\n%s", args, f, out)
				}
			}
		}
	}
}
