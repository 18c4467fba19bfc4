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
	acc = id + 46
	tc1 := make(chan *Node)
	go func() {
		for i := 0; i < 7; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc1 <- &Node{Val: i + 65}
		}
	}()
	for got := 0; got < 7; {
		select {
		case nd := <-tc1:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(3 * time.Microsecond):
		}
	}
	runtime.GC()
	sc3 := make(chan int, 1)
	go func() {
		for i := 0; i < 3; i++ {
			sc3 <- i*15 + garbage(3)
		}
	}()
	for got := 0; got < 3; {
		select {
		case v := <-sc3:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	ping4 := make(chan *Node)
	pong4 := make(chan *Node)
	go func() {
		for nd := range ping4 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong4 <- nd
		}
	}()
	pn4 := &Node{Val: 49}
	for i := 0; i < 8; i++ {
		ping4 <- pn4
		pn4 = <-pong4
	}
	close(ping4)
	acc = mix(acc, sumList(pn4))
	l5 := buildList(35, id+40)
	acc = mix(acc, sumList(l5))
	defer addList(buildList(11, 64+id))
	garbage(13)
	sc7 := make(chan int, 3)
	go func() {
		for i := 0; i < 1; i++ {
			sc7 <- i*27 + garbage(3)
		}
	}()
	for got := 0; got < 1; {
		select {
		case v := <-sc7:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 5
	t8 := buildTree(6, id+44)
	acc = mix(acc, sumTree(t8))
	var wg9 sync.WaitGroup
	outs9 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg9.Add(1)
		go func(j int) {
			defer wg9.Done()
			pause(j + 0)
			outs9[j] = buildList(4, j+44)
		}(j)
	}
	wg9.Wait()
	for _, o := range outs9 {
		acc = mix(acc, sumList(o))
	}
	lx10 := id
	for i := 0; i < 19492; i++ {
		lx10 = (lx10*31 + i) % 1000003
	}
	acc = mix(acc, lx10)
	x11 := &Node{Val: 24, Data: []int{id, 24}}
	hold11 := &Holder{}
	hold11.P = x11
	hold11.V = x11
	x11 = nil
	garbage(64)
	pause(0)
	acc = mix(acc, hold11.P.Val+hold11.V.Value())
	em12 := map[int]Edge{}
	for i := 0; i < 14; i++ {
		em12[i] = Edge{To: &Node{Val: i + 15}, W: i % 5}
	}
	garbage(8)
	pause(1)
	es12 := 0
	for _, e := range em12 {
		es12 = (es12 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es12)
	runtime.Gosched()
	return acc
}

func main() {
	gA.P = buildList(3, 1)
	gB.P = buildList(4, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(19, done)
	fns := []func(int) int{w0, w1}
	results := make([]int, len(fns))
	ch := make(chan *Res, 1)
	for i, f := range fns {
		go func(i int, f func(int) int) {
			ch <- &Res{i, f(i)}
		}(i, f)
	}
	for got := 0; got < len(fns); {
		select {
		case r := <-ch:
			results[r.ID] = r.V
			got++
		case <-time.After(63 * time.Microsecond):
		}
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
