package main

import (
	"fmt"
	"sync"
)

type SafeMap struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.mu.Lock()
	s.m[k]++
	s.mu.Unlock()
}

func (s *SafeMap) Reset() {
	s.m = map[string]int{}
	s.mu.Unlock() // bug: never locked
}

func main() {
	s := &SafeMap{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.Inc([]string{"a", "b"}[i%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(s.m["a"], s.m["b"])
	s.Reset()
	fmt.Println("unreachable")
}
