package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	gate := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var shared []int
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			mu.Lock()
			shared = append(shared, i)
			mu.Unlock()
		}()
	}
	close(gate)
	wg.Wait()
	fmt.Println("captured loop var (Go 1.19 shares it):", shared)

	var copied []int
	for i := 0; i < 4; i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			copied = append(copied, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(copied)
	fmt.Println("with i := i:", copied)

	var funcs []func() string
	for _, name := range []string{"ann", "bob", "cid"} {
		funcs = append(funcs, func() string { return name })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	results := make(chan string, 3)
	for _, name := range []string{"x", "y", "z"} {
		go func(n string) { results <- n + "!" }(name)
	}
	got := []string{<-results, <-results, <-results}
	sort.Strings(got)
	fmt.Println("passed as argument:", got)
}
