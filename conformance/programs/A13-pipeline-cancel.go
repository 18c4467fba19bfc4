package main

import (
	"fmt"
	"runtime"
	"time"
)

func gen(done <-chan struct{}, start int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := start; ; n++ {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func filter(done <-chan struct{}, in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if !keep(n) {
				continue
			}
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	odd := func(n int) bool { return n%2 == 1 }
	out := square(done, filter(done, gen(done, 1), odd))
	var firsts []int
	for v := range out {
		firsts = append(firsts, v)
		if len(firsts) == 6 {
			break
		}
	}
	fmt.Println("first six odd squares:", firsts)
	fmt.Println("stages running:", runtime.NumGoroutine()-1)
	close(done)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("stages after cancel:", runtime.NumGoroutine()-1)
	_, ok := <-out
	fmt.Println("out closed:", !ok)

	done2 := make(chan struct{})
	primes := filter(done2, gen(done2, 2), func(n int) bool {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				return false
			}
		}
		return true
	})
	total := 0
	for p := range primes {
		if p > 50 {
			break
		}
		total += p
	}
	close(done2)
	fmt.Println("sum of primes below 50:", total)
}
