package ui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"gazette/data"
	"gazette/data/query"
	"gazette/ui/keys"
	say "gazette/ui/msg"
)

// opener is a navigation message that opens a screen on top of the
// current one.
type opener interface {
	open(c *common) screen
}

// openTableMsg opens table index (of Document.Tables) of a document.
type openTableMsg struct{ issue, doc, index int }

// open opens the table as it was left in this session or, before that,
// when the issue was last read.
func (o openTableMsg) open(c *common) screen {
	tb := newTable(c, o.issue, o.doc, o.index)
	if s, ok := c.tableState(tableID{o.issue, o.doc, o.index}); ok {
		tb.apply(s)
	}
	return tb
}

// layoutKey identifies a layout of a table: its width, column offset,
// density and fold.
type layoutKey struct {
	width, offset, fold int
	compact             bool
}

// table is the full-screen table: a frozen header, a record cursor and a
// column cursor, filters, sorting, record cards and value counts.
type table struct {
	c          *common
	issue, doc int
	index      int // of the table in Document.Tables
	t          *data.Table
	q          *query.Table
	paint      gridPainter

	// lays caches the table's layouts; lay is the one shown.
	lays   map[layoutKey]*tableLayout
	lay    *tableLayout
	offset int // grid.Options.Offset

	col      int // the column cursor
	sortCol  int // the column sorted by, -1 for table order
	sortDesc bool
	sorted   []int // every record, in sort order

	filters []query.Filter
	edit    filterEdit
	marks   highlighter

	recs  []int // the records shown, filtered and sorted
	shown tableView
	cur   int // index into recs of the record under the cursor
	top   int // first body line on screen
	note  string
	// compact shows one line per record.
	compact bool
}

func newTable(c *common, issue, doc, index int) *table {
	is := c.issues[issue].issue
	t := is.Documents[doc].Tables()[index]
	tb := &table{c: c, issue: issue, doc: doc, index: index, t: t, q: query.NewTable(t, is.Year), paint: newGridPainter(c.styles),
		lays: map[layoutKey]*tableLayout{}, sortCol: -1, offset: 1}
	tb.edit.input = newInput("/")
	tb.edit.input.Placeholder = c.t.F(say.TableSyntax, dateExamples[0])
	tb.sort()
	tb.resize()
	return tb
}

func (tb *table) loaded(int) {}

func (tb *table) typing() bool { return tb.edit.on }

// scrolls is true but while typing a filter.
func (tb *table) scrolls() bool { return !tb.edit.on }

// resize lays the table out at the screen's width, keeping the current
// column on screen.
func (tb *table) resize() {
	tb.relay()
	tb.setColumn(tb.col)
	tb.follow()
}

// relay takes the layout for the width and offset from the cache, or lays
// the table out, and composes the view.
func (tb *table) relay() {
	k := layoutKey{tb.c.width, tb.offset, tb.fold(), tb.compact}
	l := tb.lays[k]
	if l == nil {
		l = layTable(tb.t, k.width, k.offset, tb.c.m, k.compact, k.fold)
		tb.lays[k] = l
	}
	tb.lay = l
	tb.shown.compose(l, tb.t, tb.recs, tb.record())
}

// sort orders every record by the sort column, then filters them.
func (tb *table) sort() {
	tb.sorted = tb.sorted[:0]
	for i := range tb.t.Records {
		tb.sorted = append(tb.sorted, i)
	}
	if tb.sortCol >= 0 {
		query.SortRecords(tb.t, tb.sorted, tb.sortCol, tb.sortDesc)
	}
	tb.refilter()
}

// refilter selects the records that pass every filter, the one being
// typed included, keeps the cursor on the same record when it still
// passes, and composes the view.
func (tb *table) refilter() {
	keep := -1
	if tb.cur < len(tb.recs) {
		keep = tb.recs[tb.cur]
	}
	fs := tb.active()
	tb.marks.set(fs)
	tb.recs = tb.recs[:0]
	tb.cur = -1
	for _, r := range tb.sorted {
		if query.MatchAll(r, fs) {
			if r == keep {
				tb.cur = len(tb.recs)
			}
			tb.recs = append(tb.recs, r)
		}
	}
	if tb.cur < 0 {
		tb.cur = 0
	}
	if tb.lay != nil {
		tb.shown.compose(tb.lay, tb.t, tb.recs, tb.record())
		tb.follow()
	}
}

