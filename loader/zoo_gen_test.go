package loader

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"gazette/data"
)

// The format zoo's generator: random but plausible gazette issues built
// from a small vocabulary of gazette phrases, as the trees the loader
// should build from them. Every tree follows the data model's
// conventions: headings hold their numbering (一、总体要求), an article's
// heading is its token (第一条) with its text as a paragraph, a run-in
// heading ends at its first 。 and its paragraph shares its line, an
// attachment is a top-level section numbered 附件N whose sections start
// at level 2.

var (
	zooPlaces = []string{"临江", "青岭", "云阳", "白河", "松川", "东平", "安和", "清源", "北屯", "南塘"}
	zooFreqs  = []string{"月刊", "双月刊", "季刊", "半月刊"}
	zooTopics = []string{"推进数字政府建设", "优化营商环境", "加强安全生产", "促进民营经济发展", "推进乡村振兴",
		"加强生态环境保护", "提升基层治理能力", "推动制造业高质量发展", "做好防汛抗旱", "加快农村公路建设"}
	zooPlanKinds = []string{"实施方案", "工作方案", "三年行动计划", "若干措施", "应急预案"}
	zooRuleKinds = []string{"管理办法", "实施细则", "暂行办法"}
	zooSubjects  = []string{"各地各部门", "各县（区）人民政府", "市直各有关单位", "各级行业主管部门", "各成员单位"}
	zooVerbs     = []string{"要坚持", "要进一步", "要切实加强", "要统筹推进", "要扎实做好", "要全面落实"}
	zooObjects   = []string{"安全生产工作", "营商环境优化", "基层治理能力建设", "应急物资储备", "数字政府建设",
		"生态环境保护", "重点项目建设", "“放管服”改革", "农村人居环境整治", "政务服务标准化"}
	zooTails = []string{"确保各项任务落到实处", "形成工作合力", "不断提升群众满意度", "推动经济社会高质量发展",
		"切实防范化解重大风险", "及时研究解决工作中遇到的问题"}
	zooFacts = []string{"到%d年，全市完成投资%d亿元", "全年新增就业%d人，城镇登记失业率控制在%d%%以内",
		"%d年底前建成%d个示范点", "累计培育市场主体%d户，增长%d%%"}
	zooHeads1 = []string{"总体要求", "主要任务", "保障措施", "工作目标", "组织实施", "基本原则", "重点工作", "工作步骤"}
	zooHeads2 = []string{"加强组织领导", "强化资金保障", "健全工作机制", "严格督促检查", "加大宣传力度",
		"完善政策体系", "提升服务水平", "压实主体责任", "深化改革创新", "强化要素保障"}
	zooHeads4 = []string{"现场处置组", "后勤保障组", "医疗救护组", "治安保障组", "信息发布组", "专家咨询组"}
	zooChaps  = []string{"总则", "职责分工", "监督管理", "保障措施", "法律责任", "附则"}
	zooUnits  = []string{"市发展改革委", "市财政局", "市工业和信息化局", "市住房城乡建设局", "市交通运输局",
		"市农业农村局", "市应急管理局", "市生态环境局", "市市场监管局", "市政务服务中心", "各县（区）政府"}
	zooGroups = []string{"加快构建现代产业体系", "大力发展现代农业", "持续深化改革扩大开放", "全面提升城市品质",
		"强力推进生态文明建设", "着力保障和改善民生", "统筹发展和安全"}
	zooDue = []string{"%d年6月底前", "%d年12月底前", "长期坚持", "%d年9月", "持续推进", "%d年第三季度"}
	zooCN  = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"}
)

// zooGen holds the random source and the issue being generated.
type zooGen struct {
	r     *rand.Rand
	place string
	year  int
	items int // task records numbered so far in the current table
}

