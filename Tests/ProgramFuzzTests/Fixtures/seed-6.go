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
	acc = id + 31
	str1 := ""
	for i := 0; i < 8; i++ {
		str1 += fmt.Sprint(i*65)
	}
	hm1 := &Holder{M: map[int]*Node{}}
	hm1.M[65] = &Node{Val: len(str1)}
	hm1.F = func() int { return hm1.M[65].Val }
	pause(0)
	acc = mix(acc, hm1.F())
	cc2 := make(chan *Node, 2)
	for i := 0; i < 2; i++ {
		cc2 <- &Node{Val: i + 4}
	}
	close(cc2)
	var nc2 chan *Node
	for cc2 != nil {
		select {
		case nd, ok := <-cc2:
			if !ok {
				cc2 = nil
			} else {
				acc = mix(acc, nd.Val)
			}
		case nd := <-nc2:
			acc = mix(acc, nd.Val)
		}
	}
	big3 := make([]int, 4558)
	for i := 0; i < len(big3); i += 86 {
		big3[i] = i % 15
	}
	bs3 := 0
	for _, x := range big3 {
		bs3 += x
	}
	acc = mix(acc, bs3)
	acc = mix(acc, safeDiv(acc+49, id%3))
	t5 := buildTree(6, id+40)
	acc = mix(acc, sumTree(t5))
	tc6 := make(chan *Node)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc6 <- &Node{Val: i + 64}
		}
	}()
	for got := 0; got < 5; {
		select {
		case nd := <-tc6:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(12 * time.Microsecond):
		}
	}
	var wg7 sync.WaitGroup
	outs7 := make([]*Node, 1)
	for j := 0; j < 1; j++ {
		wg7.Add(1)
		go func(j int) {
			defer wg7.Done()
			pause(j + 2)
			outs7[j] = buildList(10, j+27)
		}(j)
	}
	wg7.Wait()
	for _, o := range outs7 {
		acc = mix(acc, sumList(o))
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 3
	var mu8 sync.Mutex
	var wgm8 sync.WaitGroup
	var shared8 *Node
	for j := 0; j < 5; j++ {
		wgm8.Add(1)
		go func(j int) {
			defer wgm8.Done()
			for r := 0; r < 4; r++ {
				mu8.Lock()
				shared8 = &Node{Val: j*10 + r, Next: shared8}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu8.Unlock()
			}
		}(j)
	}
	wgm8.Wait()
	ms8 := 0
	for p := shared8; p != nil; p = p.Next {
		ms8 = (ms8 + p.Val) % 1000003
	}
	acc = mix(acc, ms8)
	mp9 := map[int]*Node{}
	for i := 0; i < 11; i++ {
		mp9[i] = &Node{Val: i*54 + id}
	}
	for i := 0; i < 11; i += 3 {
		delete(mp9, i)
	}
	pause(2)
	s9 := 0
	for key, v := range mp9 {
		s9 = (s9 + key*v.Val) % 1000003
	}
	acc = mix(acc, s9+len(mp9))
	x10 := &Node{Val: 61, Data: []int{id, 61}}
	hold10 := &Holder{}
	hold10.P = x10
	hold10.V = x10
	x10 = nil
	garbage(30)
	pause(2)
	acc = mix(acc, hold10.P.Val+hold10.V.Value())
	var vs11 []Valuer
	for i := 0; i < 23; i++ {
		if i%3 == 0 {
			vs11 = append(vs11, &Node{Val: i + 31, Data: make([]int, i%3)})
		} else {
			vs11 = append(vs11, Pair{i, 31})
		}
	}
	pause(0)
	for _, v := range vs11 {
		acc = mix(acc, v.Value())
	}
	lx12 := id
	for i := 0; i < 29399; i++ {
		lx12 = (lx12*31 + i) % 1000003
	}
	acc = mix(acc, lx12)
	return acc
}

func main() {
	gA.P = buildList(2, 1)
	gB.P = buildList(3, 2)
	for i := 0; i < 2; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(12, done)
	fns := []func(int) int{w0, w1}
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
