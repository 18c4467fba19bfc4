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
var gSlots [2]*Node
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
	acc = id + 16
	m1 := make(map[int][]int)
	for i := 0; i < 13; i++ {
		m1[i%2] = append(m1[i%2], i*25+id)
	}
	s1 := 0
	for key, vs := range m1 {
		s1 += key * len(vs)
		for _, x := range vs {
			s1 = (s1 + x) % 1000003
		}
	}
	acc = mix(acc, s1)
	src2 := make([]*Node, 27)
	for i := range src2 {
		src2[i] = &Node{Val: i * 75}
	}
	dst2 := make([]*Node, 27/2+1)
	copy(dst2, src2[27/3:])
	al2 := src2[:27/2]
	al2 = append(al2, &Node{Val: 75})
	src2 = nil
	garbage(26)
	pause(0)
	cs2 := 0
	for _, p := range dst2 {
		if p != nil {
			cs2 = (cs2 + p.Val) % 1000003
		}
	}
	for _, p := range al2 {
		cs2 = (cs2 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs2)
	big3 := make([]int, 5812)
	for i := 0; i < len(big3); i += 125 {
		big3[i] = i % 7
	}
	bs3 := 0
	for _, x := range big3 {
		bs3 += x
	}
	acc = mix(acc, bs3)
	ping4 := make(chan *Node)
	pong4 := make(chan *Node)
	go func() {
		for nd := range ping4 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong4 <- nd
		}
	}()
	pn4 := &Node{Val: 42}
	for i := 0; i < 6; i++ {
		ping4 <- pn4
		pn4 = <-pong4
	}
	close(ping4)
	acc = mix(acc, sumList(pn4))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 34
	a5 := buildList(2, 87+id)
	b5 := &Holder{}
	b5.P = a5.Next
	a5.Next = nil
	pause(0)
	garbage(32)
	acc = mix(acc, sumList(a5)+sumList(b5.P))
	addTotal(67 * id)
	pc7 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc7 <- 65
			}
		}()
		var np *Node
		pc7 <- np.Val
	}()
	acc = mix(acc, <-pc7)
	runtime.GOMAXPROCS(2)
	t9 := buildTree(3, id+54)
	acc = mix(acc, sumTree(t9))
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(3, 2)
	for i := 0; i < 4; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(4, done)
	fns := []func(int) int{w0, w1}
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
		case <-time.After(193 * time.Microsecond):
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
