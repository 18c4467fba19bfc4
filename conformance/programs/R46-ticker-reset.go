package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(10 * time.Millisecond)
	start := time.Now()
	n := 0
	for range t.C {
		n++
		if n == 2 {
			t.Reset(30 * time.Millisecond)
			fmt.Println("slowed down after", n, "ticks")
		}
		if n == 4 {
			break
		}
	}
	t.Stop()
	el := time.Since(start)
	fmt.Println("4 ticks took between 80ms and 200ms:", el >= 80*time.Millisecond && el < 200*time.Millisecond)

	timer := time.NewTimer(time.Hour)
	fmt.Println("reset active timer:", timer.Reset(20*time.Millisecond))
	<-timer.C
	fmt.Println("fired after reset; reset again:", timer.Reset(10*time.Millisecond))
	select {
	case <-timer.C:
		fmt.Println("fired again")
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	stopped := time.NewTimer(5 * time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("stop after expiry:", stopped.Stop())
	select {
	case <-stopped.C:
		fmt.Println("value still buffered in C")
	default:
		fmt.Println("C empty")
	}
}
