package msg

// Messages of the reader, its outline pane and its table list.
var (
	OutlineTitle      = Text{" Outline", " 提纲"}
	OutlineEmpty      = Text{" (no sections)", " （无章节）"}
	NoMatch           = Text{"no match: %s", "未找到：%s"}
	FirstDocument     = Text{"this is the first document of the issue", "已是本期第一篇"}
	LastDocument      = Text{"this is the last document of the issue", "已是本期最后一篇"}
	NoTableOnScreen   = Text{"no table on screen (t lists the document's tables)", "屏幕上没有表格（按 t 列出本篇表格）"}
	NoTables          = Text{"this document has no tables", "本篇没有表格"}
	NoNextSection     = Text{"no section below", "下面没有章节了"}
	NoPrevSection     = Text{"no section above", "上面没有章节了"}
	NoSearch          = Text{"no search: press / first", "没有查找：请先按 /"}
	TablesTitle       = Text{" Tables of this document", " 本篇表格"}
	TableRecords      = Count{"%d record", "%d records", "%d条"}
	TableUntitled     = Text{"table %d", "表格%d"}
	TableColumns      = Text{"columns %s", "列：%s"}
	KeyClearSearch    = Key{Text{"esc", "Esc"}, Text{"clear search", "清除查找"}}
	KeyBackToText     = Key{Text{"esc/enter", "Esc/回车"}, Text{"back to the text", "回到正文"}}
	KeyOpenTable      = Key{Text{"enter", "回车"}, Text{"open table", "打开表格"}}
	KeyOpenListed     = Key{Text{"enter", "回车"}, Text{"open", "打开"}}
	KeyCloseOutline   = Key{Text{"o", "o"}, Text{"close outline", "关闭提纲"}}
	KeyNextInOutline  = Key{Text{"j/down", "j/↓"}, Text{"next entry", "下一项"}}
	KeyPrevInOutline  = Key{Text{"k/up", "k/↑"}, Text{"previous entry", "上一项"}}
	KeyFirstInOutline = Key{Text{"g/home", "g/Home"}, Text{"first entry", "第一项"}}
	KeyLastInOutline  = Key{Text{"G/end", "G/End"}, Text{"last entry", "最后一项"}}
	KeyOpenInOutline  = Key{Text{"enter", "回车"}, Text{"open table, or back to the text", "打开表格，或回到正文"}}
	KeyTablesBack     = Key{Text{"esc/bksp", "Esc/退格"}, Text{"back to the document", "回到正文"}}
)
