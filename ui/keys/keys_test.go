package keys

import (
	"reflect"
	"testing"

	"github.com/charmbracelet/bubbles/key"

	"gazette/ui/msg"
)

// TestDefault: every binding has keys and a help entry, so that a screen
// listing it in its help shows something a user can press.
func TestDefault(t *testing.T) {
	for _, l := range []msg.Lang{msg.En, msg.Zh} {
		testDefault(t, msg.New(l))
	}
}

func testDefault(t *testing.T, c msg.Catalog) {
	km := reflect.ValueOf(Default(c))
	for i := 0; i < km.NumField(); i++ {
		name := km.Type().Field(i).Name
		b, ok := km.Field(i).Interface().(key.Binding)
		if !ok {
			continue
		}
		if len(b.Keys()) == 0 {
			t.Errorf("%s has no keys", name)
		}
		if h := b.Help(); h.Key == "" || h.Desc == "" {
			t.Errorf("%s has no help: %+v", name, h)
		}
	}
}
