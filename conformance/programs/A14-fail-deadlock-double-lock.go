package main

import (
	"fmt"
	"sync"
)

type Registry struct {
	mu    sync.Mutex
	names []string
}

func (r *Registry) Add(name string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.names = append(r.names, name)
}

func (r *Registry) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.names)
}

func (r *Registry) AddUnique(name string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, n := range r.names {
		if n == name {
			return
		}
	}
	if r.Len() < 10 {
		r.names = append(r.names, name)
	}
}

func main() {
	r := &Registry{}
	r.Add("a")
	r.Add("b")
	fmt.Println("registered:", r.Len())
	r.AddUnique("a")
	fmt.Println("still fine:", r.Len())
	r.AddUnique("c")
	fmt.Println("unreachable")
}
