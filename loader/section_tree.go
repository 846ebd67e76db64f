package loader

import "gazette/data"

// tree builds the section tree of what the builder found: every block in
// one array and every section in another, each section's blocks and
// subsections cut from them with their capacity limited to their length
// (an append to one, as listItems makes, moves it rather than
// overwriting its neighbour). A section or level without blocks or
// subsections has them nil, as one grown piece by piece would.
func (b *builder) tree() ([]data.Block, []*data.Section) {
	var blocks []data.Block
	if len(b.blocks) > 0 {
		blocks = make([]data.Block, len(b.blocks))
		copy(blocks, b.blocks)
	}
	if len(b.secs) == 0 {
		return blocks, nil
	}
	secs := make([]data.Section, len(b.secs))
	copy(secs, b.secs)
	for i, nd := range b.nodes {
		to := len(blocks)
		if i+1 < len(b.nodes) {
			to = b.nodes[i+1].from
		}
		secs[i].Blocks = cut(blocks, nd.from, to)
	}
	return cut(blocks, 0, b.nodes[0].from), b.children(secs)
}

// children fills in the subsections of secs and returns the top-level
// ones, all cut from one array of pointers: each section is in one list,
// its parent's or the top level's, the lists in the order of their
// parents (the top level last), each in the order its sections opened.
func (b *builder) children(secs []data.Section) []*data.Section {
	n := len(secs)
	// at[p] is where the list of parent p (n for the top level) starts,
	// counted first and then moved along as the list fills.
	at := b.counts[:0]
	for range n + 2 {
		at = append(at, 0)
	}
	for _, nd := range b.nodes {
		at[parentSlot(nd.parent, n)+1]++
	}
	for p := 1; p < len(at); p++ {
		at[p] += at[p-1]
	}
	ptrs := make([]*data.Section, n)
	for i, nd := range b.nodes {
		p := parentSlot(nd.parent, n)
		ptrs[at[p]] = &secs[i]
		at[p]++
	}
	// at[p] is now where the list of p ends, at[p-1] where it starts.
	for p := range n {
		from := 0
		if p > 0 {
			from = at[p-1]
		}
		if at[p] > from {
			secs[p].Sections = ptrs[from:at[p]:at[p]]
		}
	}
	b.counts = at
	return ptrs[at[n-1]:n:n]
}

// parentSlot is the list a section with the given parent goes in: its
// parent's, n for the top level.
func parentSlot(parent, n int) int {
	if parent < 0 {
		return n
	}
	return parent
}

// cut returns blocks[from:to] with its capacity limited, nil when empty.
func cut(blocks []data.Block, from, to int) []data.Block {
	if from == to {
		return nil
	}
	return blocks[from:to:to]
}

// release empties the builder, dropping every string and block of the
// tree it holds, and puts it back in builders.
func (b *builder) release() {
	clear(b.blocks)
	clear(b.secs)
	clear(b.para[:cap(b.para)])
	*b = builder{
		blocks: b.blocks[:0], secs: b.secs[:0], nodes: b.nodes[:0],
		stack: b.stack[:0], para: b.para[:0], counts: b.counts, buf: b.buf,
	}
	builders.Put(b)
}
