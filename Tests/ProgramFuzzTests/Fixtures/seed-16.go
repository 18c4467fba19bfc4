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
	p1 := &Node{Val: 24}
	f1 := func(d int) int {
		p1.Val = (p1.Val + d) % 1009
		return p1.Val
	}
	for i := 0; i < 17; i++ {
		acc = mix(acc, f1(i))
	}
	ch2 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 19; i++ {
			ch2 <- &Node{Val: i*54 + id, Next: buildList(i%3, i)}
		}
		close(ch2)
	}()
	garbage(28)
	for nd := range ch2 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	runtime.GC()
	return acc
}

func w1(id int) (acc int) {
	acc = id + 45
	a4 := buildList(24, 40+id)
	b4 := &Holder{}
	b4.P = a4.Next
	a4.Next = nil
	pause(0)
	garbage(21)
	acc = mix(acc, sumList(a4)+sumList(b4.P))
	defer addList(buildList(7, 55+id))
	garbage(13)
	tk6 := time.NewTicker(16 * time.Microsecond)
	for i := 0; i < 1; i++ {
		<-tk6.C
	}
	tk6.Stop()
	tm6 := time.NewTimer(10 * time.Microsecond)
	<-tm6.C
	acc = mix(acc, 1)
	ptrs7 := make([]*Node, 4363)
	for i := 0; i < len(ptrs7); i += 168 {
		ptrs7[i] = &Node{Val: i % 54}
	}
	garbage(38)
	pause(2)
	ps7 := 0
	for i := 0; i < len(ptrs7); i += 168 {
		ps7 = (ps7 + ptrs7[i].Val) % 1000003
	}
	acc = mix(acc, ps7)
	var vs8 []Valuer
	for i := 0; i < 13; i++ {
		if i%2 == 0 {
			vs8 = append(vs8, &Node{Val: i + 64, Data: make([]int, i%3)})
		} else {
			vs8 = append(vs8, Pair{i, 64})
		}
	}
	pause(1)
	for _, v := range vs8 {
		acc = mix(acc, v.Value())
	}
	mp9 := map[int]*Node{}
	for i := 0; i < 6; i++ {
		mp9[i] = &Node{Val: i*8 + id}
	}
	for i := 0; i < 6; i += 3 {
		delete(mp9, i)
	}
	pause(1)
	s9 := 0
	for key, v := range mp9 {
		s9 = (s9 + key*v.Val) % 1000003
	}
	acc = mix(acc, s9+len(mp9))
	count(88 + id)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 22
	lx11 := id
	for i := 0; i < 28165; i++ {
		lx11 = (lx11*31 + i) % 1000003
	}
	acc = mix(acc, lx11)
	pv12 := buildList(4, 25)
	acc = mix(acc, catchNode(func() {
		garbage(17)
		panic(pv12)
	}))
	big13 := make([]int, 4654)
	for i := 0; i < len(big13); i += 71 {
		big13[i] = i % 37
	}
	bs13 := 0
	for _, x := range big13 {
		bs13 += x
	}
	acc = mix(acc, bs13)
	big14 := make([]int, 5023)
	for i := 0; i < len(big14); i += 300 {
		big14[i] = i % 59
	}
	bs14 := 0
	for _, x := range big14 {
		bs14 += x
	}
	acc = mix(acc, bs14)
	nap(20)
	t16 := buildTree(4, id+73)
	acc = mix(acc, sumTree(t16))
	return acc
}

func main() {
	gA.P = buildList(10, 1)
	gB.P = buildList(6, 2)
	for i := 0; i < 3; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(32, done)
	fns := []func(int) int{w0, w1, w2}
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
