package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(50 * time.Millisecond)
	stopped := t.Stop()
	fmt.Println("stopped before firing:", stopped)
	fmt.Println("stop again:", t.Stop())

	t.Reset(20 * time.Millisecond)
	<-t.C
	fmt.Println("fired after reset; elapsed >= 20ms:", time.Since(start) >= 20*time.Millisecond)
	fmt.Println("stop after fire:", t.Stop())

	t2 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	if !t2.Stop() {
		<-t2.C
		fmt.Println("drained expired timer")
	}
	t2.Reset(5 * time.Millisecond)
	select {
	case <-t2.C:
		fmt.Println("t2 fired again")
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}

	fired := 0
	timeouts := 0
	for i := 1; i <= 4; i++ {
		work := make(chan int)
		go func(n int) {
			time.Sleep(time.Duration(n*20) * time.Millisecond)
			work <- n
		}(i)
		timer := time.NewTimer(50 * time.Millisecond)
		select {
		case n := <-work:
			timer.Stop()
			fired++
			fmt.Println("work", n, "done in time")
		case <-timer.C:
			timeouts++
			fmt.Println("work", i, "timed out")
		}
	}
	fmt.Println("done:", fired, "timeouts:", timeouts)
	var d time.Duration = 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(90)*time.Second)
}
