// Syscall hand-off: a goroutine blocks in a system call (Nanosleep). Its M
// stays in the kernel with it, but sysmon's retake sees the P in _Psyscall
// for a whole tick and hands it off (handoffp → startm), so another M runs
// the goroutine that is waiting.
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
		done <- "other goroutine ran during the syscall"
	}()
	// Created last, so it sits in runnext and runs first.
	go func() {
		ts := syscall.Timespec{Nsec: 5000000} // 5 ms in the kernel
		syscall.Nanosleep(&ts, nil)
		done <- "syscall finished"
	}()
	fmt.Println(<-done)
	fmt.Println(<-done)
}
