package main

import "fmt"

type Msg struct {
	From string
	Body string
}

func producer(name string, n int, out chan<- Msg) {
	for i := 0; i < n; i++ {
		out <- Msg{name, fmt.Sprint("m", i)}
	}
	// forgot close(out)
}

func main() {
	ch := make(chan Msg)
	go producer("p1", 3, ch)
	count := 0
	for m := range ch {
		count++
		fmt.Println(count, m.From, m.Body)
	}
	fmt.Println("never printed")
}
