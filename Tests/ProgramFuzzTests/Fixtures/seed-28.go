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
	acc = id + 13
	pc1 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc1 <- 26
			}
		}()
		var np *Node
		pc1 <- np.Val
	}()
	acc = mix(acc, <-pc1)
	runtime.GOMAXPROCS(3)
	p3 := &Node{Val: 50}
	f3 := func(d int) int {
		p3.Val = (p3.Val + d) % 1009
		return p3.Val
	}
	for i := 0; i < 12; i++ {
		acc = mix(acc, f3(i))
	}
	pc4 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc4 <- 80
			}
		}()
		var np *Node
		pc4 <- np.Val
	}()
	acc = mix(acc, <-pc4)
	a5 := buildList(29, 88+id)
	b5 := &Holder{}
	b5.P = a5.Next
	a5.Next = nil
	pause(1)
	garbage(18)
	acc = mix(acc, sumList(a5)+sumList(b5.P))
	p6 := &Node{Val: 63}
	f6 := func(d int) int {
		p6.Val = (p6.Val + d) % 1009
		return p6.Val
	}
	for i := 0; i < 15; i++ {
		acc = mix(acc, f6(i))
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 4
	nap(29)
	sc8 := make(chan int, 3)
	go func() {
		for i := 0; i < 6; i++ {
			sc8 <- i*5 + garbage(3)
		}
	}()
	for got := 0; got < 6; {
		select {
		case v := <-sc8:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	runtime.GOMAXPROCS(4)
	mp10 := map[int]*Node{}
	for i := 0; i < 10; i++ {
		mp10[i] = &Node{Val: i*78 + id}
	}
	for i := 0; i < 10; i += 3 {
		delete(mp10, i)
	}
	pause(0)
	s10 := 0
	for key, v := range mp10 {
		s10 = (s10 + key*v.Val) % 1000003
	}
	acc = mix(acc, s10+len(mp10))
	fc11 := make(chan func() int, 0)
	go func() {
		for i := 0; i < 9; i++ {
			cn := &Node{Val: i + 23, Next: buildList(i%3, i)}
			fc11 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc11)
	}()
	garbage(25)
	for f := range fc11 {
		acc = mix(acc, f())
	}
	fs12 := []func() int{}
	for i := 0; i < 1; i++ {
		q := &Node{Val: i*95 + id}
		fs12 = append(fs12, func() int { return q.Val + id })
	}
	garbage(17)
	for _, f := range fs12 {
		acc = mix(acc, f())
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 48
	m13 := make(map[int][]int)
	for i := 0; i < 16; i++ {
		m13[i%1] = append(m13[i%1], i*78+id)
	}
	s13 := 0
	for key, vs := range m13 {
		s13 += key * len(vs)
		for _, x := range vs {
			s13 = (s13 + x) % 1000003
		}
	}
	acc = mix(acc, s13)
	runtime.GOMAXPROCS(1)
	runtime.GOMAXPROCS(3)
	defer addList(buildList(17, 51+id))
	garbage(25)
	count(22 + id)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 13
	xs18 := []interface{}{&Node{Val: 31}, id, "s31", Pair{id, 31}, buildList(1, 31)}
	garbage(30)
	for _, x := range xs18 {
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
	gSlots[id] = buildList(2, 78+id)
	l19 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l19
	acc = mix(acc, sumList(gSlots[id]))
	mn20 := &Node{Val: 18, Data: []int{1, 2}}
	mv20 := mn20.Value
	mn20 = nil
	garbage(15)
	pause(1)
	acc = mix(acc, mv20())
	defer addList(buildList(15, 54+id))
	garbage(14)
	tc22 := make(chan *Node)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc22 <- &Node{Val: i + 94}
		}
	}()
	for got := 0; got < 5; {
		select {
		case nd := <-tc22:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(43 * time.Microsecond):
		}
	}
	return acc
}

func main() {
	gA.P = buildList(1, 1)
	gB.P = buildList(1, 2)
	for i := 0; i < 3; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(34, done)
	fns := []func(int) int{w0, w1, w2, w3}
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
		case <-time.After(53 * time.Microsecond):
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
