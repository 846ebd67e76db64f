package loader

import (
	"fmt"
	"slices"
	"strings"

	"gazette/data"
)

// Probes: plain-text prints of trees changed to carry one feature of
// issue 9 that no sample has, so that its gap shows apart from the
// styles'.

// zooBigNumbers: 文号 with five digits (临政发〔2023〕10000号).
func zooBigNumbers() *zooPrinter {
	p := zooBase("bignum")
	p.prepare = func(is *data.Issue) *data.Issue {
		out := zooCopy(is)
		for i, d := range out.Documents {
			if d.Number == "" || !strings.HasSuffix(d.Number, "号") {
				continue
			}
			k := strings.LastIndex(d.Number, "〕")
			if k < 0 {
				continue
			}
			num := fmt.Sprintf("%s%d号", d.Number[:k+len("〕")], 10000+i)
			for c := range out.Contents {
				if out.Contents[c].Document == i && out.Contents[c].Number != "" {
					out.Contents[c].Number = num
				}
			}
			d.Number = num
		}
		return out
	}
	return p
}

// zooBrackets: 文号 printed with [ ] for 〔 〕 (jincheng's 晋市政办[2020]15号),
// which the tree holds normalised.
func zooBrackets() *zooPrinter {
	p := zooBase("brackets")
	p.line = func(p *zooPrinter, s string) {
		if p.isNumber(s) {
			s = strings.NewReplacer("〔", "[", "〕", "]").Replace(s)
		}
		p.emit(s, "")
	}
	return p
}

// zooUnnumbered: an item without a 文号 (人事任免) that has its own title,
// after the first document with a 文号: its own document, listed in the
// contents.
func zooUnnumbered() *zooPrinter {
	p := zooBase("unnumbered")
	p.prepare = func(is *data.Issue) *data.Issue {
		out := zooCopy(is)
		if len(out.Documents) == 0 {
			return out
		}
		// After the first document with a 文号 (not a decree, nor a
		// regulation printed without one), with its issuer and 主送.
		k := slices.IndexFunc(out.Documents, func(d *data.Document) bool { return strings.Contains(d.Number, "〔") })
		if k < 0 {
			return out
		}
		first := out.Documents[k]
		issuer := first.Issuer
		if issuer == "" {
			issuer = "市人民政府"
		}
		d := &data.Document{Kind: data.KindDocument, Title: issuer + "关于王某某等同志职务任免的通知",
			Issuer: issuer, Date: first.Date, Recipients: first.Recipients,
			Blocks: []data.Block{{Kind: data.Paragraph,
				Text: "经研究决定：任命王某某为市发展和改革委员会主任；免去李某某的市财政局局长职务。"}}}
		out.Documents = slices.Insert(out.Documents, k+1, d)
		var entries []data.ContentsEntry
		for _, e := range out.Contents {
			if e.Document > k {
				e.Document++
			}
			entries = append(entries, e)
			if e.Document == k {
				entries = append(entries, data.ContentsEntry{Category: e.Category, Title: d.Title, Page: e.Page + 1, Document: k + 1})
			}
		}
		out.Contents = entries
		return out
	}
	return p
}

// zooCopy copies an issue deep enough to change its documents' fields
// and its contents entries (sections and tables are shared).
func zooCopy(is *data.Issue) *data.Issue {
	out := *is
	out.Contents = append([]data.ContentsEntry(nil), is.Contents...)
	out.Documents = make([]*data.Document, len(is.Documents))
	for i, d := range is.Documents {
		c := *d
		out.Documents[i] = &c
	}
	return &out
}
