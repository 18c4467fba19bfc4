package main

import (
	"fmt"
	"time"
)

type Status struct {
	Beats int
	Done  bool
}

func heartbeat(interval time.Duration, work int, status chan<- Status) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	finish := time.NewTimer(time.Duration(work)*interval + interval/2)
	beats := 0
	for {
		select {
		case <-ticker.C:
			beats++
			if beats%2 == 0 {
				status <- Status{Beats: beats}
			}
		case <-finish.C:
			status <- Status{Beats: beats, Done: true}
			close(status)
			return
		}
	}
}

func main() {
	status := make(chan Status)
	go heartbeat(10*time.Millisecond, 7, status)
	for s := range status {
		fmt.Printf("%+v\n", s)
	}
	timeout := time.After(30 * time.Millisecond)
	quiet := make(chan int)
	select {
	case <-quiet:
		fmt.Println("impossible")
	case <-timeout:
		fmt.Println("no message within 30ms")
	}
	t := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-t.C
	}
	t.Reset(20 * time.Millisecond)
	start := time.Now()
	<-t.C
	fmt.Println("after Reset waited >= 15ms:", time.Since(start) >= 15*time.Millisecond)
	t.Stop()
	select {
	case <-t.C:
		fmt.Println("tick after stop")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("stopped ticker is silent")
	}
}
