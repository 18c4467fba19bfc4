package main

import (
	"fmt"
	"time"
)

type Reply struct {
	ID    int
	Value string
}

func server(requests <-chan int, replies chan<- Reply) {
	for id := range requests {
		time.Sleep(5 * time.Millisecond)
		if id == 3 {
			fmt.Println("server: dropping request", id)
			continue
		}
		replies <- Reply{id, fmt.Sprint("v", id*10)}
	}
}

func main() {
	requests := make(chan int)
	replies := make(chan Reply)
	go server(requests, replies)
	for id := 1; id <= 4; id++ {
		requests <- id
		r := <-replies
		fmt.Printf("%+v\n", r)
	}
}
