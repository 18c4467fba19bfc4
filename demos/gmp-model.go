// The GMP model: four goroutines compute on GOMAXPROCS Ps. Each P needs an M
// to run a G; idle Ps are woken (wakep/startm) when work appears.
package main

import (
	"fmt"
	"sync"
)

func sum(id, n int, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	total := 0
	for i := 0; i < n; i++ {
		total += i % (id + 2)
	}
	out[id] = total
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 4)
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go sum(id, 200000, out, &wg)
	}
	wg.Wait()
	fmt.Println("results:", out)
}
