package main

import (
	"fmt"
	"sync"
)

type Fork struct {
	sync.Mutex
	uses int
}

type Philosopher struct {
	id          int
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(rounds int, host chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		host <- struct{}{} // at most 4 at the table
		first, second := p.left, p.right
		if p.id%2 == 1 {
			first, second = second, first
		}
		first.Lock()
		second.Lock()
		p.meals++
		first.uses++
		second.uses++
		second.Unlock()
		first.Unlock()
		<-host
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
		phils[i] = &Philosopher{id: i, left: forks[i], right: forks[(i+1)%n]}
	}
	host := make(chan struct{}, n-1)
	var wg sync.WaitGroup
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
	uses := 0
	for _, f := range forks {
		uses += f.uses
	}
	fmt.Println("meals:", total, "fork uses:", uses)
}
