// With one P the order is deterministic: go puts the new G in runnext,
// Gosched moves the caller to the global queue, and a waking G runs next.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func say(s string, n int, wg *sync.WaitGroup) {
	if wg != nil {
		defer wg.Done()
	}
	for i := 0; i < n; i++ {
		runtime.Gosched()
		fmt.Println(s, i)
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	go say("world", 3, nil)
	say("hello", 3, nil)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			fmt.Println("g", id)
		}(i)
	}
	wg.Wait()
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func(id int) { ch <- id }(i)
	}
	fmt.Println(<-ch, <-ch, <-ch)
}
