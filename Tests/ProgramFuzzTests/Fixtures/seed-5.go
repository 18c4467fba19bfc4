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
	acc = id + 43
	acc = mix(acc, deep(126, &Node{Val: 15}))
	tc2 := make(chan *Node)
	go func() {
		for i := 0; i < 6; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc2 <- &Node{Val: i + 31}
		}
	}()
	for got := 0; got < 6; {
		select {
		case nd := <-tc2:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(34 * time.Microsecond):
		}
	}
	xs3 := []interface{}{&Node{Val: 34}, id, "s34", Pair{id, 34}, buildList(1, 34)}
	garbage(35)
	for _, x := range xs3 {
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
	l4 := buildList(1, id+96)
	acc = mix(acc, sumList(l4))
	p5 := &Node{Val: 71}
	f5 := func(d int) int {
		p5.Val = (p5.Val + d) % 1009
		return p5.Val
	}
	for i := 0; i < 3; i++ {
		acc = mix(acc, f5(i))
	}
	sc6 := make(chan int, 1)
	go func() {
		for i := 0; i < 9; i++ {
			sc6 <- i*63 + garbage(3)
		}
	}()
	for got := 0; got < 9; {
		select {
		case v := <-sc6:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 20
	var vs7 []Valuer
	for i := 0; i < 19; i++ {
		if i%3 == 0 {
			vs7 = append(vs7, &Node{Val: i + 60, Data: make([]int, i%3)})
		} else {
			vs7 = append(vs7, Pair{i, 60})
		}
	}
	pause(2)
	for _, v := range vs7 {
		acc = mix(acc, v.Value())
	}
	ping8 := make(chan *Node)
	pong8 := make(chan *Node)
	go func() {
		for nd := range ping8 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong8 <- nd
		}
	}()
	pn8 := &Node{Val: 68}
	for i := 0; i < 7; i++ {
		ping8 <- pn8
		pn8 = <-pong8
	}
	close(ping8)
	acc = mix(acc, sumList(pn8))
	nap(20)
	ping10 := make(chan *Node)
	pong10 := make(chan *Node)
	go func() {
		for nd := range ping10 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong10 <- nd
		}
	}()
	pn10 := &Node{Val: 93}
	for i := 0; i < 1; i++ {
		ping10 <- pn10
		pn10 = <-pong10
	}
	close(ping10)
	acc = mix(acc, sumList(pn10))
	var ea11 [3]Edge
	for i := range ea11 {
		ea11[i] = Edge{To: &Node{Val: i + 9}, W: i + 1}
	}
	eb11 := ea11
	ea11[1].To = nil
	garbage(20)
	pause(2)
	for _, e := range eb11 {
		acc = mix(acc, e.To.Val*e.W)
	}
	count(64 + id)
	x13 := &Node{Val: 97, Data: []int{id, 97}}
	hold13 := &Holder{}
	hold13.P = x13
	hold13.V = x13
	x13 = nil
	garbage(70)
	pause(1)
	acc = mix(acc, hold13.P.Val+hold13.V.Value())
	return acc
}

func w2(id int) (acc int) {
	acc = id + 3
	pv14 := buildList(3, 55)
	acc = mix(acc, catchNode(func() {
		garbage(26)
		panic(pv14)
	}))
	fs15 := []func() int{}
	for i := 0; i < 5; i++ {
		q := &Node{Val: i*83 + id}
		fs15 = append(fs15, func() int { return q.Val + id })
	}
	garbage(6)
	for _, f := range fs15 {
		acc = mix(acc, f())
	}
	m16 := make(map[int][]int)
	for i := 0; i < 27; i++ {
		m16[i%6] = append(m16[i%6], i*47+id)
	}
	s16 := 0
	for key, vs := range m16 {
		s16 += key * len(vs)
		for _, x := range vs {
			s16 = (s16 + x) % 1000003
		}
	}
	acc = mix(acc, s16)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 46
	lx17 := id
	for i := 0; i < 8367; i++ {
		lx17 = (lx17*31 + i) % 1000003
	}
	acc = mix(acc, lx17)
	nap(7)
	h19 := buildList(13, 32)
	o19 := &Node{Val: id}
	t19 := buildTree(3, 32)
	for i := 0; i < 3; i++ {
		h19.Next, o19.Next = o19.Next, h19.Next
		t19.Left, t19.Right = t19.Right, t19.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(10)
	}
	acc = mix(acc, sumList(h19)+sumList(o19)+sumTree(t19))
	fc20 := make(chan func() int, 0)
	go func() {
		for i := 0; i < 7; i++ {
			cn := &Node{Val: i + 68, Next: buildList(i%3, i)}
			fc20 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc20)
	}()
	garbage(5)
	for f := range fc20 {
		acc = mix(acc, f())
	}
	return acc
}

func w4(id int) (acc int) {
	acc = id + 43
	fc21 := make(chan func() int, 1)
	go func() {
		for i := 0; i < 3; i++ {
			cn := &Node{Val: i + 79, Next: buildList(i%3, i)}
			fc21 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc21)
	}()
	garbage(29)
	for f := range fc21 {
		acc = mix(acc, f())
	}
	x22 := &Node{Val: 30, Data: []int{id, 30}}
	hold22 := &Holder{}
	hold22.P = x22
	hold22.V = x22
	x22 = nil
	garbage(20)
	pause(2)
	acc = mix(acc, hold22.P.Val+hold22.V.Value())
	acc = mix(acc, safeDiv(acc+12, id%2))
	sq24 := make(chan *Node, 1)
	ss24 := 0
	for i := 0; i < 6; {
		select {
		case sq24 <- &Node{Val: i * 92}:
			i++
		case nd := <-sq24:
			ss24 = (ss24 + nd.Val) % 1000003
		}
	}
	close(sq24)
	for nd := range sq24 {
		ss24 = (ss24 + nd.Val) % 1000003
	}
	acc = mix(acc, ss24)
	addTotal(6 * id)
	str26 := ""
	for i := 0; i < 4; i++ {
		str26 += fmt.Sprint(i*78)
	}
	hm26 := &Holder{M: map[int]*Node{}}
	hm26.M[78] = &Node{Val: len(str26)}
	hm26.F = func() int { return hm26.M[78].Val }
	pause(0)
	acc = mix(acc, hm26.F())
	return acc
}

func main() {
	gA.P = buildList(6, 1)
	gB.P = buildList(1, 2)
	for i := 0; i < 3; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(31, done)
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
