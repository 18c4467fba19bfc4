package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Server struct {
	running  atomic.Bool
	requests atomic.Int32
	bytes    atomic.Uint64
	errors   uint32
	peak     int64
}

func main() {
	var s Server
	fmt.Println("running:", s.running.Load(), s.running.CompareAndSwap(false, true), s.running.Load())
	var wg sync.WaitGroup
	var active int64
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			n := atomic.AddInt64(&active, 1)
			for {
				p := atomic.LoadInt64(&s.peak)
				if n <= p || atomic.CompareAndSwapInt64(&s.peak, p, n) {
					break
				}
			}
			s.requests.Add(1)
			s.bytes.Add(uint64(i * 100))
			if i%7 == 0 {
				atomic.AddUint32(&s.errors, 1)
			}
			time.Sleep(time.Millisecond)
			atomic.AddInt64(&active, -1)
		}(i)
	}
	wg.Wait()
	fmt.Println("requests:", s.requests.Load(), "bytes:", s.bytes.Load(), "errors:", atomic.LoadUint32(&s.errors))
	fmt.Println("peak >= 1:", atomic.LoadInt64(&s.peak) >= 1, "active:", atomic.LoadInt64(&active))
	fmt.Println(s.running.Swap(false), s.running.Load())
	var u atomic.Uint32
	u.Store(1)
	fmt.Println(u.Add(^uint32(0)), u.Load(), u.CompareAndSwap(0, 7), u.Swap(9), u.Load())
	var i32 atomic.Int32
	i32.Store(2147483647)
	fmt.Println(i32.Add(1))
	var c uint64
	atomic.StoreUint64(&c, 10)
	fmt.Println(atomic.AddUint64(&c, ^uint64(0)), atomic.SwapUint64(&c, 3), atomic.CompareAndSwapUint64(&c, 3, 4), atomic.LoadUint64(&c))
	var x int64 = 5
	var y int32 = 6
	fmt.Println(atomic.SwapInt64(&x, 50), x, atomic.SwapInt32(&y, 60), y)
	d := 1234567 * time.Microsecond
	fmt.Println(d, d.Round(time.Millisecond), d.Truncate(time.Second), d.Round(time.Hour), (-d).Round(time.Second), (-d).Abs())
	fmt.Println((1500 * time.Millisecond).Round(time.Second), (2500 * time.Millisecond).Round(time.Second), d.Round(0))
}
