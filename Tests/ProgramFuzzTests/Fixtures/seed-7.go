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
	acc = id + 42
	p1 := &Node{Val: 86}
	f1 := func(d int) int {
		p1.Val = (p1.Val + d) % 1009
		return p1.Val
	}
	for i := 0; i < 14; i++ {
		acc = mix(acc, f1(i))
	}
	mn2 := &Node{Val: 54, Data: []int{1, 2}}
	mv2 := mn2.Value
	mn2 = nil
	garbage(17)
	pause(1)
	acc = mix(acc, mv2())
	mn3 := &Node{Val: 81, Data: []int{1, 2}}
	mv3 := mn3.Value
	mn3 = nil
	garbage(27)
	pause(1)
	acc = mix(acc, mv3())
	var ea4 [3]Edge
	for i := range ea4 {
		ea4[i] = Edge{To: &Node{Val: i + 63}, W: i + 1}
	}
	eb4 := ea4
	ea4[1].To = nil
	garbage(19)
	pause(1)
	for _, e := range eb4 {
		acc = mix(acc, e.To.Val*e.W)
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 28
	addTotal(91 * id)
	acc = mix(acc, sumList(onceList()))
	a7 := buildList(20, 3+id)
	b7 := &Holder{}
	b7.P = a7.Next
	a7.Next = nil
	pause(1)
	garbage(46)
	acc = mix(acc, sumList(a7)+sumList(b7.P))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 36
	h8 := buildList(19, 32)
	o8 := &Node{Val: id}
	t8 := buildTree(3, 32)
	for i := 0; i < 10; i++ {
		h8.Next, o8.Next = o8.Next, h8.Next
		t8.Left, t8.Right = t8.Right, t8.Left
		if i%3 == 0 {
			pause(i)
		}
		garbage(10)
	}
	acc = mix(acc, sumList(h8)+sumList(o8)+sumTree(t8))
	var mu9 sync.Mutex
	var wgm9 sync.WaitGroup
	var shared9 *Node
	for j := 0; j < 4; j++ {
		wgm9.Add(1)
		go func(j int) {
			defer wgm9.Done()
			for r := 0; r < 3; r++ {
				mu9.Lock()
				shared9 = &Node{Val: j*10 + r, Next: shared9}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu9.Unlock()
			}
		}(j)
	}
	wgm9.Wait()
	ms9 := 0
	for p := shared9; p != nil; p = p.Next {
		ms9 = (ms9 + p.Val) % 1000003
	}
	acc = mix(acc, ms9)
	p10 := &Node{Val: 87}
	f10 := func(d int) int {
		p10.Val = (p10.Val + d) % 1009
		return p10.Val
	}
	for i := 0; i < 16; i++ {
		acc = mix(acc, f10(i))
	}
	var wg11 sync.WaitGroup
	outs11 := make([]*Node, 1)
	for j := 0; j < 1; j++ {
		wg11.Add(1)
		go func(j int) {
			defer wg11.Done()
			pause(j + 0)
			outs11[j] = buildList(2, j+75)
		}(j)
	}
	wg11.Wait()
	for _, o := range outs11 {
		acc = mix(acc, sumList(o))
	}
	acc = mix(acc, sumList(onceList()))
	x13 := &Node{Val: 39, Data: []int{id, 39}}
	hold13 := &Holder{}
	hold13.P = x13
	hold13.V = x13
	x13 = nil
	garbage(30)
	pause(2)
	acc = mix(acc, hold13.P.Val+hold13.V.Value())
	ptrs14 := make([]*Node, 4526)
	for i := 0; i < len(ptrs14); i += 22 {
		ptrs14[i] = &Node{Val: i % 25}
	}
	garbage(24)
	pause(2)
	ps14 := 0
	for i := 0; i < len(ptrs14); i += 22 {
		ps14 = (ps14 + ptrs14[i].Val) % 1000003
	}
	acc = mix(acc, ps14)
	return acc
}

func w3(id int) (acc int) {
	acc = id + 19
	var vs15 []Valuer
	for i := 0; i < 2; i++ {
		if i%3 == 0 {
			vs15 = append(vs15, &Node{Val: i + 39, Data: make([]int, i%3)})
		} else {
			vs15 = append(vs15, Pair{i, 39})
		}
	}
	pause(0)
	for _, v := range vs15 {
		acc = mix(acc, v.Value())
	}
	var rw16 sync.RWMutex
	var wgr16 sync.WaitGroup
	rm16 := map[int]*Node{}
	for j := 0; j < 3; j++ {
		wgr16.Add(2)
		go func(j int) {
			defer wgr16.Done()
			for r := 0; r < 3; r++ {
				rw16.Lock()
				rm16[j] = &Node{Val: r + 91, Next: rm16[j]}
				rw16.Unlock()
				pause(r)
			}
		}(j)
		go func() {
			defer wgr16.Done()
			for r := 0; r < 3; r++ {
				rw16.RLock()
				_ = len(rm16)
				rw16.RUnlock()
				runtime.Gosched()
			}
		}()
	}
	wgr16.Wait()
	for _, l := range rm16 {
		acc = (acc + sumList(l)) % 1000003
	}
	fs17 := []func() int{}
	for i := 0; i < 3; i++ {
		q := &Node{Val: i*57 + id}
		fs17 = append(fs17, func() int { return q.Val + id })
	}
	garbage(46)
	for _, f := range fs17 {
		acc = mix(acc, f())
	}
	big18 := make([]int, 5672)
	for i := 0; i < len(big18); i += 230 {
		big18[i] = i % 95
	}
	bs18 := 0
	for _, x := range big18 {
		bs18 += x
	}
	acc = mix(acc, bs18)
	src19 := make([]*Node, 17)
	for i := range src19 {
		src19[i] = &Node{Val: i * 1}
	}
	dst19 := make([]*Node, 17/2+1)
	copy(dst19, src19[17/3:])
	al19 := src19[:17/2]
	al19 = append(al19, &Node{Val: 1})
	src19 = nil
	garbage(24)
	pause(0)
	cs19 := 0
	for _, p := range dst19 {
		if p != nil {
			cs19 = (cs19 + p.Val) % 1000003
		}
	}
	for _, p := range al19 {
		cs19 = (cs19 + 3*p.Val) % 1000003
	}
	acc = mix(acc, cs19)
	tk20 := time.NewTicker(9 * time.Microsecond)
	for i := 0; i < 4; i++ {
		<-tk20.C
	}
	tk20.Stop()
	tm20 := time.NewTimer(13 * time.Microsecond)
	<-tm20.C
	acc = mix(acc, 4)
	l21 := buildList(2, id+11)
	acc = mix(acc, sumList(l21))
	return acc
}

func main() {
	gA.P = buildList(10, 1)
	gB.P = buildList(5, 2)
	for i := 0; i < 5; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(33, done)
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
