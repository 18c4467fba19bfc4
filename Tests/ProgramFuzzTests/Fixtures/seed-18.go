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
	sc1 := make(chan int, 3)
	go func() {
		for i := 0; i < 7; i++ {
			sc1 <- i*54 + garbage(3)
		}
	}()
	for got := 0; got < 7; {
		select {
		case v := <-sc1:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	ptrs2 := make([]*Node, 4610)
	for i := 0; i < len(ptrs2); i += 54 {
		ptrs2[i] = &Node{Val: i % 95}
	}
	garbage(10)
	pause(2)
	ps2 := 0
	for i := 0; i < len(ptrs2); i += 54 {
		ps2 = (ps2 + ptrs2[i].Val) % 1000003
	}
	acc = mix(acc, ps2)
	x3 := &Node{Val: 19, Data: []int{id, 19}}
	hold3 := &Holder{}
	hold3.P = x3
	hold3.V = x3
	x3 = nil
	garbage(43)
	pause(0)
	acc = mix(acc, hold3.P.Val+hold3.V.Value())
	x4 := &Node{Val: 89, Data: []int{id, 89}}
	hold4 := &Holder{}
	hold4.P = x4
	hold4.V = x4
	x4 = nil
	garbage(67)
	pause(0)
	acc = mix(acc, hold4.P.Val+hold4.V.Value())
	gSlots[id] = buildList(1, 72+id)
	l5 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l5
	acc = mix(acc, sumList(gSlots[id]))
	gSlots[id] = buildList(5, 82+id)
	l6 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l6
	acc = mix(acc, sumList(gSlots[id]))
	runtime.GOMAXPROCS(1)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 39
	mn8 := &Node{Val: 45, Data: []int{1, 2}}
	mv8 := mn8.Value
	mn8 = nil
	garbage(11)
	pause(0)
	acc = mix(acc, mv8())
	runtime.GOMAXPROCS(4)
	ch10 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 16; i++ {
			ch10 <- &Node{Val: i*41 + id, Next: buildList(i%3, i)}
		}
		close(ch10)
	}()
	garbage(20)
	for nd := range ch10 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func w2(id int) (acc int) {
	acc = id + 16
	str11 := ""
	for i := 0; i < 10; i++ {
		str11 += fmt.Sprint(i*73)
	}
	hm11 := &Holder{M: map[int]*Node{}}
	hm11.M[73] = &Node{Val: len(str11)}
	hm11.F = func() int { return hm11.M[73].Val }
	pause(1)
	acc = mix(acc, hm11.F())
	nap(15)
	acc = mix(acc, safeDiv(acc+36, id%1))
	t14 := buildTree(2, id+65)
	acc = mix(acc, sumTree(t14))
	acc = mix(acc, safeDiv(acc+22, id%3))
	gMu.Lock()
	gAny = &Node{Val: 3, Next: buildList(6, id)}
	gMu.Unlock()
	addTotal(7 * id)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 18
	dp18 := &Node{Val: 62}
	defer func() {
		acc = mix(acc, dp18.Val)
	}()
	t19 := buildTree(1, id+88)
	acc = mix(acc, sumTree(t19))
	rc20 := make(chan *Node, 1)
	for j := 0; j < 8; j++ {
		go func(j int) {
			rc20 <- &Node{Val: j * 74, Next: buildList(j%4, j)}
		}(j)
	}
	rs20 := 0
	for j := 0; j < 8; j++ {
		nd := <-rc20
		rs20 = (rs20 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs20)
	runtime.GOMAXPROCS(1)
	m22 := make(map[int][]int)
	for i := 0; i < 23; i++ {
		m22[i%3] = append(m22[i%3], i*13+id)
	}
	s22 := 0
	for key, vs := range m22 {
		s22 += key * len(vs)
		for _, x := range vs {
			s22 = (s22 + x) % 1000003
		}
	}
	acc = mix(acc, s22)
	nap(24)
	return acc
}

func w4(id int) (acc int) {
	acc = id + 40
	big24 := make([]int, 4477)
	for i := 0; i < len(big24); i += 90 {
		big24[i] = i % 75
	}
	bs24 := 0
	for _, x := range big24 {
		bs24 += x
	}
	acc = mix(acc, bs24)
	tk25 := time.NewTicker(2 * time.Microsecond)
	for i := 0; i < 2; i++ {
		<-tk25.C
	}
	tk25.Stop()
	tm25 := time.NewTimer(6 * time.Microsecond)
	<-tm25.C
	acc = mix(acc, 2)
	tk26 := time.NewTicker(16 * time.Microsecond)
	for i := 0; i < 4; i++ {
		<-tk26.C
	}
	tk26.Stop()
	tm26 := time.NewTimer(14 * time.Microsecond)
	<-tm26.C
	acc = mix(acc, 4)
	rc27 := make(chan *Node, 2)
	for j := 0; j < 30; j++ {
		go func(j int) {
			rc27 <- &Node{Val: j * 79, Next: buildList(j%4, j)}
		}(j)
	}
	rs27 := 0
	for j := 0; j < 30; j++ {
		nd := <-rc27
		rs27 = (rs27 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs27)
	ch28 := make(chan *Node, 3)
	go func() {
		for i := 0; i < 7; i++ {
			ch28 <- &Node{Val: i*6 + id, Next: buildList(i%3, i)}
		}
		close(ch28)
	}()
	garbage(24)
	for nd := range ch28 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func main() {
	gA.P = buildList(6, 1)
	gB.P = buildList(10, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(12, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
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
