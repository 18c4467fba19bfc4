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
	acc = id + 6
	str1 := ""
	for i := 0; i < 7; i++ {
		str1 += fmt.Sprint(i*55)
	}
	hm1 := &Holder{M: map[int]*Node{}}
	hm1.M[55] = &Node{Val: len(str1)}
	hm1.F = func() int { return hm1.M[55].Val }
	pause(1)
	acc = mix(acc, hm1.F())
	ptrs2 := make([]*Node, 4436)
	for i := 0; i < len(ptrs2); i += 74 {
		ptrs2[i] = &Node{Val: i % 75}
	}
	garbage(8)
	pause(2)
	ps2 := 0
	for i := 0; i < len(ptrs2); i += 74 {
		ps2 = (ps2 + ptrs2[i].Val) % 1000003
	}
	acc = mix(acc, ps2)
	var rw3 sync.RWMutex
	var wgr3 sync.WaitGroup
	rm3 := map[int]*Node{}
	for j := 0; j < 2; j++ {
		wgr3.Add(2)
		go func(j int) {
			defer wgr3.Done()
			for r := 0; r < 8; r++ {
				rw3.Lock()
				rm3[j] = &Node{Val: r + 94, Next: rm3[j]}
				rw3.Unlock()
				pause(r)
			}
		}(j)
		go func() {
			defer wgr3.Done()
			for r := 0; r < 8; r++ {
				rw3.RLock()
				_ = len(rm3)
				rw3.RUnlock()
				runtime.Gosched()
			}
		}()
	}
	wgr3.Wait()
	for _, l := range rm3 {
		acc = (acc + sumList(l)) % 1000003
	}
	var ea4 [3]Edge
	for i := range ea4 {
		ea4[i] = Edge{To: &Node{Val: i + 14}, W: i + 1}
	}
	eb4 := ea4
	ea4[1].To = nil
	garbage(10)
	pause(1)
	for _, e := range eb4 {
		acc = mix(acc, e.To.Val*e.W)
	}
	m5 := make(map[int][]int)
	for i := 0; i < 13; i++ {
		m5[i%5] = append(m5[i%5], i*18+id)
	}
	s5 := 0
	for key, vs := range m5 {
		s5 += key * len(vs)
		for _, x := range vs {
			s5 = (s5 + x) % 1000003
		}
	}
	acc = mix(acc, s5)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 35
	ch6 := make(chan *Node, 3)
	go func() {
		for i := 0; i < 20; i++ {
			ch6 <- &Node{Val: i*39 + id, Next: buildList(i%3, i)}
		}
		close(ch6)
	}()
	garbage(8)
	for nd := range ch6 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	l7 := buildList(8, id+15)
	acc = mix(acc, sumList(l7))
	ping8 := make(chan *Node)
	pong8 := make(chan *Node)
	go func() {
		for nd := range ping8 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong8 <- nd
		}
	}()
	pn8 := &Node{Val: 31}
	for i := 0; i < 4; i++ {
		ping8 <- pn8
		pn8 = <-pong8
	}
	close(ping8)
	acc = mix(acc, sumList(pn8))
	time.Sleep(12 * time.Microsecond)
	var vs10 []Valuer
	for i := 0; i < 3; i++ {
		if i%3 == 0 {
			vs10 = append(vs10, &Node{Val: i + 61, Data: make([]int, i%3)})
		} else {
			vs10 = append(vs10, Pair{i, 61})
		}
	}
	pause(2)
	for _, v := range vs10 {
		acc = mix(acc, v.Value())
	}
	tc11 := make(chan *Node)
	go func() {
		for i := 0; i < 2; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc11 <- &Node{Val: i + 8}
		}
	}()
	for got := 0; got < 2; {
		select {
		case nd := <-tc11:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(21 * time.Microsecond):
		}
	}
	x12 := &Node{Val: 10, Data: []int{id, 10}}
	hold12 := &Holder{}
	hold12.P = x12
	hold12.V = x12
	x12 = nil
	garbage(71)
	pause(1)
	acc = mix(acc, hold12.P.Val+hold12.V.Value())
	return acc
}

func w2(id int) (acc int) {
	acc = id + 29
	ping13 := make(chan *Node)
	pong13 := make(chan *Node)
	go func() {
		for nd := range ping13 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong13 <- nd
		}
	}()
	pn13 := &Node{Val: 26}
	for i := 0; i < 2; i++ {
		ping13 <- pn13
		pn13 = <-pong13
	}
	close(ping13)
	acc = mix(acc, sumList(pn13))
	sc14 := make(chan int, 2)
	go func() {
		for i := 0; i < 9; i++ {
			sc14 <- i*43 + garbage(3)
		}
	}()
	for got := 0; got < 9; {
		select {
		case v := <-sc14:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	count(68 + id)
	ping16 := make(chan *Node)
	pong16 := make(chan *Node)
	go func() {
		for nd := range ping16 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong16 <- nd
		}
	}()
	pn16 := &Node{Val: 5}
	for i := 0; i < 8; i++ {
		ping16 <- pn16
		pn16 = <-pong16
	}
	close(ping16)
	acc = mix(acc, sumList(pn16))
	return acc
}

func main() {
	gA.P = buildList(9, 1)
	gB.P = buildList(1, 2)
	for i := 0; i < 6; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(38, done)
	fns := []func(int) int{w0, w1, w2}
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
