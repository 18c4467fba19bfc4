// The hybrid write barrier: while the collector marks, a worker
// takes jobs off the `todo` list, works on each and pushes it onto
// `done`. Taking a job moves its only pointer from the heap onto
// the worker's stack, which the collector has already scanned and
// will not scan again, and `done` is already black: the marker
// would never see the job. The barrier shades the pointer each
// store overwrites (mbarrier.go: shade(*slot)), so no job is lost.
// Run with --no-write-barrier (an unsafe teaching mode) to see
// the jobs freed while they are still reachable.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Job struct {
	Next *Job
	N    int // the input
	Sum  int // the result: 1 + 2 + … + N
}

// The marker greys these globals in order and takes grey objects
// last in, first out: it scans `done` first, then the 20 000 jobs
// of `history`, and `todo` last.
var todo = &Job{} // todo.Next: the jobs still to do
var history *Job  // 20 000 old jobs keep the marker busy
var done = &Job{} // done.Next: the jobs done so far

func jobs(count, n int) *Job {
	var head *Job
	for i := 0; i < count; i++ {
		head = &Job{Next: head, N: n}
	}
	return head
}

// setup builds the lists in a frame of its own: no pointer to a
// job stays on main's stack.
func setup() {
	history = jobs(20000, 0)
	todo.Next = jobs(16, 600)
}

func worker(finished chan bool) {
	// Sleep while the collector starts marking and scans this stack.
	time.Sleep(20 * time.Microsecond)
	for todo.Next != nil {
		j := todo.Next
		todo.Next = j.Next // barrier: shade(j)
		j.Next = nil       // barrier: shade(next job)
		for i := 1; i <= j.N; i++ {
			j.Sum += i // only this black stack has j
		}
		j.Next = done.Next
		done.Next = j // barrier: shade(job done before)
	}
	finished <- true
}

func main() {
	setup()
	finished := make(chan bool)
	go worker(finished)
	runtime.GC() // marks while the worker moves jobs
	<-finished
	count, total := 0, 0
	for j := done.Next; j != nil; j = j.Next {
		count++
		total += j.Sum
	}
	fmt.Println(count, "jobs done, total", total)
}
