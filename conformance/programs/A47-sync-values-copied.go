package main

import (
	"fmt"
	"sync"
)

// Sync values are plain structs: printing shows their state words, and a
// copy carries them (go vet's copylocks check warns about exactly this).

type Settings struct {
	mu     sync.RWMutex
	values map[string]string
}

type Loader struct {
	once  sync.Once
	loads int
}

func (l *Loader) Load() { l.once.Do(func() { l.loads++ }) }

func main() {
	var m sync.Mutex
	var wg sync.WaitGroup
	fmt.Printf("fresh: %v %v\n", m, wg)
	m.Lock()
	wg.Add(2)
	fmt.Printf("busy:  %+v %+v\n", m, wg)
	m.Unlock()
	wg.Done()
	wg.Done()
	fmt.Printf("idle:  %v %v\n", m, wg)

	s := &Settings{values: map[string]string{"mode": "fast"}}
	s.mu.RLock()
	s.mu.RLock()
	fmt.Printf("two readers: %v\n", s.mu)
	snapshot := *s
	s.mu.RUnlock()
	s.mu.RUnlock()
	fmt.Printf("released: %v, copy still shows %v\n", s.mu, snapshot.mu)
	fmt.Println("copy can take another read lock:", snapshot.mu.TryRLock())
	fmt.Println("but not the write lock:", snapshot.mu.TryLock())

	l := &Loader{}
	fmt.Printf("once before: %v\n", l.once)
	l.Load()
	l.Load()
	fmt.Printf("once after: %v loads=%d\n", l.once, l.loads)
	l2 := *l
	l2.Load()
	fmt.Println("copied Once is already done, loads =", l2.loads)
	var fresh Loader
	fresh.Load()
	fmt.Println("fresh Once runs, loads =", fresh.loads)
}
