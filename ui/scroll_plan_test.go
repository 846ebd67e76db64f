package ui

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"
)

// TestScrollPlan checks on many pairs of frames that the plan (a shift,
// then rewrites) turns the old rows into the new ones, that each rewrite
// is a region of two rows at least, and that a pure shift writes only the
// rows that come in.
func TestScrollPlan(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	planned := 0
	for i := range 2000 {
		n := 2 + rng.Intn(30)
		old := make([]string, n)
		for j := range old {
			old[j] = fmt.Sprint(rng.Intn(4)) // few values: rows repeat
		}
		d := rng.Intn(2*n-1) - (n - 1)
		want := slices.Clone(old)
		if d > 0 {
			want = append(want[d:], make([]string, d)...)
		} else if d < 0 {
			want = append(make([]string, -d), want[:n+d]...)
		}
		for j := range want {
			if want[j] == "" || rng.Intn(8) == 0 {
				want[j] = fmt.Sprint(10 + rng.Intn(3))
			}
		}
		k, s := sameEnds(old, want)
		if k == n {
			continue
		}
		sd, runs, ok := plan(old, want, k, n-s)
		if !ok {
			continue
		}
		now := old
		if sd != 0 {
			now = shifted(old, want, k, n-s, sd)
		}
		now = slices.Clone(now)
		for _, r := range runs {
			if r[1]-r[0] < 2 || r[0] < 0 || r[1] > n {
				t.Fatalf("case %d: run %v of %d rows", i, r, n)
			}
			copy(now[r[0]:r[1]], want[r[0]:r[1]])
		}
		if !slices.Equal(now, want) {
			t.Fatalf("case %d: %q to %q: shift %d, runs %v give %q", i, old, want, sd, runs, now)
		}
		planned++
	}
	if planned < 1000 {
		t.Errorf("only %d of 2000 cases planned rather than redrawn", planned)
	}
}

// TestScrollPlanShift: scrolling distinct rows by d writes d rows.
func TestScrollPlanShift(t *testing.T) {
	old := make([]string, 23)
	for i := range old {
		old[i] = fmt.Sprint("line ", i)
	}
	for _, d := range []int{1, 3, -1, -2} {
		want := make([]string, len(old))
		for i := range want {
			want[i] = fmt.Sprint("line ", i+d)
		}
		sd, runs, ok := plan(old, want, 0, len(old))
		if !ok || sd != d || len(runs) != 0 {
			t.Errorf("scroll by %d: plan shift %d, runs %v, ok %v", d, sd, runs, ok)
		}
	}
}
