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
		go func(i int) {
			defer wg.Done()
			results[i] = i * 10
		}(i)
	}
	wg.Wait()
	fmt.Println("results:", results)
	wg.Done()
	fmt.Println("unreachable")
}