// active returns the filters in force: those added and the one typed.
func (tb *table) active() []query.Filter {
	if tb.edit.pending == nil {
		return tb.filters
	}
	return append(tb.filters[:len(tb.filters):len(tb.filters)], *tb.edit.pending)
}

// window is the number of body lines on screen.
func (tb *table) window() int {
	h := tb.c.bodyHeight() - len(tb.shown.header)
	if tb.bar() {
		h--
	}
	if tb.hidden() != "" {
		h--
	}
	return max(h, 1)
}

// bar reports whether the line of filter chips (or the filter prompt) is
// shown.
func (tb *table) bar() bool { return tb.edit.on || len(tb.filters) > 0 }

// follow scrolls the record under the cursor into view, with its group's
// separator when it is the first of its group, and the rule below it.
func (tb *table) follow() {
	win := tb.window()
	last := max(len(tb.shown.body)-win, 0)
	if tb.cur < len(tb.shown.at) {
		i := tb.shown.at[tb.cur]
		row := tb.shown.rows[i]
		start, end := row.y, row.y+row.h+1
		if i > 0 && tb.shown.rows[i-1].record < 0 {
			start = tb.shown.rows[i-1].y
		}
		switch {
		case start < tb.top:
			tb.top = start
		case end > tb.top+win:
			tb.top = min(start, end-win)
		}
	}
	tb.top = min(max(tb.top, 0), last)
}

// fold is how many lines a record other than the cursor's takes at most
// when cells are wrapped: a fifth of the screen, the rule below it
// included, so that at least five records show (at 80x24 each shows two
// lines, at 120x40 five). The cursor's record is always shown whole.
func (tb *table) fold() int {
	return max(2, (tb.c.bodyHeight()-foldChrome)/5-1)
}

// foldChrome is the lines of a table screen that records do not get: the
// header's rules and names, and a group separator with its rule.
const foldChrome = 5

// moveTo puts the cursor on the i-th record shown, unfolding it and
// folding the one it leaves.
func (tb *table) moveTo(i int) {
	was := tb.record()
	tb.cur = min(max(i, 0), max(len(tb.recs)-1, 0))
	if r := tb.record(); r != was && tb.lay != nil && (tb.folds(was) || tb.folds(r)) {
		tb.shown.compose(tb.lay, tb.t, tb.recs, r)
	}
	tb.follow()
}

// folds reports whether record r is shown folded when the cursor is not
// on it.
func (tb *table) folds(r int) bool {
	return r >= 0 && r < len(tb.lay.folded) && tb.lay.folded[r] != nil
}

// page moves the view a screen down (d = 1) or up (d = -1) and the cursor
// to the first record starting on it; at either end of the table it moves
// the cursor to the last or first record.
func (tb *table) page(d int) {
	if len(tb.recs) == 0 {
		return
	}
	win := tb.window()
	top := min(max(tb.top+d*max(win-1, 1), 0), max(len(tb.shown.body)-win, 0))
	if top == tb.top {
		if d > 0 {
			tb.moveTo(len(tb.recs) - 1)
		} else {
			tb.moveTo(0)
		}
		return
	}
	tb.top = top
	i := sort.Search(len(tb.shown.at), func(i int) bool { return tb.shown.rows[tb.shown.at[i]].y >= top })
	tb.moveTo(i)
}

// setColumn moves the column cursor to col and scrolls the columns so
// that it is shown; column 0 is always shown.
func (tb *table) setColumn(col int) {
	n := len(tb.t.Columns)
	tb.col = min(max(col, 0), n-1)
	g := tb.lay.g
	switch {
	case tb.col == 0 || tb.col >= g.First && tb.col <= g.Last:
		return
	case tb.col < g.First:
		tb.offset = tb.col
	default:
		for tb.offset < tb.col {
			tb.offset++
			tb.relay()
			if tb.col <= tb.lay.g.Last {
				break
			}
		}
	}
	tb.relay()
	tb.follow()
}

