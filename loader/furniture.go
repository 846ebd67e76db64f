package loader

import "strings"

// backCover finds where the back cover starts: the slogans and colophon
// printed after the last document. It returns len(ls) when there is none.
func backCover(ls []line) int {
	end := len(ls)
	cut := false
	for j := len(ls) - 1; j >= 0; j-- {
		t := removeSpaces(ls[j].text)
		switch {
		case t == "":
			continue
		case isFurniture(t):
			cut = true
			end = j
			continue
		case cut && runeLen(t) <= 6 && onlyHan(t):
			end = j
			continue
		}
		break
	}
	return end
}

func isFurniture(t string) bool {
	switch t {
	case "传达政令", "宣传政策", "指导工作", "服务社会", "公开政务", "内部资料注意保存":
		return true
	}
	return strings.Contains(t, "准印证号") || strings.HasPrefix(t, "编辑出版") || strings.HasPrefix(t, "地址:") ||
		strings.HasPrefix(t, "地址：") || strings.HasPrefix(t, "网址")
}

func onlyHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}
