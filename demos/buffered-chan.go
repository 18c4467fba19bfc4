// Buffered channel: values go into the ring buffer at sendx and come out at
// recvx; when it is full the fourth sender parks on sendq, and a receive
// moves that sender's value into the freed slot.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 3)
	go func() {
		for i := 1; i <= 5; i++ {
			ch <- i
			fmt.Println("sent", i)
		}
		close(ch)
	}()
	time.Sleep(10 * time.Millisecond) // the sender fills the buffer and parks
	for v := range ch {
		fmt.Println("got", v)
		time.Sleep(10 * time.Millisecond)
	}
}
