package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	<-time.After(0)
	<-time.After(-time.Second)
	fmt.Println("zero and negative waits return at once:", time.Since(start) < 10*time.Millisecond)

	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for _, ms := range []int{30, 10, 20, 0, 5} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			mu.Lock()
			order = append(order, ms)
			mu.Unlock()
		}(ms)
	}
	wg.Wait()
	fmt.Println("wake order:", order)

	t := time.NewTimer(20 * time.Millisecond)
	tick := time.NewTicker(6 * time.Millisecond)
	defer tick.Stop()
	n := 0
	for done := false; !done; {
		select {
		case <-tick.C:
			n++
		case <-t.C:
			done = true
		}
	}
	fmt.Println("ticks before timer:", n)
	d1 := time.Now()
	d2 := d1.Add(1500 * time.Millisecond)
	fmt.Println(d2.Sub(d1), d1.Sub(d2), d2.After(d1), d1.Before(d2), d1.Equal(d1))
}
