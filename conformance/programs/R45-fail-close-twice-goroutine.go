package main

import (
	"fmt"
	"sync"
)

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	var once sync.Once
	stop := func() { once.Do(func() { close(done) }) }
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stop()
		}()
	}
	wg.Wait()
	_, open := <-done
	fmt.Println("closed safely with Once; open:", open)
	unsafeStop := func() { close(done) }
	unsafeStop()
}
