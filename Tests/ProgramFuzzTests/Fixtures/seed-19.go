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
var gSlots [2]*Node
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
	acc = id + 10
	defer addList(buildList(2, 43+id))
	garbage(35)
	var rw2 sync.RWMutex
	var wgr2 sync.WaitGroup
	rm2 := map[int]*Node{}
	for j := 0; j < 3; j++ {
		wgr2.Add(2)
		go func(j int) {
			defer wgr2.Done()
			for r := 0; r < 8; r++ {
				rw2.Lock()
				rm2[j] = &Node{Val: r + 27, Next: rm2[j]}
				rw2.Unlock()
				pause(r)
			}
		}(j)
		go func() {
			defer wgr2.Done()
			for r := 0; r < 8; r++ {
				rw2.RLock()
				_ = len(rm2)
				rw2.RUnlock()
				runtime.Gosched()
			}
		}()
	}
	wgr2.Wait()
	for _, l := range rm2 {
		acc = (acc + sumList(l)) % 1000003
	}
	pc3 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc3 <- 94
			}
		}()
		var np *Node
		pc3 <- np.Val
	}()
	acc = mix(acc, <-pc3)
	gMu.Lock()
	gAny = &Node{Val: 57, Next: buildList(3, id)}
	gMu.Unlock()
	nap(8)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 14
	pc6 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc6 <- 16
			}
		}()
		var np *Node
		pc6 <- np.Val
	}()
	acc = mix(acc, <-pc6)
	count(90 + id)
	ptrs8 := make([]*Node, 4148)
	for i := 0; i < len(ptrs8); i += 74 {
		ptrs8[i] = &Node{Val: i % 54}
	}
	garbage(23)
	pause(1)
	ps8 := 0
	for i := 0; i < len(ptrs8); i += 74 {
		ps8 = (ps8 + ptrs8[i].Val) % 1000003
	}
	acc = mix(acc, ps8)
	gSlots[id] = buildList(4, 15+id)
	l9 := gSlots[id]
	gSlots[id] = nil
	pause(1)
	gSlots[id] = l9
	acc = mix(acc, sumList(gSlots[id]))
	t10 := buildTree(2, id+55)
	acc = mix(acc, sumTree(t10))
	sq11 := make(chan *Node, 2)
	ss11 := 0
	for i := 0; i < 6; {
		select {
		case sq11 <- &Node{Val: i * 88}:
			i++
		case nd := <-sq11:
			ss11 = (ss11 + nd.Val) % 1000003
		}
	}
	close(sq11)
	for nd := range sq11 {
		ss11 = (ss11 + nd.Val) % 1000003
	}
	acc = mix(acc, ss11)
	return acc
}

func main() {
	gA.P = buildList(9, 1)
	gB.P = buildList(10, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(20, done)
	fns := []func(int) int{w0, w1}
	results := make([]int, len(fns))
	var wg sync.WaitGroup
	for i, f := range fns {
		wg.Add(1)
		go func(i int, f func(int) int) {
			defer wg.Done()
			results[i] = f(i)
		}(i, f)
	}
	wg.Wait()
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
