package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("background work finished")
		done <- true
	}()
	<-done
	fmt.Println("main waits forever")
	select {}
}
