package main

import (
	"fmt"
	"runtime"
	"time"
)

func search(query string, results chan<- string) {
	time.Sleep(time.Duration(len(query)) * time.Millisecond)
	results <- "result for " + query
}

func firstOf(queries []string) string {
	results := make(chan string)
	for _, q := range queries {
		go search(q, results)
	}
	return <-results
}

func firstOfFixed(queries []string) string {
	results := make(chan string, len(queries))
	for _, q := range queries {
		go search(q, results)
	}
	return <-results
}

func settle() {
	time.Sleep(50 * time.Millisecond)
}

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	fmt.Println(firstOf([]string{"golang", "go", "gopher"}))
	settle()
	fmt.Println("leaked after firstOf:", runtime.NumGoroutine()-1)
	fmt.Println(firstOf([]string{"abc", "a"}))
	settle()
	fmt.Println("leaked so far:", runtime.NumGoroutine()-1)
	fmt.Println(firstOfFixed([]string{"xyz", "xy", "x"}))
	settle()
	fmt.Println("leaked after fixed version:", runtime.NumGoroutine()-1)

	stop := make(chan struct{})
	for i := 0; i < 5; i++ {
		go func() {
			<-stop
		}()
	}
	fmt.Println("blocked on stop:", runtime.NumGoroutine()-1)
	close(stop)
	settle()
	fmt.Println("after close(stop):", runtime.NumGoroutine()-1)
}
