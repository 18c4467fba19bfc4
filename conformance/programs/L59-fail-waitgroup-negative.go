package main

import (
	"fmt"
	"sync"
)

type Batch struct {
	wg    sync.WaitGroup
	items []string
	mu    sync.Mutex
}

func (b *Batch) process(item string) {
	defer b.wg.Done()
	b.mu.Lock()
	b.items = append(b.items, item)
	b.mu.Unlock()
}

func main() {
	var b Batch
	b.wg.Add(2)
	go b.process("x")
	go b.process("y")
	b.wg.Wait()
	fmt.Println(len(b.items))
	b.wg.Done()
}
