// sysmon, the runtime's monitor thread: it runs on its own M without a P. It
// wakes after 20 µs, doubling its sleep up to 10 ms while nothing happens,
// and in retake preempts long-running Gs and takes Ps from long syscalls.
// (The course's §4.2 shows a Linux kernel monitor thread; this is Go's.)
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	busy := 0
	for time.Since(start) < 30*time.Millisecond {
		busy++
	}
	time.Sleep(50 * time.Millisecond) // all Ps idle: sysmon backs off
	fmt.Println("done; busy loop ran", busy > 0)
}
