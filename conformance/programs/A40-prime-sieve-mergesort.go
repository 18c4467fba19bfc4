package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

// The classic concurrent prime sieve: a chain of filter goroutines.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func parallelMergeSort(s []int, depth int) []int {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	var left, right []int
	if depth > 0 {
		done := make(chan []int)
		go func() { done <- parallelMergeSort(s[:mid], depth-1) }()
		right = parallelMergeSort(s[mid:], depth-1)
		left = <-done
	} else {
		left = parallelMergeSort(s[:mid], 0)
		right = parallelMergeSort(s[mid:], 0)
	}
	out := make([]int, 0, len(s))
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if left[i] <= right[j] {
			out = append(out, left[i])
			i++
		} else {
			out = append(out, right[j])
			j++
		}
	}
	out = append(out, left[i:]...)
	return append(out, right[j:]...)
}

func sleepSort(xs []int) []int {
	ch := make(chan int)
	for _, x := range xs {
		go func(v int) {
			time.Sleep(time.Duration(v) * 3 * time.Millisecond)
			ch <- v
		}(x)
	}
	out := make([]int, 0, len(xs))
	for range xs {
		out = append(out, <-ch)
	}
	return out
}

func main() {
	ch := make(chan int)
	go generate(ch)
	var primes []int
	for i := 0; i < 15; i++ {
		prime := <-ch
		primes = append(primes, prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println("primes:", primes)
	fmt.Println("sieve goroutines still blocked:", runtime.NumGoroutine()-1)

	data := []int{38, 27, 43, 3, 9, 82, 10, 55, 1, 71, 27, 64, 0, 19}
	sorted := parallelMergeSort(data, 3)
	fmt.Println("merge sorted:", sorted)
	check := append([]int(nil), data...)
	sort.Ints(check)
	fmt.Println("matches sort.Ints:", fmt.Sprint(check) == fmt.Sprint(sorted))
	fmt.Println("sleep sorted:", sleepSort([]int{5, 2, 8, 1, 9, 3}))
}
