package query

import "testing"

// TestDeadlines compares deadline cells with bounds, the year of a cell
// without one being 2022.
func TestDeadlines(t *testing.T) {
	tests := []struct {
		cell, op, bound string
		want            bool
	}{
		{"2022年6月", "<=", "2022年6月", true},
		{"2022年6月", "<", "2022年6月", false},
		{"2022年6月", "<=", "2022年6月30日", true},
		{"2022年6月", "<", "2022年7月1日", true},
		{"6月底前", "<=", "2022年6月", true},
		{"2022年6月30日", ">=", "2022年6月", true},
		{"2022年6月30日", ">", "2022年6月", false},
		{"上半年", "<=", "2022年6月", true},
		{"2022年上半年", "<", "2022年6月", false},
		{"年底", ">", "2022年11月", true},
		{"年内", "<=", "2022年11月", false},
		{"2022年三季度", "<=", "2022年9月", true},
		{"2022年 每季度末", "<=", "2022年3月", true},
		{"每季度末", ">", "2022年11月", true},
		{"每月", "<", "2022年2月", true},
		{"长期坚持", "<=", "2030年", false},
		{"持续推进", ">=", "2000年", false},
		{"2020年5月-9月", "<=", "2020年8月", false},
		{"2020年5月-9月", "<=", "2020年9月", true},
		{"2022-06-30", "<=", "2022年6月", true},
		{"2023年1月", "<=", "12月", false},
		{"市发改委", "<=", "2022年6月", false},
	}
	for _, tt := range tests {
		c, ok := parseWhen(Normalize(tt.cell))
		if !ok && tt.want {
			t.Errorf("%s: not a deadline", tt.cell)
			continue
		}
		b, ok := parseWhen(Normalize(tt.bound))
		if !ok {
			t.Fatalf("%s: bound not a date", tt.bound)
		}
		op := map[string]Op{"<": OpLess, "<=": OpLessEq, ">": OpGreater, ">=": OpGreaterEq}[tt.op]
		if got := compareWhen(c, op, b, 2022); got != tt.want {
			t.Errorf("%s %s %s = %v, want %v", tt.cell, tt.op, tt.bound, got, tt.want)
		}
	}
}
