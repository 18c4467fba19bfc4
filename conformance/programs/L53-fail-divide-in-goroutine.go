package main

import (
	"fmt"
	"sync"
)

type Task struct {
	Name string
	A, B int
	Op   func(a, b int) int
}

func main() {
	div := func(a, b int) int { return a / b }
	tasks := []Task{{"ten/2", 10, 2, div}, {"nine/3", 9, 3, div}}
	results := make([]int, len(tasks))
	var wg sync.WaitGroup
	for i, t := range tasks {
		wg.Add(1)
		go func(i int, t Task) {
			defer wg.Done()
			results[i] = t.Op(t.A, t.B)
		}(i, t)
	}
	wg.Wait()
	fmt.Println(results)
	bad := Task{"one/0", 1, 0, div}
	done := make(chan int)
	go func() {
		done <- bad.Op(bad.A, bad.B)
	}()
	fmt.Println(<-done)
}
