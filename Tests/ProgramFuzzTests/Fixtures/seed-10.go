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
	acc = id + 18
	tc1 := make(chan *Node)
	go func() {
		for i := 0; i < 1; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc1 <- &Node{Val: i + 89}
		}
	}()
	for got := 0; got < 1; {
		select {
		case nd := <-tc1:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(34 * time.Microsecond):
		}
	}
	gMu.Lock()
	gAny = &Node{Val: 66, Next: buildList(3, id)}
	gMu.Unlock()
	xs3 := []interface{}{&Node{Val: 29}, id, "s29", Pair{id, 29}, buildList(1, 29)}
	garbage(31)
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
	sq4 := make(chan *Node, 2)
	ss4 := 0
	for i := 0; i < 11; {
		select {
		case sq4 <- &Node{Val: i * 96}:
			i++
		case nd := <-sq4:
			ss4 = (ss4 + nd.Val) % 1000003
		}
	}
	close(sq4)
	for nd := range sq4 {
		ss4 = (ss4 + nd.Val) % 1000003
	}
	acc = mix(acc, ss4)
	dp5 := &Node{Val: 76}
	defer func() {
		acc = mix(acc, dp5.Val)
	}()
	gSlots[id] = buildList(6, 48+id)
	l6 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l6
	acc = mix(acc, sumList(gSlots[id]))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 26
	m7 := make(map[int][]int)
	for i := 0; i < 25; i++ {
		m7[i%3] = append(m7[i%3], i*87+id)
	}
	s7 := 0
	for key, vs := range m7 {
		s7 += key * len(vs)
		for _, x := range vs {
			s7 = (s7 + x) % 1000003
		}
	}
	acc = mix(acc, s7)
	rc8 := make(chan *Node, 2)
	for j := 0; j < 9; j++ {
		go func(j int) {
			rc8 <- &Node{Val: j * 50, Next: buildList(j%4, j)}
		}(j)
	}
	rs8 := 0
	for j := 0; j < 9; j++ {
		nd := <-rc8
		rs8 = (rs8 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs8)
	lx9 := id
	for i := 0; i < 2354; i++ {
		lx9 = (lx9*31 + i) % 1000003
	}
	acc = mix(acc, lx9)
	return acc
}

func w2(id int) (acc int) {
	acc = id + 34
	fc10 := make(chan func() int, 2)
	go func() {
		for i := 0; i < 10; i++ {
			cn := &Node{Val: i + 30, Next: buildList(i%3, i)}
			fc10 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc10)
	}()
	garbage(20)
	for f := range fc10 {
		acc = mix(acc, f())
	}
	var vs11 []Valuer
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			vs11 = append(vs11, &Node{Val: i + 56, Data: make([]int, i%3)})
		} else {
			vs11 = append(vs11, Pair{i, 56})
		}
	}
	pause(1)
	for _, v := range vs11 {
		acc = mix(acc, v.Value())
	}
	sq12 := make(chan *Node, 2)
	ss12 := 0
	for i := 0; i < 12; {
		select {
		case sq12 <- &Node{Val: i * 60}:
			i++
		case nd := <-sq12:
			ss12 = (ss12 + nd.Val) % 1000003
		}
	}
	close(sq12)
	for nd := range sq12 {
		ss12 = (ss12 + nd.Val) % 1000003
	}
	acc = mix(acc, ss12)
	a13 := buildList(12, 74+id)
	b13 := &Holder{}
	b13.P = a13.Next
	a13.Next = nil
	pause(2)
	garbage(8)
	acc = mix(acc, sumList(a13)+sumList(b13.P))
	return acc
}

func w3(id int) (acc int) {
	acc = id + 47
	var mu14 sync.Mutex
	var wgm14 sync.WaitGroup
	var shared14 *Node
	for j := 0; j < 4; j++ {
		wgm14.Add(1)
		go func(j int) {
			defer wgm14.Done()
			for r := 0; r < 4; r++ {
				mu14.Lock()
				shared14 = &Node{Val: j*10 + r, Next: shared14}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu14.Unlock()
			}
		}(j)
	}
	wgm14.Wait()
	ms14 := 0
	for p := shared14; p != nil; p = p.Next {
		ms14 = (ms14 + p.Val) % 1000003
	}
	acc = mix(acc, ms14)
	gSlots[id] = buildList(18, 45+id)
	l15 := gSlots[id]
	gSlots[id] = nil
	pause(1)
	gSlots[id] = l15
	acc = mix(acc, sumList(gSlots[id]))
	xs16 := []interface{}{&Node{Val: 50}, id, "s50", Pair{id, 50}, buildList(1, 50)}
	garbage(34)
	for _, x := range xs16 {
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
	rc17 := make(chan *Node, 3)
	for j := 0; j < 2; j++ {
		go func(j int) {
			rc17 <- &Node{Val: j * 7, Next: buildList(j%4, j)}
		}(j)
	}
	rs17 := 0
	for j := 0; j < 2; j++ {
		nd := <-rc17
		rs17 = (rs17 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs17)
	rc18 := make(chan *Node, 0)
	for j := 0; j < 11; j++ {
		go func(j int) {
			rc18 <- &Node{Val: j * 24, Next: buildList(j%4, j)}
		}(j)
	}
	rs18 := 0
	for j := 0; j < 11; j++ {
		nd := <-rc18
		rs18 = (rs18 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs18)
	rc19 := make(chan *Node, 1)
	for j := 0; j < 11; j++ {
		go func(j int) {
			rc19 <- &Node{Val: j * 24, Next: buildList(j%4, j)}
		}(j)
	}
	rs19 := 0
	for j := 0; j < 11; j++ {
		nd := <-rc19
		rs19 = (rs19 + nd.Val + sumList(nd.Next)) % 1000003
	}
	acc = mix(acc, rs19)
	tc20 := make(chan *Node)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc20 <- &Node{Val: i + 76}
		}
	}()
	for got := 0; got < 5; {
		select {
		case nd := <-tc20:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(10 * time.Microsecond):
		}
	}
	return acc
}

func main() {
	gA.P = buildList(5, 1)
	gB.P = buildList(2, 2)
	for i := 0; i < 7; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(2, done)
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
