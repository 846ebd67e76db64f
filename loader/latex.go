package loader

import (
	"strings"
	"unicode/utf8"
)

// LaTeX math that a converter left inline ($200\text{mg}/\text{m}^3$)
// becomes the text it renders to (200mg/m³). A span is converted only when
// every command in it is understood; otherwise it stays as printed, since
// a guess would change what the issue says.

// latexSpan converts the math span opening with the '$' at s[i]. It
// returns the bytes it covers (with one space of padding after it when a
// CJK character follows) and the text, or 0 when there is no convertible
// math span there: an escaped \$, no closing '$', or text without a math
// command, superscript or subscript ($5 and $6).
func latexSpan(s string, i int) (int, string) {
	if i > 0 && s[i-1] == '\\' {
		return 0, ""
	}
	delim := "$"
	if strings.HasPrefix(s[i:], "$$") {
		delim = "$$"
	}
	from := i + len(delim)
	end := from
	for {
		k := strings.Index(s[end:], delim)
		if k < 0 {
			return 0, ""
		}
		end += k
		if s[end-1] != '\\' {
			break
		}
		end++
	}
	inner := s[from:end]
	if inner == "" || len(inner) > 400 || !strings.ContainsAny(inner, `\^_`) {
		return 0, ""
	}
	text, ok := latexText(inner, 0)
	if !ok {
		return 0, ""
	}
	n := end + len(delim) - i
	if rest := s[i+n:]; strings.HasPrefix(rest, " ") && startsCJK(rest[1:]) {
		n++
	}
	return n, text
}

// startsCJK and endsCJK report whether s starts or ends with a CJK
// character or punctuation.
func startsCJK(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isCJK(r)
}

func endsCJK(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isCJK(r)
}

// latexSymbols are the commands that stand for one character.
var latexSymbols = map[string]string{
	"geq": "≥", "ge": "≥", "geqslant": "≥", "leq": "≤", "le": "≤", "leqslant": "≤", "neq": "≠", "ne": "≠",
	"lt": "<", "gt": ">", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "cdot": "·", "approx": "≈",
	"sim": "~", "circ": "°", "degree": "°", "infty": "∞", "to": "→", "rightarrow": "→", "leftarrow": "←",
	"Rightarrow": "⇒", "ldots": "…", "cdots": "⋯", "prime": "′", "permil": "‰", "textperthousand": "‰",
	"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "Delta": "Δ", "epsilon": "ε", "theta": "θ",
	"lambda": "λ", "mu": "μ", "pi": "π", "rho": "ρ", "sigma": "σ", "Sigma": "Σ", "tau": "τ", "phi": "φ",
	"omega": "ω", "Omega": "Ω", "quad": " ", "qquad": " ", "left": "", "right": "", "displaystyle": "",
}

// latexText commands take one argument and stand for its text.
var latexText1 = map[string]bool{
	"text": true, "mathrm": true, "textrm": true, "mathbf": true, "textbf": true, "mathit": true,
	"textit": true, "mbox": true, "operatorname": true, "mathsf": true, "textup": true, "rm": true,
}

// latexText renders the math in s; ok is false when s holds something it
// does not understand. depth bounds the nesting of groups.
func latexText(s string, depth int) (string, bool) {
	if depth > 8 {
		return "", false
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++ // spaces do not show in math
		case c == '{' || c == '}':
			i++ // a group's braces do not show either
		case c == '^' || c == '_':
			arg, n := latexArg(s[i+1:])
			if n == 0 {
				return "", false
			}
			t, ok := latexText(arg, depth+1)
			if ok {
				t, ok = script(t, c == '^')
			}
			if !ok {
				return "", false
			}
			b.WriteString(t)
			i += 1 + n
		case c == '\\':
			t, n, ok := latexCommand(s[i:], depth)
			if !ok {
				return "", false
			}
			b.WriteString(t)
			i += n
		default:
			_, n := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+n])
			i += n
		}
	}
	return b.String(), true
}

// latexCommand renders the command at the start of s (s[0] is '\') and
// returns its text and length.
func latexCommand(s string, depth int) (string, int, bool) {
	if len(s) < 2 {
		return "", 0, false
	}
	if !isASCIILetter(s[1]) {
		switch s[1] {
		case '%', '$', '&', '#', '_', '{', '}':
			return s[1:2], 2, true
		case ',', ';', ':', '!':
			return "", 2, true // thin spaces
		case ' ':
			return " ", 2, true
		}
		return "", 0, false
	}
	n := 1
	for n < len(s) && isASCIILetter(s[n]) {
		n++
	}
	name := s[1:n]
	if t, ok := latexSymbols[name]; ok {
		return t, n, true
	}
	switch {
	case latexText1[name]:
		arg, k := latexArg(s[n:])
		if k == 0 {
			return "", 0, false
		}
		return strings.ReplaceAll(strings.ReplaceAll(arg, `\%`, "%"), `\ `, " "), n + k, true
	case name == "frac" || name == "dfrac" || name == "tfrac":
		num, k1 := latexArg(s[n:])
		den, k2 := latexArg(s[n+k1:])
		if k1 == 0 || k2 == 0 {
			return "", 0, false
		}
		a, ok1 := latexText(num, depth+1)
		d, ok2 := latexText(den, depth+1)
		return a + "/" + d, n + k1 + k2, ok1 && ok2
	case name == "sqrt":
		arg, k := latexArg(s[n:])
		if k == 0 {
			return "", 0, false
		}
		t, ok := latexText(arg, depth+1)
		return "√" + t, n + k, ok
	}
	return "", 0, false
}

// latexArg returns the argument at the start of s — a {group}, a command
// or one character, after spaces — and the bytes it covers.
func latexArg(s string) (string, int) {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i == len(s) {
		return "", 0
	}
	switch s[i] {
	case '{':
		level := 0
		for j := i; j < len(s); j++ {
			switch s[j] {
			case '{':
				level++
			case '}':
				level--
				if level == 0 {
					return s[i+1 : j], j + 1
				}
			}
		}
		return "", 0
	case '\\':
		j := i + 1
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		if j == i+1 && j < len(s) {
			j++
		}
		return s[i:j], j
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i : i+n], i + n
}

// Superscript and subscript forms of the characters that have one.
var (
	superscripts = map[rune]rune{'0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶',
		'7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', 'n': 'ⁿ', 'i': 'ⁱ',
		'°': '°'}
	subscripts = map[rune]rune{'0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆',
		'7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎', 'a': 'ₐ', 'e': 'ₑ',
		'o': 'ₒ', 'x': 'ₓ', 'h': 'ₕ', 'k': 'ₖ', 'l': 'ₗ', 'm': 'ₘ', 'n': 'ₙ', 'p': 'ₚ', 's': 'ₛ', 't': 'ₜ'}
)

// script writes t raised or lowered, when every character of it has a
// superscript or subscript form.
func script(t string, sup bool) (string, bool) {
	m := subscripts
	if sup {
		m = superscripts
	}
	var b strings.Builder
	for _, r := range t {
		o, ok := m[r]
		if !ok {
			return "", false
		}
		b.WriteRune(o)
	}
	return b.String(), true
}
