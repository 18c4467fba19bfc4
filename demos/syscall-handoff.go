// Syscall hand-off: a goroutine blocks in a system call (Nanosleep). Its M
// keeps it, but sysmon's retake takes the P away (handoffp) so another M
// can run the goroutine that is waiting.
package main

import (
	"fmt"
	"runtime"
	"syscall"
)

func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan string)
	go func() {
		ts := syscall.Timespec{Nsec: 5000000} // 5 ms in the kernel
		syscall.Nanosleep(&ts, nil)
		done <- "syscall finished"
	}()
	go func() {
		done <- "other goroutine ran during the syscall"
	}()
	fmt.Println(<-done)
	fmt.Println(<-done)
}
