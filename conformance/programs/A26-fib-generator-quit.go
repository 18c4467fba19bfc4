package main

import (
	"fmt"
	"runtime"
	"time"
)

func fibonacci(c chan<- int, quit <-chan bool, finished chan<- int) {
	x, y := 0, 1
	sent := 0
	for {
		select {
		case c <- x:
			x, y = y, x+y
			sent++
		case <-quit:
			finished <- sent
			return
		}
	}
}

func counter(start int, step int) func() int {
	n := start - step
	return func() int {
		n += step
		return n
	}
}

func main() {
	c := make(chan int)
	quit := make(chan bool)
	finished := make(chan int)
	go fibonacci(c, quit, finished)
	for i := 0; i < 12; i++ {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	quit <- true
	fmt.Println("generator sent", <-finished, "values")
	time.Sleep(time.Millisecond)
	fmt.Println("goroutines left:", runtime.NumGoroutine())

	evens := counter(0, 2)
	odds := counter(1, 2)
	var pairs [][2]int
	for i := 0; i < 4; i++ {
		pairs = append(pairs, [2]int{evens(), odds()})
	}
	fmt.Println(pairs)
}
