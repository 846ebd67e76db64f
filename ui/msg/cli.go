package msg

// Command is a subcommand's help: its synopsis after "gazette " and what
// it does.
type Command struct{ Usage, Summary Text }

// The command line's help (gazette help, gazette COMMAND -h).
var (
	CLIHeader = Text{`gazette: a terminal browser for government gazette issues

usage:
  gazette [--no-state] [--ambiguous narrow|wide] [--lang zh|en]
      open the embedded sample library
  gazette [--no-state] [--ambiguous narrow|wide] [--lang zh|en] FILE|DIR…
      open issue files: text (.txt, .md, .markdown), PDF (.pdf) or saved web
      pages (.html, .htm);
      a directory: every such file in it; --no-state neither reads nor saves
      where the reader left each issue; --ambiguous says how wide the
      terminal draws characters such as “ ” ○ ① │ (default narrow, wide
      when RUNEWIDTH_EASTASIAN=1); --lang picks the language of the
      interface (default: the locale's, LC_ALL, LC_MESSAGES or LANG)
`, `gazette：在终端里阅读政府公报

用法：
  gazette [--no-state] [--ambiguous narrow|wide] [--lang zh|en]
      打开内置的样例公报库
  gazette [--no-state] [--ambiguous narrow|wide] [--lang zh|en] 文件|目录…
      打开公报文件：文本（.txt、.md、.markdown）、PDF（.pdf）或保存的网页
      （.html、.htm）；目录：
      其中所有这类文件；--no-state 不读取也不保存
      阅读位置；--ambiguous 说明终端把“ ” ○ ① │ 等字符画成几格宽
      （默认 narrow，RUNEWIDTH_EASTASIAN=1 时为 wide）；--lang 选择界面
      语言（默认按 LC_ALL、LC_MESSAGES 或 LANG）
`}
	CLIFooter = Text{`
'gazette help COMMAND' or 'gazette COMMAND -h' describes a command's flags.
Exit status: 0 found, 1 nothing found, 2 error.
`, `
“gazette help 命令”或“gazette 命令 -h”列出命令的选项。
退出状态：0 找到，1 未找到，2 出错。
`}
	CLIUsage = Text{"usage: gazette %s\n\n%s\n", "用法：gazette %s\n\n%s\n"}
	CLIFlags = Text{"\nflags:\n", "\n选项：\n"}

	CmdInspect = Command{Text{"inspect [--json] FILE", "inspect [--json] 文件"},
		Text{"print an issue's document tree as an outline (or JSON)", "按提纲（或 JSON）列出一期公报的文件结构"}}
	CmdToc = Command{Text{"toc [--width N] [--ambiguous narrow|wide] FILE", "toc [--width N] [--ambiguous narrow|wide] 文件"},
		Text{"print an issue's contents page as the reader lays it out", "按阅读器的排版打印一期公报的目录"}}
	CmdRead = Command{Text{"read [--width N] [--ambiguous narrow|wide] FILE DOC", "read [--width N] [--ambiguous narrow|wide] 文件 篇"},
		Text{"print one document as wrapped text with its tables laid out; DOC is its number in inspect's order (from 1) or its 文号",
			"打印一篇文件的正文（折行，表格排好）；“篇”是它在 inspect 中的序号（从 1 起）或文号"}}
	CmdTable = Command{Text{"table [--where EXPR]… [--count COL] [--format text|tsv|csv|json] [--compact] [--width N] [--ambiguous narrow|wide] FILE [DOC [TABLE]]",
		"table [--where 条件]… [--count 列] [--format text|tsv|csv|json] [--compact] [--width N] [--ambiguous narrow|wide] 文件 [篇 [表]]"},
		Text{"print tables without the interface: every table of the issue, of document DOC (number or 文号), or its TABLE-th (from 1); exit 1 when no record is left",
			"不进界面打印表格：本期全部表格、某篇（序号或文号）的表格，或其中第几个表格（从 1 起）；筛选后没有记录时退出状态为 1"}}
	CmdSearch = Command{Text{"search [--json] [--no-index] [--limit N] QUERY [PATH…]", "search [--json] [--no-index] [--limit N] 查询 [路径…]"},
		Text{"search 文号, titles, headings, text, table captions and records of issue files, best hits first (no PATH: the sample library; a directory: every .txt, .md, .markdown, .html, .htm and .pdf below it, through the catalogue's index, which is built or brought up to date first); words must all occur in one paragraph or record, \"…\" is a phrase; exit 1 when nothing is found",
			"在公报文件的文号、标题、章节标题、正文、表格标题和记录中搜索，最相关的排在前面（不给路径：样例库；目录：其中所有 .txt、.md、.markdown、.html、.htm 和 .pdf 文件，经由目录索引，必要时先建立或更新索引）；各词须出现在同一段或同一条记录中，\"…\" 为词组；未找到时退出状态为 1"}}
	CmdIndex = Command{Text{"index DIR…", "index 目录…"},
		Text{"bring the catalogue and search index of the issue files below DIR up to date (search does it by itself on first use) and say what changed",
			"更新目录下公报文件的编目和搜索索引（search 首次使用时会自动进行），并说明有哪些变化"}}
	CmdServe = Command{Text{"serve [--listen ADDR] [--authorized-keys FILE] [--max-sessions N] [--idle-timeout D] [--ambiguous narrow|wide] DIR",
		"serve [--listen 地址] [--authorized-keys 文件] [--max-sessions N] [--idle-timeout 时长] [--ambiguous narrow|wide] 目录"},
		Text{"serve the interface over SSH to every reader whose key is in the authorized-keys file: each gets the library DIR read-only, with their own reading positions",
			"通过 SSH 向授权密钥文件中的每位读者提供界面：各人只读浏览目录中的公报库，阅读位置各自保存"}}
)

