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
	mp1 := map[int]*Node{}
	for i := 0; i < 21; i++ {
		mp1[i] = &Node{Val: i*86 + id}
	}
	for i := 0; i < 21; i += 3 {
		delete(mp1, i)
	}
	pause(2)
	s1 := 0
	for key, v := range mp1 {
		s1 = (s1 + key*v.Val) % 1000003
	}
	acc = mix(acc, s1+len(mp1))
	ch2 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 17; i++ {
			ch2 <- &Node{Val: i*16 + id, Next: buildList(i%3, i)}
		}
		close(ch2)
	}()
	garbage(11)
	for nd := range ch2 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	runtime.GOMAXPROCS(4)
	dp4 := &Node{Val: 39}
	defer func() {
		acc = mix(acc, dp4.Val)
	}()
	return acc
}

func w1(id int) (acc int) {
	acc = id + 10
	x5 := &Node{Val: 91, Data: []int{id, 91}}
	hold5 := &Holder{}
	hold5.P = x5
	hold5.V = x5
	x5 = nil
	garbage(55)
	pause(1)
	acc = mix(acc, hold5.P.Val+hold5.V.Value())
	xs6 := []interface{}{&Node{Val: 3}, id, "s3", Pair{id, 3}, buildList(4, 3)}
	garbage(17)
	for _, x := range xs6 {
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
	big7 := make([]int, 5669)
	for i := 0; i < len(big7); i += 132 {
		big7[i] = i % 89
	}
	bs7 := 0
	for _, x := range big7 {
		bs7 += x
	}
	acc = mix(acc, bs7)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 47
	tc8 := make(chan *Node)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc8 <- &Node{Val: i + 87}
		}
	}()
	for got := 0; got < 5; {
		select {
		case nd := <-tc8:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(40 * time.Microsecond):
		}
	}
	lx9 := id
	for i := 0; i < 12687; i++ {
		lx9 = (lx9*31 + i) % 1000003
	}
	acc = mix(acc, lx9)
	em10 := map[int]Edge{}
	for i := 0; i < 3; i++ {
		em10[i] = Edge{To: &Node{Val: i + 49}, W: i % 5}
	}
	garbage(33)
	pause(2)
	es10 := 0
	for _, e := range em10 {
		es10 = (es10 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es10)
	t11 := buildTree(2, id+43)
	acc = mix(acc, sumTree(t11))
	mn12 := &Node{Val: 14, Data: []int{1, 2}}
	mv12 := mn12.Value
	mn12 = nil
	garbage(40)
	pause(1)
	acc = mix(acc, mv12())
	x13 := &Node{Val: 23, Data: []int{id, 23}}
	hold13 := &Holder{}
	hold13.P = x13
	hold13.V = x13
	x13 = nil
	garbage(58)
	pause(0)
	acc = mix(acc, hold13.P.Val+hold13.V.Value())
	tc14 := make(chan *Node)
	go func() {
		for i := 0; i < 1; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc14 <- &Node{Val: i + 56}
		}
	}()
	for got := 0; got < 1; {
		select {
		case nd := <-tc14:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(27 * time.Microsecond):
		}
	}
	return acc
}

func w3(id int) (acc int) {
	acc = id + 0
	dp15 := &Node{Val: 96}
	defer func() {
		acc = mix(acc, dp15.Val)
	}()
	m16 := make(map[int][]int)
	for i := 0; i < 23; i++ {
		m16[i%1] = append(m16[i%1], i*14+id)
	}
	s16 := 0
	for key, vs := range m16 {
		s16 += key * len(vs)
		for _, x := range vs {
			s16 = (s16 + x) % 1000003
		}
	}
	acc = mix(acc, s16)
	lx17 := id
	for i := 0; i < 29803; i++ {
		lx17 = (lx17*31 + i) % 1000003
	}
	acc = mix(acc, lx17)
	big18 := make([]int, 4356)
	for i := 0; i < len(big18); i += 97 {
		big18[i] = i % 28
	}
	bs18 := 0
	for _, x := range big18 {
		bs18 += x
	}
	acc = mix(acc, bs18)
	runtime.GC()
	ptrs20 := make([]*Node, 4104)
	for i := 0; i < len(ptrs20); i += 163 {
		ptrs20[i] = &Node{Val: i % 81}
	}
	garbage(23)
	pause(1)
	ps20 := 0
	for i := 0; i < len(ptrs20); i += 163 {
		ps20 = (ps20 + ptrs20[i].Val) % 1000003
	}
	acc = mix(acc, ps20)
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(7, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(18, done)
	fns := []func(int) int{w0, w1, w2, w3}
	results := make([]int, len(fns))
	ch := make(chan *Res, 0)
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
		case <-time.After(6 * time.Microsecond):
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
