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
	acc = id + 49
	p1 := &Node{Val: 69}
	f1 := func(d int) int {
		p1.Val = (p1.Val + d) % 1009
		return p1.Val
	}
	for i := 0; i < 18; i++ {
		acc = mix(acc, f1(i))
	}
	t2 := buildTree(5, id+3)
	acc = mix(acc, sumTree(t2))
	m3 := make(map[int][]int)
	for i := 0; i < 15; i++ {
		m3[i%1] = append(m3[i%1], i*34+id)
	}
	s3 := 0
	for key, vs := range m3 {
		s3 += key * len(vs)
		for _, x := range vs {
			s3 = (s3 + x) % 1000003
		}
	}
	acc = mix(acc, s3)
	a4 := buildList(11, 21+id)
	b4 := &Holder{}
	b4.P = a4.Next
	a4.Next = nil
	pause(0)
	garbage(37)
	acc = mix(acc, sumList(a4)+sumList(b4.P))
	rc5 := make(chan *Node, 2)
	for j := 0; j < 21; j++ {
		go func(j int) {
			rc5 <- &Node{Val: j * 41, Next: buildList(j%4, j)}
		}(j)
	}
	rs5 := 0
	for j := 0; j < 21; j++ {
		nd := <-rc5
		rs5 = (rs5 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs5)
	acc = mix(acc, sumList(onceList()))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 0
	mn7 := &Node{Val: 82, Data: []int{1, 2}}
	mv7 := mn7.Value
	mn7 = nil
	garbage(38)
	pause(2)
	acc = mix(acc, mv7())
	ptrs8 := make([]*Node, 4656)
	for i := 0; i < len(ptrs8); i += 114 {
		ptrs8[i] = &Node{Val: i % 80}
	}
	garbage(27)
	pause(0)
	ps8 := 0
	for i := 0; i < len(ptrs8); i += 114 {
		ps8 = (ps8 + ptrs8[i].Val) % 1000003
	}
	acc = mix(acc, ps8)
	str9 := ""
	for i := 0; i < 10; i++ {
		str9 += fmt.Sprint(i*30)
	}
	hm9 := &Holder{M: map[int]*Node{}}
	hm9.M[30] = &Node{Val: len(str9)}
	hm9.F = func() int { return hm9.M[30].Val }
	pause(0)
	acc = mix(acc, hm9.F())
	return acc
}

func w2(id int) (acc int) {
	acc = id + 33
	pc10 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc10 <- 22
			}
		}()
		var np *Node
		pc10 <- np.Val
	}()
	acc = mix(acc, <-pc10)
	mn11 := &Node{Val: 30, Data: []int{1, 2}}
	mv11 := mn11.Value
	mn11 = nil
	garbage(26)
	pause(1)
	acc = mix(acc, mv11())
	sc12 := make(chan int, 3)
	go func() {
		for i := 0; i < 5; i++ {
			sc12 <- i*26 + garbage(3)
		}
	}()
	for got := 0; got < 5; {
		select {
		case v := <-sc12:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	tk13 := time.NewTicker(6 * time.Microsecond)
	for i := 0; i < 2; i++ {
		<-tk13.C
	}
	tk13.Stop()
	tm13 := time.NewTimer(3 * time.Microsecond)
	<-tm13.C
	acc = mix(acc, 2)
	p14 := &Node{Val: 38}
	f14 := func(d int) int {
		p14.Val = (p14.Val + d) % 1009
		return p14.Val
	}
	for i := 0; i < 13; i++ {
		acc = mix(acc, f14(i))
	}
	ch15 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 17; i++ {
			ch15 <- &Node{Val: i*28 + id, Next: buildList(i%3, i)}
		}
		close(ch15)
	}()
	garbage(18)
	for nd := range ch15 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func main() {
	gA.P = buildList(7, 1)
	gB.P = buildList(7, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(4, done)
	fns := []func(int) int{w0, w1, w2}
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
		case <-time.After(45 * time.Microsecond):
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
