// Mark assists: a goroutine that allocates faster than the background mark
// workers can mark is charged per allocated byte (gcAssistAlloc) and must
// help marking before it may allocate more.
package main

import "fmt"

type node struct {
	next *node
	data [4]int
}

func main() {
	var keep *node
	total := 0
	for i := 0; i < 200000; i++ {
		n := &node{next: nil}
		n.data[0] = i
		if i%10 == 0 {
			n.next = keep
			keep = n
		}
		total += n.data[0] & 1
	}
	length := 0
	for p := keep; p != nil; p = p.next {
		length++
	}
	fmt.Println("kept", length, "odd", total)
}
