package msg

// Messages of an issue's contents page (目录).
var (
	ContentsName  = Text{"contents", "目录"}
	ContentsNoDoc = Text{"this entry matches no document of the issue", "本条目录在本期中找不到对应的文件"}
	IssueNumber   = Text{" no. %d", " 第%d期"}
	// ContentsForgotten heads the documents the printed contents page
	// leaves out.
	ContentsForgotten = Text{"Not in the contents", "未列入目录"}
	// TableHiddenNote follows a table laid out in a document whose columns
	// do not all fit: the count, then the names joined with ListSep
	// (table.go).
	TableHiddenNote = Count{"(%d more column not shown: ", "(%d more columns not shown: ", "（另有%d列未显示："}
	TableHiddenEnd  = Text{")", "）"}
)
