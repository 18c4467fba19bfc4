package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[string]string
	hits   int64
	misses int64
	loader func(string) string
}

func (c *Cache) Get(k string) string {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		atomic.AddInt64(&c.hits, 1)
		return v
	}
	atomic.AddInt64(&c.misses, 1)
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		return v
	}
	v = c.loader(k)
	c.data[k] = v
	return v
}

var (
	instance *Cache
	once     sync.Once
	inits    int32
)

func getCache() *Cache {
	once.Do(func() {
		atomic.AddInt32(&inits, 1)
		instance = &Cache{data: map[string]string{}, loader: func(k string) string { return "<" + k + ">" }}
	})
	return instance
}

func main() {
	var wg sync.WaitGroup
	keys := []string{"a", "b", "a", "c", "b", "a"}
	results := make([]string, len(keys))
	for i, k := range keys {
		wg.Add(1)
		go func(i int, k string) {
			defer wg.Done()
			results[i] = getCache().Get(k)
		}(i, k)
	}
	wg.Wait()
	fmt.Println(results)
	c := getCache()
	fmt.Println("inits:", atomic.LoadInt32(&inits), "entries:", len(c.data))
	fmt.Println("lookups:", atomic.LoadInt64(&c.hits)+atomic.LoadInt64(&c.misses))
	var ks []string
	for k := range c.data {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	fmt.Println(ks)
	var ops atomic.Int64
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ops.Add(2)
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())
}
