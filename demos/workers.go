// The worker example from chapter 1 of the course: main starts three
// goroutines with `go worker(i)`; each becomes a G in P's run queue, sleeps
// (a timer plus gopark "sleep"), and is readied when its timer fires.
package main

import "time"

func worker(id int) {
	println("worker", id, "started")
	time.Sleep(time.Second)
	println("worker", id, "done")
}

func main() {
	for i := 0; i < 3; i++ {
		go worker(i) // newproc: a new G goes into this P's runnext
	}
	time.Sleep(2 * time.Second) // wait for the goroutines to finish
}
