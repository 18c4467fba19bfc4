// Goroutine states: one G goes through _Grunnable, _Grunning, _Gwaiting
// (chan receive, sleep), _Gsyscall and finally _Gdead.
package main

import (
	"fmt"
	"syscall"
	"time"
)

func main() {
	ready := make(chan int)
	done := make(chan bool)
	go func() {
		v := <-ready // _Gwaiting "chan receive"
		time.Sleep(5 * time.Millisecond) // _Gwaiting "sleep"
		ts := syscall.Timespec{Nsec: 1000000}
		syscall.Nanosleep(&ts, nil) // _Gsyscall: the M leaves its P
		fmt.Println("worker got", v)
		done <- true // then the G exits: _Gdead, onto the free list (gfput)
	}()
	time.Sleep(time.Millisecond)
	ready <- 42
	<-done
	fmt.Println("main done")
}
