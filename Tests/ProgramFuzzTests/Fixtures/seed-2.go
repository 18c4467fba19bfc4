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
var gSlots [5]*Node
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
	dp1 := &Node{Val: 13}
	defer func() {
		acc = mix(acc, dp1.Val)
	}()
	h2 := buildList(16, 57)
	o2 := &Node{Val: id}
	t2 := buildTree(2, 57)
	for i := 0; i < 1; i++ {
		h2.Next, o2.Next = o2.Next, h2.Next
		t2.Left, t2.Right = t2.Right, t2.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(2)
	}
	acc = mix(acc, sumList(h2)+sumList(o2)+sumTree(t2))
	tc3 := make(chan *Node)
	go func() {
		for i := 0; i < 1; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc3 <- &Node{Val: i + 87}
		}
	}()
	for got := 0; got < 1; {
		select {
		case nd := <-tc3:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(2 * time.Microsecond):
		}
	}
	defer addList(buildList(19, 56+id))
	garbage(29)
	defer addList(buildList(8, 63+id))
	garbage(15)
	mp6 := map[int]*Node{}
	for i := 0; i < 6; i++ {
		mp6[i] = &Node{Val: i*50 + id}
	}
	for i := 0; i < 6; i += 2 {
		delete(mp6, i)
	}
	pause(2)
	s6 := 0
	for key, v := range mp6 {
		s6 = (s6 + key*v.Val) % 1000003
	}
	acc = mix(acc, s6+len(mp6))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 6
	a7 := buildList(12, 78+id)
	b7 := &Holder{}
	b7.P = a7.Next
	a7.Next = nil
	pause(0)
	garbage(35)
	acc = mix(acc, sumList(a7)+sumList(b7.P))
	big8 := make([]int, 5182)
	for i := 0; i < len(big8); i += 65 {
		big8[i] = i % 96
	}
	bs8 := 0
	for _, x := range big8 {
		bs8 += x
	}
	acc = mix(acc, bs8)
	rc9 := make(chan *Node, 1)
	for j := 0; j < 30; j++ {
		go func(j int) {
			rc9 <- &Node{Val: j * 23, Next: buildList(j%4, j)}
		}(j)
	}
	rs9 := 0
	for j := 0; j < 30; j++ {
		nd := <-rc9
		rs9 = (rs9 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs9)
	em10 := map[int]Edge{}
	for i := 0; i < 1; i++ {
		em10[i] = Edge{To: &Node{Val: i + 57}, W: i % 5}
	}
	garbage(15)
	pause(1)
	es10 := 0
	for _, e := range em10 {
		es10 = (es10 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es10)
	p11 := &Node{Val: 17}
	f11 := func(d int) int {
		p11.Val = (p11.Val + d) % 1009
		return p11.Val
	}
	for i := 0; i < 16; i++ {
		acc = mix(acc, f11(i))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 3
	l12 := buildList(11, id+52)
	acc = mix(acc, sumList(l12))
	xs13 := []interface{}{&Node{Val: 76}, id, "s76", Pair{id, 76}, buildList(1, 76)}
	garbage(40)
	for _, x := range xs13 {
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
	l14 := buildList(23, id+95)
	acc = mix(acc, sumList(l14))
	ch15 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 18; i++ {
			ch15 <- &Node{Val: i*42 + id, Next: buildList(i%3, i)}
		}
		close(ch15)
	}()
	garbage(18)
	for nd := range ch15 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	a16 := buildList(21, 51+id)
	b16 := &Holder{}
	b16.P = a16.Next
	a16.Next = nil
	pause(2)
	garbage(48)
	acc = mix(acc, sumList(a16)+sumList(b16.P))
	mn17 := &Node{Val: 59, Data: []int{1, 2}}
	mv17 := mn17.Value
	mn17 = nil
	garbage(44)
	pause(2)
	acc = mix(acc, mv17())
	return acc
}

func w3(id int) (acc int) {
	acc = id + 31
	mn18 := &Node{Val: 62, Data: []int{1, 2}}
	mv18 := mn18.Value
	mn18 = nil
	garbage(47)
	pause(0)
	acc = mix(acc, mv18())
	var wg19 sync.WaitGroup
	outs19 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg19.Add(1)
		go func(j int) {
			defer wg19.Done()
			pause(j + 1)
			outs19[j] = buildList(4, j+12)
		}(j)
	}
	wg19.Wait()
	for _, o := range outs19 {
		acc = mix(acc, sumList(o))
	}
	var wg20 sync.WaitGroup
	outs20 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg20.Add(1)
		go func(j int) {
			defer wg20.Done()
			pause(j + 0)
			outs20[j] = buildList(8, j+80)
		}(j)
	}
	wg20.Wait()
	for _, o := range outs20 {
		acc = mix(acc, sumList(o))
	}
	gSlots[id] = buildList(16, 83+id)
	l21 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l21
	acc = mix(acc, sumList(gSlots[id]))
	return acc
}

func w4(id int) (acc int) {
	acc = id + 25
	mp22 := map[int]*Node{}
	for i := 0; i < 29; i++ {
		mp22[i] = &Node{Val: i*42 + id}
	}
	for i := 0; i < 29; i += 3 {
		delete(mp22, i)
	}
	pause(2)
	s22 := 0
	for key, v := range mp22 {
		s22 = (s22 + key*v.Val) % 1000003
	}
	acc = mix(acc, s22+len(mp22))
	mn23 := &Node{Val: 81, Data: []int{1, 2}}
	mv23 := mn23.Value
	mn23 = nil
	garbage(33)
	pause(2)
	acc = mix(acc, mv23())
	tk24 := time.NewTicker(10 * time.Microsecond)
	for i := 0; i < 1; i++ {
		<-tk24.C
	}
	tk24.Stop()
	tm24 := time.NewTimer(11 * time.Microsecond)
	<-tm24.C
	acc = mix(acc, 1)
	mn25 := &Node{Val: 45, Data: []int{1, 2}}
	mv25 := mn25.Value
	mn25 = nil
	garbage(42)
	pause(0)
	acc = mix(acc, mv25())
	pv26 := buildList(6, 23)
	acc = mix(acc, catchNode(func() {
		garbage(9)
		panic(pv26)
	}))
	pv27 := buildList(8, 11)
	acc = mix(acc, catchNode(func() {
		garbage(23)
		panic(pv27)
	}))
	acc = mix(acc, safeDiv(acc+17, id%1))
	return acc
}

func main() {
	gA.P = buildList(1, 1)
	gB.P = buildList(6, 2)
	for i := 0; i < 1; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(19, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
	results := make([]int, len(fns))
	ch := make(chan *Res, 2)
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
		case <-time.After(163 * time.Microsecond):
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
