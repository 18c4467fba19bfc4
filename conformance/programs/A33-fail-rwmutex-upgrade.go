package main

import (
	"fmt"
	"sync"
)

type Directory struct {
	mu      sync.RWMutex
	entries map[string]int
}

func (d *Directory) Lookup(name string) (int, bool) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	v, ok := d.entries[name]
	return v, ok
}

func (d *Directory) LookupOrAdd(name string, v int) int {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if old, ok := d.entries[name]; ok {
		return old
	}
	// Upgrading a read lock to a write lock: Lock waits for all readers,
	// including this one, forever.
	d.mu.Lock()
	d.entries[name] = v
	d.mu.Unlock()
	return v
}

func main() {
	d := &Directory{entries: map[string]int{"root": 0, "home": 1}}
	var wg sync.WaitGroup
	found := make([]bool, 4)
	for i, name := range []string{"root", "home", "tmp", "root"} {
		wg.Add(1)
		go func(i int, name string) {
			defer wg.Done()
			_, found[i] = d.Lookup(name)
		}(i, name)
	}
	wg.Wait()
	fmt.Println("found:", found)
	fmt.Println("existing:", d.LookupOrAdd("home", 9))
	fmt.Println("adding tmp...")
	fmt.Println(d.LookupOrAdd("tmp", 2))
}
