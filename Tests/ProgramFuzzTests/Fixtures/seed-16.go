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
	acc = id + 13
	mp1 := map[int]*Node{}
	for i := 0; i < 26; i++ {
		mp1[i] = &Node{Val: i*24 + id}
	}
	for i := 0; i < 26; i += 3 {
		delete(mp1, i)
	}
	pause(1)
	s1 := 0
	for key, v := range mp1 {
		s1 = (s1 + key*v.Val) % 1000003
	}
	acc = mix(acc, s1+len(mp1))
	p2 := &Node{Val: 92}
	f2 := func(d int) int {
		p2.Val = (p2.Val + d) % 1009
		return p2.Val
	}
	for i := 0; i < 19; i++ {
		acc = mix(acc, f2(i))
	}
	runtime.GC()
	return acc
}

func w1(id int) (acc int) {
	acc = id + 35
	xs4 := []interface{}{&Node{Val: 40}, id, "s40", Pair{id, 40}, buildList(4, 40)}
	garbage(5)
	for _, x := range xs4 {
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
	big5 := make([]int, 4716)
	for i := 0; i < len(big5); i += 130 {
		big5[i] = i % 35
	}
	bs5 := 0
	for _, x := range big5 {
		bs5 += x
	}
	acc = mix(acc, bs5)
	em6 := map[int]Edge{}
	for i := 0; i < 15; i++ {
		em6[i] = Edge{To: &Node{Val: i + 24}, W: i % 5}
	}
	garbage(9)
	pause(2)
	es6 := 0
	for _, e := range em6 {
		es6 = (es6 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es6)
	big7 := make([]int, 5260)
	for i := 0; i < len(big7); i += 123 {
		big7[i] = i % 45
	}
	bs7 := 0
	for _, x := range big7 {
		bs7 += x
	}
	acc = mix(acc, bs7)
	lx8 := id
	for i := 0; i < 27736; i++ {
		lx8 = (lx8*31 + i) % 1000003
	}
	acc = mix(acc, lx8)
	fs9 := []func() int{}
	for i := 0; i < 8; i++ {
		q := &Node{Val: i*64 + id}
		fs9 = append(fs9, func() int { return q.Val + id })
	}
	garbage(28)
	for _, f := range fs9 {
		acc = mix(acc, f())
	}
	m10 := make(map[int][]int)
	for i := 0; i < 3; i++ {
		m10[i%2] = append(m10[i%2], i*55+id)
	}
	s10 := 0
	for key, vs := range m10 {
		s10 += key * len(vs)
		for _, x := range vs {
			s10 = (s10 + x) % 1000003
		}
	}
	acc = mix(acc, s10)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 49
	runtime.GOMAXPROCS(4)
	big12 := make([]int, 5614)
	for i := 0; i < len(big12); i += 284 {
		big12[i] = i % 61
	}
	bs12 := 0
	for _, x := range big12 {
		bs12 += x
	}
	acc = mix(acc, bs12)
	lx13 := id
	for i := 0; i < 14003; i++ {
		lx13 = (lx13*31 + i) % 1000003
	}
	acc = mix(acc, lx13)
	defer addList(buildList(10, 49+id))
	garbage(15)
	str15 := ""
	for i := 0; i < 5; i++ {
		str15 += fmt.Sprint(i*9)
	}
	hm15 := &Holder{M: map[int]*Node{}}
	hm15.M[9] = &Node{Val: len(str15)}
	hm15.F = func() int { return hm15.M[9].Val }
	pause(1)
	acc = mix(acc, hm15.F())
	return acc
}

func main() {
	gA.P = buildList(3, 1)
	gB.P = buildList(7, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(30, done)
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
