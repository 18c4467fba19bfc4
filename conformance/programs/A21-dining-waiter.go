package main

import (
	"fmt"
	"sync"
	"time"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	name        string
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(rounds int, waiter chan struct{}, log chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		waiter <- struct{}{}
		p.left.Lock()
		p.right.Lock()
		p.meals++
		time.Sleep(time.Millisecond)
		p.right.Unlock()
		p.left.Unlock()
		<-waiter
		time.Sleep(time.Millisecond)
	}
	log <- fmt.Sprintf("%s ate %d times", p.name, p.meals)
}

func main() {
	names := []string{"Plato", "Kant", "Hume", "Locke", "Marx"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = new(Fork)
	}
	phils := make([]*Philosopher, len(names))
	for i, n := range names {
		phils[i] = &Philosopher{name: n, left: forks[i], right: forks[(i+1)%len(names)]}
	}
	waiter := make(chan struct{}, len(names)-1)
	log := make(chan string, len(names))
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go p.dine(3, waiter, log, &wg)
	}
	wg.Wait()
	close(log)
	count := 0
	for range log {
		count++
	}
	total := 0
	for _, p := range phils {
		fmt.Printf("%-6s %d\n", p.name, p.meals)
		total += p.meals
	}
	fmt.Println("reports:", count, "meals:", total)
}
