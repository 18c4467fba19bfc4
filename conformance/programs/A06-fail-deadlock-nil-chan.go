package main

import "fmt"

type Pipe struct {
	in  chan int
	out chan int
}

func main() {
	p := Pipe{in: make(chan int, 1)}
	p.in <- 42
	fmt.Println("buffered:", <-p.in)
	fmt.Println("out is nil:", p.out == nil)
	v := <-p.out
	fmt.Println("never", v)
}