// record returns the record under the cursor, -1 when none is shown.
func (tb *table) record() int {
	if tb.cur < len(tb.recs) {
		return tb.recs[tb.cur]
	}
	return -1
}

func (tb *table) update(msg tea.Msg) (tea.Msg, tea.Cmd) {
	switch msg := msg.(type) {
	case copiedMsg:
		tb.note = msg.text(tb.c.t)
		return nil, nil
	case filterMsg:
		tb.addFilter(msg.f)
	case recordMsg:
		tb.moveTo(msg.i)
	case tea.KeyMsg:
		tb.note = ""
		if tb.edit.on {
			return nil, tb.editKey(msg)
		}
		return tb.key(msg)
	case tea.MouseMsg:
		if !tb.edit.on {
			move(tb, msg, tb.c.keys)
		}
	}
	return nil, nil
}

// key handles a key when no prompt is open.
func (tb *table) key(km tea.KeyMsg) (tea.Msg, tea.Cmd) {
	k := tb.c.keys
	switch {
	case key.Matches(km, k.Back):
		return backMsg{}, nil
	case key.Matches(km, k.FilterColumn):
		return nil, tb.startFilter(tb.col)
	case key.Matches(km, k.Left), key.Matches(km, k.Right):
		tb.column(key.Matches(km, k.Right))
	case key.Matches(km, k.Open):
		if tb.record() >= 0 {
			return openCardMsg{tb}, nil
		}
	case key.Matches(km, k.Filter):
		return nil, tb.startFilter(-1)
	case key.Matches(km, k.Unfilter):
		tb.unfilter()
	case key.Matches(km, k.ClearFilters):
		tb.filters = nil
		tb.refilter()
	case key.Matches(km, k.Sort):
		switch {
		case tb.sortCol != tb.col:
			tb.sortCol, tb.sortDesc = tb.col, false
		case !tb.sortDesc:
			tb.sortDesc = true
		default:
			tb.sortCol = -1
		}
		tb.sort()
	case key.Matches(km, k.Frequencies):
		return openFreqMsg{tb}, nil
	case key.Matches(km, k.Density):
		tb.compact = !tb.compact
		tb.resize()
	case key.Matches(km, k.Copy):
		return nil, tb.copy()
	default:
		move(tb, km, k) // after f, which filters here
	}
	return nil, nil
}

func (tb *table) view() string {
	h := tb.c.bodyHeight()
	out := make([]string, 0, h+2)
	start, first := tb.frozenEdge()
	header := tb.shown.header
	if note := tb.hidden(); note != "" {
		out = append(out, tb.c.styles.Category.Render(tb.c.m.Truncate(note, tb.c.width, "…")))
	}
	for _, l := range header[:max(len(header)-1, 0)] {
		out = append(out, tb.paint.header(l, tb.col))
	}
	out = append(out, tb.paint.header(tb.lay.rule(recordRow, first), tb.col))
	win := tb.window()
	var cy, ch int
	if tb.cur < len(tb.shown.at) {
		row := tb.shown.rows[tb.shown.at[tb.cur]]
		cy, ch = row.y, row.h
	}
	rows := tb.shown.rows
	ri := sort.Search(len(rows), func(k int) bool { return rows[k].y+rows[k].h > start })
	for i := start; i < start+win; i++ {
		if i >= len(tb.shown.body) {
			out = append(out, "")
			continue
		}
		for ri < len(rows) && rows[ri].y+rows[ri].h <= i {
			ri++
		}
		var marks [][][2]int
		if ri < len(rows) && rows[ri].record >= 0 && i >= rows[ri].y {
			if rm := tb.marks.row(rows[ri].record, tb.shown.body[rows[ri].y:rows[ri].y+rows[ri].h]); rm != nil {
				marks = rm[i-rows[ri].y]
			}
		}
		out = append(out, tb.paint.line(tb.shown.body[i], i >= cy && i < cy+ch, marks))
	}
	if tb.bar() {
		out = append(out, tb.barLine())
	}
	if len(out) > h {
		out = out[:h]
	}
	return strings.Join(out, "\n")
}

