// Deadlock: main waits for a value nobody will send. When no goroutine can
// run and no timer is pending, checkdead ends the program:
// "fatal error: all goroutines are asleep - deadlock!"
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		fmt.Println("worker waiting for a value too")
		<-ch
	}()
	<-ch
}
