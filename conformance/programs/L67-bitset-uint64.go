package main

import (
	"fmt"
	"strings"
)

type BitSet struct {
	words []uint64
}

func (b *BitSet) Set(i uint) {
	for int(i/64) >= len(b.words) {
		b.words = append(b.words, 0)
	}
	b.words[i/64] |= 1 << (i % 64)
}

func (b *BitSet) Clear(i uint) {
	if int(i/64) < len(b.words) {
		b.words[i/64] &^= 1 << (i % 64)
	}
}

func (b BitSet) Has(i uint) bool {
	return int(i/64) < len(b.words) && b.words[i/64]&(1<<(i%64)) != 0
}

func popcount(x uint64) (n int) {
	for x != 0 {
		x &= x - 1
		n++
	}
	return
}

func (b BitSet) Len() (n int) {
	for _, w := range b.words {
		n += popcount(w)
	}
	return
}

func (b BitSet) String() string {
	var parts []string
	for i, w := range b.words {
		for j := uint(0); j < 64; j++ {
			if w>>j&1 == 1 {
				parts = append(parts, fmt.Sprint(uint(i)*64+j))
			}
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func (b BitSet) Union(o BitSet) BitSet {
	n := len(b.words)
	if len(o.words) > n {
		n = len(o.words)
	}
	out := BitSet{make([]uint64, n)}
	for i := range out.words {
		if i < len(b.words) {
			out.words[i] |= b.words[i]
		}
		if i < len(o.words) {
			out.words[i] |= o.words[i]
		}
	}
	return out
}

func main() {
	var a, b BitSet
	for _, i := range []uint{1, 3, 63, 64, 130} {
		a.Set(i)
	}
	for i := uint(0); i < 200; i += 50 {
		b.Set(i)
	}
	fmt.Println(a, a.Len(), len(a.words))
	fmt.Println(b, b.Has(150), b.Has(151))
	u := a.Union(b)
	u.Clear(63)
	u.Clear(999)
	fmt.Println(u, u.Len())
	fmt.Printf("%#x %b %d\n", a.words[0], a.words[1], ^uint64(0)>>1)
	var x uint64 = 1<<63 | 1
	fmt.Println(x, int64(x), x>>63, x<<1, popcount(x))
	h := uint32(0)
	for _, c := range "gopher" {
		h = h<<5 - h + uint32(c)
	}
	fmt.Println(h, int32(h), uint16(h), int8(h))
}
