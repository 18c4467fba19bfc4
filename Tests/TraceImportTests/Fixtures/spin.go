// spin: CPU-bound goroutines on few Ps: run queues, preemption, schedticks.
package main

import "sync"

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i ^ (s >> 3)
	}
	return s
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r := work(8_000_000 + i*500_000)
			mu.Lock()
			total += r & 1
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	println("spin done", total)
}
