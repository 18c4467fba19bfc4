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
	acc = id + 40
	big1 := make([]int, 4203)
	for i := 0; i < len(big1); i += 132 {
		big1[i] = i % 10
	}
	bs1 := 0
	for _, x := range big1 {
		bs1 += x
	}
	acc = mix(acc, bs1)
	runtime.GOMAXPROCS(3)
	acc = mix(acc, safeDiv(acc+64, id%2))
	runtime.Gosched()
	p5 := &Node{Val: 24}
	f5 := func(d int) int {
		p5.Val = (p5.Val + d) % 1009
		return p5.Val
	}
	for i := 0; i < 5; i++ {
		acc = mix(acc, f5(i))
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 23
	ping6 := make(chan *Node)
	pong6 := make(chan *Node)
	go func() {
		for nd := range ping6 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong6 <- nd
		}
	}()
	pn6 := &Node{Val: 19}
	for i := 0; i < 8; i++ {
		ping6 <- pn6
		pn6 = <-pong6
	}
	close(ping6)
	acc = mix(acc, sumList(pn6))
	dp7 := &Node{Val: 48}
	defer func() {
		acc = mix(acc, dp7.Val)
	}()
	big8 := make([]int, 5418)
	for i := 0; i < len(big8); i += 266 {
		big8[i] = i % 24
	}
	bs8 := 0
	for _, x := range big8 {
		bs8 += x
	}
	acc = mix(acc, bs8)
	var vs9 []Valuer
	for i := 0; i < 5; i++ {
		if i%3 == 0 {
			vs9 = append(vs9, &Node{Val: i + 11, Data: make([]int, i%3)})
		} else {
			vs9 = append(vs9, Pair{i, 11})
		}
	}
	pause(1)
	for _, v := range vs9 {
		acc = mix(acc, v.Value())
	}
	fs10 := []func() int{}
	for i := 0; i < 15; i++ {
		q := &Node{Val: i*85 + id}
		fs10 = append(fs10, func() int { return q.Val + id })
	}
	garbage(48)
	for _, f := range fs10 {
		acc = mix(acc, f())
	}
	tc11 := make(chan *Node)
	go func() {
		for i := 0; i < 6; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc11 <- &Node{Val: i + 89}
		}
	}()
	for got := 0; got < 6; {
		select {
		case nd := <-tc11:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(8 * time.Microsecond):
		}
	}
	return acc
}

func main() {
	gA.P = buildList(4, 1)
	gB.P = buildList(2, 2)
	for i := 0; i < 0; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(5, done)
	fns := []func(int) int{w0, w1}
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
