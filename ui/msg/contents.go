package msg

// Messages of an issue's contents page (目录).
var (
	ContentsName  = Text{"contents", "目录"}
	ContentsNoDoc = Text{"this entry matches no document of the issue", "本条目录在本期中找不到对应的文件"}
	IssueNumber   = Text{" no. %d", " 第%d期"}
)
