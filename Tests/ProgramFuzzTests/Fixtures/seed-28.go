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
var gSlots [4]*Node
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
	acc = id + 42
	tk1 := time.NewTicker(12 * time.Microsecond)
	for i := 0; i < 1; i++ {
		<-tk1.C
	}
	tk1.Stop()
	tm1 := time.NewTimer(15 * time.Microsecond)
	<-tm1.C
	acc = mix(acc, 1)
	p2 := &Node{Val: 50}
	f2 := func(d int) int {
		p2.Val = (p2.Val + d) % 1009
		return p2.Val
	}
	for i := 0; i < 12; i++ {
		acc = mix(acc, f2(i))
	}
	tk3 := time.NewTicker(5 * time.Microsecond)
	for i := 0; i < 4; i++ {
		<-tk3.C
	}
	tk3.Stop()
	tm3 := time.NewTimer(19 * time.Microsecond)
	<-tm3.C
	acc = mix(acc, 4)
	x4 := &Node{Val: 53, Data: []int{id, 53}}
	hold4 := &Holder{}
	hold4.P = x4
	hold4.V = x4
	x4 = nil
	garbage(55)
	pause(0)
	acc = mix(acc, hold4.P.Val+hold4.V.Value())
	h5 := buildList(5, 72)
	o5 := &Node{Val: id}
	t5 := buildTree(4, 72)
	for i := 0; i < 8; i++ {
		h5.Next, o5.Next = o5.Next, h5.Next
		t5.Left, t5.Right = t5.Right, t5.Left
		if i%4 == 0 {
			pause(i)
		}
		garbage(2)
	}
	acc = mix(acc, sumList(h5)+sumList(o5)+sumTree(t5))
	ping6 := make(chan *Node)
	pong6 := make(chan *Node)
	go func() {
		for nd := range ping6 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong6 <- nd
		}
	}()
	pn6 := &Node{Val: 38}
	for i := 0; i < 8; i++ {
		ping6 <- pn6
		pn6 = <-pong6
	}
	close(ping6)
	acc = mix(acc, sumList(pn6))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 39
	nap(3)
	count(28 + id)
	a9 := buildList(27, 24+id)
	b9 := &Holder{}
	b9.P = a9.Next
	a9.Next = nil
	pause(2)
	garbage(6)
	acc = mix(acc, sumList(a9)+sumList(b9.P))
	runtime.Gosched()
	xs11 := []interface{}{&Node{Val: 3}, id, "s3", Pair{id, 3}, buildList(1, 3)}
	garbage(24)
	for _, x := range xs11 {
		switch v := x.(type) {
		case *Node:
			acc = mix(acc, sumList(v))
		case int:
			acc = mix(acc, v)
		case string:
			acc = mix(acc, len(v))
		case Pair:
			acc = mix(acc, v.Value())
		}
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 41
	fs12 := []func() int{}
	for i := 0; i < 13; i++ {
		q := &Node{Val: i*52 + id}
		fs12 = append(fs12, func() int { return q.Val + id })
	}
	garbage(36)
	for _, f := range fs12 {
		acc = mix(acc, f())
	}
	ping13 := make(chan *Node)
	pong13 := make(chan *Node)
	go func() {
		for nd := range ping13 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong13 <- nd
		}
	}()
	pn13 := &Node{Val: 19}
	for i := 0; i < 6; i++ {
		ping13 <- pn13
		pn13 = <-pong13
	}
	close(ping13)
	acc = mix(acc, sumList(pn13))
	ping14 := make(chan *Node)
	pong14 := make(chan *Node)
	go func() {
		for nd := range ping14 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong14 <- nd
		}
	}()
	pn14 := &Node{Val: 64}
	for i := 0; i < 4; i++ {
		ping14 <- pn14
		pn14 = <-pong14
	}
	close(ping14)
	acc = mix(acc, sumList(pn14))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 5
	runtime.GOMAXPROCS(4)
	gSlots[id] = buildList(5, 44+id)
	l16 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l16
	acc = mix(acc, sumList(gSlots[id]))
	nap(9)
	pc18 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc18 <- 5
			}
		}()
		var np *Node
		pc18 <- np.Val
	}()
	acc = mix(acc, <-pc18)
	count(18 + id)
	return acc
}

func main() {
	gA.P = buildList(4, 1)
	gB.P = buildList(6, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(30, done)
	fns := []func(int) int{w0, w1, w2, w3}
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
