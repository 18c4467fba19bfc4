// Closing a channel wakes every receiver: closechan readies each parked one
// (zero value, ok=false); receivers that arrive later get it at once.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			v, ok := <-ch
			fmt.Println("receiver", id, "woke:", v, ok)
		}(i)
		time.Sleep(time.Millisecond)
	}
	time.Sleep(5 * time.Millisecond)
	close(ch)
	wg.Wait()
	v, ok := <-ch
	fmt.Println("late receiver:", v, ok)
}
