package main

import (
	"fmt"
	"sync"
)

type Broadcaster struct {
	listeners []chan string
	quit      chan struct{}
}

func (b *Broadcaster) Subscribe() <-chan string {
	ch := make(chan string, 1)
	b.listeners = append(b.listeners, ch)
	return ch
}

func (b *Broadcaster) Send(msg string) {
	for _, l := range b.listeners {
		l <- msg
	}
}

func (b *Broadcaster) Close() {
	for _, l := range b.listeners {
		close(l)
	}
	close(b.quit)
}

func main() {
	b := &Broadcaster{}
	var wg sync.WaitGroup
	got := make([]string, 3)
	for i := 0; i < 3; i++ {
		ch := b.Subscribe()
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for m := range ch {
				got[i] += m
			}
		}(i)
	}
	b.Send("x")
	b.Send("y")
	defer fmt.Println("deferred in main runs before the crash report")
	b.Close()
	wg.Wait()
	fmt.Println(got)
}
