package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	id  int
	val string
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := []result{}
	words := []string{"go", "is", "fun", "and", "fast"}
	for i, w := range words {
		wg.Add(1)
		go func(i int, w string) {
			defer wg.Done()
			r := result{i, fmt.Sprintf("%s:%d", w, len(w))}
			mu.Lock()
			results = append(results, r)
			mu.Unlock()
		}(i, w)
	}
	wg.Wait()
	sort.Slice(results, func(a, b int) bool { return results[a].id < results[b].id })
	fmt.Println(results)

	ch := make(chan func() int, 3)
	for i := 1; i <= 3; i++ {
		k := i * 100
		ch <- func() int { return k + 1 }
	}
	close(ch)
	sum := 0
	for f := range ch {
		sum += f()
	}
	fmt.Println("sum", sum)

	done := make(chan struct{})
	total := 0
	go func() {
		defer close(done)
		for i := 0; i < 10; i++ {
			total += i
		}
	}()
	<-done
	fmt.Println("total", total)

	squares := make([]int, 5)
	var wg2 sync.WaitGroup
	for i := range squares {
		wg2.Add(1)
		go func(p *int, v int) {
			defer wg2.Done()
			*p = v * v
		}(&squares[i], i)
	}
	wg2.Wait()
	fmt.Println(squares)
}
