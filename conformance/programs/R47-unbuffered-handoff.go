package main

import (
	"fmt"
	"time"
)

type Msg struct {
	Seq  int
	Body string
	Sent time.Duration
}

func main() {
	ch := make(chan Msg)
	ack := make(chan int)
	start := time.Now()
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- Msg{i, fmt.Sprintf("payload-%02d", i), time.Since(start)}
			got := <-ack
			fmt.Printf("sender: ack %d\n", got)
		}
		close(ch)
	}()
	for m := range ch {
		time.Sleep(10 * time.Millisecond)
		fmt.Printf("receiver: %d %q\n", m.Seq, m.Body)
		ack <- m.Seq
	}
	fmt.Println("handoffs took >= 30ms:", time.Since(start) >= 30*time.Millisecond)
	sync := make(chan struct{})
	go func() {
		fmt.Println("worker: started")
		sync <- struct{}{}
		fmt.Println("worker: main received my signal")
		sync <- struct{}{}
	}()
	<-sync
	fmt.Println("main: got first signal")
	<-sync
	fmt.Println("main: done")
}
