// Heap allocation across size classes: mallocgc rounds each request up to
// one of 68 size classes; small objects come from the P's mcache span for
// that class (nextFreeFast), a full span is replaced by refill from
// mcentral, and objects over 32 KB get a span of their own from mheap.
package main

import "fmt"

type small struct{ a, b int64 }           // 16 B
type medium struct{ buf [6]int64 }          // 48 B
type pair struct{ left, right *pair }       // 16 B, has pointers (scan class)

func main() {
	var keep []*small
	for i := 0; i < 600; i++ { // more than the 512 objects of one 16 B span
		keep = append(keep, &small{int64(i), int64(i * i)})
	}
	var ms []*medium
	for i := 0; i < 40; i++ {
		ms = append(ms, &medium{})
	}
	var root *pair
	for i := 0; i < 50; i++ {
		root = &pair{left: root}
	}
	big := make([]byte, 40000) // > 32 KB: a large object with its own span
	tiny := make([]byte, 8)    // < 16 B and no pointers: tiny allocator
	fmt.Println(len(keep), len(ms), len(big), len(tiny), root != nil)
}
