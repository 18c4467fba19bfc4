package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   int64
}

func main() {
	var ops int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&ops, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops))

	var s Stats
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			s.requests.Add(1)
			if id%4 == 0 {
				atomic.AddInt64(&s.errors, 1)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("requests:", s.requests.Load(), "errors:", atomic.LoadInt64(&s.errors))

	var flag int32
	winners := make(chan int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&flag, 0, 1) {
				winners <- id
			}
		}(i)
	}
	wg.Wait()
	close(winners)
	n := 0
	for range winners {
		n++
	}
	fmt.Println("CAS winners:", n, "flag:", atomic.LoadInt32(&flag))

	var gauge int64
	atomic.StoreInt64(&gauge, 100)
	fmt.Println(atomic.AddInt64(&gauge, -30), atomic.CompareAndSwapInt64(&gauge, 70, 5), atomic.CompareAndSwapInt64(&gauge, 70, 6), gauge)
	var ai atomic.Int64
	ai.Store(7)
	fmt.Println(ai.Swap(9), ai.Load(), ai.CompareAndSwap(9, 10), ai.Load())
	var c32 int32
	for i := 0; i < 5; i++ {
		atomic.AddInt32(&c32, 2)
	}
	atomic.StoreInt32(&c32, atomic.LoadInt32(&c32)*3)
	fmt.Println(c32)
}
