package main

import (
	"fmt"
	"sync"
	"time"
)

type Tracker struct {
	mu      sync.Mutex
	current int
	peak    int
	order   []int
}

func (t *Tracker) enter() {
	t.mu.Lock()
	t.current++
	if t.current > t.peak {
		t.peak = t.current
	}
	t.mu.Unlock()
}

func (t *Tracker) leave(id int) {
	t.mu.Lock()
	t.current--
	t.order = append(t.order, id)
	t.mu.Unlock()
}

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	tr := &Tracker{}
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < 9; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			tr.enter()
			time.Sleep(20 * time.Millisecond)
			tr.leave(id)
		}(i)
	}
	wg.Wait()
	elapsed := time.Since(start)
	fmt.Println("peak concurrency:", tr.peak, "limit:", limit)
	fmt.Println("finished tasks:", len(tr.order), "current:", tr.current)
	fmt.Println("took at least three rounds:", elapsed >= 60*time.Millisecond)
	fmt.Println("semaphore empty:", len(sem), "cap:", cap(sem))
}
