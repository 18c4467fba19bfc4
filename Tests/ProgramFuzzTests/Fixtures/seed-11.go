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
	acc = id + 35
	runtime.GC()
	str2 := ""
	for i := 0; i < 5; i++ {
		str2 += fmt.Sprint(i*62)
	}
	hm2 := &Holder{M: map[int]*Node{}}
	hm2.M[62] = &Node{Val: len(str2)}
	hm2.F = func() int { return hm2.M[62].Val }
	pause(0)
	acc = mix(acc, hm2.F())
	defer addList(buildList(19, 12+id))
	garbage(11)
	p4 := &Node{Val: 62}
	f4 := func(d int) int {
		p4.Val = (p4.Val + d) % 1009
		return p4.Val
	}
	for i := 0; i < 9; i++ {
		acc = mix(acc, f4(i))
	}
	lx5 := id
	for i := 0; i < 18820; i++ {
		lx5 = (lx5*31 + i) % 1000003
	}
	acc = mix(acc, lx5)
	acc = mix(acc, sumList(onceList()))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 23
	xs7 := []interface{}{&Node{Val: 72}, id, "s72", Pair{id, 72}, buildList(1, 72)}
	garbage(31)
	for _, x := range xs7 {
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
	acc = mix(acc, safeDiv(acc+34, id%2))
	runtime.GOMAXPROCS(2)
	h10 := buildList(12, 17)
	o10 := &Node{Val: id}
	t10 := buildTree(3, 17)
	for i := 0; i < 1; i++ {
		h10.Next, o10.Next = o10.Next, h10.Next
		t10.Left, t10.Right = t10.Right, t10.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(8)
	}
	acc = mix(acc, sumList(h10)+sumList(o10)+sumTree(t10))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 35
	ptrs11 := make([]*Node, 4472)
	for i := 0; i < len(ptrs11); i += 131 {
		ptrs11[i] = &Node{Val: i % 11}
	}
	garbage(30)
	pause(2)
	ps11 := 0
	for i := 0; i < len(ptrs11); i += 131 {
		ps11 = (ps11 + ptrs11[i].Val) % 1000003
	}
	acc = mix(acc, ps11)
	big12 := make([]int, 5210)
	for i := 0; i < len(big12); i += 273 {
		big12[i] = i % 80
	}
	bs12 := 0
	for _, x := range big12 {
		bs12 += x
	}
	acc = mix(acc, bs12)
	xs13 := []interface{}{&Node{Val: 24}, id, "s24", Pair{id, 24}, buildList(3, 24)}
	garbage(37)
	for _, x := range xs13 {
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
	str14 := ""
	for i := 0; i < 3; i++ {
		str14 += fmt.Sprint(i*21)
	}
	hm14 := &Holder{M: map[int]*Node{}}
	hm14.M[21] = &Node{Val: len(str14)}
	hm14.F = func() int { return hm14.M[21].Val }
	pause(0)
	acc = mix(acc, hm14.F())
	return acc
}

func w3(id int) (acc int) {
	acc = id + 27
	count(95 + id)
	gMu.Lock()
	gAny = &Node{Val: 27, Next: buildList(4, id)}
	gMu.Unlock()
	tk17 := time.NewTicker(1 * time.Microsecond)
	for i := 0; i < 2; i++ {
		<-tk17.C
	}
	tk17.Stop()
	tm17 := time.NewTimer(1 * time.Microsecond)
	<-tm17.C
	acc = mix(acc, 2)
	str18 := ""
	for i := 0; i < 8; i++ {
		str18 += fmt.Sprint(i*69)
	}
	hm18 := &Holder{M: map[int]*Node{}}
	hm18.M[69] = &Node{Val: len(str18)}
	hm18.F = func() int { return hm18.M[69].Val }
	pause(1)
	acc = mix(acc, hm18.F())
	fs19 := []func() int{}
	for i := 0; i < 12; i++ {
		q := &Node{Val: i*3 + id}
		fs19 = append(fs19, func() int { return q.Val + id })
	}
	garbage(51)
	for _, f := range fs19 {
		acc = mix(acc, f())
	}
	a20 := buildList(2, 82+id)
	b20 := &Holder{}
	b20.P = a20.Next
	a20.Next = nil
	pause(2)
	garbage(50)
	acc = mix(acc, sumList(a20)+sumList(b20.P))
	var wg21 sync.WaitGroup
	outs21 := make([]*Node, 1)
	for j := 0; j < 1; j++ {
		wg21.Add(1)
		go func(j int) {
			defer wg21.Done()
			pause(j + 2)
			outs21[j] = buildList(9, j+23)
		}(j)
	}
	wg21.Wait()
	for _, o := range outs21 {
		acc = mix(acc, sumList(o))
	}
	return acc
}

func w4(id int) (acc int) {
	acc = id + 27
	x22 := &Node{Val: 55, Data: []int{id, 55}}
	hold22 := &Holder{}
	hold22.P = x22
	hold22.V = x22
	x22 = nil
	garbage(59)
	pause(2)
	acc = mix(acc, hold22.P.Val+hold22.V.Value())
	var vs23 []Valuer
	for i := 0; i < 16; i++ {
		if i%2 == 0 {
			vs23 = append(vs23, &Node{Val: i + 33, Data: make([]int, i%3)})
		} else {
			vs23 = append(vs23, Pair{i, 33})
		}
	}
	pause(0)
	for _, v := range vs23 {
		acc = mix(acc, v.Value())
	}
	mn24 := &Node{Val: 35, Data: []int{1, 2}}
	mv24 := mn24.Value
	mn24 = nil
	garbage(34)
	pause(0)
	acc = mix(acc, mv24())
	ping25 := make(chan *Node)
	pong25 := make(chan *Node)
	go func() {
		for nd := range ping25 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong25 <- nd
		}
	}()
	pn25 := &Node{Val: 73}
	for i := 0; i < 10; i++ {
		ping25 <- pn25
		pn25 = <-pong25
	}
	close(ping25)
	acc = mix(acc, sumList(pn25))
	ptrs26 := make([]*Node, 4289)
	for i := 0; i < len(ptrs26); i += 25 {
		ptrs26[i] = &Node{Val: i % 53}
	}
	garbage(31)
	pause(0)
	ps26 := 0
	for i := 0; i < len(ptrs26); i += 25 {
		ps26 = (ps26 + ptrs26[i].Val) % 1000003
	}
	acc = mix(acc, ps26)
	return acc
}

func main() {
	gA.P = buildList(7, 1)
	gB.P = buildList(2, 2)
	for i := 0; i < 4; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(40, done)
	fns := []func(int) int{w0, w1, w2, w3, w4}
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
		case <-time.After(166 * time.Microsecond):
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
