package loader

// Numbers in dates, 文号 and 令 numbers are printed in ASCII digits or in
// full-width ones (２０２２年１月５日, 鸡政发〔２０２２〕１号), as a typist
// or a converter set them: both are read as the same number.

// digitAt returns the value of the digit that starts s, ASCII or
// full-width (U+FF10–U+FF19, EF BC 90–99 in UTF-8), and its byte length;
// size is 0 when s starts with no digit.
func digitAt(s string) (v, size int) {
	switch {
	case s != "" && s[0] >= '0' && s[0] <= '9':
		return int(s[0] - '0'), 1
	case len(s) >= 3 && s[0] == 0xEF && s[1] == 0xBC && s[2] >= 0x90 && s[2] <= 0x99:
		return int(s[2] - 0x90), 3
	}
	return 0, 0
}

// digitRun reads the run of digits, ASCII or full-width, that starts s:
// its digits in ASCII, how many there are, and its length in bytes. A run
// of ASCII digits is returned as a part of s, without a copy.
func digitRun(s string) (digits string, n, size int) {
	for size < len(s) {
		_, k := digitAt(s[size:])
		if k == 0 {
			break
		}
		n++
		size += k
	}
	if size == n {
		return s[:size], n, size
	}
	b := make([]byte, 0, n)
	for i := 0; i < size; {
		v, k := digitAt(s[i:])
		b = append(b, byte('0'+v))
		i += k
	}
	return string(b), n, size
}

// digitBefore reports whether the byte before index i of s ends a digit,
// ASCII or full-width, and where that digit starts.
func digitBefore(s string, i int) (start int, ok bool) {
	if i >= 1 && s[i-1] >= '0' && s[i-1] <= '9' {
		return i - 1, true
	}
	if i >= 3 {
		if _, k := digitAt(s[i-3 : i]); k == 3 {
			return i - 3, true
		}
	}
	return i, false
}
