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
	acc = id + 26
	p1 := &Node{Val: 66}
	f1 := func(d int) int {
		p1.Val = (p1.Val + d) % 1009
		return p1.Val
	}
	for i := 0; i < 9; i++ {
		acc = mix(acc, f1(i))
	}
	acc = mix(acc, safeDiv(acc+80, id%1))
	sc3 := make(chan int, 2)
	go func() {
		for i := 0; i < 4; i++ {
			sc3 <- i*45 + garbage(3)
		}
	}()
	for got := 0; got < 4; {
		select {
		case v := <-sc3:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	str4 := ""
	for i := 0; i < 10; i++ {
		str4 += fmt.Sprint(i*65)
	}
	hm4 := &Holder{M: map[int]*Node{}}
	hm4.M[65] = &Node{Val: len(str4)}
	hm4.F = func() int { return hm4.M[65].Val }
	pause(2)
	acc = mix(acc, hm4.F())
	h5 := buildList(19, 58)
	o5 := &Node{Val: id}
	t5 := buildTree(3, 58)
	for i := 0; i < 5; i++ {
		h5.Next, o5.Next = o5.Next, h5.Next
		t5.Left, t5.Right = t5.Right, t5.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(6)
	}
	acc = mix(acc, sumList(h5)+sumList(o5)+sumTree(t5))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 20
	ping6 := make(chan *Node)
	pong6 := make(chan *Node)
	go func() {
		for nd := range ping6 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong6 <- nd
		}
	}()
	pn6 := &Node{Val: 90}
	for i := 0; i < 10; i++ {
		ping6 <- pn6
		pn6 = <-pong6
	}
	close(ping6)
	acc = mix(acc, sumList(pn6))
	mp7 := map[int]*Node{}
	for i := 0; i < 15; i++ {
		mp7[i] = &Node{Val: i*68 + id}
	}
	for i := 0; i < 15; i += 3 {
		delete(mp7, i)
	}
	pause(0)
	s7 := 0
	for key, v := range mp7 {
		s7 = (s7 + key*v.Val) % 1000003
	}
	acc = mix(acc, s7+len(mp7))
	fs8 := []func() int{}
	for i := 0; i < 6; i++ {
		q := &Node{Val: i*7 + id}
		fs8 = append(fs8, func() int { return q.Val + id })
	}
	garbage(17)
	for _, f := range fs8 {
		acc = mix(acc, f())
	}
	mn9 := &Node{Val: 95, Data: []int{1, 2}}
	mv9 := mn9.Value
	mn9 = nil
	garbage(41)
	pause(2)
	acc = mix(acc, mv9())
	return acc
}

func main() {
	gA.P = buildList(1, 1)
	gB.P = buildList(3, 2)
	for i := 0; i < 7; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(23, done)
	fns := []func(int) int{w0, w1}
	results := make([]int, len(fns))
	ch := make(chan Res, 2)
	for i, f := range fns {
		go func(i int, f func(int) int) {
			ch <- Res{i, f(i)}
		}(i, f)
	}
	for k := 0; k < len(fns); k++ {
		r := <-ch
		results[r.ID] = r.V
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