func (g *zooGen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// zooGenerate makes one random issue from a fixed seed.
func zooGenerate(seed uint64) *data.Issue {
	g := &zooGen{r: rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))}
	g.place = g.pick(zooPlaces)
	g.year = 2019 + g.r.IntN(7)
	city := g.place + "市"
	is := &data.Issue{
		Title:       city + "人民政府公报",
		Year:        g.year,
		Number:      1 + g.r.IntN(12),
		TotalNumber: 20 + g.r.IntN(300),
		Frequency:   g.pick(zooFreqs),
		Publisher:   city + "人民政府办公室",
	}
	// The government's documents first, then its office's, as the
	// contents page groups them.
	var office []*data.Document
	for n := 1 + g.r.IntN(4); n > 0; n-- {
		if d := g.document(city); strings.HasSuffix(d.Issuer, "办公室") {
			office = append(office, d)
		} else {
			is.Documents = append(is.Documents, d)
		}
	}
	is.Documents = append(is.Documents, office...)
	// A decree first in one tree of three (its draws come after the
	// others', which stay as they were).
	if seed%3 == 0 {
		is.Documents = append([]*data.Document{g.decree(city)}, is.Documents...)
	}
	page := 1
	for i, d := range is.Documents {
		cat := "市政府文件"
		switch {
		case strings.Contains(d.Number, "令第"):
			cat = "市政府令"
		case strings.HasSuffix(d.Issuer, "办公室"):
			cat = "市政府办公室文件"
		}
		is.Contents = append(is.Contents, data.ContentsEntry{Category: cat, Title: d.Title, Number: d.Number, Page: page, Document: i})
		page += 2 + g.r.IntN(20)
	}
	// In one tree of four, a regulation that has no 文号 and that the
	// contents page does not list comes before every other document.
	if seed%4 == 1 {
		is.Documents = append([]*data.Document{g.regulation(city)}, is.Documents...)
		for i := range is.Contents {
			is.Contents[i].Document++
		}
	}
	return is
}

// zooMayors are the names a decree is signed with.
var zooMayors = []string{"张三", "李明", "王建国", "赵丽", "陈志刚", "刘洋"}

// decree makes a 政府令: the regulation it publishes is its title, its 令
// and 第N号 its number, the mayor's signature its issuer; the 公布 text is
// its body and the regulation, with its chapters and articles, its one
// section (as an 印发 notice's attachment).
func (g *zooGen) decree(city string) *data.Document {
	title := g.ruleTitle(city)
	month := 1 + g.r.IntN(12)
	d := &data.Document{Kind: data.KindDocument, Title: title, Issuer: "市长 " + g.pick(zooMayors),
		Number:      fmt.Sprintf("%s人民政府令第%d号", city, 1+g.r.IntN(200)),
		Date:        fmt.Sprintf("%04d-%02d-%02d", g.year, month, 1+g.r.IntN(28)),
		Attachments: []string{title}}
	d.Blocks = []data.Block{{Kind: data.Paragraph, Text: fmt.Sprintf("《%s》已经%d年%d月%d日市人民政府第%d次常务会议通过，现予公布，自%d年%d月1日起施行。",
		title, g.year, month, 1+g.r.IntN(28), 1+g.r.IntN(30), g.year+1, 1+g.r.IntN(12))}}
	d.Sections = []*data.Section{{Heading: title, Level: 1, Sections: g.rules(2)}}
	return d
}

// regulation makes a regulation printed on its own, with no 文号, no
// signature and no contents entry: its chapters are its sections.
func (g *zooGen) regulation(city string) *data.Document {
	// 管理规定: no decree's or attachment's title is the same.
	title := strings.NewReplacer("“", "", "”", "").Replace(city + g.pick(zooObjects) + "管理规定")
	return &data.Document{Kind: data.KindDocument, Title: title, Sections: g.rules(1)}
}

// ruleTitle makes the title of a regulation: 临江市应急物资储备管理办法.
func (g *zooGen) ruleTitle(city string) string {
	return strings.NewReplacer("“", "", "”", "").Replace(city + g.pick(zooObjects) + g.pick(zooRuleKinds))
}

