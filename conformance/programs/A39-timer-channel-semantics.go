// Go 1.19 timer channel semantics: Reset of an expired, undrained timer
// leaves the stale value in C; tickers drop ticks for slow receivers.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	start := time.Now()
	fmt.Println("reset expired undrained:", t.Reset(50*time.Millisecond))
	<-t.C
	fmt.Println("stale value delivered at once:", time.Since(start) < 10*time.Millisecond)
	<-t.C
	fmt.Println("then the reset fires:", time.Since(start) >= 50*time.Millisecond)
	fmt.Println("len after:", len(t.C), cap(t.C))

	tk := time.NewTicker(10 * time.Millisecond)
	time.Sleep(55 * time.Millisecond)
	fmt.Println("ticker buffered ticks:", len(tk.C))
	<-tk.C
	s2 := time.Now()
	<-tk.C
	w := time.Since(s2)
	fmt.Println("next tick within one period:", w > 0 && w <= 10*time.Millisecond)
	tk.Stop()
	t2 := time.NewTimer(20 * time.Millisecond)
	s3 := time.Now()
	fmt.Println("reset active:", t2.Reset(5*time.Millisecond))
	<-t2.C
	fmt.Println("fired at new time:", time.Since(s3) < 15*time.Millisecond)
	after := time.After(10 * time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	select {
	case <-after:
		fmt.Println("After value waits in the buffer")
	default:
		fmt.Println("lost")
	}
	var zero time.Duration
	t3 := time.NewTimer(zero)
	<-t3.C
	t4 := time.NewTimer(-time.Second)
	<-t4.C
	fmt.Println("zero and negative timers fire")
}
