// Global run queue fairness: goroutines that yield (runtime.Gosched) go to
// the global queue; every 61st schedtick a P checks the global queue first,
// so nothing there starves behind a busy local queue.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				mu.Lock()
				count++
				mu.Unlock()
				runtime.Gosched() // → goschedImpl → globrunqput
			}
		}()
	}
	wg.Wait()
	fmt.Println("count", count)
}
