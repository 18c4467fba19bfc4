package main

import (
	"fmt"
	"sync"
)

func stage(name string, in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range in {
		out <- v + 1
	}
	fmt.Println(name, "finished")
}

func main() {
	var wg sync.WaitGroup
	a := make(chan int)
	b := make(chan int)
	c := make(chan int)
	wg.Add(2)
	go stage("first", a, b, &wg)
	go stage("second", b, c, &wg)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i * 10
		}
		close(a)
	}()
	fmt.Println(<-c, <-c)
	wg.Wait()
	fmt.Println("unreachable")
}
