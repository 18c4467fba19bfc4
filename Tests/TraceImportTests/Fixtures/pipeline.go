// pipeline: producer/consumers over channels, a mutex, sleeps: wait reasons.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	jobs := make(chan int)
	results := make(chan int, 4)
	var mu sync.Mutex
	var wg sync.WaitGroup
	seen := 0
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				time.Sleep(time.Duration(j%3+1) * time.Millisecond * 4)
				mu.Lock()
				seen++
				mu.Unlock()
				results <- j * 2
			}
		}(w)
	}
	go func() {
		for i := 0; i < 24; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	sum := 0
	for r := range results {
		sum += r
		if r%10 == 0 {
			println("result", r)
		}
	}
	fmt.Println("sum", sum, "seen", seen)
}
