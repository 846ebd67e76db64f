package msg

// Reasons a file could not be loaded, shown after the file's name on the
// library's error rows and screens.
var (
	ErrEmpty       = Text{"empty file", "空文件"}
	ErrBinary      = Text{"not a text file (binary data or an unknown encoding)", "不是文本文件（二进制数据或无法识别的编码）"}
	ErrDirectory   = Text{"is a directory", "是目录，不是文件"}
	ErrNotRegular  = Text{"not a regular file (a FIFO, device or socket)", "不是普通文件（管道、设备或套接字）"}
	ErrTooLarge    = Text{"file too large (over %d MB)", "文件过大（超过 %d 兆字节）"}
	ErrNoPdftotext = Text{"pdftotext is not installed: it reads PDF issues (apt-get install poppler-utils)",
		"未安装 pdftotext，无法读取 PDF 公报（请安装：apt-get install poppler-utils）"}
	ErrEncrypted = Text{"encrypted PDF: it needs a password, which gazette does not ask for", "PDF 已加密，需要密码，本程序不支持输入密码"}
	ErrNoText    = Text{"no text layer: scanned pages need OCR", "没有文字层：扫描的页面需要先做文字识别"}
	ErrNoArticle = Text{"no article found in the web page", "网页中找不到正文"}
	ErrNotExist  = Text{"no such file or directory", "文件不存在"}
	ErrNoAccess  = Text{"permission denied", "没有读取权限"}
)
