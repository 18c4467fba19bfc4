package main

import (
	"fmt"
	"sync"
	"time"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
	hits int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

type Config struct {
	once   sync.Once
	values map[string]string
	loads  int
}

func (c *Config) Load() map[string]string {
	c.once.Do(func() {
		c.loads++
		time.Sleep(5 * time.Millisecond)
		c.values = map[string]string{"env": "prod", "region": "eu"}
	})
	return c.values
}

func main() {
	c := &Cache{data: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Set(fmt.Sprintf("k%d", i), i*i)
		}(i)
	}
	wg.Wait()
	var mu sync.Mutex
	found := 0
	for r := 0; r < 10; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			if _, ok := c.Get(fmt.Sprintf("k%d", r)); ok {
				mu.Lock()
				found++
				mu.Unlock()
			}
		}(r)
	}
	wg.Wait()
	fmt.Println("found", found, "of 10")
	v, ok := c.Get("k3")
	fmt.Println(v, ok)

	cfg := &Config{}
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := cfg.Load()
			if m["env"] != "prod" {
				panic("config not loaded")
			}
		}()
	}
	wg.Wait()
	fmt.Println("loads:", cfg.loads, "env:", cfg.Load()["env"], "region:", cfg.Load()["region"])

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init runs once, i =", i) })
	}

	// Readers share the lock; a writer waits for all of them.
	var rw sync.RWMutex
	events := make(chan string, 10)
	rw.RLock()
	rw.RLock()
	go func() {
		rw.Lock()
		events <- "writer in"
		rw.Unlock()
	}()
	time.Sleep(10 * time.Millisecond)
	events <- "readers done"
	rw.RUnlock()
	rw.RUnlock()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(<-events, "then", <-events)
}
