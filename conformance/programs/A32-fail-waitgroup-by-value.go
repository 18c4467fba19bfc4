package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	mu    sync.Mutex
	total int
}

func (s *Stats) add(n int) {
	s.mu.Lock()
	s.total += n
	s.mu.Unlock()
}

// Correct: the WaitGroup is shared through a pointer.
func square(n int, s *Stats, wg *sync.WaitGroup) {
	defer wg.Done()
	s.add(n * n)
}

// Bug: wg is a copy, so Done decrements the copy's counter.
func cube(n int, s *Stats, wg sync.WaitGroup) {
	defer wg.Done()
	s.add(n * n * n)
}

func main() {
	s := &Stats{}
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go square(i, s, &wg)
	}
	wg.Wait()
	fmt.Println("sum of squares:", s.total)

	var copyWG sync.WaitGroup
	copyWG.Add(1)
	snapshot := copyWG
	copyWG.Done()
	copyWG.Wait()
	fmt.Println("original done; the copy still counts 1")
	snapshot.Add(-1)
	snapshot.Wait()
	fmt.Println("copy released separately")

	s.total = 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go cube(i, s, wg)
	}
	wg.Wait()
	fmt.Println("unreachable:", s.total)
}
