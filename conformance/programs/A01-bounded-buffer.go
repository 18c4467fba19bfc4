package main

import (
	"fmt"
	"sync"
)

type Item struct {
	Producer int
	Seq      int
}

func producer(id, n int, buf chan<- Item, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		buf <- Item{Producer: id, Seq: i}
	}
}

func consumer(buf <-chan Item, totals chan<- map[int]int) {
	seen := make(map[int]int)
	for it := range buf {
		seen[it.Producer] += it.Seq
	}
	totals <- seen
}

func main() {
	buf := make(chan Item, 4)
	fmt.Println("capacity:", cap(buf), "len:", len(buf))
	var wg sync.WaitGroup
	for p := 1; p <= 3; p++ {
		wg.Add(1)
		go producer(p, 10*p, buf, &wg)
	}
	totals := make(chan map[int]int)
	for c := 0; c < 2; c++ {
		go consumer(buf, totals)
	}
	wg.Wait()
	close(buf)
	merged := make(map[int]int)
	for c := 0; c < 2; c++ {
		for k, v := range <-totals {
			merged[k] += v
		}
	}
	fmt.Println("per producer:", merged)
	sum := 0
	for _, v := range merged {
		sum += v
	}
	fmt.Println("sum of seqs:", sum)
	v, ok := <-buf
	fmt.Printf("after close: %+v %v len=%d\n", v, ok, len(buf))
}