// frozenEdge returns the first body line to show below the frozen header
// and the kind of row it belongs to, for the rule that ends the header.
// When the view is scrolled to a rule between two rows, that rule is
// skipped: the header's own rule takes its place.
func (tb *table) frozenEdge() (start, first int) {
	rows := tb.shown.rows
	i := sort.Search(len(rows), func(i int) bool { return rows[i].y > tb.top }) - 1
	kind := func(i int) int {
		switch {
		case i >= len(rows):
			return edgeRow
		case rows[i].record < 0:
			return groupRow
		}
		return recordRow
	}
	switch {
	case i < 0:
		return tb.top, edgeRow
	case tb.top < rows[i].y+rows[i].h:
		return tb.top, kind(i)
	}
	return tb.top + 1, kind(i + 1)
}

// title names the table: its caption, or its document's title.
func (tb *table) title() string {
	if tb.t.Caption != "" {
		return tb.t.Caption
	}
	return tb.c.issues[tb.issue].issue.Documents[tb.doc].Title
}

// status shows the table, the current column and its sort order, and how
// many records pass the filters; or what the last command did.
func (tb *table) status() (string, string) {
	m, t := tb.c.m, tb.c.t
	col := columnName(tb.t, tb.col)
	if tb.sortCol >= 0 {
		arrow := "↑"
		if tb.sortDesc {
			arrow = "↓"
		}
		col += " " + arrow
	}
	if g := tb.lay.g; g.MoreLeft || g.MoreRight {
		col = t.F(say.TableColumnOf, col, tb.col+1, len(tb.t.Columns))
	}
	left := m.Truncate(tb.title(), max(tb.c.width/3, 10), "…") + " › " + col
	if tb.note != "" {
		left = tb.note
	}
	right := t.F(say.TableRecordAt, tb.cur+1, len(tb.recs))
	if len(tb.recs) == 0 {
		right = t.T(say.TableNoRecords)
	}
	if n := len(tb.filters); n > 0 {
		right += " · " + t.N(say.TableFilters, n)
	}
	return left, right
}

// columnName returns the name of column col, #N for an unnamed column.
func columnName(t *data.Table, col int) string {
	if name := strings.ReplaceAll(t.Columns[col], "\n", " "); name != "" {
		return name
	}
	return fmt.Sprintf("#%d", col+1)
}

// ShortHelp lists the table's main keys.
func (tb *table) ShortHelp() []key.Binding {
	k := tb.c.keys
	return []key.Binding{k.Open, k.Filter, k.FilterColumn, k.Sort, k.Back}
}

// FullHelp lists exactly the keys of the table screen; x and X only when
// a filter is set.
func (tb *table) FullHelp() [][]key.Binding {
	k, t := tb.c.keys, tb.c.t
	open := keys.Relabel(t, k.Open, say.KeyRecordCard)
	filter := keys.Relabel(t, k.Filter, say.KeyFilterRecords)
	back := keys.Relabel(t, k.Back, say.KeyBackToDocument)
	unfilter, clear := k.Unfilter, k.ClearFilters
	unfilter.SetEnabled(len(tb.filters) > 0)
	clear.SetEnabled(len(tb.filters) > 0)
	cp := keys.Relabel(t, k.Copy, say.KeyCopyRecord)
	if len(tb.filters) > 0 {
		cp = keys.Relabel(t, k.Copy, say.KeyCopyMatching)
	}
	// Two columns, so that the help fits 80 columns.
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom, k.Left, k.Right, open, k.Sort, k.Frequencies, k.Density, cp},
		{filter, k.FilterColumn, unfilter, clear, back, k.Help, k.Quit},
	}
}
