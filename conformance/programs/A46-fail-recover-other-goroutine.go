package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, name string, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				fmt.Printf("%s recovered: %v\n", name, r)
			}
		}()
		f()
	}()
}

func main() {
	defer func() {
		// Never reached for a panic in another goroutine: recover only
		// stops a panic in its own goroutine.
		if r := recover(); r != nil {
			fmt.Println("main recovered", r)
		}
	}()
	var wg sync.WaitGroup
	var m map[string]int
	safeGo(&wg, "writer", func() { m["x"] = 1 })
	wg.Wait()
	safeGo(&wg, "indexer", func() {
		xs := []int{1, 2, 3}
		i := len(xs) + 2
		fmt.Println(xs[i])
	})
	wg.Wait()
	fmt.Println("safe goroutines survived")
	done := make(chan bool)
	go func() {
		var p *struct{ n int }
		fmt.Println(p.n)
		done <- true
	}()
	<-done
	fmt.Println("unreachable")
}
