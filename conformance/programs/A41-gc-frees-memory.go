package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	val  int
	next *Node
	pad  [8]int
}

var head *Node
var big [][]byte

func build(n int) {
	for i := 0; i < n; i++ {
		head = &Node{val: i, next: head}
	}
}

func heapMB(m *runtime.MemStats) float64 { return float64(m.HeapAlloc) / (1 << 20) }

func main() {
	var m0, m1, m2, m3 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	build(50000)
	for i := 0; i < 20; i++ {
		big = append(big, make([]byte, 256<<10))
	}
	runtime.ReadMemStats(&m1)
	fmt.Println("grew by more than 5MB:", heapMB(&m1)-heapMB(&m0) > 5)
	head = nil
	runtime.GC()
	runtime.ReadMemStats(&m2)
	fmt.Println("list freed, big kept:", m2.HeapAlloc < m1.HeapAlloc, heapMB(&m2) > 4)
	big = nil
	runtime.GC()
	runtime.ReadMemStats(&m3)
	fmt.Println("all freed:", heapMB(&m3) < 1, m3.NumGC-m0.NumGC >= 2, m3.Frees-m0.Frees >= 50000)
	fmt.Println("total alloc monotonic:", m3.TotalAlloc >= m1.TotalAlloc, m1.Mallocs-m0.Mallocs >= 50020)
}
