// The hybrid write barrier: while marking runs, main moves the only pointer
// to an object from a not-yet-scanned heap object into an already-black
// one and deletes the old pointer. The barrier shades the old pointee grey,
// so the object survives. Run with --no-write-barrier to see it lost.
package main

import (
	"fmt"
	"runtime"
)

type Box struct {
	Next *Box
	Val  int
}

var a, b *Box

func main() {
	a = &Box{Val: 1}
	b = &Box{Val: 2}
	b.Next = &Box{Val: 42} // the object that must not be lost
	done := make(chan bool)
	go func() {
		runtime.GC()
		done <- true
	}()
	for i := 0; i < 1000; i++ {
		// hide the pointer in a, delete it from b, and back
		a.Next = b.Next
		b.Next = nil
		b.Next = a.Next
		a.Next = nil
	}
	<-done
	fmt.Println("value still reachable:", b.Next.Val)
}
