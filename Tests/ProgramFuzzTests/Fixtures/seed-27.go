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
	acc = id + 28
	count(11 + id)
	src2 := make([]*Node, 23)
	for i := range src2 {
		src2[i] = &Node{Val: i * 83}
	}
	dst2 := make([]*Node, 23/2+1)
	copy(dst2, src2[23/3:])
	al2 := src2[:23/2]
	al2 = append(al2, &Node{Val: 83})
	src2 = nil
	garbage(13)
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
	acc = mix(acc, safeDiv(acc+75, id%3))
	ch4 := make(chan *Node, 2)
	go func() {
		for i := 0; i < 11; i++ {
			ch4 <- &Node{Val: i*80 + id, Next: buildList(i%3, i)}
		}
		close(ch4)
	}()
	garbage(18)
	for nd := range ch4 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 8
	m5 := make(map[int][]int)
	for i := 0; i < 10; i++ {
		m5[i%4] = append(m5[i%4], i*87+id)
	}
	s5 := 0
	for key, vs := range m5 {
		s5 += key * len(vs)
		for _, x := range vs {
			s5 = (s5 + x) % 1000003
		}
	}
	acc = mix(acc, s5)
	acc = mix(acc, deep(399, &Node{Val: 11}))
	lx7 := id
	for i := 0; i < 22524; i++ {
		lx7 = (lx7*31 + i) % 1000003
	}
	acc = mix(acc, lx7)
	ch8 := make(chan *Node, 3)
	go func() {
		for i := 0; i < 13; i++ {
			ch8 <- &Node{Val: i*74 + id, Next: buildList(i%3, i)}
		}
		close(ch8)
	}()
	garbage(7)
	for nd := range ch8 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	a9 := buildList(25, 11+id)
	b9 := &Holder{}
	b9.P = a9.Next
	a9.Next = nil
	pause(1)
	garbage(21)
	acc = mix(acc, sumList(a9)+sumList(b9.P))
	sq10 := make(chan *Node, 2)
	ss10 := 0
	for i := 0; i < 4; {
		select {
		case sq10 <- &Node{Val: i * 28}:
			i++
		case nd := <-sq10:
			ss10 = (ss10 + nd.Val) % 1000003
		}
	}
	close(sq10)
	for nd := range sq10 {
		ss10 = (ss10 + nd.Val) % 1000003
	}
	acc = mix(acc, ss10)
	mp11 := map[int]*Node{}
	for i := 0; i < 9; i++ {
		mp11[i] = &Node{Val: i*69 + id}
	}
	for i := 0; i < 9; i += 2 {
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
	acc = id + 28
	var wg12 sync.WaitGroup
	outs12 := make([]*Node, 5)
	for j := 0; j < 5; j++ {
		wg12.Add(1)
		go func(j int) {
			defer wg12.Done()
			pause(j + 2)
			outs12[j] = buildList(3, j+57)
		}(j)
	}
	wg12.Wait()
	for _, o := range outs12 {
		acc = mix(acc, sumList(o))
	}
	gMu.Lock()
	gAny = &Node{Val: 12, Next: buildList(6, id)}
	gMu.Unlock()
	src14 := make([]*Node, 15)
	for i := range src14 {
		src14[i] = &Node{Val: i * 19}
	}
	dst14 := make([]*Node, 15/2+1)
	copy(dst14, src14[15/3:])
	al14 := src14[:15/2]
	al14 = append(al14, &Node{Val: 19})
	src14 = nil
	garbage(38)
	pause(2)
	cs14 := 0
	for _, p := range dst14 {
		if p != nil {
			cs14 = (cs14 + p.Val) % 1000003
		}
	}
	for _, p := range al14 {
		cs14 = (cs14 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs14)
	mp15 := map[int]*Node{}
	for i := 0; i < 6; i++ {
		mp15[i] = &Node{Val: i*19 + id}
	}
	for i := 0; i < 6; i += 3 {
		delete(mp15, i)
	}
	pause(1)
	s15 := 0
	for key, v := range mp15 {
		s15 = (s15 + key*v.Val) % 1000003
	}
	acc = mix(acc, s15+len(mp15))
	defer addList(buildList(15, 56+id))
	garbage(17)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 23
	fc17 := make(chan func() int, 1)
	go func() {
		for i := 0; i < 5; i++ {
			cn := &Node{Val: i + 23, Next: buildList(i%3, i)}
			fc17 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc17)
	}()
	garbage(13)
	for f := range fc17 {
		acc = mix(acc, f())
	}
	sc18 := make(chan int, 2)
	go func() {
		for i := 0; i < 6; i++ {
			sc18 <- i*1 + garbage(3)
		}
	}()
	for got := 0; got < 6; {
		select {
		case v := <-sc18:
			acc = mix(acc, v)
			got++
		default:
			runtime.Gosched()
		}
	}
	var vs19 []Valuer
	for i := 0; i < 21; i++ {
		if i%3 == 0 {
			vs19 = append(vs19, &Node{Val: i + 14, Data: make([]int, i%3)})
		} else {
			vs19 = append(vs19, Pair{i, 14})
		}
	}
	pause(0)
	for _, v := range vs19 {
		acc = mix(acc, v.Value())
	}
	addTotal(87 * id)
	return acc
}

func main() {
	gA.P = buildList(8, 1)
	gB.P = buildList(10, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(5, done)
	fns := []func(int) int{w0, w1, w2, w3}
	results := make([]int, len(fns))
	ch := make(chan Res, 1)
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