// document makes one document: a notice with an attached plan or rules,
// or an opinion with its sections in the body.
func (g *zooGen) document(city string) *data.Document {
	issuer := city + "人民政府"
	if g.r.IntN(2) == 0 {
		issuer += "办公室"
	}
	topic := g.pick(zooTopics)
	d := &data.Document{Kind: data.KindDocument, Issuer: issuer, Recipients: "各县（区）人民政府，市政府各委、办、局："}
	d.Number = g.number(issuer)
	d.Date = fmt.Sprintf("%04d-%02d-%02d", g.year, 1+g.r.IntN(12), 1+g.r.IntN(28))
	switch g.r.IntN(3) {
	case 0: // notice + plan
		att := city + topic + g.pick(zooPlanKinds)
		d.Title = issuer + "关于印发" + att + "的通知"
		d.Blocks = []data.Block{g.paragraph("现将《" + att + "》印发给你们，请认真贯彻执行。")}
		d.Attachments = []string{att}
		a := &data.Section{Heading: att, Numbering: "附件", Level: 1}
		a.Blocks = []data.Block{g.paragraph("")}
		a.Sections = g.plan(2, true)
		d.Sections = []*data.Section{a}
	case 1: // notice + rules
		att := g.ruleTitle(city)
		d.Title = issuer + "关于印发" + att + "的通知"
		d.Blocks = []data.Block{g.paragraph("《" + att + "》已经市政府同意，现印发给你们，请遵照执行。")}
		d.Attachments = []string{att}
		a := &data.Section{Heading: att, Numbering: "附件", Level: 1, Sections: g.rules(2)}
		d.Sections = []*data.Section{a}
	default: // opinion
		d.Title = issuer + "关于" + topic + "的实施意见"
		d.Blocks = []data.Block{g.paragraph("")}
		d.Sections = g.plan(1, false)
	}
	return d
}

// number makes a 文号 in one of the printed forms: 临政发〔2024〕3号,
// 临政办规〔2024〕12号, one to four digits.
func (g *zooGen) number(issuer string) string {
	abbr := []rune(g.place)[:1]
	kind := []string{"政发", "政规", "政函"}
	if strings.HasSuffix(issuer, "办公室") {
		kind = []string{"政办发", "政办规", "政办函"}
	}
	n := []int{1 + g.r.IntN(9), 10 + g.r.IntN(90), 100 + g.r.IntN(900), 1000 + g.r.IntN(9000)}[g.r.IntN(4)]
	return fmt.Sprintf("%s%s〔%d〕%d号", string(abbr), g.pick(kind), g.year, n)
}

// sentence makes one sentence of gazette prose.
func (g *zooGen) sentence() string {
	if g.r.IntN(4) == 0 {
		f := g.pick(zooFacts)
		a, b := g.year+g.r.IntN(3), 2+g.r.IntN(300)
		if strings.HasPrefix(f, "%d年") || strings.HasPrefix(f, "到%d年") {
			return fmt.Sprintf(f, a, b) + "。"
		}
		return g.pick(zooSubjects) + fmt.Sprintf(f, b*10, 1+g.r.IntN(9)) + "。"
	}
	return g.pick(zooSubjects) + g.pick(zooVerbs) + g.pick(zooObjects) + "，" + g.pick(zooTails) + "。"
}

// paragraph makes a paragraph of one to four sentences after lead.
func (g *zooGen) paragraph(lead string) data.Block {
	var b strings.Builder
	b.WriteString(lead)
	for n := 1 + g.r.IntN(4); n > 0; n-- {
		b.WriteString(g.sentence())
	}
	return data.Block{Kind: data.Paragraph, Text: b.String()}
}

// list makes a bulleted list of short items.
func (g *zooGen) list() data.Block {
	bl := data.Block{Kind: data.List}
	for n := 2 + g.r.IntN(3); n > 0; n-- {
		bl.Items = append(bl.Items, g.pick(zooUnits)+"负责"+g.pick(zooObjects)+"；")
	}
	return bl
}