// FlagUsage returns the help of flag name of command cmd ("" for the
// interface), with its argument's name in backquotes, as package flag
// takes it; ok is false for a flag it does not know.
func FlagUsage(cmd, name string) (t Text, ok bool) {
	switch name {
	case "json":
		if cmd == "inspect" {
			return Text{"print the tree as JSON", "以 JSON 输出文件结构"}, true
		}
		return Text{"print the hits as a JSON array, one hit per line", "以 JSON 数组输出结果，每行一条"}, true
	case "width":
		def := "80"
		if cmd == "table" {
			def = "100"
		}
		return Text{"display width in `cells` (default: the terminal's width, or " + def + " when not a terminal)",
			"显示宽度（`格数`；默认为终端宽度，不是终端时为 " + def + "）"}, true
	case "ambiguous":
		return Text{"draw East Asian ambiguous characters such as │ and “ `narrow|wide` (default: wide when RUNEWIDTH_EASTASIAN=1)",
			"终端把 │ “ 等东亚歧义宽度字符画成 `narrow|wide`（默认：RUNEWIDTH_EASTASIAN=1 时为 wide）"}, true
	case "no-state":
		return Text{"neither read nor save reading positions (kept in $XDG_STATE_HOME/gazette)",
			"不读取也不保存阅读位置（保存在 $XDG_STATE_HOME/gazette）"}, true
	case "lang":
		return Text{"language of the interface and its help, `zh|en` (default: the locale's)",
			"界面与帮助的语言，`zh|en`（默认按系统区域设置）"}, true
	case "where":
		return Text{"keep the records that pass `EXPR`: COL~TEXT (contains), COL=TEXT (one of the cell's units), COL<=2022年6月 (<, <=, >, >=, dates understood), ! negates, | separates alternatives (repeatable: all must hold)",
			"保留满足`条件`的记录：列~文字（含有）、列=文字（单元格中的某一项）、列<=2022年6月（<、<=、>、>=，可比较日期），! 取反，| 分隔“或”（可重复，须同时满足）"}, true
	case "count":
		return Text{"instead of the records, count the units of column `COL` (the records naming each)",
			"不列记录，改为统计`列`中的各项（各项出现在多少条记录中）"}, true
	case "compact":
		return Text{"with --format text, one line per record, cells cut with …", "配合 --format text：每条记录一行，过长的单元格以 … 截断"}, true
	case "no-index":
		return Text{"search by scanning the files, without the catalogue's index", "不用索引，逐个扫描文件搜索"}, true
	case "limit":
		return Text{"print only the `N` best hits (default 0: every hit)", "只输出最相关的 `N` 条结果（默认 0：全部）"}, true
	case "listen":
		return Text{"`address` to listen on (default 127.0.0.1:2222)", "监听的`地址`（默认 127.0.0.1:2222）"}, true
	case "authorized-keys":
		return Text{"the readers' public keys, one a `file` line (default ~/.ssh/authorized_keys)",
			"读者公钥`文件`，每行一个（默认 ~/.ssh/authorized_keys）"}, true
	case "max-sessions":
		return Text{"most readers at once (default 32)", "同时在线读者上限（默认 32）"}, true
	case "idle-timeout":
		return Text{"close a connection idle for this `long` (default 30m)", "连接空闲这么`久`即关闭（默认 30m）"}, true
	case "format":
		return Text{"output `text|tsv|csv|json`: text is laid out like the reader (default text)",
			"输出格式 `text|tsv|csv|json`：text 按阅读器排版（默认 text）"}, true
	}
	return Text{}, false
}

// What the catalogue's commands say on stderr (after "gazette: ") and in
// the summary of a sync.
var (
	// IndexRebuilt: %s is the catalogue's path, the second %s the reason.
	IndexRebuilt   = Text{"%s could not be used (%s); it is rebuilt", "%s 无法使用（%s），已重建"}
	IndexNoIndex   = Text{"%v; searching without the index", "%v；不用索引，逐个文件搜索"}
	IndexNoCatalog = Text{"%v; loading every issue", "%v；逐个加载全部公报"}
	IndexProgress  = Text{"indexing", "正在索引"}
	IndexFiles     = Text{"%s: %d files", "%s：%d 个文件"}
	IndexAdded     = Text{"%d added", "新增 %d"}
	IndexChanged   = Text{"%d changed", "更改 %d"}
	IndexTouched   = Text{"%d touched", "时间变动 %d"}
	IndexRemoved   = Text{"%d removed", "删除 %d"}
	IndexUnchanged = Text{"%d unchanged", "未变 %d"}
	IndexFailed    = Text{"%d failed", "失败 %d"}
	IndexBytes     = Text{"%.1f MB indexed", "已索引 %.1f MB"}
	IndexTook      = Text{" in %.1fs", "，用时 %.1f 秒"}
	IndexSeparator = Text{", ", "，"}
	UsageSeeHelp   = Text{"%s: %s (see 'gazette help%s')", "%s：%s（见 gazette help%s）"}
)
