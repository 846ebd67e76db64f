package loader

import (
	"fmt"
	"strings"
	"unicode"

	"gazette/data"
)

// zooStyles are the converter families of the format zoo, in the order
// the summary lists them.
func zooStyles() []*zooPrinter {
	return []*zooPrinter{
		zooMarkdown(), zooPDFText(), zooWeb(), zooYangcheng(),
		zooLayout(), zooRaw(), zooPaged(), zooTabWrap(), zooCSV(), zooPipes(), zooHTML(),
		zooKangxi(), zooWrap35(), zooSpaced(), zooMultiline(), zooMinerU(),
		zooBigNumbers(), zooBrackets(), zooUnnumbered(), zooGongwen(), zooGrid(), zooBox(), zooPandoc(), zooAntiword(), zooOCR(),
		zooHTML2Text(), zooLynx(), zooOffice(), zooPDFMiner(),
	}
}

// zooMarkdown prints as the markdown-ish PDF converter of jixi: "#"
// headings of unreliable depth, TITLE.....N<TAB>N contents entries under
// "###" categories, tab tables with <p> cells and <b> group rows.
func zooMarkdown() *zooPrinter {
	p := zooBase("markdown")
	p.marks = true
	p.masthead = func(p *zooPrinter, is *data.Issue) {
		p.emit("# "+is.Title, "", fmt.Sprintf("**%d** | 第 %d 期  ", is.Year, is.Number), fmt.Sprintf("(总第 %d 期)", is.TotalNumber), "")
		if is.Frequency != "" {
			p.emit(fmt.Sprintf("总第%d期（%s）  ", is.TotalNumber, is.Frequency), "")
		}
		if is.Date != "" {
			p.emit("出版日期："+zooDate(is.Date), "")
		}
		if is.Publisher != "" {
			p.emit("主 办："+is.Publisher+"  ", "")
		}
	}
	p.contents = func(p *zooPrinter, is *data.Issue) {
		p.emit("## 目 录", "")
		zooEntries(p, is, func(e data.ContentsEntry) { p.emit(fmt.Sprintf("%s.....%d\t%d", e.Title, e.Page, e.Page)) },
			func(c string) string { return "### " + c })
		p.emit("-------------------------------------\t----", "")
	}
	p.title = func(p *zooPrinter, d *data.Document) { p.emit(strings.Repeat("#", 1+p.rnd.IntN(2))+" "+d.Title, "") }
	p.heading = func(p *zooPrinter, s *data.Section, runIn string) {
		marks := ""
		if s.Numbering == "" || p.rnd.IntN(5) > 0 {
			marks = strings.Repeat("#", min(4, s.Level+p.rnd.IntN(3))) + " "
		}
		p.emit(marks+s.Heading+runIn, "")
	}
	p.table = func(p *zooPrinter, t *data.Table) {
		zooTabTable(p, t, zooParaCell, func(l string, _ int) string { return "<b>" + l + "</b>" })
	}
	return p
}

// zooPDFText prints as plain PDF text extraction (jincheng): page numbers
// glued to contents titles, long entries wrapped without a marker, the
// issuer before the title, 文号 sometimes with [ ] for 〔 〕.
func zooPDFText() *zooPrinter {
	p := zooBase("pdftext")
	p.contents = func(p *zooPrinter, is *data.Issue) {
		p.emit("目 录", "")
		zooEntries(p, is, func(e data.ContentsEntry) {
			t := []rune(e.Title + fmt.Sprint(e.Page))
			if len(t) > 32 {
				p.emit(string(t[:30]), "")
				t = t[30:]
			}
			p.emit(string(t), "")
		})
	}
	p.title = zooIssuerTitle
	p.line = func(p *zooPrinter, s string) {
		if p.isNumber(s) && p.rnd.IntN(3) == 0 {
			s = strings.NewReplacer("〔", "[", "〕", "]").Replace(s)
		}
		p.emit(s, "")
	}
	return p
}

// zooIssuerTitle prints a title that starts with its issuer as PDF text
// does: the issuer on a line of its own, or before the rest after a space.
func zooIssuerTitle(p *zooPrinter, d *data.Document) {
	rest, ok := strings.CutPrefix(d.Title, d.Issuer)
	if !ok || d.Issuer == "" || !strings.HasPrefix(rest, "关于") {
		p.emit(d.Title, "")
		return
	}
	if p.rnd.IntN(2) == 0 {
		p.emit(d.Issuer, "", rest, "")
		return
	}
	p.emit(d.Issuer+" "+rest, "")
}

