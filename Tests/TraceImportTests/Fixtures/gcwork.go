// gcwork: four workers build and drop linked lists of 1 KB nodes, then
// sleep: GC cycles, mark assists, sleeping and runnable goroutines.
package main

import (
	"fmt"
	"sync"
	"time"
)

type node struct {
	next *node
	buf  []byte
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head, buf: make([]byte, 1024)}
	}
	return head
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for r := 0; r < 6; r++ {
				l := build(1500)
				c := 0
				for p := l; p != nil; p = p.next {
					c++
				}
				mu.Lock()
				total += c
				mu.Unlock()
				time.Sleep(4 * time.Millisecond)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("total", total)
}
