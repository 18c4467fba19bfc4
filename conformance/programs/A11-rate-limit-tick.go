package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(20 * time.Millisecond)
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	elapsed := time.Since(start)
	fmt.Println("at least 100ms:", elapsed >= 100*time.Millisecond, "under 1s:", elapsed < time.Second)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(20 * time.Millisecond) {
			bursty <- t
		}
	}()
	burstStart := time.Now()
	var gaps []bool
	for i := 1; i <= 6; i++ {
		<-bursty
		gaps = append(gaps, time.Since(burstStart) >= 15*time.Millisecond)
	}
	fmt.Println("waited per request:", gaps)

	ticker := time.NewTicker(10 * time.Millisecond)
	ticks := 0
	timeout := time.After(55 * time.Millisecond)
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
		case <-timeout:
			break loop
		}
	}
	ticker.Stop()
	fmt.Println("ticks in 55ms:", ticks)
}