// plan makes the numbered sections of a plan at level base: 一、 (一)
// 1. (1), with paragraphs, lists and tables.
func (g *zooGen) plan(base int, tables bool) []*data.Section {
	var out []*data.Section
	for i, n := 0, 2+g.r.IntN(3); i < n; i++ {
		s := &data.Section{Heading: zooCN[i] + "、" + g.pick(zooHeads1), Numbering: zooCN[i] + "、", Level: base}
		if g.r.IntN(2) == 0 {
			s.Blocks = append(s.Blocks, g.paragraph(""))
		}
		for j, m := 0, g.r.IntN(4); j < m; j++ {
			s.Sections = append(s.Sections, g.sub(base+1, j))
		}
		if tables && g.r.IntN(3) == 0 {
			s.Blocks = append(s.Blocks, g.table())
			s.Blocks = append(s.Blocks, zooNote(s.Blocks[len(s.Blocks)-1].Table)...)
		}
		out = append(out, s)
	}
	if tables && g.r.IntN(2) == 0 {
		last := out[len(out)-1]
		last.Sections = nil
		last.Blocks = append(last.Blocks, g.table())
	}
	return out
}

// sub makes a (一) section, run-in or on its own line, with 1. and (1)
// sections below it.
func (g *zooGen) sub(level, j int) *data.Section {
	tok := "(" + zooCN[j] + ")"
	if g.r.IntN(2) == 0 {
		tok = "（" + zooCN[j] + "）"
	}
	s := &data.Section{Numbering: tok, Level: level}
	if g.r.IntN(2) == 0 {
		s.Heading = tok + g.pick(zooHeads2) + "。"
		s.Blocks = []data.Block{g.paragraph("")}
		return s
	}
	s.Heading = tok + g.pick(zooHeads2)
	s.Blocks = []data.Block{g.paragraph("")}
	if g.r.IntN(3) == 0 {
		s.Blocks = append(s.Blocks, g.list())
	}
	for k, m := 0, g.r.IntN(3); k < m; k++ {
		tok := fmt.Sprintf("%d.", k+1)
		a := &data.Section{Numbering: tok, Heading: tok + g.pick(zooHeads2), Level: level + 1}
		a.Blocks = []data.Block{g.paragraph("")}
		for x, y := 0, g.r.IntN(3); x < y; x++ {
			tok := fmt.Sprintf("(%d)", x+1)
			a.Sections = append(a.Sections, &data.Section{Numbering: tok, Heading: tok + g.pick(zooHeads4),
				Level: level + 2, Blocks: []data.Block{g.paragraph("")}})
		}
		s.Sections = append(s.Sections, a)
	}
	return s
}

// rules makes chapters of articles: 第一章总则 › 第一条, numbered on
// through the chapters.
func (g *zooGen) rules(level int) []*data.Section {
	var out []*data.Section
	art := 0
	for i, n := 0, 2+g.r.IntN(3); i < n; i++ {
		tok := "第" + zooCN[i] + "章"
		c := &data.Section{Numbering: tok, Heading: tok + zooChaps[i%len(zooChaps)], Level: level}
		for k := 1 + g.r.IntN(3); k > 0; k-- {
			tok := "第" + zooNumeral(art+1) + "条"
			art++
			c.Sections = append(c.Sections, &data.Section{Numbering: tok, Heading: tok, Level: level + 1,
				Blocks: []data.Block{g.paragraph("")}})
		}
		out = append(out, c)
	}
	return out
}

// zooNumeral writes 1–99 in Chinese numerals: 一 十 十一 二十三.
func zooNumeral(n int) string {
	if n <= 10 {
		return zooCN[n-1]
	}
	tens, ones := n/10, n%10
	s := "十"
	if tens > 1 {
		s = zooCN[tens-1] + s
	}
	if ones > 0 {
		s += zooCN[ones-1]
	}
	return s
}

