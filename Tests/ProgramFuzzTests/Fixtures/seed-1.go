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
	acc = id + 24
	var mu1 sync.Mutex
	var wgm1 sync.WaitGroup
	var shared1 *Node
	for j := 0; j < 7; j++ {
		wgm1.Add(1)
		go func(j int) {
			defer wgm1.Done()
			for r := 0; r < 3; r++ {
				mu1.Lock()
				shared1 = &Node{Val: j*10 + r, Next: shared1}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu1.Unlock()
			}
		}(j)
	}
	wgm1.Wait()
	ms1 := 0
	for p := shared1; p != nil; p = p.Next {
		ms1 = (ms1 + p.Val) % 1000003
	}
	acc = mix(acc, ms1)
	big2 := make([]int, 5492)
	for i := 0; i < len(big2); i += 199 {
		big2[i] = i % 34
	}
	bs2 := 0
	for _, x := range big2 {
		bs2 += x
	}
	acc = mix(acc, bs2)
	mp3 := map[int]*Node{}
	for i := 0; i < 27; i++ {
		mp3[i] = &Node{Val: i*54 + id}
	}
	for i := 0; i < 27; i += 2 {
		delete(mp3, i)
	}
	pause(1)
	s3 := 0
	for key, v := range mp3 {
		s3 = (s3 + key*v.Val) % 1000003
	}
	acc = mix(acc, s3+len(mp3))
	return acc
}

func w1(id int) (acc int) {
	acc = id + 15
	var vs4 []Valuer
	for i := 0; i < 5; i++ {
		if i%3 == 0 {
			vs4 = append(vs4, &Node{Val: i + 55, Data: make([]int, i%3)})
		} else {
			vs4 = append(vs4, Pair{i, 55})
		}
	}
	pause(1)
	for _, v := range vs4 {
		acc = mix(acc, v.Value())
	}
	x5 := &Node{Val: 48, Data: []int{id, 48}}
	hold5 := &Holder{}
	hold5.P = x5
	hold5.V = x5
	x5 = nil
	garbage(73)
	pause(1)
	acc = mix(acc, hold5.P.Val+hold5.V.Value())
	big6 := make([]int, 5732)
	for i := 0; i < len(big6); i += 111 {
		big6[i] = i % 92
	}
	bs6 := 0
	for _, x := range big6 {
		bs6 += x
	}
	acc = mix(acc, bs6)
	return acc
}

func main() {
	gA.P = buildList(8, 1)
	gB.P = buildList(8, 2)
	for i := 0; i < 4; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(32, done)
	fns := []func(int) int{w0, w1}
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
		case <-time.After(100 * time.Microsecond):
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
