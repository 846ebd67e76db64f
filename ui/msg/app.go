package msg

// Messages of the whole interface: the status line, the help overlay,
// the command prompt and loading.
var (
	HelpTitle      = Text{"keys of this screen", "本屏按键"}
	HelpClose      = Text{"any key: close", "按任意键关闭"}
	HelpHint       = Text{"? help", "? 帮助"}
	UnknownCommand = Text{"unknown command :%s (try :search WORDS or :quit)", "没有命令 :%s（可用 :搜索 词语、:退出）"}
	// CommandSearch and CommandQuit are the prompt's commands; each may
	// be typed in either language, or shortened.
	CommandSearch = Text{"search", "搜索"}
	CommandQuit   = Text{"quit", "退出"}
	LoadFailed    = Text{"cannot load %s: %v", "无法加载 %s：%v"}
	LoadNoIssue   = Text{"cannot load %s: no issue in it", "无法加载 %s：其中没有公报"}
	Loading       = Text{"loading %s…", "正在加载 %s…"}
	// The state directory cannot be found or written, and the state file
	// in it cannot be used; %s is the directory.
	StateNoDir       = Text{"no home directory to keep reading positions in; they are not remembered", "找不到保存阅读位置的目录，不记录阅读位置"}
	StateNotWritable = Text{"%s cannot be written; reading positions are not remembered", "无法写入 %s，不记录阅读位置"}
	StateCorrupt     = Text{"the reading positions in %s were damaged and are ignored", "%s 中的阅读位置已损坏，已忽略"}
	StateNewer       = Text{"the reading positions in %s were written by a newer version and are ignored", "%s 中的阅读位置由更新的版本写入，已忽略"}
	StateUnreadable  = Text{"the reading positions in %s cannot be read and are ignored", "%s 中的阅读位置无法读取，已忽略"}
	StateSaveFailed  = Text{"reading positions not saved: %v", "阅读位置未保存：%v"}
	NoticeSep        = Text{"; ", "；"}
)

// What a reader connected over SSH is told when they cannot get in, or
// when the server closes under them (after the program's name, as the
// command line's errors are).
var (
	ServeFull    = Text{"too many readers are connected; try again later", "连接的读者已满，请稍后再试"}
	ServeClosing = Text{"the server is shutting down", "服务器正在关闭"}
)
