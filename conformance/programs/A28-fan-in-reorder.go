package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type Chunk struct {
	Seq  int
	Text string
}

func translate(id int, in <-chan Chunk, out chan<- Chunk, wg *sync.WaitGroup) {
	defer wg.Done()
	for c := range in {
		time.Sleep(time.Duration((c.Seq*7+id)%5) * time.Millisecond)
		out <- Chunk{c.Seq, strings.ToUpper(c.Text)}
	}
}

func main() {
	words := strings.Split("go runs goroutines on threads via processors and queues", " ")
	in := make(chan Chunk)
	out := make(chan Chunk)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go translate(i, in, out, &wg)
	}
	go func() {
		for i, w := range words {
			in <- Chunk{i, w}
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	pending := map[int]string{}
	next := 0
	var ordered []string
	maxPending := 0
	for c := range out {
		pending[c.Seq] = c.Text
		if len(pending) > maxPending {
			maxPending = len(pending)
		}
		for {
			t, ok := pending[next]
			if !ok {
				break
			}
			ordered = append(ordered, t)
			delete(pending, next)
			next++
		}
	}
	fmt.Println(strings.Join(ordered, " "))
	fmt.Println("all delivered:", next == len(words), "left pending:", len(pending))
	fmt.Println("needed buffering:", maxPending >= 1)
}
