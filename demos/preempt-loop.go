// sysmon preemption: a goroutine spins in a tight loop with no blocking
// call. sysmon's retake sees the same schedtick for 10 ms and preempts it
// (preemptone), so the other goroutine on the same P gets to run.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func spin(stop *int64) int {
	n := 0
	for atomic.LoadInt64(stop) == 0 {
		n++
	}
	return n
}

func main() {
	runtime.GOMAXPROCS(1)
	var stop int64
	go func() {
		time.Sleep(20 * time.Millisecond)
		atomic.StoreInt64(&stop, 1)
	}()
	go func() {
		fmt.Println("second goroutine ran while the loop spun")
	}()
	spin(&stop)
	fmt.Println("loop stopped")
}
