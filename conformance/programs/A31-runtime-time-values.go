package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

type Guarded struct {
	mu sync.Mutex
	n  int
}

type Stats struct {
	rw    sync.RWMutex
	count atomic.Int64
	once  sync.Once
	wg    sync.WaitGroup
}

func main() {
	var g Guarded
	g.n = 5
	fmt.Printf("%v %+v\n", g.n, g.n)
	var s Stats
	s.count.Add(3)
	fmt.Printf("%T %T %T\n", &s.rw, s.count, &s.wg)
	var ch chan int
	var ro <-chan string
	var so chan<- []int
	fmt.Printf("%T %T %T %v\n", ch, ro, so, ch == nil)
	fmt.Printf("%T %T\n", func(int) string { return "" }, errors.New("x"))
	d := 90*time.Minute + 30*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour), d.Milliseconds(), d.Microseconds())
	fmt.Println(time.Duration(1<<63-1), time.Duration(-1500)*time.Microsecond, time.Duration(0), 999*time.Nanosecond)
	fmt.Printf("%v %d %s %.1f\n", 2*time.Second, 2*time.Second, time.Millisecond, (1500 * time.Millisecond).Seconds())
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	fmt.Println(mem.NumGC, mem.HeapAlloc > 0, mem.TotalAlloc >= mem.HeapAlloc, mem.Sys > 0, mem.HeapObjects > 0, mem.PauseTotalNs >= 0)
	runtime.GC()
	runtime.ReadMemStats(&mem)
	fmt.Println(mem.NumGC, mem.NumForcedGC, mem.HeapInuse > 0, mem.NextGC > 0, mem.LastGC > 0)
	c := make(chan int, 5)
	c <- 1
	c <- 2
	fmt.Println(len(c), cap(c))
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Version() != "")
	start := time.Now()
	time.Sleep(3 * time.Millisecond)
	el := time.Now().Sub(start)
	fmt.Println(el >= 3*time.Millisecond, start.Before(time.Now()), time.Now().After(start))
	var v int32 = 10
	fmt.Println(atomic.AddInt32(&v, -3), atomic.LoadInt32(&v), atomic.CompareAndSwapInt32(&v, 7, 1), v)
	var u atomic.Uint32
	u.Store(4)
	var b atomic.Bool
	fmt.Println(u.Add(1), b.Load(), b.CompareAndSwap(false, true), b.Load())
}