// zooWeb prints the first document as a scraped web page (hegang): "•"
// metadata bullets, the title again, paragraphs indented by spaces, NBSP
// spacer lines, tables flattened one cell per line after a 专栏 caption.
func zooWeb() *zooPrinter {
	p := zooBase("web")
	p.single = true
	p.masthead = func(*zooPrinter, *data.Issue) {}
	p.title = func(p *zooPrinter, d *data.Document) {
		p.emit("• 索引号:", "  • 分类:"+zooKind(d.Number), "  • 发布机构:"+d.Issuer, "  • 发文日期:"+d.Date,
			"  • 名称:"+d.Title, "  • 文号:"+d.Number, "  • 关键字:", "", d.Title, "", d.Date+" 来源:"+d.Issuer, "",
			"\u00a0", "", "\u00a0", "")
	}
	p.para = func(p *zooPrinter, s string) { p.emit("  "+s, "") }
	p.rawTable = func(t *data.Table, _ *data.Block) bool { return !zooFlatShape(t) }
	p.table = func(p *zooPrinter, t *data.Table) {
		p.emit(fmt.Sprintf("专栏%d\u00a0%s", p.tables, t.Caption), "")
		for _, c := range t.Columns {
			p.emit(c, "")
		}
		zooRows(t, func(l string, _ int) { p.emit(l, "") }, func(cells []string) {
			for _, c := range cells {
				p.emit(strings.ReplaceAll(c, "\n", ""), "")
			}
		})
	}
	return p
}

// zooKind is the kind part of a 文号 (临政办发〔2024〕3号 → 临政办发).
func zooKind(num string) string { k, _, _ := strings.Cut(num, "〔"); return k }

// zooFlatShape reports whether a table flattened one cell per line can be
// rebuilt: named columns, 序号 first, no group rows, no empty cells.
func zooFlatShape(t *data.Table) bool {
	if len(t.Groups) > 0 || len(t.Columns) == 0 || t.Columns[0] != "序号" {
		return false
	}
	for _, r := range t.Records {
		for _, c := range r.Cells {
			if c.Inherited || strings.TrimSpace(c.Text) == "" {
				return false
			}
		}
	}
	return true
}

// zooYangcheng prints as yangcheng's PDF text: contents entries as "- "
// items wrapped over lines ending in (文号) page, titles with the issuer
// before them and 通知 spaced out on a line of its own.
func zooYangcheng() *zooPrinter {
	p := zooBase("yangcheng")
	p.contents = func(p *zooPrinter, is *data.Issue) {
		p.emit("目 录", "")
		zooEntries(p, is, func(e data.ContentsEntry) {
			ls := zooWrap(e.Title, 26)
			tail := fmt.Sprintf(" %d", e.Page)
			if e.Number != "" {
				tail = " (" + zooSpacing(e.Number) + ")" + tail
			}
			if last := len(ls) - 1; len([]rune(ls[last])) > 20 {
				ls = append(ls, strings.TrimPrefix(tail, " "))
			} else {
				ls[last] += tail
			}
			p.emit("- " + ls[0])
			p.emit(ls[1:]...)
			p.emit("")
		})
	}
	p.title = func(p *zooPrinter, d *data.Document) {
		head, ok := strings.CutSuffix(d.Title, "通知")
		if !ok || p.rnd.IntN(2) == 0 {
			zooIssuerTitle(p, d)
			return
		}
		zooIssuerTitle(p, &data.Document{Title: head, Issuer: d.Issuer})
		p.lines = p.lines[:len(p.lines)-1]
		p.emit("通 知", "")
	}
	return p
}

// zooSpacing inserts the spaces pdftotext puts between digits and Han
// characters: 2025年 → 2025 年, 〔2025〕2号 → 〔2025〕2 号.
func zooSpacing(s string) string {
	var b strings.Builder
	var prev rune
	for _, r := range s {
		digit := r >= '0' && r <= '9'
		pdigit := prev >= '0' && prev <= '9'
		if digit && unicode.Is(unicode.Han, prev) || pdigit && unicode.Is(unicode.Han, r) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// zooWrap cuts s into lines of at most n runes.
func zooWrap(s string, n int) []string {
	r := []rune(s)
	var out []string
	for len(r) > n {
		out = append(out, string(r[:n]))
		r = r[n:]
	}
	return append(out, string(r))
}

// zooSpaced prints the contents page spaced out: 目　　录, categories in
// 【】, pages as （n）.
func zooSpaced() *zooPrinter {
	p := zooBase("spaced")
	p.contents = func(p *zooPrinter, is *data.Issue) {
		p.emit("目　　录", "")
		zooEntries(p, is, func(e data.ContentsEntry) { p.emit(fmt.Sprintf("%s（%d）", e.Title, e.Page), "") },
			func(c string) string { return "【" + c + "】" })
	}
	return p
}

// zooMultiline prints titles over several lines as a printed gazette
// does (the issuer / 关于印发…… / ……的通知) and contents entries wrapped
// with an indented continuation and a ……N leader.
func zooMultiline() *zooPrinter {
	p := zooBase("multiline")
	p.contents = func(p *zooPrinter, is *data.Issue) {
		p.emit("目 录", "")
		zooEntries(p, is, func(e data.ContentsEntry) {
			ls := zooWrap(e.Title, 20)
			for i := 1; i < len(ls); i++ {
				ls[i] = "\u3000\u3000" + ls[i]
			}
			ls[len(ls)-1] += fmt.Sprintf("……%d", e.Page)
			p.emit(ls...)
			p.emit("")
		})
	}
	p.title = func(p *zooPrinter, d *data.Document) {
		t := d.Title
		if rest, ok := strings.CutPrefix(t, d.Issuer); ok && d.Issuer != "" {
			p.emit(d.Issuer)
			t = rest
		}
		p.emit(zooWrap(t, 16)...)
		p.emit("")
	}
	return p
}
