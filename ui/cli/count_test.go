package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"gazette/data"
	"gazette/ui/grid"
)

// TestCountLeaders is the example: the leaders of jixi's task
// table, counted by unit, padded names (徐 铭) included, with no
// one-character unit.
func TestCountLeaders(t *testing.T) {
	out, errs, code := run(t, "table", jixi, "2", "2", "--count", "责任领导", "--format", "tsv")
	if code != ExitFound || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if lines[0] != "责任领导\trecords" {
		t.Errorf("header %q", lines[0])
	}
	for _, want := range []string{"关集双\t34", "陈霖\t26", "徐铭\t26", "周诚\t24"} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("no line %q in\n%s", want, out)
		}
	}
	for _, l := range lines[1:] {
		if u, _, _ := strings.Cut(l, "\t"); len([]rune(u)) < 2 {
			t.Errorf("one-character unit: %q", l)
		}
	}
}

// TestCountAgreesWithWhere: on the columns of jixi's task table, every
// count --count prints equals the number of records --where 'COL=UNIT'
// prints, through the command line (the query package checks every
// column of every sample).
func TestCountAgreesWithWhere(t *testing.T) {
	for _, col := range []string{"责任领导", "责任单位", "完成时限"} {
		out, _, _ := run(t, "table", jixi, "2", "2", "--count", col, "--format", "json")
		var counts []jsonCountOut
		if err := json.Unmarshal([]byte(out), &counts); err != nil {
			t.Fatal(err)
		}
		for _, u := range counts[0].Units {
			where := fmt.Sprintf("%s=%s", col, u.Unit)
			recs, _, _ := run(t, "table", jixi, "2", "2", "--where", where, "--format", "json")
			var tables []jsonTableOut
			if err := json.Unmarshal([]byte(recs), &tables); err != nil {
				t.Fatal(err)
			}
			if len(tables) != 1 || len(tables[0].Records) != u.Count {
				t.Errorf("--where %s: %d tables, want one with %d records", where, len(tables), u.Count)
			}
		}
	}
}

// TestWhereExamples are the filters: the bureau typed as printed
// in either half of the table, and the tasks due by June.
func TestWhereExamples(t *testing.T) {
	for where, n := range map[string]int{"责任单位~主办: 市发改委": 16, "责任单位~主办：市发改委": 16, "完成时限<=2022年6月": 11} {
		out, _, code := run(t, "table", jixi, "2", "2", "--where", where, "--format", "tsv")
		if got := strings.Count(out, "\n") - 1; code != ExitFound || got != n {
			t.Errorf("--where %s: exit %d, %d records, want %d", where, code, got, n)
		}
	}
	_, errs, code := run(t, "table", jixi, "2", "2", "--where", "完成时限<=2022年13月")
	if code != ExitError || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "at character") {
		t.Errorf("bad date: exit %d, stderr %q; want 2 and one line saying where", code, errs)
	}
}

// TestNoRecordOutput: with no matching record the output is still
// well-formed for a script: [] in json, the header line in tsv and csv;
// the exit status is 1.
func TestNoRecordOutput(t *testing.T) {
	head := "分组\t序号\t重点工作任务\t责任领导\t责任单位\t完成时限\n"
	for format, want := range map[string]string{"json": "[]\n", "tsv": head, "csv": strings.ReplaceAll(head, "\t", ",")} {
		out, errs, code := run(t, "table", jixi, "2", "2", "--where", "责任单位~不存在的单位", "--format", format)
		if code != ExitNotFound || out != want || errs != "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 1 and %q", format, code, out, errs, want)
		}
	}
}

// TestCSVDefusesFormulas: cells a spreadsheet would run are prefixed with
// ' in csv, and left exact in tsv.
func TestCSVDefusesFormulas(t *testing.T) {
	tab := &data.Table{Columns: []string{"a", "b", "c", "d", "e", "f"},
		Records: []data.Record{{Group: -1, Cells: []data.Cell{{Text: "=1+1"}, {Text: "+cmd"}, {Text: "-x"}, {Text: "@SUM(A1)"}, {Text: "-5"}, {Text: "市发改委"}}}}}
	refs := []tableRef{{d: &data.Document{}, t: tab, records: []int{0}}}
	var csv, tsv strings.Builder
	if err := writeTablesCSV(&csv, refs, false); err != nil {
		t.Fatal(err)
	}
	if want := "a,b,c,d,e,f\n'=1+1,'+cmd,'-x,'@SUM(A1),-5,市发改委\n"; csv.String() != want {
		t.Errorf("csv %q, want %q", csv.String(), want)
	}
	if err := grid.WriteTSV(&tsv, grid.Rows(tab, []int{0})); err != nil {
		t.Fatal(err)
	}
	if want := "a\tb\tc\td\te\tf\n=1+1\t+cmd\t-x\t@SUM(A1)\t-5\t市发改委\n"; tsv.String() != want {
		t.Errorf("tsv %q, want %q", tsv.String(), want)
	}
}
