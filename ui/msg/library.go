package msg

// Messages of the library, the list of issues.
var (
	LibraryTitle     = Text{" gazette", " 政府公报"}
	LibraryLoading   = Text{"loading…", "加载中…"}
	LibraryError     = Text{"error: %s", "错误：%s"}
	LibraryNoMatch   = Text{"  no issue matches", "  没有符合筛选的期刊"}
	LibraryDocuments = Count{"%d doc", "%d docs", "%d篇"}
	LibraryIssues    = Count{"%d issue", "%d issues", "共%d期"}
	LibraryShown     = Text{"%d of %s", "%d期，%s"}
	// LibraryIndexing is the catalogue's background sync: files indexed
	// of those new or changed.
	LibraryIndexing = Text{"indexing %d/%d", "正在索引 %d/%d"}
	// LibrarySyncFailed: the catalogue could not be brought up to date;
	// the list is as it was.
	LibrarySyncFailed = Text{"catalogue not updated: %v", "编目未能更新：%v"}
	// IssueYear, IssueNo and IssueTotal make up an issue's number:
	// 2022年第2期（总第16期）, 2022 no. 2 (#16).
	IssueYear         = Text{"%d", "%d年"}
	IssueNo           = Text{" no. %d", "第%d期"}
	IssueTotal        = Text{" (#%d)", "（总第%d期）"}
	LibraryFilterKeys = Text{"enter: keep filter  esc: clear", "回车：保留筛选  Esc：清除"}
	LibraryWarnings   = Count{"%d warning", "%d warnings", "%d条警告"}
	LibrarySortDate   = Text{"sorted by date", "按日期排序"}
	LibrarySortName   = Text{"sorted by name", "按名称排序"}
	// LibrarySortGazette groups the issues of each gazette, newest first.
	LibrarySortGazette = Text{"sorted by gazette", "按公报排序"}
	LibrarySortRecent  = Text{"recently read first", "最近阅读在前"}
	// LibraryErrorTitle heads the whole error of a file that failed.
	LibraryErrorTitle = Text{" could not load %s", " 无法加载 %s"}
	KeyClearFilter    = Key{Text{"esc", "Esc"}, Text{"clear filter", "清除筛选"}}
	KeyShowError      = Key{Text{"enter", "回车"}, Text{"open, or show the error", "打开，或查看错误"}}
)
