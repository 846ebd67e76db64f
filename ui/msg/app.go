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
	// StateNotRemembered follows a state directory's error.
	StateNotRemembered = Text{"%v; reading positions are not remembered", "%v；不记录阅读位置"}
	StateSaveFailed    = Text{"reading positions not saved: %v", "阅读位置未保存：%v"}
	NoticeSep          = Text{"; ", "；"}
)
