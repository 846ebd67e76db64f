package ui

import (
	"strings"

	"gazette/data"
)

// sampleIssue is a hand-built issue with everything the screens show: two
// categories, an entry without a document, a document the contents page
// forgets, nested sections, a list, a table and raw text.
func sampleIssue() *data.Issue {
	para := func(line int, s string) data.Block { return data.Block{Kind: data.Paragraph, Line: line, Text: s} }
	long := strings.Repeat("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，推动高质量发展。", 3)
	table := &data.Table{
		Line:    60,
		Columns: []string{"序号", "重点工作任务", "责任单位", "完成时限"},
		Groups:  []string{"一、加快构建现代产业体系"},
		Records: []data.Record{
			{Line: 61, Group: 0, Cells: []data.Cell{{Text: "1"}, {Text: "推进煤炭产业转型升级，建设现代煤化工基地"}, {Text: "市发改委"}, {Text: "2022年底"}}},
			{Line: 62, Group: 0, Cells: []data.Cell{{Text: "2"}, {Text: "发展石墨新材料产业"}, {Text: "市工信局"}, {Text: "长期坚持"}}},
		},
	}
	d1 := &data.Document{
		Kind: data.KindDocument, Title: "鸡西市人民政府印发鸡西市推动建设现代企业实现高质量发展工作指引的通知",
		Number: "鸡政发〔2022〕1号", Issuer: "鸡西市人民政府", Date: "2022-01-13", Line: 40,
		Blocks: []data.Block{para(42, "《鸡西市推动建设现代企业实现高质量发展工作指引》业经市政府常务会议讨论通过，现予印发，请认真贯彻执行。")},
		Sections: []*data.Section{
			{Heading: "一、基本原则", Numbering: "一、", Level: 1, Line: 50,
				Blocks: []data.Block{para(51, long)},
				Sections: []*data.Section{
					{Heading: "（一）坚持贯彻新发展理念", Numbering: "（一）", Level: 2, Line: 52,
						Blocks: []data.Block{para(53, "不断深化树立“创新、协调、绿色、开放、共享”新发展理念。Search the English words too.")}},
					{Heading: "（二）坚定推行现代企业制度", Numbering: "（二）", Level: 2, Line: 54,
						Blocks: []data.Block{{Kind: data.List, Line: 55, Items: []string{"规范经营决策", "①资产保值增值", "提高企业效率，增强企业活力，承担社会责任，推行和完善现代企业制度，提高企业发展质量"}}}},
				}},
			{Heading: "二、工作目标", Numbering: "二、", Level: 1, Line: 58,
				Blocks: []data.Block{para(59, "力争到2025年年底，全市工业企业实现现代企业集聚发展格局。"), {Kind: data.TableBlock, Line: 60, Table: table}}},
			{Heading: "三、保障措施", Numbering: "三、", Level: 1, Line: 70,
				Blocks: []data.Block{para(71, long+long), {Kind: data.Raw, Line: 72, Text: "附表 1  ( 单位 : 万元 )\n合计  1200"}}},
		},
	}
	d2 := &data.Document{
		Kind: data.KindDocument, Title: "鸡西市人民政府印发鸡西市小型水库管理办法的通知",
		Number: "鸡政发〔2022〕3号", Issuer: "鸡西市人民政府", Date: "2022-02-10", Line: 100,
		Sections: []*data.Section{
			{Heading: "第一章 总则", Numbering: "第一章", Level: 1, Line: 102, Blocks: []data.Block{para(103, "为加强小型水库管理，确保水库安全运行，制定本办法。")}},
		},
	}
	d3 := &data.Document{
		Kind: data.KindChronicle, Title: "2022年1—2月鸡西市政府大事记", Line: 120,
		Blocks: []data.Block{para(121, "1月4日，市委副书记、市长主持召开市政府常务会议。")},
	}
	return &data.Issue{
		Source: "jixi.txt", Title: "鸡西市人民政府公报", Year: 2022, Number: 2, TotalNumber: 16, Date: "2022-03-15",
		Contents: []data.ContentsEntry{
			{Category: "市政府文件", Title: d1.Title, Number: d1.Number, Page: 1, Document: 0, Line: 10},
			{Category: "市政府文件", Title: "鸡西市人民政府印发落实市《政府工作报告》主要目标和重点工作责任分工的通知", Page: 8, Document: -1, Line: 11},
			{Category: "市政府文件", Title: d2.Title, Page: 29, Document: 1, Line: 12},
		},
		Documents: []*data.Document{d1, d2, d3},
	}
}
