package loader

import (
	"strings"

	"gazette/data"
)

// extractTables scans the lines of one document body and replaces every
// table region with a block. Lines outside tables are passed through.
//
// PLACEHOLDER owned by the table work: each run of tab lines becomes a raw block.
func extractTables(lines []line, warn warnFunc) []bodyItem {
	var out []bodyItem
	for i := 0; i < len(lines); i++ {
		if !strings.Contains(lines[i].text, "\t") {
			out = append(out, bodyItem{line: lines[i]})
			continue
		}
		j := i
		var sb []string
		for j < len(lines) && strings.Contains(lines[j].text, "\t") {
			sb = append(sb, lines[j].text)
			j++
		}
		out = append(out, bodyItem{block: &data.Block{Kind: data.Raw, Line: lines[i].n, Text: strings.Join(sb, "\n")}})
		i = j - 1
	}
	return out
}
