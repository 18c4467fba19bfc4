package main

import (
	"fmt"
	"sync"
)

type Registry struct {
	mu    sync.Mutex
	items map[string]int
}

func (r *Registry) Add(name string, v int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items[name] = v
}

func main() {
	good := &Registry{items: map[string]int{}}
	good.Add("a", 1)
	fmt.Println("good registry:", good.items)
	var bad Registry
	fmt.Println("reading a nil map is fine:", bad.items["x"], len(bad.items))
	done := make(chan bool)
	go func() {
		bad.Add("b", 2)
		done <- true
	}()
	<-done
	fmt.Println("unreachable")
}
