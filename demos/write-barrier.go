// The hybrid write barrier: while the collector marks a 20 000-node list that
// hangs off the global `list`, a goroutine moves the pointer to the last
// node into `black` (an object the marker has already scanned) and deletes
// it from the list. On that store the barrier shades the old pointee grey
// (mbarrier.go), so the node survives. Run with --no-write-barrier (an
// unsafe teaching mode) to watch a reachable object get freed.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Box struct {
	Next *Box
	Val  int
}

var list *Box  // a long list: marking it takes a while
var black *Box // scanned first, so it is black while the list is still being marked

func build(n int) {
	list = &Box{Val: 0}
	p := list
	for i := 1; i < n; i++ {
		p.Next = &Box{Val: i}
		p = p.Next
	}
	p.Next = &Box{Val: 42}
}

// move hides the last node from the marker: the only pointer to it goes
// into an already-black object and is deleted from the not-yet-scanned list.
func move() {
	p := list
	for p.Next.Next != nil {
		p = p.Next
	}
	black.Next = p.Next // write barrier: shade(old black.Next), shade(new) while our stack is grey
	p.Next = nil        // write barrier: shade(old p.Next) — this is what saves the node
}

func main() {
	black = &Box{Val: -1}
	build(20000)
	done := make(chan bool)
	go func() {
		time.Sleep(20 * time.Microsecond) // let the cycle start and blacken `black`
		move()
		done <- true
	}()
	runtime.GC()
	<-done
	runtime.GC()
	fmt.Println("value still reachable:", black.Next.Val)
}
