// Tri-colour marking: a tree stays reachable from a global while garbage
// trees are dropped. runtime.GC() runs a whole cycle: roots are greyed,
// gcDrain blackens grey objects by scanning them (greyobject on each
// pointee), and the sweep frees every object left white.
package main

import (
	"fmt"
	"runtime"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

var root *Tree

func build(depth int) *Tree {
	if depth == 0 {
		return &Tree{}
	}
	return &Tree{Left: build(depth - 1), Right: build(depth - 1), Val: depth}
}

func count(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + count(t.Left) + count(t.Right)
}

func main() {
	root = build(5)
	for i := 0; i < 4; i++ {
		garbage := build(4)
		_ = garbage
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("live tree nodes:", count(root), "cycles:", m.NumGC)
}
