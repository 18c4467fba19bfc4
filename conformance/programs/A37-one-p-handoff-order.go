// Exact interleavings on one P: unbuffered hand-off, a buffered
// producer/consumer, mutex waiters queued FIFO, Sleep(0) and select sends.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("send", i)
			ch <- i
			fmt.Println("sent", i)
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Println("recv", v)
	}
	buf := make(chan int, 2)
	done := make(chan bool)
	go func() {
		for v := range buf {
			fmt.Println("consume", v)
		}
		done <- true
	}()
	for i := 0; i < 5; i++ {
		fmt.Println("produce", i)
		buf <- i
	}
	close(buf)
	<-done
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			fmt.Println("locked by", id)
			mu.Unlock()
		}(i)
	}
	runtime.Gosched()
	fmt.Println("main unlocks")
	mu.Unlock()
	wg.Wait()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			time.Sleep(0)
			fmt.Println("slept 0:", id)
		}(i)
	}
	wg.Wait()
	sel := make(chan string)
	go func() {
		for _, s := range []string{"a", "b"} {
			select {
			case sel <- s:
				fmt.Println("selected send", s)
			}
		}
		close(sel)
	}()
	for s := range sel {
		fmt.Println("got", s)
	}
}
