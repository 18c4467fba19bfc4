package main

import (
	"fmt"
	"sync"
	"time"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	id          int
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(rounds int, host chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		host <- struct{}{} // at most n-1 philosophers reach for forks
		p.left.Lock()
		p.right.Lock()
		p.meals++
		time.Sleep(time.Millisecond)
		p.right.Unlock()
		p.left.Unlock()
		<-host
		time.Sleep(time.Millisecond)
	}
}

func main() {
	const n = 5
	forks := make([]*Fork, n)
	for i := range forks {
		forks[i] = new(Fork)
	}
	phils := make([]*Philosopher, n)
	for i := 0; i < n; i++ {
		phils[i] = &Philosopher{id: i + 1, left: forks[i], right: forks[(i+1)%n]}
	}
	host := make(chan struct{}, n-1)
	var wg sync.WaitGroup
	start := time.Now()
	for _, p := range phils {
		wg.Add(1)
		go p.dine(3, host, &wg)
	}
	wg.Wait()
	total := 0
	for _, p := range phils {
		fmt.Printf("philosopher %d ate %d times\n", p.id, p.meals)
		total += p.meals
	}
	fmt.Println("total meals:", total, "host empty:", len(host) == 0)
	fmt.Println("took at least 6ms:", time.Since(start) >= 6*time.Millisecond)
}
