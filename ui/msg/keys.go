package msg

// Key is a key binding's entry in the help: the keys to press and what
// they do.
type Key struct{ Keys, Desc Text }

// The help entries of the key map (package keys), one per binding.
var (
	KeyUp           = Key{Text{"k/up", "k/↑"}, Text{"up", "上移"}}
	KeyDown         = Key{Text{"j/down", "j/↓"}, Text{"down", "下移"}}
	KeyPageDown     = Key{Text{"space/pgdn", "空格/PgDn"}, Text{"page down", "下一页"}}
	KeyPageUp       = Key{Text{"b/pgup", "b/PgUp"}, Text{"page up", "上一页"}}
	KeyTop          = Key{Text{"g/home", "g/Home"}, Text{"top", "到开头"}}
	KeyBottom       = Key{Text{"G/end", "G/End"}, Text{"bottom", "到末尾"}}
	KeyOpen         = Key{Text{"enter", "回车"}, Text{"open", "打开"}}
	KeyBack         = Key{Text{"esc/bksp", "Esc/退格"}, Text{"back", "返回"}}
	KeyFilter       = Key{Text{"/", "/"}, Text{"filter", "筛选"}}
	KeySearch       = Key{Text{"/", "/"}, Text{"search", "查找"}}
	KeyNextMatch    = Key{Text{"n", "n"}, Text{"next match", "下一处"}}
	KeyPrevMatch    = Key{Text{"N", "N"}, Text{"previous match", "上一处"}}
	KeyNextSection  = Key{Text{"]", "]"}, Text{"next section", "下一节"}}
	KeyPrevSection  = Key{Text{"[", "["}, Text{"previous section", "上一节"}}
	KeyNextDoc      = Key{Text{"}", "}"}, Text{"next document", "下一篇"}}
	KeyPrevDoc      = Key{Text{"{", "{"}, Text{"previous document", "上一篇"}}
	KeyOutline      = Key{Text{"o", "o"}, Text{"outline", "提纲"}}
	KeyFocus        = Key{Text{"tab", "Tab"}, Text{"outline focus", "切换提纲与正文"}}
	KeyTables       = Key{Text{"t", "t"}, Text{"tables", "本篇表格"}}
	KeySearchAll    = Key{Text{"ctrl+f", "Ctrl+F"}, Text{"search all", "全库搜索"}}
	KeyCommand      = Key{Text{":", ":"}, Text{"command", "命令"}}
	KeyLeft         = Key{Text{"←/h", "←/h"}, Text{"column left", "左一列"}}
	KeyRight        = Key{Text{"→/l", "→/l"}, Text{"column right", "右一列"}}
	KeyFilterColumn = Key{Text{"f", "f"}, Text{"filter this column", "按本列筛选"}}
	KeyNegate       = Key{Text{"!", "!"}, Text{"negate filter", "反选筛选"}}
	KeyUnfilter     = Key{Text{"x", "x"}, Text{"remove last filter", "撤销上一个筛选"}}
	KeyClearFilters = Key{Text{"X", "X"}, Text{"clear filters", "清除全部筛选"}}
	KeySort         = Key{Text{"s", "s"}, Text{"sort by column", "按本列排序"}}
	KeyFrequencies  = Key{Text{"F", "F"}, Text{"count units", "统计各项"}}
	KeyDensity      = Key{Text{"w", "w"}, Text{"one line per record, or wrapped (the cursor's record whole)", "每条一行，或折行显示（光标所在条完整显示）"}}
	KeyCopy         = Key{Text{"y", "y"}, Text{"copy", "复制"}}
	KeyNextRecord   = Key{Text{"n", "n"}, Text{"next record", "下一条"}}
	KeyPrevRecord   = Key{Text{"p", "p"}, Text{"previous record", "上一条"}}
	KeySortLibrary  = Key{Text{"s", "s"}, Text{"sort by date or name", "按日期或名称排序"}}
	KeyHelp         = Key{Text{"?", "?"}, Text{"help", "帮助"}}
	KeyQuit         = Key{Text{"q", "q"}, Text{"quit", "退出"}}
)
