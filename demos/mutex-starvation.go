// sync.Mutex starvation mode: a goroutine that holds the lock in a loop
// keeps winning it back; once a waiter has waited more than 1 ms the mutex
// switches to starvation mode and Unlock hands it directly to that waiter.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	greedy := 0
	go func() {
		for i := 0; i < 500; i++ {
			mu.Lock()
			greedy++
			time.Sleep(100 * time.Microsecond)
			mu.Unlock()
		}
		done <- true
	}()
	time.Sleep(time.Millisecond)
	start := time.Now()
	mu.Lock()
	waited := time.Since(start)
	mu.Unlock()
	fmt.Println("polite goroutine got the lock; waited long:", waited > time.Millisecond)
	<-done
	fmt.Println("greedy iterations:", greedy)
}
