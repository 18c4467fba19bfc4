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
	acc = id + 2
	tc1 := make(chan *Node)
	go func() {
		for i := 0; i < 1; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc1 <- &Node{Val: i + 39}
		}
	}()
	for got := 0; got < 1; {
		select {
		case nd := <-tc1:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(23 * time.Microsecond):
		}
	}
	big2 := make([]int, 4243)
	for i := 0; i < len(big2); i += 163 {
		big2[i] = i % 95
	}
	bs2 := 0
	for _, x := range big2 {
		bs2 += x
	}
	acc = mix(acc, bs2)
	ptrs3 := make([]*Node, 4767)
	for i := 0; i < len(ptrs3); i += 101 {
		ptrs3[i] = &Node{Val: i % 66}
	}
	garbage(9)
	pause(1)
	ps3 := 0
	for i := 0; i < len(ptrs3); i += 101 {
		ps3 = (ps3 + ptrs3[i].Val) % 1000003
	}
	acc = mix(acc, ps3)
	fs4 := []func() int{}
	for i := 0; i < 10; i++ {
		q := &Node{Val: i*66 + id}
		fs4 = append(fs4, func() int { return q.Val + id })
	}
	garbage(24)
	for _, f := range fs4 {
		acc = mix(acc, f())
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 0
	sq5 := make(chan *Node, 3)
	ss5 := 0
	for i := 0; i < 10; {
		select {
		case sq5 <- &Node{Val: i * 18}:
			i++
		case nd := <-sq5:
			ss5 = (ss5 + nd.Val) % 1000003
		}
	}
	close(sq5)
	for nd := range sq5 {
		ss5 = (ss5 + nd.Val) % 1000003
	}
	acc = mix(acc, ss5)
	ch6 := make(chan *Node, 3)
	go func() {
		for i := 0; i < 8; i++ {
			ch6 <- &Node{Val: i*96 + id, Next: buildList(i%3, i)}
		}
		close(ch6)
	}()
	garbage(15)
	for nd := range ch6 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	acc = mix(acc, safeDiv(acc+4, id%2))
	dp8 := &Node{Val: 82}
	defer func() {
		acc = mix(acc, dp8.Val)
	}()
	return acc
}

func w2(id int) (acc int) {
	acc = id + 13
	ptrs9 := make([]*Node, 4977)
	for i := 0; i < len(ptrs9); i += 192 {
		ptrs9[i] = &Node{Val: i % 63}
	}
	garbage(13)
	pause(0)
	ps9 := 0
	for i := 0; i < len(ptrs9); i += 192 {
		ps9 = (ps9 + ptrs9[i].Val) % 1000003
	}
	acc = mix(acc, ps9)
	count(88 + id)
	h11 := buildList(5, 82)
	o11 := &Node{Val: id}
	t11 := buildTree(5, 82)
	for i := 0; i < 6; i++ {
		h11.Next, o11.Next = o11.Next, h11.Next
		t11.Left, t11.Right = t11.Right, t11.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(12)
	}
	acc = mix(acc, sumList(h11)+sumList(o11)+sumTree(t11))
	runtime.GC()
	return acc
}

func w3(id int) (acc int) {
	acc = id + 15
	lx13 := id
	for i := 0; i < 8615; i++ {
		lx13 = (lx13*31 + i) % 1000003
	}
	acc = mix(acc, lx13)
	mp14 := map[int]*Node{}
	for i := 0; i < 7; i++ {
		mp14[i] = &Node{Val: i*86 + id}
	}
	for i := 0; i < 7; i += 3 {
		delete(mp14, i)
	}
	pause(0)
	s14 := 0
	for key, v := range mp14 {
		s14 = (s14 + key*v.Val) % 1000003
	}
	acc = mix(acc, s14+len(mp14))
	mp15 := map[int]*Node{}
	for i := 0; i < 14; i++ {
		mp15[i] = &Node{Val: i*16 + id}
	}
	for i := 0; i < 14; i += 3 {
		delete(mp15, i)
	}
	pause(2)
	s15 := 0
	for key, v := range mp15 {
		s15 = (s15 + key*v.Val) % 1000003
	}
	acc = mix(acc, s15+len(mp15))
	return acc
}

func main() {
	gA.P = buildList(5, 1)
	gB.P = buildList(10, 2)
	for i := 0; i < 0; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(8, done)
	fns := []func(int) int{w0, w1, w2, w3}
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
