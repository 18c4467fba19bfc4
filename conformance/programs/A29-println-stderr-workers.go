package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			_ = id
		}(i)
	}
	wg.Wait()
	println("workers done:", 3, true)
	println("ratio", 2.5, -1.25e-3)
	var ip *int
	println("nil pointer is nil:", ip == nil)
	print("no newline ", 7, "\n")
	println(int8(-5), uint16(65535), 'x', "end")
	fmt.Println("stdout line")
	var err error
	println("nil error:", err == nil)
}
