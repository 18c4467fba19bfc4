package main

import (
	"fmt"
	"sync"
)

type Job struct {
	Name  string
	Steps []int
}

func run(j Job) (total int) {
	defer func() {
		if total > 10 {
			panic(fmt.Sprintf("job %s overflowed: %d", j.Name, total))
		}
	}()
	for _, s := range j.Steps {
		total += 10 / s
	}
	return total
}

func main() {
	jobs := []Job{{"a", []int{5, 2}}, {"b", []int{5, 1, 0}}}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("job a:", run(jobs[0]))
	}()
	wg.Wait()
	wg.Add(1)
	go func() {
		fmt.Println("job b:", run(jobs[1]))
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
