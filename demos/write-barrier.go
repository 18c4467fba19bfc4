// The hybrid write barrier: while the collector marks, main keeps moving
// the only pointer to a Box between two heap objects, deleting it from one
// each time. Go's barrier shades the old pointee on every pointer store, so
// the Box survives even if it is always somewhere the marker already
// scanned. Run with --no-write-barrier to watch a reachable object get freed.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

type Box struct {
	Next *Box
	Val  int
}

var a, b *Box
var stop int64

// hide moves the pointer from b to a: now only a reaches the Box.
func hide() {
	a.Next = b.Next
	b.Next = nil
}

// restore moves it back: now only b reaches the Box.
func restore() {
	b.Next = a.Next
	a.Next = nil
}

func main() {
	a = &Box{Val: 1}
	b = &Box{Val: 2}
	b.Next = &Box{Val: 42}
	done := make(chan bool)
	go func() {
		runtime.GC()
		atomic.StoreInt64(&stop, 1)
		done <- true
	}()
	for atomic.LoadInt64(&stop) == 0 {
		hide()
		restore()
	}
	<-done
	fmt.Println("value still reachable:", b.Next.Val)
}
