package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type MutexCounter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *MutexCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func (c *MutexCounter) Get(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[key]
}

func main() {
	var hits int64
	var typed atomic.Int64
	var maxSeen int64
	mc := &MutexCounter{n: map[string]int{}}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				v := atomic.AddInt64(&hits, 1)
				typed.Add(2)
				for {
					old := atomic.LoadInt64(&maxSeen)
					if v <= old || atomic.CompareAndSwapInt64(&maxSeen, old, v) {
						break
					}
				}
				if i%2 == 0 {
					mc.Inc("even")
				} else {
					mc.Inc("odd")
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("atomic hits:", atomic.LoadInt64(&hits))
	fmt.Println("typed:", typed.Load())
	fmt.Println("max seen:", maxSeen)
	fmt.Println("even:", mc.Get("even"), "odd:", mc.Get("odd"))
	atomic.StoreInt64(&hits, -5)
	fmt.Println("swap 0->1:", atomic.CompareAndSwapInt64(&hits, 0, 1), hits)
	fmt.Println("swap -5->1:", atomic.CompareAndSwapInt64(&hits, -5, 1), hits)
	old := typed.Swap(7)
	fmt.Println("swap returned", old, "now", typed.Load(), typed.CompareAndSwap(7, 8), typed.Load())
}
