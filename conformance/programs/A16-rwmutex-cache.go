package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[string]string
	misses int64
	hits   int64
	statMu sync.Mutex
}

func NewCache() *Cache {
	return &Cache{data: make(map[string]string)}
}

func (c *Cache) Get(key string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[key]
	c.statMu.Lock()
	if ok {
		c.hits++
	} else {
		c.misses++
	}
	c.statMu.Unlock()
	return v, ok
}

func (c *Cache) GetOrCompute(key string, f func(string) string) string {
	if v, ok := c.Get(key); ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[key]; ok {
		return v
	}
	v := f(key)
	c.data[key] = v
	return v
}

func (c *Cache) Keys() []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := make([]string, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	c := NewCache()
	var computeMu sync.Mutex
	computed := map[string]int{}
	compute := func(k string) string {
		computeMu.Lock()
		computed[k]++
		computeMu.Unlock()
		return strings.Repeat(strings.ToUpper(k), 2)
	}
	keys := []string{"go", "gc", "mp", "go", "gc", "go"}
	var wg sync.WaitGroup
	for r := 0; r < 4; r++ {
		for _, k := range keys {
			wg.Add(1)
			go func(k string) {
				defer wg.Done()
				c.GetOrCompute(k, compute)
			}(k)
		}
	}
	wg.Wait()
	fmt.Println("keys:", c.Keys())
	fmt.Println("computed once each:", computed)
	v, ok := c.Get("mp")
	fmt.Println(v, ok)
	_, ok = c.Get("zz")
	fmt.Println("zz present:", ok)
	fmt.Println("lookups:", c.hits+c.misses)
}
