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
	acc = id + 18
	ch1 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 9; i++ {
			ch1 <- &Node{Val: i*75 + id, Next: buildList(i%3, i)}
		}
		close(ch1)
	}()
	garbage(17)
	for nd := range ch1 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	lx2 := id
	for i := 0; i < 15381; i++ {
		lx2 = (lx2*31 + i) % 1000003
	}
	acc = mix(acc, lx2)
	defer addList(buildList(13, 69+id))
	garbage(7)
	a4 := buildList(16, 33+id)
	b4 := &Holder{}
	b4.P = a4.Next
	a4.Next = nil
	pause(1)
	garbage(45)
	acc = mix(acc, sumList(a4)+sumList(b4.P))
	gMu.Lock()
	gAny = &Node{Val: 54, Next: buildList(4, id)}
	gMu.Unlock()
	return acc
}

func w1(id int) (acc int) {
	acc = id + 28
	ptrs6 := make([]*Node, 4151)
	for i := 0; i < len(ptrs6); i += 78 {
		ptrs6[i] = &Node{Val: i % 64}
	}
	garbage(12)
	pause(0)
	ps6 := 0
	for i := 0; i < len(ptrs6); i += 78 {
		ps6 = (ps6 + ptrs6[i].Val) % 1000003
	}
	acc = mix(acc, ps6)
	gSlots[id] = buildList(1, 3+id)
	l7 := gSlots[id]
	gSlots[id] = nil
	pause(1)
	gSlots[id] = l7
	acc = mix(acc, sumList(gSlots[id]))
	mp8 := map[int]*Node{}
	for i := 0; i < 9; i++ {
		mp8[i] = &Node{Val: i*69 + id}
	}
	for i := 0; i < 9; i += 2 {
		delete(mp8, i)
	}
	pause(0)
	s8 := 0
	for key, v := range mp8 {
		s8 = (s8 + key*v.Val) % 1000003
	}
	acc = mix(acc, s8+len(mp8))
	addTotal(85 * id)
	acc = mix(acc, safeDiv(acc+75, id%3))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 8
	tk11 := time.NewTicker(4 * time.Microsecond)
	for i := 0; i < 3; i++ {
		<-tk11.C
	}
	tk11.Stop()
	tm11 := time.NewTimer(10 * time.Microsecond)
	<-tm11.C
	acc = mix(acc, 3)
	gSlots[id] = buildList(25, 23+id)
	l12 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l12
	acc = mix(acc, sumList(gSlots[id]))
	nap(20)
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(7, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(17, done)
	fns := []func(int) int{w0, w1, w2}
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
