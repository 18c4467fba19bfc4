// Stress test, 10 000 goroutines: each sends one value on a shared channel.
package main

import "fmt"

func main() {
	const n = 10000
	ch := make(chan int, 100)
	for i := 0; i < n; i++ {
		go func(i int) { ch <- i % 7 }(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-ch
	}
	fmt.Println("goroutines:", n, "sum:", sum)
}
