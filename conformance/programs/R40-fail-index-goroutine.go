package main

import (
	"fmt"
	"sync"
)

func process(batch []int, idx int) int {
	return batch[idx] * 2
}

func main() {
	batches := [][]int{{1, 2, 3}, {4, 5}, {6}}
	var wg sync.WaitGroup
	out := make([]int, len(batches))
	for i, b := range batches {
		wg.Add(1)
		go func(i int, b []int) {
			defer wg.Done()
			out[i] = process(b, 0)
		}(i, b)
	}
	wg.Wait()
	fmt.Println("first elements doubled:", out)
	for i, b := range batches {
		fmt.Println("batch", i, "third:", process(b, 2))
	}
}
