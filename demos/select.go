// select over several channels: selectgo shuffles the poll order with the
// run's random source, takes a ready case if there is one (pass 1), else
// enqueues a sudog on every channel and parks "select" (pass 2), and on
// wake-up dequeues the others (pass 3).
package main

import (
	"fmt"
	"time"
)

func main() {
	fast := make(chan string)
	slow := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		fast <- "fast"
	}()
	go func() {
		time.Sleep(30 * time.Millisecond)
		slow <- "slow"
	}()
	for i := 0; i < 2; i++ {
		select {
		case m := <-fast:
			fmt.Println("received", m)
		case m := <-slow:
			fmt.Println("received", m)
		}
	}
	select {
	case m := <-fast:
		fmt.Println("unexpected", m)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timeout")
	}
}
