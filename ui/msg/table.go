package msg

// Messages of the table screen, its filter prompt, its record card and
// its unit counts (ui/table*.go, ui/card.go, ui/freq.go).
var (
	// The status line: 重点工作任务 › 责任单位（第3列，共5列） and
	// record 12 of 167 · 2 filters.
	TableColumnOf  = Text{"%s (column %d of %d)", "%s（第%d列，共%d列）"}
	TableRecordAt  = Text{"record %d of %d", "第%d条，共%d条"}
	TableNoRecords = Text{"no records", "没有记录"}
	TableFilters   = Count{"%d filter", "%d filters", "%d个筛选"}
	// TableMore names the columns left out of the screen, above the
	// header: → 1 more column: 责任人.
	TableMore = Count{"%d more column: ", "%d more columns: ", "另有%d列："}
	ListSep   = Text{", ", "、"}

	// The filter prompt: the syntax as its placeholder, the records the
	// filter being typed keeps, and why it cannot be read.
	// TableSyntax's %s is a date as printed (2022年6月).
	TableSyntax   = Text{"COL~TEXT contains · COL=TEXT unit · COL<=%s · ! not · a|b either", "列名~文字 含 · 列名=文字 单位是 · 列名<=%s · ! 非 · 甲|乙 或"}
	TableMatching = Text{"→ %d of %d records", "→ 筛出%d条，共%d条记录"}
	TableErrorAt  = Text{"%s (at character %d)", "%s（第%d个字）"}
	// The kinds of query.SyntaxError.
	TableUnbalancedQuote = Text{"unbalanced quote", "引号不成对"}
	TableEmptyTerm       = Text{"empty filter", "筛选条件为空"}
	TableNothingToFind   = Text{"nothing to look for", "没有要找的文字"}
	TableEqualNeedsCol   = Text{"= needs a column: COL=TEXT", "= 前要写列名：列名=文字"}
	TableCompareNeedsCol = Text{"a comparison needs a column: COL<=VALUE", "比较前要写列名：列名<=值"}
	TableNothingToComp   = Text{"nothing to compare with", "没有要比较的值"}
	// TableNotADate's second %s lists dates as printed (2022年6月, 年底).
	TableNotADate        = Text{"%q is not a date (%s)", "“%s”不是日期（%s）"}
	TableNoColumn        = Text{"no column %q; columns: %s", "没有“%s”列；各列：%s"}
	TableAmbiguousColumn = Text{"column %q is ambiguous: %s", "“%s”可指多列：%s"}
	TableEmptyColumn     = Text{"empty column name; columns: %s", "列名为空；各列：%s"}

	// A filter as a chip: 责任单位 含 发改委 | 完成时限 ≤ 2022年6月.
	TableHas       = Text{"%s has %s", "%s 含 %s"}
	TableLacks     = Text{"%s lacks %s", "%s 不含 %s"}
	TableAnyColumn = Text{"any column", "任一列"}

	TableCopyFailed = Text{"copy failed: %v", "复制失败：%v"}
	TableCopied     = Count{"copied %d record", "copied %d records", "已复制%d条记录"}

	// The unit counts (F): 责任单位: 52 units in 167 records.
	TableUnitsIn     = Text{" %s: %s in %s", " %s：%s，%s"}
	TableUnitCount   = Count{"%d unit", "%d units", "%d项"}
	TableRecordCount = Count{"%d record", "%d records", "%d条记录"}
	TableUnitsOf     = Text{"units of %s", "%s各项统计"}
	TableEmptyValue  = Text{"(empty)", "（空）"}

	// The record card.
	TableRecordOnLine = Text{"record on line %d", "原文第%d行的记录"}
	TableRecordOf     = Text{"%d of %d", "第%d条，共%d条"}

	// Why a key did nothing: the column cursor or the card is at an end,
	// or the whole record is on screen.
	TableFirstColumn = Text{"this is the first column", "已是第一列"}
	TableLastColumn  = Text{"this is the last column", "已是最后一列"}
	TableFirstRecord = Text{"this is the first record", "已是第一条"}
	TableLastRecord  = Text{"this is the last record", "已是最后一条"}
	TableCardFits    = Text{"the whole record is on screen", "整条记录都在屏幕上"}

	KeyRecordCard     = Key{Text{"enter", "回车"}, Text{"record card", "记录卡片"}}
	KeyFilterRecords  = Key{Text{"/", "/"}, Text{"filter records", "筛选记录"}}
	KeyBackToDocument = Key{Text{"esc/bksp", "Esc/退格"}, Text{"back to the document", "回到正文"}}
	KeyCopyMatching   = Key{Text{"y", "y"}, Text{"copy matching records", "复制筛选出的记录"}}
	KeyCopyRecord     = Key{Text{"y", "y"}, Text{"copy record", "复制本条记录"}}
	KeyFilterToValue  = Key{Text{"enter", "回车"}, Text{"filter to this unit", "筛选出此项"}}
	KeyBackToTable    = Key{Text{"esc/bksp", "Esc/退格"}, Text{"back to the table", "回到表格"}}
)
