package main

import (
	"fmt"
	"strings"
	"sync"
)

type Result struct {
	Word  string
	Count int
}

func count(text string, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, w := range strings.Fields(text) {
		results <- Result{w, len(w)}
	}
}

func main() {
	lines := []string{"the gopher runs", "channels carry values", "select waits"}
	results := make(chan Result, 16)
	var wg sync.WaitGroup
	for _, l := range lines {
		wg.Add(1)
		go count(l, results, &wg)
	}
	wg.Wait()
	fmt.Println("buffered results:", len(results))
	total := 0
	n := 0
	// Forgot close(results): the range never ends once the buffer is drained.
	for r := range results {
		total += r.Count
		n++
		if n == len(lines)*3-1 {
			fmt.Println("letters so far:", total)
		}
	}
	fmt.Println("unreachable", total)
}
