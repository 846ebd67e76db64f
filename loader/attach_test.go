package loader

import "testing"

// TestMayOpenAttachment: no line mayStart("附", "-") accepts is passed
// over by its first byte, of the lines of the samples and of labels and
// list heads as converters print them, their ends recorded on decoding
// or not.
func TestMayOpenAttachment(t *testing.T) {
	srcs := [][]byte{[]byte("附件：1.某市工作方案\n  附件\n- 附件\n**附件**\n<p>附件2</p>\n# 附录\n&nbsp;附件\n$附件$\n")}
	opening := 0
	for _, ls := range decodedWithSamples(t, srcs...) {
		for i := range ls {
			for _, l := range []line{ls[i], {n: ls[i].n, text: ls[i].text}} {
				if l.mayStart("附", "-") {
					opening++
					if !mayOpenAttachment(l.first()) {
						t.Errorf("line %q passed over", l.text)
					}
				}
			}
		}
	}
	if opening < 16 {
		t.Errorf("%d lines may open an attachment, want at least 16", opening)
	}
}
