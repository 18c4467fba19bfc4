package main

import (
	"fmt"
	"time"
)

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
}

func main() {
	ch := make(chan int, 2)
	go producer(ch, 2)
	time.Sleep(10 * time.Millisecond)
	fmt.Println(<-ch, <-ch)
	close(ch)
	v, ok := <-ch
	fmt.Println("after close:", v, ok)
	select {
	case ch <- 99:
		fmt.Println("sent")
	default:
		fmt.Println("default")
	}
}
