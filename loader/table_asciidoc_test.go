package loader

import (
	"slices"
	"testing"
)

func TestAsciidocTables(t *testing.T) {
	cases := []struct{ name, body, warn string }{
		// What pandoc -t asciidoc printed for jixi's table: a cell over
		// two lines, a row over two.
		{"pandoc", "[width=\"100%\",cols=\"25%,25%,25%,25%\",options=\"header\",]\n|===\n|序号 |单位 |职责 |时限\n|1 |市应急局 |主办：市应急局\n协办：市财政局 |2022年12月\n\n|2 |市公安局\n|负责交通管制。 |2022年6月\n|===",
			"6: an AsciiDoc table (lines 6–14) was read by its cells' bars"},
		// An implicit header: a blank line under the first line.
		{"implicit header", "|===\n|序号 |单位 |职责 |时限\n\n|1 |市应急局 |主办：市应急局协办：市财政局 |2022年12月\n|2 |市公安局 |负责交通管制。 |2022年6月\n|===",
			"6: an AsciiDoc table (lines 6–11) was read by its cells' bars"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tables, paras, warns := borderedDoc(t, c.body)
			if len(tables) != 1 {
				t.Fatalf("%d tables, want 1; paragraphs %q", len(tables), paras)
			}
			wantRecords(t, tables[0], "序号|单位|职责|时限",
				"1|市应急局|主办：市应急局协办：市财政局|2022年12月", "2|市公安局|负责交通管制。|2022年6月")
			if !slices.Contains(warns, c.warn) {
				t.Errorf("warnings %q, want %q", warns, c.warn)
			}
		})
	}
}
