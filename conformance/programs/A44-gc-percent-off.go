package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type Record struct {
	ID   int
	Tags []string
	Next *Record
}

var sink *Record

func churn(n int) {
	for i := 0; i < n; i++ {
		sink = &Record{ID: i, Tags: make([]string, 8)}
	}
}

func main() {
	var m0, m1, m2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)

	old := debug.SetGCPercent(-1)
	fmt.Println("default GOGC:", old)
	churn(100000)
	runtime.ReadMemStats(&m1)
	fmt.Println("cycles with GC off:", m1.NumGC-m0.NumGC)
	fmt.Println("garbage piled up (>10MB):", m1.HeapAlloc-m0.HeapAlloc > 10<<20)

	fmt.Println("GOGC was:", debug.SetGCPercent(50))
	churn(100000)
	runtime.ReadMemStats(&m2)
	fmt.Println("collector ran again:", m2.NumGC > m1.NumGC)
	fmt.Println("GOGC now:", debug.SetGCPercent(100))
	runtime.GC()
	var m3 runtime.MemStats
	runtime.ReadMemStats(&m3)
	fmt.Println("heap small after GC:", m3.HeapAlloc < 1<<20, "forced cycles:", m3.NumForcedGC-m0.NumForcedGC)
	runtime.KeepAlive(sink)
}
