package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			results[n] = n * n
			if n != 1 {
				wg.Done()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
}
