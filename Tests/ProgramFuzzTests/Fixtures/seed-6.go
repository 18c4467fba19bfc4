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
	acc = id + 1
	big1 := make([]int, 5568)
	for i := 0; i < len(big1); i += 62 {
		big1[i] = i % 65
	}
	bs1 := 0
	for _, x := range big1 {
		bs1 += x
	}
	acc = mix(acc, bs1)
	var mu2 sync.Mutex
	var wgm2 sync.WaitGroup
	var shared2 *Node
	for j := 0; j < 4; j++ {
		wgm2.Add(1)
		go func(j int) {
			defer wgm2.Done()
			for r := 0; r < 1; r++ {
				mu2.Lock()
				shared2 = &Node{Val: j*10 + r, Next: shared2}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu2.Unlock()
			}
		}(j)
	}
	wgm2.Wait()
	ms2 := 0
	for p := shared2; p != nil; p = p.Next {
		ms2 = (ms2 + p.Val) % 1000003
	}
	acc = mix(acc, ms2)
	x3 := &Node{Val: 46, Data: []int{id, 46}}
	hold3 := &Holder{}
	hold3.P = x3
	hold3.V = x3
	x3 = nil
	garbage(20)
	pause(1)
	acc = mix(acc, hold3.P.Val+hold3.V.Value())
	lx4 := id
	for i := 0; i < 13333; i++ {
		lx4 = (lx4*31 + i) % 1000003
	}
	acc = mix(acc, lx4)
	fc5 := make(chan func() int, 1)
	go func() {
		for i := 0; i < 7; i++ {
			cn := &Node{Val: i + 3, Next: buildList(i%3, i)}
			fc5 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc5)
	}()
	garbage(16)
	for f := range fc5 {
		acc = mix(acc, f())
	}
	gSlots[id] = buildList(12, 23+id)
	l6 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l6
	acc = mix(acc, sumList(gSlots[id]))
	pv7 := buildList(6, 77)
	acc = mix(acc, catchNode(func() {
		garbage(16)
		panic(pv7)
	}))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 26
	acc = mix(acc, safeDiv(acc+44, id%2))
	defer addList(buildList(11, 8+id))
	garbage(38)
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
	mn12 := &Node{Val: 63, Data: []int{1, 2}}
	mv12 := mn12.Value
	mn12 = nil
	garbage(59)
	pause(0)
	acc = mix(acc, mv12())
	gSlots[id] = buildList(9, 12+id)
	l13 := gSlots[id]
	gSlots[id] = nil
	pause(0)
	gSlots[id] = l13
	acc = mix(acc, sumList(gSlots[id]))
	tk14 := time.NewTicker(6 * time.Microsecond)
	for i := 0; i < 2; i++ {
		<-tk14.C
	}
	tk14.Stop()
	tm14 := time.NewTimer(8 * time.Microsecond)
	<-tm14.C
	acc = mix(acc, 2)
	return acc
}

func main() {
	gA.P = buildList(1, 1)
	gB.P = buildList(1, 2)
	for i := 0; i < 4; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(13, done)
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
