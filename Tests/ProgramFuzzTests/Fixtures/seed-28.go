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
	acc = id + 19
	fc1 := make(chan func() int, 1)
	go func() {
		for i := 0; i < 2; i++ {
			cn := &Node{Val: i + 26, Next: buildList(i%3, i)}
			fc1 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc1)
	}()
	garbage(22)
	for f := range fc1 {
		acc = mix(acc, f())
	}
	p2 := &Node{Val: 50}
	f2 := func(d int) int {
		p2.Val = (p2.Val + d) % 1009
		return p2.Val
	}
	for i := 0; i < 12; i++ {
		acc = mix(acc, f2(i))
	}
	fc3 := make(chan func() int, 0)
	go func() {
		for i := 0; i < 10; i++ {
			cn := &Node{Val: i + 80, Next: buildList(i%3, i)}
			fc3 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc3)
	}()
	garbage(29)
	for f := range fc3 {
		acc = mix(acc, f())
	}
	defer addList(buildList(13, 53+id))
	garbage(8)
	gSlots[id] = buildList(16, 72+id)
	l5 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l5
	acc = mix(acc, sumList(gSlots[id]))
	cc6 := make(chan *Node, 1)
	for i := 0; i < 1; i++ {
		cc6 <- &Node{Val: i + 66}
	}
	close(cc6)
	var nc6 chan *Node
	for cc6 != nil {
		select {
		case nd, ok := <-cc6:
			if !ok {
				cc6 = nil
			} else {
				acc = mix(acc, nd.Val)
			}
		case nd := <-nc6:
			acc = mix(acc, nd.Val)
		}
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 26
	acc = mix(acc, deep(358, &Node{Val: 75}))
	src8 := make([]*Node, 4)
	for i := range src8 {
		src8[i] = &Node{Val: i * 85}
	}
	dst8 := make([]*Node, 4/2+1)
	copy(dst8, src8[4/3:])
	al8 := src8[:4/2]
	al8 = append(al8, &Node{Val: 85})
	src8 = nil
	garbage(15)
	pause(2)
	cs8 := 0
	for _, p := range dst8 {
		if p != nil {
			cs8 = (cs8 + p.Val) % 1000003
		}
	}
	for _, p := range al8 {
		cs8 = (cs8 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs8)
	x9 := &Node{Val: 24, Data: []int{id, 24}}
	hold9 := &Holder{}
	hold9.P = x9
	hold9.V = x9
	x9 = nil
	garbage(72)
	pause(2)
	acc = mix(acc, hold9.P.Val+hold9.V.Value())
	src10 := make([]*Node, 30)
	for i := range src10 {
		src10[i] = &Node{Val: i * 3}
	}
	dst10 := make([]*Node, 30/2+1)
	copy(dst10, src10[30/3:])
	al10 := src10[:30/2]
	al10 = append(al10, &Node{Val: 3})
	src10 = nil
	garbage(9)
	pause(0)
	cs10 := 0
	for _, p := range dst10 {
		if p != nil {
			cs10 = (cs10 + p.Val) % 1000003
		}
	}
	for _, p := range al10 {
		cs10 = (cs10 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs10)
	mp11 := map[int]*Node{}
	for i := 0; i < 17; i++ {
		mp11[i] = &Node{Val: i*22 + id}
	}
	for i := 0; i < 17; i += 3 {
		delete(mp11, i)
	}
	pause(0)
	s11 := 0
	for key, v := range mp11 {
		s11 = (s11 + key*v.Val) % 1000003
	}
	acc = mix(acc, s11+len(mp11))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 48
	rc12 := make(chan *Node, 2)
	for j := 0; j < 7; j++ {
		go func(j int) {
			rc12 <- &Node{Val: j * 81, Next: buildList(j%4, j)}
		}(j)
	}
	rs12 := 0
	for j := 0; j < 7; j++ {
		nd := <-rc12
		rs12 = (rs12 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs12)
	nap(16)
	fc14 := make(chan func() int, 0)
	go func() {
		for i := 0; i < 6; i++ {
			cn := &Node{Val: i + 32, Next: buildList(i%3, i)}
			fc14 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc14)
	}()
	garbage(20)
	for f := range fc14 {
		acc = mix(acc, f())
	}
	return acc
}

func w3(id int) (acc int) {
	acc = id + 27
	a15 := buildList(2, 31+id)
	b15 := &Holder{}
	b15.P = a15.Next
	a15.Next = nil
	pause(2)
	garbage(41)
	acc = mix(acc, sumList(a15)+sumList(b15.P))
	t16 := buildTree(6, id+27)
	acc = mix(acc, sumTree(t16))
	lx17 := id
	for i := 0; i < 5188; i++ {
		lx17 = (lx17*31 + i) % 1000003
	}
	acc = mix(acc, lx17)
	rc18 := make(chan *Node, 3)
	for j := 0; j < 11; j++ {
		go func(j int) {
			rc18 <- &Node{Val: j * 39, Next: buildList(j%4, j)}
		}(j)
	}
	rs18 := 0
	for j := 0; j < 11; j++ {
		nd := <-rc18
		rs18 = (rs18 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs18)
	cc19 := make(chan *Node, 3)
	for i := 0; i < 3; i++ {
		cc19 <- &Node{Val: i + 27}
	}
	close(cc19)
	var nc19 chan *Node
	for cc19 != nil {
		select {
		case nd, ok := <-cc19:
			if !ok {
				cc19 = nil
			} else {
				acc = mix(acc, nd.Val)
			}
		case nd := <-nc19:
			acc = mix(acc, nd.Val)
		}
	}
	return acc
}

func main() {
	gA.P = buildList(9, 1)
	gB.P = buildList(3, 2)
	for i := 0; i < 0; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(3, done)
	fns := []func(int) int{w0, w1, w2, w3}
	results := make([]int, len(fns))
	ch := make(chan Res, 2)
	for i, f := range fns {
		go func(i int, f func(int) int) {
			ch <- Res{i, f(i)}
		}(i, f)
	}
	for k := 0; k < len(fns); k++ {
		r := <-ch
		results[r.ID] = r.V
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
