package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

var ErrCanceled = errors.New("canceled")

type Job struct {
	ID   int
	Cost time.Duration
}

func worker(id int, jobs <-chan Job, done <-chan struct{}, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-done:
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			select {
			case <-time.After(j.Cost):
				results <- fmt.Sprintf("job %d done", j.ID)
			case <-done:
				results <- fmt.Sprintf("job %d: %v", j.ID, ErrCanceled)
				return
			}
		}
	}
}

func main() {
	jobs := make(chan Job)
	done := make(chan struct{})
	results := make(chan string, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 2; w++ {
		wg.Add(1)
		go worker(w, jobs, done, results, &wg)
	}
	jobs <- Job{1, 10 * time.Millisecond}
	jobs <- Job{2, 15 * time.Millisecond}
	time.Sleep(40 * time.Millisecond)
	jobs <- Job{3, 500 * time.Millisecond}
	jobs <- Job{4, 500 * time.Millisecond}
	time.Sleep(20 * time.Millisecond)
	close(done)
	wg.Wait()
	close(results)
	var done1, canceled int
	for r := range results {
		if errors.Is(ErrCanceled, ErrCanceled) && len(r) > 0 && r[len(r)-1] == 'd' && r[len(r)-4:] == "done" {
			done1++
		} else {
			canceled++
		}
	}
	fmt.Println("completed:", done1, "canceled:", canceled)
}
