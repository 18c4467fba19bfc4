package main

import (
	"fmt"
	"sync"
	"time"
)

type Resource struct {
	name string
	mu   sync.Mutex
	uses int
}

func useBoth(who string, first, second *Resource, wg *sync.WaitGroup) {
	defer wg.Done()
	first.mu.Lock()
	defer first.mu.Unlock()
	first.uses++
	fmt.Println(who, "holds", first.name)
	time.Sleep(10 * time.Millisecond)
	second.mu.Lock()
	defer second.mu.Unlock()
	second.uses++
	fmt.Println(who, "holds both")
}

func main() {
	printer := &Resource{name: "printer"}
	scanner := &Resource{name: "scanner"}
	var wg sync.WaitGroup
	wg.Add(1)
	go useBoth("alice", printer, scanner, &wg)
	wg.Wait()
	fmt.Println("alone, no problem:", printer.uses, scanner.uses)
	wg.Add(2)
	go useBoth("bob", printer, scanner, &wg)
	time.Sleep(time.Millisecond)
	go useBoth("carol", scanner, printer, &wg)
	wg.Wait()
	fmt.Println("unreachable")
}
