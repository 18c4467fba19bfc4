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
	acc = id + 30
	em1 := map[int]Edge{}
	for i := 0; i < 3; i++ {
		em1[i] = Edge{To: &Node{Val: i + 15}, W: i % 5}
	}
	garbage(16)
	pause(1)
	es1 := 0
	for _, e := range em1 {
		es1 = (es1 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es1)
	rc2 := make(chan *Node, 0)
	for j := 0; j < 12; j++ {
		go func(j int) {
			rc2 <- &Node{Val: j * 61, Next: buildList(j%4, j)}
		}(j)
	}
	rs2 := 0
	for j := 0; j < 12; j++ {
		nd := <-rc2
		rs2 = (rs2 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs2)
	sq3 := make(chan *Node, 1)
	ss3 := 0
	for i := 0; i < 12; {
		select {
		case sq3 <- &Node{Val: i * 5}:
			i++
		case nd := <-sq3:
			ss3 = (ss3 + nd.Val) % 1000003
		}
	}
	close(sq3)
	for nd := range sq3 {
		ss3 = (ss3 + nd.Val) % 1000003
	}
	acc = mix(acc, ss3)
	acc = mix(acc, sumList(onceList()))
	p5 := &Node{Val: 12}
	f5 := func(d int) int {
		p5.Val = (p5.Val + d) % 1009
		return p5.Val
	}
	for i := 0; i < 13; i++ {
		acc = mix(acc, f5(i))
	}
	tk6 := time.NewTicker(18 * time.Microsecond)
	for i := 0; i < 1; i++ {
		<-tk6.C
	}
	tk6.Stop()
	tm6 := time.NewTimer(19 * time.Microsecond)
	<-tm6.C
	acc = mix(acc, 1)
	return acc
}

func w1(id int) (acc int) {
	acc = id + 21
	pc7 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc7 <- 73
			}
		}()
		var np *Node
		pc7 <- np.Val
	}()
	acc = mix(acc, <-pc7)
	ptrs8 := make([]*Node, 4493)
	for i := 0; i < len(ptrs8); i += 131 {
		ptrs8[i] = &Node{Val: i % 80}
	}
	garbage(15)
	pause(2)
	ps8 := 0
	for i := 0; i < len(ptrs8); i += 131 {
		ps8 = (ps8 + ptrs8[i].Val) % 1000003
	}
	acc = mix(acc, ps8)
	pc9 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc9 <- 64
			}
		}()
		var np *Node
		pc9 <- np.Val
	}()
	acc = mix(acc, <-pc9)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 45
	lx10 := id
	for i := 0; i < 14234; i++ {
		lx10 = (lx10*31 + i) % 1000003
	}
	acc = mix(acc, lx10)
	runtime.GOMAXPROCS(3)
	h12 := buildList(13, 97)
	o12 := &Node{Val: id}
	t12 := buildTree(3, 97)
	for i := 0; i < 11; i++ {
		h12.Next, o12.Next = o12.Next, h12.Next
		t12.Left, t12.Right = t12.Right, t12.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(8)
	}
	acc = mix(acc, sumList(h12)+sumList(o12)+sumTree(t12))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 16
	sq13 := make(chan *Node, 1)
	ss13 := 0
	for i := 0; i < 2; {
		select {
		case sq13 <- &Node{Val: i * 80}:
			i++
		case nd := <-sq13:
			ss13 = (ss13 + nd.Val) % 1000003
		}
	}
	close(sq13)
	for nd := range sq13 {
		ss13 = (ss13 + nd.Val) % 1000003
	}
	acc = mix(acc, ss13)
	tc14 := make(chan *Node)
	go func() {
		for i := 0; i < 1; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc14 <- &Node{Val: i + 2}
		}
	}()
	for got := 0; got < 1; {
		select {
		case nd := <-tc14:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(44 * time.Microsecond):
		}
	}
	m15 := make(map[int][]int)
	for i := 0; i < 10; i++ {
		m15[i%5] = append(m15[i%5], i*93+id)
	}
	s15 := 0
	for key, vs := range m15 {
		s15 += key * len(vs)
		for _, x := range vs {
			s15 = (s15 + x) % 1000003
		}
	}
	acc = mix(acc, s15)
	a16 := buildList(17, 79+id)
	b16 := &Holder{}
	b16.P = a16.Next
	a16.Next = nil
	pause(2)
	garbage(14)
	acc = mix(acc, sumList(a16)+sumList(b16.P))
	return acc
}

func w4(id int) (acc int) {
	acc = id + 15
	str17 := ""
	for i := 0; i < 5; i++ {
		str17 += fmt.Sprint(i*24)
	}
	hm17 := &Holder{M: map[int]*Node{}}
	hm17.M[24] = &Node{Val: len(str17)}
	hm17.F = func() int { return hm17.M[24].Val }
	pause(0)
	acc = mix(acc, hm17.F())
	ptrs18 := make([]*Node, 4893)
	for i := 0; i < len(ptrs18); i += 134 {
		ptrs18[i] = &Node{Val: i % 78}
	}
	garbage(9)
	pause(0)
	ps18 := 0
	for i := 0; i < len(ptrs18); i += 134 {
		ps18 = (ps18 + ptrs18[i].Val) % 1000003
	}
	acc = mix(acc, ps18)
	acc = mix(acc, safeDiv(acc+92, id%3))
	xs20 := []interface{}{&Node{Val: 85}, id, "s85", Pair{id, 85}, buildList(3, 85)}
	garbage(38)
	for _, x := range xs20 {
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
	return acc
}

func main() {
	gA.P = buildList(3, 1)
	gB.P = buildList(2, 2)
	for i := 0; i < 8; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(5, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
	results := make([]int, len(fns))
	ch := make(chan *Res, 1)
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
		case <-time.After(190 * time.Microsecond):
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
