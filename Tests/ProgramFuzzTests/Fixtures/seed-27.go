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
	tk1 := time.NewTicker(17 * time.Microsecond)
	for i := 0; i < 4; i++ {
		<-tk1.C
	}
	tk1.Stop()
	tm1 := time.NewTimer(15 * time.Microsecond)
	<-tm1.C
	acc = mix(acc, 4)
	h2 := buildList(12, 22)
	o2 := &Node{Val: id}
	t2 := buildTree(4, 22)
	for i := 0; i < 10; i++ {
		h2.Next, o2.Next = o2.Next, h2.Next
		t2.Left, t2.Right = t2.Right, t2.Left
		if i%4 == 0 {
			pause(i)
		}
		garbage(6)
	}
	acc = mix(acc, sumList(h2)+sumList(o2)+sumTree(t2))
	nap(18)
	acc = mix(acc, deep(541, &Node{Val: 56}))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 39
	p5 := &Node{Val: 65}
	f5 := func(d int) int {
		p5.Val = (p5.Val + d) % 1009
		return p5.Val
	}
	for i := 0; i < 19; i++ {
		acc = mix(acc, f5(i))
	}
	ch6 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 16; i++ {
			ch6 <- &Node{Val: i*62 + id, Next: buildList(i%3, i)}
		}
		close(ch6)
	}()
	garbage(23)
	for nd := range ch6 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	nap(28)
	p8 := &Node{Val: 20}
	f8 := func(d int) int {
		p8.Val = (p8.Val + d) % 1009
		return p8.Val
	}
	for i := 0; i < 5; i++ {
		acc = mix(acc, f8(i))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 5
	addTotal(35 * id)
	gSlots[id] = buildList(10, 70+id)
	l10 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l10
	acc = mix(acc, sumList(gSlots[id]))
	gSlots[id] = buildList(13, 8+id)
	l11 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l11
	acc = mix(acc, sumList(gSlots[id]))
	tc12 := make(chan *Node)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc12 <- &Node{Val: i + 17}
		}
	}()
	for got := 0; got < 5; {
		select {
		case nd := <-tc12:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(23 * time.Microsecond):
		}
	}
	lx13 := id
	for i := 0; i < 9669; i++ {
		lx13 = (lx13*31 + i) % 1000003
	}
	acc = mix(acc, lx13)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 7
	var ea14 [3]Edge
	for i := range ea14 {
		ea14[i] = Edge{To: &Node{Val: i + 97}, W: i + 1}
	}
	eb14 := ea14
	ea14[1].To = nil
	garbage(11)
	pause(2)
	for _, e := range eb14 {
		acc = mix(acc, e.To.Val*e.W)
	}
	var mu15 sync.Mutex
	var wgm15 sync.WaitGroup
	var shared15 *Node
	for j := 0; j < 8; j++ {
		wgm15.Add(1)
		go func(j int) {
			defer wgm15.Done()
			for r := 0; r < 2; r++ {
				mu15.Lock()
				shared15 = &Node{Val: j*10 + r, Next: shared15}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu15.Unlock()
			}
		}(j)
	}
	wgm15.Wait()
	ms15 := 0
	for p := shared15; p != nil; p = p.Next {
		ms15 = (ms15 + p.Val) % 1000003
	}
	acc = mix(acc, ms15)
	var vs16 []Valuer
	for i := 0; i < 20; i++ {
		if i%3 == 0 {
			vs16 = append(vs16, &Node{Val: i + 9, Data: make([]int, i%3)})
		} else {
			vs16 = append(vs16, Pair{i, 9})
		}
	}
	pause(1)
	for _, v := range vs16 {
		acc = mix(acc, v.Value())
	}
	em17 := map[int]Edge{}
	for i := 0; i < 8; i++ {
		em17[i] = Edge{To: &Node{Val: i + 31}, W: i % 5}
	}
	garbage(25)
	pause(0)
	es17 := 0
	for _, e := range em17 {
		es17 = (es17 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es17)
	acc = mix(acc, deep(304, &Node{Val: 23}))
	ping19 := make(chan *Node)
	pong19 := make(chan *Node)
	go func() {
		for nd := range ping19 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong19 <- nd
		}
	}()
	pn19 := &Node{Val: 38}
	for i := 0; i < 1; i++ {
		ping19 <- pn19
		pn19 = <-pong19
	}
	close(ping19)
	acc = mix(acc, sumList(pn19))
	runtime.GOMAXPROCS(3)
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(9, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(11, done)
	fns := []func(int) int{w0, w1, w2, w3}
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
