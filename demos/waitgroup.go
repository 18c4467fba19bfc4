// sync.WaitGroup: Add raises the counter, Done lowers it, and Wait parks on
// a semaphore ("semacquire") until the counter reaches zero.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(5-i) * time.Millisecond)
			results[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
}
