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
	acc = id + 22
	fs1 := []func() int{}
	for i := 0; i < 7; i++ {
		q := &Node{Val: i*66 + id}
		fs1 = append(fs1, func() int { return q.Val + id })
	}
	garbage(50)
	for _, f := range fs1 {
		acc = mix(acc, f())
	}
	mp2 := map[int]*Node{}
	for i := 0; i < 15; i++ {
		mp2[i] = &Node{Val: i*60 + id}
	}
	for i := 0; i < 15; i += 2 {
		delete(mp2, i)
	}
	pause(0)
	s2 := 0
	for key, v := range mp2 {
		s2 = (s2 + key*v.Val) % 1000003
	}
	acc = mix(acc, s2+len(mp2))
	tk3 := time.NewTicker(19 * time.Microsecond)
	for i := 0; i < 3; i++ {
		<-tk3.C
	}
	tk3.Stop()
	tm3 := time.NewTimer(19 * time.Microsecond)
	<-tm3.C
	acc = mix(acc, 3)
	gSlots[id] = buildList(10, 58+id)
	l4 := gSlots[id]
	gSlots[id] = nil
	pause(2)
	gSlots[id] = l4
	acc = mix(acc, sumList(gSlots[id]))
	dp5 := &Node{Val: 48}
	defer func() {
		acc = mix(acc, dp5.Val)
	}()
	return acc
}

func w1(id int) (acc int) {
	acc = id + 13
	var mu6 sync.Mutex
	var wgm6 sync.WaitGroup
	var shared6 *Node
	for j := 0; j < 5; j++ {
		wgm6.Add(1)
		go func(j int) {
			defer wgm6.Done()
			for r := 0; r < 6; r++ {
				mu6.Lock()
				shared6 = &Node{Val: j*10 + r, Next: shared6}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu6.Unlock()
			}
		}(j)
	}
	wgm6.Wait()
	ms6 := 0
	for p := shared6; p != nil; p = p.Next {
		ms6 = (ms6 + p.Val) % 1000003
	}
	acc = mix(acc, ms6)
	p7 := &Node{Val: 68}
	f7 := func(d int) int {
		p7.Val = (p7.Val + d) % 1009
		return p7.Val
	}
	for i := 0; i < 10; i++ {
		acc = mix(acc, f7(i))
	}
	defer addList(buildList(2, 78+id))
	garbage(10)
	x9 := &Node{Val: 36, Data: []int{id, 36}}
	hold9 := &Holder{}
	hold9.P = x9
	hold9.V = x9
	x9 = nil
	garbage(78)
	pause(2)
	acc = mix(acc, hold9.P.Val+hold9.V.Value())
	var mu10 sync.Mutex
	var wgm10 sync.WaitGroup
	var shared10 *Node
	for j := 0; j < 4; j++ {
		wgm10.Add(1)
		go func(j int) {
			defer wgm10.Done()
			for r := 0; r < 1; r++ {
				mu10.Lock()
				shared10 = &Node{Val: j*10 + r, Next: shared10}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu10.Unlock()
			}
		}(j)
	}
	wgm10.Wait()
	ms10 := 0
	for p := shared10; p != nil; p = p.Next {
		ms10 = (ms10 + p.Val) % 1000003
	}
	acc = mix(acc, ms10)
	return acc
}

func main() {
	gA.P = buildList(9, 1)
	gB.P = buildList(6, 2)
	for i := 0; i < 3; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(29, done)
	fns := []func(int) int{w0, w1}
	results := make([]int, len(fns))
	var wg sync.WaitGroup
	for i, f := range fns {
		wg.Add(1)
		go func(i int, f func(int) int) {
			defer wg.Done()
			results[i] = f(i)
		}(i, f)
	}
	wg.Wait()
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
