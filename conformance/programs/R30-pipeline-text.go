package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

func source(lines []string) <-chan string {
	out := make(chan string)
	go func() {
		for _, l := range lines {
			out <- l
		}
		close(out)
	}()
	return out
}

func parse(in <-chan string) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for l := range in {
			for _, f := range strings.Fields(l) {
				if n, err := strconv.Atoi(f); err == nil {
					out <- n
				}
			}
		}
	}()
	return out
}

func square(in <-chan int, workers int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range in {
				out <- n * n
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	lines := []string{
		"1 2 three 4",
		"  5 six 7  ",
		"eight 9 10 -11",
		"",
		"12 x13 14",
	}
	var results []int
	for v := range square(parse(source(lines)), 3) {
		results = append(results, v)
	}
	sort.Ints(results)
	fmt.Println(len(results), "squares:", results)
	total := 0
	for _, r := range results {
		total += r
	}
	var parts []string
	for _, r := range results[:4] {
		parts = append(parts, strconv.Itoa(r))
	}
	fmt.Printf("total=%d first=%s\n", total, strings.Join(parts, "+"))
}
