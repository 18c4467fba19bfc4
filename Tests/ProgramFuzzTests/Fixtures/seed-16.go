package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

type Node struct {
	Val   int
	Next  *Node
	Left  *Node
	Right *Node
	Data  []int
}

type Valuer interface {
	Value() int
}

func (n *Node) Value() int { return n.Val + len(n.Data) }

type Pair struct {
	A int
	B int
}

func (p Pair) Value() int { return p.A*3 + p.B }

type Holder struct {
	V    Valuer
	P    *Node
	F    func() int
	Kids []*Node
	M    map[int]*Node
}

type Res struct {
	ID int
	V  int
}

type Edge struct {
	To *Node
	W  int
}

var gMu sync.Mutex
var gTotal int
var gSlots [3]*Node
var gA = &Holder{}
var gB = &Holder{}
var gAny interface{}
var gRW sync.RWMutex
var gOnce sync.Once
var gOnceList *Node
var gCount int64

func mix(a, b int) int { return (a*131 + b + 7) % 1000003 }

func buildList(n, seed int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{Val: (seed*31 + i) % 1009, Next: head}
	}
	return head
}

func sumList(l *Node) int {
	s := 0
	for p := l; p != nil; p = p.Next {
		s = mix(s, p.Val)
	}
	return s
}

func buildTree(d, seed int) *Node {
	if d == 0 {
		return nil
	}
	return &Node{Val: seed % 997, Left: buildTree(d-1, seed*2+1), Right: buildTree(d-1, seed*2+2)}
}

func sumTree(t *Node) int {
	if t == nil {
		return 0
	}
	return (t.Val + 3*sumTree(t.Left) + 5*sumTree(t.Right)) % 1000003
}

func garbage(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		g := &Node{Val: i, Data: make([]int, i%8+1)}
		s += g.Value()
	}
	return s
}

func addList(l *Node) {
	gMu.Lock()
	defer gMu.Unlock()
	gTotal = (gTotal + sumList(l)) % 1000003
}

func addTotal(v int) {
	gMu.Lock()
	gTotal = (gTotal + v) % 1000003
	gMu.Unlock()
}

func safeDiv(a, b int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = 1
		}
	}()
	return a / b
}

func pause(k int) {
	switch k % 3 {
	case 0:
		runtime.Gosched()
	case 1:
		time.Sleep(time.Duration(k%5+1) * time.Microsecond)
	default:
		runtime.GC()
	}
}

func count(v int) { atomic.AddInt64(&gCount, int64(v)) }

func nap(us int) {
	ts := syscall.Timespec{Nsec: int64(us) * 1000}
	syscall.Nanosleep(&ts, nil)
}

func onceList() *Node {
	gOnce.Do(func() {
		gOnceList = buildList(6, 5)
	})
	gRW.RLock()
	defer gRW.RUnlock()
	return gOnceList
}

func deep(n int, p *Node) int {
	if n == 0 {
		return sumList(p) % 1000
	}
	q := &Node{Val: n % 13, Next: p}
	if n%50 == 0 {
		runtime.Gosched()
	}
	return (deep(n-1, q) + q.Val) % 1000003
}

func catchNode(f func()) (v int) {
	defer func() {
		if r := recover(); r != nil {
			if nd, ok := r.(*Node); ok {
				v = sumList(nd)
			}
		}
	}()
	f()
	return -1
}

func sumHolder(h *Holder) int {
	s := sumList(h.P)
	for _, k := range h.Kids {
		s = (s + k.Val) % 1000003
	}
	return s
}

// mover swaps pointers between the two global holders (and the holders
// themselves) while the workers allocate: the total stays the same.
func mover(rounds int, done chan bool) {
	for i := 0; i < rounds; i++ {
		gMu.Lock()
		gA.P, gB.P = gB.P, gA.P
		if len(gA.Kids) > 0 {
			k := gA.Kids[len(gA.Kids)-1]
			gA.Kids = gA.Kids[:len(gA.Kids)-1]
			gB.Kids = append(gB.Kids, k)
		}
		gA, gB = gB, gA
		gMu.Unlock()
		if i%4 == 0 {
			runtime.Gosched()
		}
	}
	done <- true
}

