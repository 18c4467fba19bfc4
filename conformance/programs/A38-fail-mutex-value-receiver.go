package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	sync.Mutex
	hits map[string]int
}

func (c *Counter) Inc(key string) {
	c.Lock()
	defer c.Unlock()
	c.hits[key]++
}

// Bug: a value receiver copies the Mutex (and its lock bit) on every call.
func (c Counter) Get(key string) int {
	c.Lock()
	defer c.Unlock()
	return c.hits[key]
}

func main() {
	c := &Counter{hits: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%3 == 0 {
				c.Inc("fizz")
			} else {
				c.Inc("other")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("fizz:", c.Get("fizz"), "other:", c.Get("other"))

	var m sync.Mutex
	fmt.Println("try on fresh:", m.TryLock())
	snapshot := m
	m.Unlock()
	fmt.Println("original unlocked; copy locked:", m.TryLock(), snapshot.TryLock())
	m.Unlock()

	c.Lock()
	fmt.Println("reading while holding the lock...")
	fmt.Println(c.Get("fizz"))
}
