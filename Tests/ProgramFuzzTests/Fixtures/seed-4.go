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
	acc = id + 47
	ptrs1 := make([]*Node, 4588)
	for i := 0; i < len(ptrs1); i += 88 {
		ptrs1[i] = &Node{Val: i % 76}
	}
	garbage(9)
	pause(0)
	ps1 := 0
	for i := 0; i < len(ptrs1); i += 88 {
		ps1 = (ps1 + ptrs1[i].Val) % 1000003
	}
	acc = mix(acc, ps1)
	var vs2 []Valuer
	for i := 0; i < 6; i++ {
		if i%3 == 0 {
			vs2 = append(vs2, &Node{Val: i + 82, Data: make([]int, i%3)})
		} else {
			vs2 = append(vs2, Pair{i, 82})
		}
	}
	pause(1)
	for _, v := range vs2 {
		acc = mix(acc, v.Value())
	}
	var rw3 sync.RWMutex
	var wgr3 sync.WaitGroup
	rm3 := map[int]*Node{}
	for j := 0; j < 3; j++ {
		wgr3.Add(2)
		go func(j int) {
			defer wgr3.Done()
			for r := 0; r < 7; r++ {
				rw3.Lock()
				rm3[j] = &Node{Val: r + 23, Next: rm3[j]}
				rw3.Unlock()
				pause(r)
			}
		}(j)
		go func() {
			defer wgr3.Done()
			for r := 0; r < 7; r++ {
				rw3.RLock()
				_ = len(rm3)
				rw3.RUnlock()
				runtime.Gosched()
			}
		}()
	}
	wgr3.Wait()
	for _, l := range rm3 {
		acc = (acc + sumList(l)) % 1000003
	}
	addTotal(56 * id)
	lx5 := id
	for i := 0; i < 12787; i++ {
		lx5 = (lx5*31 + i) % 1000003
	}
	acc = mix(acc, lx5)
	sq6 := make(chan *Node, 2)
	ss6 := 0
	for i := 0; i < 10; {
		select {
		case sq6 <- &Node{Val: i * 53}:
			i++
		case nd := <-sq6:
			ss6 = (ss6 + nd.Val) % 1000003
		}
	}
	close(sq6)
	for nd := range sq6 {
		ss6 = (ss6 + nd.Val) % 1000003
	}
	acc = mix(acc, ss6)
	var rw7 sync.RWMutex
	var wgr7 sync.WaitGroup
	rm7 := map[int]*Node{}
	for j := 0; j < 2; j++ {
		wgr7.Add(2)
		go func(j int) {
			defer wgr7.Done()
			for r := 0; r < 5; r++ {
				rw7.Lock()
				rm7[j] = &Node{Val: r + 78, Next: rm7[j]}
				rw7.Unlock()
				pause(r)
			}
		}(j)
		go func() {
			defer wgr7.Done()
			for r := 0; r < 5; r++ {
				rw7.RLock()
				_ = len(rm7)
				rw7.RUnlock()
				runtime.Gosched()
			}
		}()
	}
	wgr7.Wait()
	for _, l := range rm7 {
		acc = (acc + sumList(l)) % 1000003
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 13
	xs8 := []interface{}{&Node{Val: 33}, id, "s33", Pair{id, 33}, buildList(4, 33)}
	garbage(6)
	for _, x := range xs8 {
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
	ping9 := make(chan *Node)
	pong9 := make(chan *Node)
	go func() {
		for nd := range ping9 {
			nd.Val = mix(nd.Val, id)
			nd.Next = &Node{Val: nd.Val % 7, Next: nd.Next}
			pong9 <- nd
		}
	}()
	pn9 := &Node{Val: 16}
	for i := 0; i < 7; i++ {
		ping9 <- pn9
		pn9 = <-pong9
	}
	close(ping9)
	acc = mix(acc, sumList(pn9))
	src10 := make([]*Node, 16)
	for i := range src10 {
		src10[i] = &Node{Val: i * 74}
	}
	dst10 := make([]*Node, 16/2+1)
	copy(dst10, src10[16/3:])
	al10 := src10[:16/2]
	al10 = append(al10, &Node{Val: 74})
	src10 = nil
	garbage(16)
	pause(1)
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
	fc11 := make(chan func() int, 2)
	go func() {
		for i := 0; i < 9; i++ {
			cn := &Node{Val: i + 79, Next: buildList(i%3, i)}
			fc11 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc11)
	}()
	garbage(11)
	for f := range fc11 {
		acc = mix(acc, f())
	}
	a12 := buildList(15, 13+id)
	b12 := &Holder{}
	b12.P = a12.Next
	a12.Next = nil
	pause(1)
	garbage(43)
	acc = mix(acc, sumList(a12)+sumList(b12.P))
	var mu13 sync.Mutex
	var wgm13 sync.WaitGroup
	var shared13 *Node
	for j := 0; j < 3; j++ {
		wgm13.Add(1)
		go func(j int) {
			defer wgm13.Done()
			for r := 0; r < 1; r++ {
				mu13.Lock()
				shared13 = &Node{Val: j*10 + r, Next: shared13}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu13.Unlock()
			}
		}(j)
	}
	wgm13.Wait()
	ms13 := 0
	for p := shared13; p != nil; p = p.Next {
		ms13 = (ms13 + p.Val) % 1000003
	}
	acc = mix(acc, ms13)
	return acc
}

func main() {
	gA.P = buildList(10, 1)
	gB.P = buildList(10, 2)
	for i := 0; i < 0; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(35, done)
	fns := []func(int) int{w0, w1}
	results := make([]int, len(fns))
	ch := make(chan *Res, 2)
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
		case <-time.After(32 * time.Microsecond):
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
