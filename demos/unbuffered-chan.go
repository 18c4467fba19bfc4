// Unbuffered channel: a send finds a parked receiver on recvq and hands the
// value over directly (send → goready into the sender's runnext); a send
// with no receiver parks the sender on sendq ("chan send").
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ch {
			fmt.Println("received", v)
		}
		done <- true
	}()
	for i := 1; i <= 3; i++ {
		ch <- i
	}
	close(ch)
	<-done
}
