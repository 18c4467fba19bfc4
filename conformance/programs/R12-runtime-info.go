package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	fmt.Println("GOMAXPROCS defaults to NumCPU:", runtime.GOMAXPROCS(0) == runtime.NumCPU(), runtime.NumCPU() >= 1)
	old := runtime.GOMAXPROCS(3)
	fmt.Println("set to 3; old was NumCPU:", old == runtime.NumCPU(), "now:", runtime.GOMAXPROCS(0))

	var wg sync.WaitGroup
	release := make(chan struct{})
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-release
		}()
	}
	for runtime.NumGoroutine() < 5 {
		runtime.Gosched()
	}
	fmt.Println("with 4 parked:", runtime.NumGoroutine())
	close(release)
	wg.Wait()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after wait:", runtime.NumGoroutine())

	runtime.GOMAXPROCS(1)
	var order []int
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			order = append(order, id)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("ran", len(order), "goroutines on one P")
	fmt.Println("GOMAXPROCS now", runtime.GOMAXPROCS(0))
}
