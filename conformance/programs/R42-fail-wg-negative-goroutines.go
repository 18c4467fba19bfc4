package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	wg.Add(2)
	for i := 0; i < 3; i++ {
		go func(id int) {
			time.Sleep(time.Duration(id+1) * 10 * time.Millisecond)
			mu.Lock()
			done++
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	mu.Lock()
	fmt.Println("wait returned after", done, "workers")
	mu.Unlock()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("unreachable")
}