// table makes a task table (序号/重点工作任务/责任单位/完成时限, with
// group rows, cells of several lines and records continuing a merged
// cell) or a small indicator table, maybe with a 合计 row.
func (g *zooGen) table() data.Block {
	if g.r.IntN(4) == 0 {
		t := &data.Table{Caption: "主要指标", Columns: []string{"序号", "指标名称", fmt.Sprint(g.year) + "年", "目标值", "属性"}}
		for i, n := 0, 3+g.r.IntN(5); i < n; i++ {
			t.Records = append(t.Records, zooRecord(-1, fmt.Sprint(i+1), g.pick(zooObjects)+"完成率",
				fmt.Sprintf("%d.%d", 10+g.r.IntN(90), g.r.IntN(10)), fmt.Sprintf("≥%d%%", 80+g.r.IntN(20)),
				[]string{"预期性", "约束性"}[g.r.IntN(2)]))
		}
		if g.r.IntN(2) == 0 { // a 合计 row is a record
			t.Records = append(t.Records, zooRecord(-1, "合计", "", fmt.Sprint(100+g.r.IntN(900)), "", ""))
		}
		return data.Block{Kind: data.TableBlock, Table: t}
	}
	t := &data.Table{Caption: "重点工作任务分解表", Columns: []string{"序号", "重点工作任务", "责任单位", "完成时限"}}
	if g.r.IntN(3) == 0 {
		t.Columns = []string{"序号", "重点工作任务", "牵头单位", "配合单位", "完成时限"}
	}
	groups := g.r.IntN(4)
	num := 0
	for gi := -1; gi < groups; gi++ {
		if gi >= 0 {
			t.Groups = append(t.Groups, zooCN[gi]+"、"+zooGroups[gi%len(zooGroups)])
		}
		if gi < 0 && groups > 0 {
			continue
		}
		for k := 1 + g.r.IntN(5); k > 0; k-- {
			num++
			t.Records = append(t.Records, g.task(t, len(t.Groups)-1, num))
			if g.r.IntN(6) == 0 {
				t.Records = append(t.Records, g.continuation(t))
			}
		}
	}
	return data.Block{Kind: data.TableBlock, Table: t}
}

// task makes one record of a task table.
func (g *zooGen) task(t *data.Table, group, num int) data.Record {
	var task strings.Builder
	for n := 1 + g.r.IntN(3); n > 0; n-- {
		task.WriteString(g.pick(zooVerbs)[len("要"):] + g.pick(zooObjects) + "，" + g.pick(zooTails) + "。")
	}
	if g.r.IntN(5) == 0 {
		task.WriteString("推进\"一网通办\"改革。")
	}
	unit := g.pick(zooUnits)
	if g.r.IntN(4) == 0 {
		unit = "牵头单位：" + unit + "\n配合单位：" + g.pick(zooUnits)
	}
	due := g.pick(zooDue)
	if strings.Contains(due, "%d") {
		due = fmt.Sprintf(due, g.year+g.r.IntN(2))
	}
	cells := []string{fmt.Sprint(num), task.String(), unit}
	if len(t.Columns) == 5 {
		cells = append(cells, g.pick(zooUnits)+"、"+g.pick(zooUnits))
	}
	return zooRecord(group, append(cells, due)...)
}

// continuation makes a record under the merged 序号 and task cells of the
// record above, with its own units and time limit.
func (g *zooGen) continuation(t *data.Table) data.Record {
	prev := t.Records[len(t.Records)-1]
	r := zooRecord(prev.Group, make([]string, len(t.Columns))...)
	r.Continuation = true
	for c := range r.Cells {
		switch {
		case c < 2:
			r.Cells[c] = data.Cell{Text: prev.Cells[c].Text, Inherited: true}
		case c == len(r.Cells)-1:
			r.Cells[c].Text = "长期坚持"
		default:
			r.Cells[c].Text = g.pick(zooUnits)
		}
	}
	return r
}

func zooRecord(group int, cells ...string) data.Record {
	r := data.Record{Group: group, Cells: make([]data.Cell, len(cells))}
	for i, c := range cells {
		r.Cells[i].Text = c
	}
	return r
}

// zooNotes are the short paragraphs a gazette prints under a table.
var zooNotes = []string{"注：数据截至年底。", "以上任务由各责任单位按职责分工落实。", "注：各地要结合实际认真组织实施，确保各项任务按期完成。"}

// zooNote gives every third table (by its record count, so that the
// random draws, and the trees, stay as they were) a note below it.
func zooNote(t *data.Table) []data.Block {
	if n := len(t.Records); n%3 == 0 {
		return []data.Block{{Kind: data.Paragraph, Text: zooNotes[n/3%len(zooNotes)]}}
	}
	return nil
}
