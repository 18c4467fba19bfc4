// Work stealing: main creates many goroutines on its P. Idle Ps spin
// (findRunnable → stealWork) and take half of the busy P's run queue
// with runqsteal.
package main

import (
	"fmt"
	"sync"
)

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i & 7
	}
	return s
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 16)
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = work(50000)
		}(i)
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println("total", total)
}
