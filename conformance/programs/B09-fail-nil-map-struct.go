package main

import "fmt"

type Registry struct {
	name  string
	items map[string]int
}

func NewRegistry(name string) *Registry { return &Registry{name: name} }

func (r *Registry) Get(k string) (int, bool) {
	v, ok := r.items[k]
	return v, ok
}

func (r *Registry) Set(k string, v int) { r.items[k] = v }

func main() {
	r := NewRegistry("main")
	fmt.Println(r.Get("a"))
	fmt.Println(len(r.items), r.items == nil)
	for k, v := range r.items {
		fmt.Println(k, v)
	}
	delete(r.items, "x")
	fmt.Println("about to set")
	r.Set("a", 1)
	fmt.Println("unreachable")
}
