// alloc: allocation churn with a growing live set and forced GCs: gctrace.
package main

import "runtime"

type node struct {
	next *node
	data [24]int64
}

var keep []*node

func churn(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head}
		head.data[0] = int64(i)
	}
	return head
}

func main() {
	done := make(chan bool)
	for g := 0; g < 3; g++ {
		go func() {
			for r := 0; r < 40; r++ {
				churn(20000)
			}
			done <- true
		}()
	}
	for r := 0; r < 30; r++ {
		keep = append(keep, churn(5000))
		if r%10 == 9 {
			runtime.GC()
			println("forced gc after round", r)
		}
	}
	for g := 0; g < 3; g++ {
		<-done
	}
	println("alloc done", len(keep))
}
