package loader

import "strings"

// unwrapRow joins to r the lines that a fixed-width hard wrap cut it into:
// a row with fewer fields than the header's want, continued right below
// (no blank line) by lines whose first field carries on its last cell.
// The join is made only when it completes the row to exactly want fields;
// a line that starts a row of its own (an empty first field, a 序号),
// furniture or a group label is never taken. next is the index after r.
func unwrapRow(ls []line, r row, next, want int) (row, int) {
	if len(r.cells) >= want || len(r.more) > 0 {
		return r, next
	}
	cells := r.cells
	var more []line
	k := next
	for len(cells) < want && k < len(ls) {
		fields := strings.Split(ls[k].text, "\t")
		f0 := trim(fields[0])
		if f0 == "" || digitPrefix(f0) == len(f0) ||
			len(cells)+len(fields)-1 > want || pageFurniture(f0) || groupLabel(f0) {
			break
		}
		joined := make([]string, 0, len(cells)+len(fields)-1)
		joined = append(joined, cells[:len(cells)-1]...)
		joined = append(joined, cells[len(cells)-1]+fields[0])
		cells = append(joined, fields[1:]...)
		more = append(more, ls[k])
		k++
	}
	if len(cells) != want || len(more) == 0 {
		return r, next
	}
	return row{line: r.line, cells: cells, more: more, brk: r.brk, wrapped: true}, k
}
