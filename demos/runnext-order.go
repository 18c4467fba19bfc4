// The runnext slot: with one P, each `go` puts the new G into runnext and
// kicks the previous runnext to the tail of the local queue. When main
// blocks, the last goroutine created runs first, then the rest in creation order.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan bool)
	for i := 1; i <= 3; i++ {
		go func(id int) {
			fmt.Println("goroutine", id, "runs")
			done <- true
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}