func w0(id int) (acc int) {
	acc = id + 45
	p1 := &Node{Val: 24}
	f1 := func(d int) int {
		p1.Val = (p1.Val + d) % 1009
		return p1.Val
	}
	for i := 0; i < 17; i++ {
		acc = mix(acc, f1(i))
	}
	sc2 := make(chan int, 1)
	go func() {
		for i := 0; i < 10; i++ {
			sc2 <- i*54 + garbage(3)
		}
	}()
	for got := 0; got < 10; {
		select {
		case v := <-sc2:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	var wg3 sync.WaitGroup
	outs3 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg3.Add(1)
		go func(j int) {
			defer wg3.Done()
			pause(j + 1)
			outs3[j] = buildList(3, j+91)
		}(j)
	}
	wg3.Wait()
	for _, o := range outs3 {
		acc = mix(acc, sumList(o))
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 7
	lx4 := id
	for i := 0; i < 2637; i++ {
		lx4 = (lx4*31 + i) % 1000003
	}
	acc = mix(acc, lx4)
	rc5 := make(chan *Node, 1)
	for j := 0; j < 11; j++ {
		go func(j int) {
			rc5 <- &Node{Val: j * 35, Next: buildList(j%4, j)}
		}(j)
	}
	rs5 := 0
	for j := 0; j < 11; j++ {
		nd := <-rc5
		rs5 = (rs5 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs5)
	var ea6 [3]Edge
	for i := range ea6 {
		ea6[i] = Edge{To: &Node{Val: i + 24}, W: i + 1}
	}
	eb6 := ea6
	ea6[1].To = nil
	garbage(30)
	pause(0)
	for _, e := range eb6 {
		acc = mix(acc, e.To.Val*e.W)
	}
	big7 := make([]int, 5157)
	for i := 0; i < len(big7); i += 203 {
		big7[i] = i % 76
	}
	bs7 := 0
	for _, x := range big7 {
		bs7 += x
	}
	acc = mix(acc, bs7)
	fc8 := make(chan func() int, 2)
	go func() {
		for i := 0; i < 10; i++ {
			cn := &Node{Val: i + 29, Next: buildList(i%3, i)}
			fc8 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc8)
	}()
	garbage(20)
	for f := range fc8 {
		acc = mix(acc, f())
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 14
	rc9 := make(chan *Node, 0)
	for j := 0; j < 4; j++ {
		go func(j int) {
			rc9 <- &Node{Val: j * 42, Next: buildList(j%4, j)}
		}(j)
	}
	rs9 := 0
	for j := 0; j < 4; j++ {
		nd := <-rc9
		rs9 = (rs9 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs9)
	mn10 := &Node{Val: 17, Data: []int{1, 2}}
	mv10 := mn10.Value
	mn10 = nil
	garbage(36)
	pause(2)
	acc = mix(acc, mv10())
	var mu11 sync.Mutex
	var wgm11 sync.WaitGroup
	var shared11 *Node
	for j := 0; j < 6; j++ {
		wgm11.Add(1)
		go func(j int) {
			defer wgm11.Done()
			for r := 0; r < 4; r++ {
				mu11.Lock()
				shared11 = &Node{Val: j*10 + r, Next: shared11}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu11.Unlock()
			}
		}(j)
	}
	wgm11.Wait()
	ms11 := 0
	for p := shared11; p != nil; p = p.Next {
		ms11 = (ms11 + p.Val) % 1000003
	}
	acc = mix(acc, ms11)
	var rw12 sync.RWMutex
	var wgr12 sync.WaitGroup
	rm12 := map[int]*Node{}
	for j := 0; j < 1; j++ {
		wgr12.Add(2)
		go func(j int) {
			defer wgr12.Done()
			for r := 0; r < 8; r++ {
				rw12.Lock()
				rm12[j] = &Node{Val: r + 78, Next: rm12[j]}
				rw12.Unlock()
				pause(r)
			}
		}(j)
		go func() {
			defer wgr12.Done()
			for r := 0; r < 8; r++ {
				rw12.RLock()
				_ = len(rm12)
				rw12.RUnlock()
				runtime.Gosched()
			}
		}()
	}
	wgr12.Wait()
	for _, l := range rm12 {
		acc = (acc + sumList(l)) % 1000003
	}
	str13 := ""
	for i := 0; i < 4; i++ {
		str13 += fmt.Sprint(i*42)
	}
	hm13 := &Holder{M: map[int]*Node{}}
	hm13.M[42] = &Node{Val: len(str13)}
	hm13.F = func() int { return hm13.M[42].Val }
	pause(1)
	acc = mix(acc, hm13.F())
	return acc
}

func main() {
	gA.P = buildList(1, 1)
	gB.P = buildList(6, 2)
	for i := 0; i < 4; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(20, done)
	fns := []func(int) int{w0, w1, w2}
	results := make([]int, len(fns))
	for i, f := range fns {
		results[i] = f(i)
	}
	<-done
	for i, r := range results {
		fmt.Println("w", i, r)
	}
	slots := 0
	for i := 0; i < len(gSlots); i++ {
		slots = mix(slots, sumList(gSlots[i]))
	}
	fmt.Println("slots", slots)
	fmt.Println("total", gTotal)
	fmt.Println("holders", sumHolder(gA)+sumHolder(gB))
	fmt.Println("count", atomic.LoadInt64(&gCount), sumList(onceList()))
	if nd, ok := gAny.(*Node); ok {
		fmt.Println("any", nd.Val > 0)
	}
}
