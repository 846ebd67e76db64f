package msg

// Messages of the table screen, its record card and its value counts.
// They are defined here for the table screens, which the table rework
// wires in (ui/table*.go, ui/freq.go, ui/card.go).
var (
	TableColumnOf     = Text{"%s (column %d of %d)", "%s（第%d列，共%d列）"}
	TableAnyColumn    = Text{"any column", "任一列"}
	TableColumnNumber = Text{"column %d", "第%d列"}
	TableRecordsShown = Text{"%d of %s", "%d条，%s"}
	TableHas          = Text{"%s has %s", "%s含%s"}
	TableLacks        = Text{"%s lacks %s", "%s不含%s"}
	TableCopyFailed   = Text{"copy failed: %v", "复制失败：%v"}
	TableCopied       = Count{"copied %d record", "copied %d records", "已复制%d条记录"}
	TableEmptyFilter  = Text{"empty cells cannot be filtered on", "空单元格不能用来筛选"}
	TableValues       = Text{" %s: %s in %s", " %s：%s，%s"}
	TableValueCount   = Count{"%d value", "%d values", "%d个值"}
	TableValuesOf     = Text{"values of %s", "%s的统计"}
	TableEmptyValue   = Text{"(empty)", "（空）"}
	TableRecordOnLine = Text{"record on line %d", "第%d行的记录"}
	TableRecordOf     = Text{"%d of %d", "第%d条，共%d条"}
	KeyRecordCard     = Key{Text{"enter", "回车"}, Text{"record card", "记录卡片"}}
	KeyFilterRecords  = Key{Text{"/", "/"}, Text{"filter records", "筛选记录"}}
	KeyBackToDocument = Key{Text{"esc/bksp", "Esc/退格"}, Text{"back to the document", "回到正文"}}
	KeyCopyMatching   = Key{Text{"y", "y"}, Text{"copy matching records", "复制筛选出的记录"}}
	KeyCopyRecord     = Key{Text{"y", "y"}, Text{"copy record", "复制本条记录"}}
	KeyFilterToValue  = Key{Text{"enter", "回车"}, Text{"filter to this value", "筛选出此值"}}
	KeyBackToTable    = Key{Text{"esc/bksp", "Esc/退格"}, Text{"back to the table", "回到表格"}}
)
