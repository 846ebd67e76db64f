package cli

import (
	"strings"
	"testing"
)

// TestHelpLanguage: the help follows the locale, --lang overrides it
// anywhere on the line, and a language gazette does not have is an error.
func TestHelpLanguage(t *testing.T) {
	zh := map[string]string{"LANG": "zh_CN.UTF-8"}
	cases := []struct {
		vars map[string]string
		args []string
		want string
	}{
		{nil, []string{"help"}, "usage:"},
		{zh, []string{"help"}, "用法："},
		{zh, []string{"--lang", "en", "help"}, "usage:"},
		{nil, []string{"help", "--lang=zh"}, "用法："},
		{zh, []string{"table", "-h"}, "保留满足条件的记录"},
		{map[string]string{"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}, []string{"search", "-h"}, "print the hits as a JSON array"},
	}
	for _, c := range cases {
		out, errs, code := runIn(t, false, c.vars, c.args...)
		if code != ExitFound || errs != "" || !strings.Contains(out, c.want) {
			t.Errorf("%v %v: exit %d, stderr %q; want %q in:\n%s", c.vars, c.args, code, errs, c.want, out)
		}
	}
	if _, errs, code := run(t, "--lang", "fr", "help"); code != ExitError || !strings.Contains(errs, "fr") {
		t.Errorf("--lang fr: exit %d, stderr %q", code, errs)
	}
}
