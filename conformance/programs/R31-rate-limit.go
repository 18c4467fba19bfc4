package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(20 * time.Millisecond)
	start := time.Now()
	for req := range requests {
		<-limiter
		fmt.Println("request", req, "served")
	}
	fmt.Println("5 requests took >= 100ms:", time.Since(start) >= 100*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(20 * time.Millisecond) {
			bursty <- t
		}
	}()
	burstReqs := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstReqs <- i
	}
	close(burstReqs)
	t0 := time.Now()
	var waits []bool
	for req := range burstReqs {
		<-bursty
		waits = append(waits, time.Since(t0) >= 15*time.Millisecond)
		fmt.Println("bursty request", req)
	}
	fmt.Println("waited:", waits)
}
