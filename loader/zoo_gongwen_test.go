package loader

import (
	"fmt"
	"strings"

	"gazette/data"
)

// zooGongwen prints every document with a 文号 as a single official
// document in the national format (GB/T 9704-2012), as Word, WPS or a
// PDF converter saves it and as gazettes reprint it: a 版头 (份号, 密级,
// 紧急程度 at random; the 发文机关标志 with 文件, spaced or not, joint
// (stacked or side by side), set wide letter by letter, or the issuer
// alone; rules of ─, —, _ (a ★ in some) or none, blank lines around;
// the 发文字号, with 签发人 beside it or on a line of its own at times;
// the 标题 wrapped at times), the 附注 after the date at times, and a
// 版记 (抄送, wrapped at times, and the 印发 line between rules).
func zooGongwen() *zooPrinter {
	p := zooBase("gongwen")
	p.title = zooGongwenHead
	p.line = func(p *zooPrinter, s string) {
		if p.isNumber(s) {
			return // printed in the 版头
		}
		p.emit(s, "")
		if p.doc.Date != "" && s == zooDate(p.doc.Date) && p.rnd.IntN(3) == 0 {
			p.emit(zooPick(p, "（此件公开发布）", "（联系人：张明；联系电话：0451-8765432）"), "")
		}
	}
	p.end = zooGongwenImprint
	return p
}

func zooPick(p *zooPrinter, list ...string) string { return list[p.rnd.IntN(len(list))] }

// zooRule prints a rule as converters do: a line of ─, — or _ (maybe
// with a ★ in it), or nothing, maybe with the blank lines of its space.
func zooRule(p *zooPrinter) {
	if r := zooPick(p, "─", "—", "_", ""); r != "" {
		n := 10 + p.rnd.IntN(10)
		star := zooPick(p, "", "", "★")
		p.emit(strings.Repeat(r, n) + star + strings.Repeat(r, n))
	}
	p.emit(strings.Repeat("\n", p.rnd.IntN(3)))
}

// zooGongwenHead prints a document's 版头 and 标题 (a document without a
// 文号 has no 版头: its title alone).
func zooGongwenHead(p *zooPrinter, d *data.Document) {
	if d.Number == "" || d.Kind != data.KindDocument {
		p.emit(d.Title, "")
		return
	}
	if p.rnd.IntN(3) == 0 {
		p.emit(fmt.Sprintf("%06d", p.rnd.IntN(1000000)))
	}
	if p.rnd.IntN(3) == 0 {
		p.emit(zooPick(p, "秘密", "机密★5年", "秘密★1年", "绝密★长期"))
	}
	if p.rnd.IntN(3) == 0 {
		p.emit(zooPick(p, "特急", "加急", "特  急"))
	}
	p.emit("")
	issuer := d.Issuer
	if issuer == "" {
		issuer = "市人民政府"
	}
	switch p.rnd.IntN(6) {
	case 0:
		p.emit(issuer + "文件")
	case 5: // set wide: spaced out letter by letter, centred
		p.emit("      " + strings.Join(strings.Split(issuer+"文件", ""), " "))
	case 1:
		p.emit(issuer + "    文件")
	case 2: // joint: 文件 on a line of its own, beside the middle name, or all on one line
		other := zooPick(p, "市财政局", "市发展和改革委员会", "市应急管理局")
		switch p.rnd.IntN(3) {
		case 0:
			p.emit(issuer, other, "文件")
		case 1:
			p.emit(issuer, other+"   文件", "市教育局")
		default:
			p.emit(issuer + "  " + other + "  文件")
		}
	default: // a 函's head: the issuer alone
		p.emit(issuer)
	}
	zooRule(p)
	p.emit("")
	signer := "签发人：" + zooPick(p, "张明", "李华 王强")
	switch p.rnd.IntN(5) {
	case 0:
		p.emit(d.Number + "          " + signer)
	case 1:
		p.emit(signer + "    " + d.Number)
	case 2:
		p.emit(d.Number, signer)
	default:
		p.emit(d.Number)
	}
	if p.rnd.IntN(2) == 0 {
		zooRule(p)
	}
	p.emit("")
	t := []rune(d.Title)
	if n := 14 + p.rnd.IntN(12); p.rnd.IntN(2) == 0 && len(t) > n {
		p.emit(zooWrap(d.Title, max(n, (len(t)+4)/5))...)
	} else {
		p.emit(d.Title)
	}
	p.emit("")
}

// zooGongwenImprint prints a document's 版记: 抄送 (at times, wrapped
// at times) and the 印发 line, between rules.
func zooGongwenImprint(p *zooPrinter, d *data.Document) {
	if d.Number == "" {
		return
	}
	zooRule(p)
	if p.rnd.IntN(4) > 0 {
		list := "抄送：市委办公室，市人大常委会办公室，市政协办公室，市法院，市检察院。"
		if p.rnd.IntN(2) == 0 {
			list = "抄送：市委各部门。"
		}
		if r := []rune(list); p.rnd.IntN(2) == 0 && len(r) > 20 {
			p.emit(string(r[:20]), "      "+string(r[20:]))
		} else {
			p.emit(list)
		}
		zooRule(p)
	}
	office := d.Issuer
	if !strings.HasSuffix(office, "办公室") {
		office += "办公室"
	}
	date := "2024年1月5日"
	if d.Date != "" {
		date = zooDate(d.Date)
	}
	p.emit(office + "          " + date + "印发")
	zooRule(p)
	p.emit("")
}
