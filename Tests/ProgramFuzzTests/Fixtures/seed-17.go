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
	acc = id + 25
	rc1 := make(chan *Node, 1)
	for j := 0; j < 3; j++ {
		go func(j int) {
			rc1 <- &Node{Val: j * 10, Next: buildList(j%4, j)}
		}(j)
	}
	rs1 := 0
	for j := 0; j < 3; j++ {
		nd := <-rc1
		rs1 = (rs1 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs1)
	tk2 := time.NewTicker(14 * time.Microsecond)
	for i := 0; i < 3; i++ {
		<-tk2.C
	}
	tk2.Stop()
	tm2 := time.NewTimer(13 * time.Microsecond)
	<-tm2.C
	acc = mix(acc, 3)
	acc = mix(acc, deep(595, &Node{Val: 52}))
	x4 := &Node{Val: 18, Data: []int{id, 18}}
	hold4 := &Holder{}
	hold4.P = x4
	hold4.V = x4
	x4 = nil
	garbage(18)
	pause(0)
	acc = mix(acc, hold4.P.Val+hold4.V.Value())
	lx5 := id
	for i := 0; i < 7361; i++ {
		lx5 = (lx5*31 + i) % 1000003
	}
	acc = mix(acc, lx5)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 8
	ping6 := make(chan *Node)
	pong6 := make(chan *Node)
	go func() {
		for nd := range ping6 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong6 <- nd
		}
	}()
	pn6 := &Node{Val: 48}
	for i := 0; i < 3; i++ {
		ping6 <- pn6
		pn6 = <-pong6
	}
	close(ping6)
	acc = mix(acc, sumList(pn6))
	sq7 := make(chan *Node, 1)
	ss7 := 0
	for i := 0; i < 11; {
		select {
		case sq7 <- &Node{Val: i * 57}:
			i++
		case nd := <-sq7:
			ss7 = (ss7 + nd.Val) % 1000003
		}
	}
	close(sq7)
	for nd := range sq7 {
		ss7 = (ss7 + nd.Val) % 1000003
	}
	acc = mix(acc, ss7)
	a8 := buildList(21, 19+id)
	b8 := &Holder{}
	b8.P = a8.Next
	a8.Next = nil
	pause(1)
	garbage(45)
	acc = mix(acc, sumList(a8)+sumList(b8.P))
	var rw9 sync.RWMutex
	var wgr9 sync.WaitGroup
	rm9 := map[int]*Node{}
	for j := 0; j < 3; j++ {
		wgr9.Add(2)
		go func(j int) {
			defer wgr9.Done()
			for r := 0; r < 8; r++ {
				rw9.Lock()
				rm9[j] = &Node{Val: r + 15, Next: rm9[j]}
				rw9.Unlock()
				pause(r)
			}
		}(j)
		go func() {
			defer wgr9.Done()
			for r := 0; r < 8; r++ {
				rw9.RLock()
				_ = len(rm9)
				rw9.RUnlock()
				runtime.Gosched()
			}
		}()
	}
	wgr9.Wait()
	for _, l := range rm9 {
		acc = (acc + sumList(l)) % 1000003
	}
	nap(5)
	dp11 := &Node{Val: 47}
	defer func() {
		acc = mix(acc, dp11.Val)
	}()
	return acc
}

func main() {
	gA.P = buildList(1, 1)
	gB.P = buildList(2, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(40, done)
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
