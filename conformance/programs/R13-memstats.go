package main

import (
	"fmt"
	"runtime"
)

type Blob struct {
	data [64]int
	next *Blob
}

var keep *Blob
var sink *Blob

func churn(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		b := &Blob{}
		b.data[0] = i
		sink = b // escapes: a real heap allocation
		total += b.data[0]
	}
	return total
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fmt.Println("churn:", churn(20000))
	for i := 0; i < 100; i++ {
		keep = &Blob{next: keep}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("mallocs grew:", after.Mallocs > before.Mallocs)
	fmt.Println("at least 20000 more mallocs:", after.Mallocs-before.Mallocs >= 20000)
	fmt.Println("some frees:", after.Frees > before.Frees)
	fmt.Println("GC ran:", after.NumGC > before.NumGC, "forced:", after.NumForcedGC >= 1)
	fmt.Println("heap in use:", after.HeapAlloc > 0, after.HeapAlloc == after.Alloc)
	fmt.Println("live objects:", after.HeapObjects == after.Mallocs-after.Frees)
	n := 0
	for b := keep; b != nil; b = b.next {
		n++
	}
	fmt.Println("kept list length:", n)
	gcBefore := after.NumGC
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("two more GCs:", after.NumGC-gcBefore)
	keep = nil
	runtime.GC()
	var final runtime.MemStats
	runtime.ReadMemStats(&final)
	fmt.Println("heap shrank after dropping the list:", final.HeapAlloc < after.HeapAlloc)
}
