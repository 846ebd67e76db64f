package state

import (
	"reflect"
	"testing"
)

// TestTablesSaved: the state of a table screen is saved with the issue's
// reading position and read back as it was.
func TestTablesSaved(t *testing.T) {
	dir := t.TempDir()
	s, _ := Open(dir)
	want := Table{Filters: []string{"完成时限<=2022年6月", "!责任单位~主办: 市发改委|责任领导=徐铭"}, Sort: 3, Desc: true, Column: 2, Record: 41, Compact: true}
	s.Set("k", Position{Document: 1, Line: 300, Tables: map[string]Table{TableKey(1, 1): want}})
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	again, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	p, ok := again.Get("k")
	if !ok || !reflect.DeepEqual(p.Tables["1/1"], want) {
		t.Errorf("read back %+v, want %+v", p.Tables, want)
	}
}
