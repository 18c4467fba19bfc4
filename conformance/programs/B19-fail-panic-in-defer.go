package main

import "fmt"

type Resource struct{ name string }

func (r *Resource) Close() {
	fmt.Println("closing", r.name)
	if r.name == "db" {
		panic("close failed: " + r.name)
	}
}

func work() {
	a := &Resource{"file"}
	defer a.Close()
	b := &Resource{"db"}
	defer b.Close()
	fmt.Println("working")
	var m map[string]int
	m["x"]++
}

func main() {
	defer fmt.Println("main deferred")
	work()
}
