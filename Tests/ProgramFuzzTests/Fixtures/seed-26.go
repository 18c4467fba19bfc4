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
	tc1 := make(chan *Node)
	go func() {
		for i := 0; i < 4; i++ {
			time.Sleep(time.Duration(i%3) * time.Microsecond)
			tc1 <- &Node{Val: i + 75}
		}
	}()
	for got := 0; got < 4; {
		select {
		case nd := <-tc1:
			acc = mix(acc, nd.Val)
			got++
		case <-time.After(3 * time.Microsecond):
		}
	}
	em2 := map[int]Edge{}
	for i := 0; i < 19; i++ {
		em2[i] = Edge{To: &Node{Val: i + 55}, W: i % 5}
	}
	garbage(22)
	pause(2)
	es2 := 0
	for _, e := range em2 {
		es2 = (es2 + e.To.Val*e.W) % 1000003
	}
	acc = mix(acc, es2)
	acc = mix(acc, sumList(onceList()))
	defer addList(buildList(5, 8+id))
	garbage(22)
	fc5 := make(chan func() int, 2)
	go func() {
		for i := 0; i < 6; i++ {
			cn := &Node{Val: i + 49, Next: buildList(i%3, i)}
			fc5 <- func() int { return cn.Val + sumList(cn.Next) }
		}
		close(fc5)
	}()
	garbage(25)
	for f := range fc5 {
		acc = mix(acc, f())
	}
	return acc
}

func w1(id int) (acc int) {
	acc = id + 5
	count(46 + id)
	m7 := make(map[int][]int)
	for i := 0; i < 12; i++ {
		m7[i%2] = append(m7[i%2], i*69+id)
	}
	s7 := 0
	for key, vs := range m7 {
		s7 += key * len(vs)
		for _, x := range vs {
			s7 = (s7 + x) % 1000003
		}
	}
	acc = mix(acc, s7)
	t8 := buildTree(2, id+1)
	acc = mix(acc, sumTree(t8))
	acc = mix(acc, safeDiv(acc+2, id%3))
	return acc
}

func w2(id int) (acc int) {
	acc = id + 15
	mp10 := map[int]*Node{}
	for i := 0; i < 27; i++ {
		mp10[i] = &Node{Val: i*15 + id}
	}
	for i := 0; i < 27; i += 2 {
		delete(mp10, i)
	}
	pause(2)
	s10 := 0
	for key, v := range mp10 {
		s10 = (s10 + key*v.Val) % 1000003
	}
	acc = mix(acc, s10+len(mp10))
	var mu11 sync.Mutex
	var wgm11 sync.WaitGroup
	var shared11 *Node
	for j := 0; j < 5; j++ {
		wgm11.Add(1)
		go func(j int) {
			defer wgm11.Done()
			for r := 0; r < 1; r++ {
				mu11.Lock()
				shared11 = &Node{Val: j*10 + r, Next: shared11}
				if r%2 == 0 {
					runtime.Gosched()
				}
				mu11.Unlock()
			}
		}(j)
	}
	wgm11.Wait()
	ms11 := 0
	for p := shared11; p != nil; p = p.Next {
		ms11 = (ms11 + p.Val) % 1000003
	}
	acc = mix(acc, ms11)
	pc12 := make(chan int)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc12 <- 70
			}
		}()
		var np *Node
		pc12 <- np.Val
	}()
	acc = mix(acc, <-pc12)
	xs13 := []interface{}{&Node{Val: 50}, id, "s50", Pair{id, 50}, buildList(3, 50)}
	garbage(13)
	for _, x := range xs13 {
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
	return acc
}

func main() {
	gA.P = buildList(10, 1)
	gB.P = buildList(9, 2)
	for i := 0; i < 0; i++ {
		gA.Kids = append(gA.Kids, &Node{Val: i * 3})
	}
	done := make(chan bool)
	go mover(32, done)
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
		case <-time.After(44 * time.Microsecond):
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
