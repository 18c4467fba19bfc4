package main

import "fmt"

func fibonacci(quit <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		a, b := 0, 1
		for {
			select {
			case out <- a:
				a, b = b, a+b
			case <-quit:
				fmt.Println("generator: quit received")
				return
			}
		}
	}()
	return out
}

func take(n int, in <-chan int) []int {
	var xs []int
	for i := 0; i < n; i++ {
		xs = append(xs, <-in)
	}
	return xs
}

func counter(start, step int, done chan bool) (<-chan int, func()) {
	ch := make(chan int)
	stop := make(chan struct{})
	go func() {
		for v := start; ; v += step {
			select {
			case ch <- v:
			case <-stop:
				close(ch)
				done <- true
				return
			}
		}
	}()
	return ch, func() { close(stop) }
}

func main() {
	quit := make(chan struct{})
	fib := fibonacci(quit)
	fmt.Println(take(15, fib))
	close(quit)
	for v := range fib {
		_ = v // drain whatever was in flight
	}
	fmt.Println("fib channel closed")

	done := make(chan bool)
	evens, stop := counter(0, 2, done)
	sum := 0
	for v := range evens {
		sum += v
		if v >= 20 {
			stop()
			break
		}
	}
	<-done
	_, ok := <-evens
	fmt.Println("sum of evens to 20:", sum, "closed:", !ok)
}
