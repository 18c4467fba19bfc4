package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID   int
	Data string
}

func main() {
	jobs := make(chan Job, 2)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for j := range jobs {
			fmt.Println("processed", j.ID, j.Data)
		}
	}()
	for i := 1; i <= 3; i++ {
		jobs <- Job{i, fmt.Sprint("item-", i)}
	}
	close(jobs)
	wg.Wait()
	jobs <- Job{4, "late"}
}
