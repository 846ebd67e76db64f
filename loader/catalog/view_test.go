package catalog

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"testing"

	"gazette/data/query"
)

// TestView checks that a Sync that writes nothing leaves a view of the
// files from which a search takes the ids, indices and errors the files
// table gives (a file given twice included), and that a search after
// another catalogue on the same file wrote does not take them from the
// view: the file the other process indexed is searched, without the error
// the view holds for it.
func TestView(t *testing.T) {
	all := library(t)
	files := append(all[:len(all):len(all)], all[3])
	empty := all[len(all)-1]
	c := openTemp(t)
	ctx := context.Background()
	if _, err := c.Sync(ctx, files, nil, nil); err != nil {
		t.Fatal(err)
	}
	if c.view.Load() != nil {
		t.Fatal("a Sync that wrote left a view")
	}
	if _, err := c.Sync(ctx, files, nil, nil); err != nil {
		t.Fatal(err)
	}
	v := c.view.Load()
	if v == nil {
		t.Fatal("a Sync that wrote nothing left no view")
	}
	conn, err := c.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := v.current(ctx, conn, files); !ok || err != nil {
		t.Errorf("view not current (%v)", err)
	}
	if ok, _ := v.current(ctx, conn, files[1:]); ok {
		t.Error("view current for other files")
	}
	byID, errs := v.fileIDs()
	wantIDs, wantErrs, err := readFileIDs(ctx, conn, files)
	conn.Close()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(byID, wantIDs) || !reflect.DeepEqual(errs, wantErrs) {
		t.Errorf("view:\n%v %v\nfiles table:\n%v %v", byID, errs, wantIDs, wantErrs)
	}

	if _, err := c.Sync(ctx, all, nil, nil); err != nil || c.view.Load() == nil {
		t.Fatalf("no view after a Sync that wrote nothing (%v)", err)
	}
	other, err := Open(c.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if err := os.WriteFile(empty, []byte("关于秸秆的通知\n鸡政发〔2030〕9号\n\n秸秆禁烧。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := other.Sync(ctx, all, nil, nil); err != nil {
		t.Fatal(err)
	}
	m, _ := query.Compile("秸秆禁烧")
	want, wantScanErrs := scan(t, all, m)
	got, errs, err := c.Search(ctx, all, m)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("after another catalogue wrote: %d hits (%v), scan finds %d", len(got), err, len(want))
	}
	for i, e := range errs {
		if fmt.Sprint(e) != fmt.Sprint(wantScanErrs[i]) && (e != nil || wantScanErrs[i] != "") {
			t.Errorf("after another catalogue wrote: %s: error %v, scan says %q", all[i], e, wantScanErrs[i])
		}
	}
}
