package msg

// Messages of the library search (ctrl+f) and its results.
var (
	SearchPrompt   = Text{"search all: ", "全库搜索："}
	SearchTitle    = Text{"search every issue", "全库搜索"}
	SearchHint     = Text{"  words to find in every issue, then enter", "  输入要在全部期刊中查找的词语，按回车"}
	Searching      = Text{"  searching…", "  正在搜索…"}
	SearchNothing  = Text{"  nothing found: %s", "  未找到：%s"}
	SearchEditKeys = Text{"enter: search  esc: cancel", "回车：搜索  Esc：取消"}
	SearchCannot   = Text{"cannot search: %v", "无法搜索：%v"}
	SearchHits     = Count{"%d hit", "%d hits", "%d条结果"}
	SearchIssues   = Count{"%d issue", "%d issues", "%d期"}
	SearchHitsIn   = Text{"%s in %s", "%s，%s"}
	SearchPending  = Text{"  searching %d more…", "  还有%d期在搜索…"}
	KeyNewSearch   = Key{Text{"/", "/"}, Text{"new search", "重新搜索"}}
	KeyCloseSearch = Key{Text{"esc", "Esc"}, Text{"close the search", "关闭搜索"}}
)
