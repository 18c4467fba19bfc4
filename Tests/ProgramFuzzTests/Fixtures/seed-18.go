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
	acc = id + 47
	var wg1 sync.WaitGroup
	outs1 := make([]*Node, 4)
	for j := 0; j < 4; j++ {
		wg1.Add(1)
		go func(j int) {
			defer wg1.Done()
			pause(j + 2)
			outs1[j] = buildList(10, j+54)
		}(j)
	}
	wg1.Wait()
	for _, o := range outs1 {
		acc = mix(acc, sumList(o))
	}
	rc2 := make(chan *Node, 0)
	for j := 0; j < 9; j++ {
		go func(j int) {
			rc2 <- &Node{Val: j * 69, Next: buildList(j%4, j)}
		}(j)
	}
	rs2 := 0
	for j := 0; j < 9; j++ {
		nd := <-rc2
		rs2 = (rs2 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs2)
	a3 := buildList(10, 88+id)
	b3 := &Holder{}
	b3.P = a3.Next
	a3.Next = nil
	pause(1)
	garbage(8)
	acc = mix(acc, sumList(a3)+sumList(b3.P))
	defer addList(buildList(17, 89+id))
	garbage(16)
	dp5 := &Node{Val: 72}
	defer func() {
		acc = mix(acc, dp5.Val)
	}()
	sq6 := make(chan *Node, 1)
	ss6 := 0
	for i := 0; i < 11; {
		select {
		case sq6 <- &Node{Val: i * 3}:
			i++
		case nd := <-sq6:
			ss6 = (ss6 + nd.Val) % 1000003
		}
	}
	close(sq6)
	for nd := range sq6 {
		ss6 = (ss6 + nd.Val) % 1000003
	}
	acc = mix(acc, ss6)
	mp7 := map[int]*Node{}
	for i := 0; i < 10; i++ {
		mp7[i] = &Node{Val: i*18 + id}
	}
	for i := 0; i < 10; i += 3 {
		delete(mp7, i)
	}
	pause(0)
	s7 := 0
	for key, v := range mp7 {
		s7 = (s7 + key*v.Val) % 1000003
	}
	acc = mix(acc, s7+len(mp7))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 2
	pv8 := buildList(1, 45)
	acc = mix(acc, catchNode(func() {
		garbage(10)
		panic(pv8)
	}))
	nap(26)
	ping10 := make(chan *Node)
	pong10 := make(chan *Node)
	go func() {
		for nd := range ping10 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong10 <- nd
		}
	}()
	pn10 := &Node{Val: 41}
	for i := 0; i < 8; i++ {
		ping10 <- pn10
		pn10 = <-pong10
	}
	close(ping10)
	acc = mix(acc, sumList(pn10))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 3
	var ea11 [3]Edge
	for i := range ea11 {
		ea11[i] = Edge{To: &Node{Val: i + 77}, W: i + 1}
	}
	eb11 := ea11
	ea11[1].To = nil
	garbage(31)
	pause(1)
	for _, e := range eb11 {
		acc = mix(acc, e.To.Val*e.W)
	}
	ch12 := make(chan *Node, 3)
	go func() {
		for i := 0; i < 9; i++ {
			ch12 <- &Node{Val: i*90 + id, Next: buildList(i%3, i)}
		}
		close(ch12)
	}()
	garbage(15)
	for nd := range ch12 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	count(36 + id)
	tk14 := time.NewTicker(4 * time.Microsecond)
	for i := 0; i < 1; i++ {
		<-tk14.C
	}
	tk14.Stop()
	tm14 := time.NewTimer(5 * time.Microsecond)
	<-tm14.C
	acc = mix(acc, 1)
	runtime.Gosched()
	acc = mix(acc, deep(566, &Node{Val: 97}))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 9
	acc = mix(acc, sumList(onceList()))
	tc18 := make(chan *Node)
	go func() {
		for i := 0; i < 8; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc18 <- &Node{Val: i + 62}
		}
	}()
	for got := 0; got < 8; {
		select {
		case nd := <-tc18:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(3 * time.Microsecond):
		}
	}
	lx19 := id
	for i := 0; i < 21376; i++ {
		lx19 = (lx19*31 + i) % 1000003
	}
	acc = mix(acc, lx19)
	x20 := &Node{Val: 21, Data: []int{id, 21}}
	hold20 := &Holder{}
	hold20.P = x20
	hold20.V = x20
	x20 = nil
	garbage(45)
	pause(1)
	acc = mix(acc, hold20.P.Val+hold20.V.Value())
	return acc
}

func w4(id int) (acc int) {
	acc = id + 22
	em21 := map[int]Edge{}
	for i := 0; i < 10; i++ {
		em21[i] = Edge{To: &Node{Val: i + 7}, W: i % 5}
	}
	garbage(35)
	pause(2)
	es21 := 0
	for _, e := range em21 {
		es21 = (es21 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es21)
	sc22 := make(chan int, 3)
	go func() {
		for i := 0; i < 5; i++ {
			sc22 <- i*75 + garbage(3)
		}
	}()
	for got := 0; got < 5; {
		select {
		case v := <-sc22:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	a23 := buildList(6, 56+id)
	b23 := &Holder{}
	b23.P = a23.Next
	a23.Next = nil
	pause(2)
	garbage(42)
	acc = mix(acc, sumList(a23)+sumList(b23.P))
	return acc
}

func main() {
	gA.P = buildList(1, 1)
	gB.P = buildList(3, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(33, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
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
