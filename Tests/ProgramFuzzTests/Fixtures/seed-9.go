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
	acc = id + 23
	ptrs1 := make([]*Node, 4627)
	for i := 0; i < len(ptrs1); i += 38 {
		ptrs1[i] = &Node{Val: i % 29}
	}
	garbage(20)
	pause(0)
	ps1 := 0
	for i := 0; i < len(ptrs1); i += 38 {
		ps1 = (ps1 + ptrs1[i].Val) % 1000003
	}
	acc = mix(acc, ps1)
	xs2 := []interface{}{&Node{Val: 73}, id, "s73", Pair{id, 73}, buildList(2, 73)}
	garbage(27)
	for _, x := range xs2 {
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
	nap(13)
	tc4 := make(chan *Node)
	go func() {
		for i := 0; i < 7; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc4 <- &Node{Val: i + 55}
		}
	}()
	for got := 0; got < 7; {
		select {
		case nd := <-tc4:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(45 * time.Microsecond):
		}
	}
	ping5 := make(chan *Node)
	pong5 := make(chan *Node)
	go func() {
		for nd := range ping5 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong5 <- nd
		}
	}()
	pn5 := &Node{Val: 19}
	for i := 0; i < 9; i++ {
		ping5 <- pn5
		pn5 = <-pong5
	}
	close(ping5)
	acc = mix(acc, sumList(pn5))
	nap(11)
	mp7 := map[int]*Node{}
	for i := 0; i < 13; i++ {
		mp7[i] = &Node{Val: i*30 + id}
	}
	for i := 0; i < 13; i += 2 {
		delete(mp7, i)
	}
	pause(2)
	s7 := 0
	for key, v := range mp7 {
		s7 = (s7 + key*v.Val) % 1000003
	}
	acc = mix(acc, s7+len(mp7))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 25
	h8 := buildList(14, 38)
	o8 := &Node{Val: id}
	t8 := buildTree(5, 38)
	for i := 0; i < 10; i++ {
		h8.Next, o8.Next = o8.Next, h8.Next
		t8.Left, t8.Right = t8.Right, t8.Left
		if i%2 == 0 {
			pause(i)
		}
		garbage(11)
	}
	acc = mix(acc, sumList(h8)+sumList(o8)+sumTree(t8))
	var wg9 sync.WaitGroup
	outs9 := make([]*Node, 3)
	for j := 0; j < 3; j++ {
		wg9.Add(1)
		go func(j int) {
			defer wg9.Done()
			pause(j + 1)
			outs9[j] = buildList(4, j+51)
		}(j)
	}
	wg9.Wait()
	for _, o := range outs9 {
		acc = mix(acc, sumList(o))
	}
	defer addList(buildList(13, 27+id))
	garbage(37)
	mp11 := map[int]*Node{}
	for i := 0; i < 15; i++ {
		mp11[i] = &Node{Val: i*62 + id}
	}
	for i := 0; i < 15; i += 2 {
		delete(mp11, i)
	}
	pause(2)
	s11 := 0
	for key, v := range mp11 {
		s11 = (s11 + key*v.Val) % 1000003
	}
	acc = mix(acc, s11+len(mp11))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 30
	ping12 := make(chan *Node)
	pong12 := make(chan *Node)
	go func() {
		for nd := range ping12 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong12 <- nd
		}
	}()
	pn12 := &Node{Val: 46}
	for i := 0; i < 7; i++ {
		ping12 <- pn12
		pn12 = <-pong12
	}
	close(ping12)
	acc = mix(acc, sumList(pn12))
	sq13 := make(chan *Node, 2)
	ss13 := 0
	for i := 0; i < 11; {
		select {
		case sq13 <- &Node{Val: i * 57}:
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
	m14 := make(map[int][]int)
	for i := 0; i < 2; i++ {
		m14[i%5] = append(m14[i%5], i*80+id)
	}
	s14 := 0
	for key, vs := range m14 {
		s14 += key * len(vs)
		for _, x := range vs {
			s14 = (s14 + x) % 1000003
		}
	}
	acc = mix(acc, s14)
	ptrs15 := make([]*Node, 4475)
	for i := 0; i < len(ptrs15); i += 60 {
		ptrs15[i] = &Node{Val: i % 85}
	}
	garbage(18)
	pause(0)
	ps15 := 0
	for i := 0; i < len(ptrs15); i += 60 {
		ps15 = (ps15 + ptrs15[i].Val) % 1000003
	}
	acc = mix(acc, ps15)
	ch16 := make(chan *Node, 0)
	go func() {
		for i := 0; i < 2; i++ {
			ch16 <- &Node{Val: i*9 + id, Next: buildList(i%3, i)}
		}
		close(ch16)
	}()
	garbage(6)
	for nd := range ch16 {
		acc = mix(acc, nd.Val+sumList(nd.Next))
	}
	tk17 := time.NewTicker(15 * time.Microsecond)
	for i := 0; i < 2; i++ {
		<-tk17.C
	}
	tk17.Stop()
	tm17 := time.NewTimer(8 * time.Microsecond)
	<-tm17.C
	acc = mix(acc, 2)
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(6, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(24, done)
	fns := []func(int) int{w0, w1, w2}
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
		case <-time.After(18 * time.Microsecond):
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
